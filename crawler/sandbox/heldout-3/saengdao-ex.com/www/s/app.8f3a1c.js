!function(){var R=document.getElementById("root");
var tabs=[["home","หน้าแรก"],["market","ตลาด"],["service","บริการลูกค้า"],["about","เกี่ยวกับเรา"]];
function go(p){location.hash="#/"+p}window.__sdGo=go;
function esc(s){return String(s).replace(/[<>&]/g,function(c){return{"<":"&lt;",">":"&gt;","&":"&amp;"}[c]})}
function shell(cur,inner){var t=tabs.map(function(x){return'<span class="sd-tab'+(cur===x[0]?" act":"")+'" onclick="__sdGo(\''+x[0]+'\')">'+x[1]+"</span>"}).join("");
R.innerHTML='<div class="sd-top"><span class="lg">SaengDao Exchange</span>'+t+'</div><div class="sd-main">'+inner+'</div><div class="sd-ft">© 2026 SaengDao Digital Exchange Co., Ltd. · ใบอนุญาต DAX-TH 2209/0451 · LINE: @saengdao.cs</div>'}
function get(u,cb){fetch("/api/"+u).then(function(r){return r.json()}).then(cb).catch(function(){shell("", '<div class="sd-card">โหลดข้อมูลไม่สำเร็จ</div>')})}
function route(){var h=location.hash.replace(/^#\/?/,"")||"home",p=h.split("/");
if(p[0]==="home")get("home.json",function(d){shell("home",'<div class="sd-card"><h2>'+esc(d.title)+'</h2><p>'+esc(d.text)+'</p></div>'+d.points.map(function(x){return'<div class="sd-card">'+esc(x)+"</div>"}).join(""))});
else if(p[0]==="market")get("market.json",function(d){shell("market",'<div class="sd-card">'+d.rows.map(function(x){return'<div class="sd-row"><span>'+x[0]+'</span><span>'+x[1]+'</span><span class="'+(x[2][0]==="+"?"g":"r")+'">'+x[2]+"</span></div>"}).join("")+"</div>")});
else if(p[0]==="service"&&p[1])get("service/"+p[1]+".json",function(d){shell("service",'<div class="sd-card"><span class="sd-q" onclick="__sdGo(\'service\')">&lt; กลับ</span><h3>'+esc(d.title)+"</h3>"+d.body.map(function(x){return"<p>"+esc(x)+"</p>"}).join("")+"</div>")});
else if(p[0]==="service")get("service/list.json",function(d){shell("service",'<div class="sd-card"><h3>ศูนย์บริการลูกค้า</h3>'+d.items.map(function(x){return'<div class="sd-row"><span class="sd-q" onclick="__sdGo(\'service/'+x.key+'\')">'+esc(x.q)+"</span></div>"}).join("")+"</div>")});
else if(p[0]==="about")get("about.json",function(d){shell("about",'<div class="sd-card"><h3>'+esc(d.title)+"</h3><p>"+esc(d.text)+"</p></div>")});
else shell("",'<div class="sd-card">ไม่พบหน้า</div>')}
window.addEventListener("hashchange",route);route()}();