!function(){"use strict";
var TABS=[["pages/index/index","Trang chủ","🦷"],["pages/booking/booking","Đặt lịch","📅"],["pages/wallet/wallet","Ví An Bình","💳"],["pages/user/user","Tài khoản","👤"]];
var bar=document.getElementById("tabbar"),body=document.getElementById("body"),ttl=document.getElementById("ttl");
function esc(s){return String(s).replace(/[&<>"]/g,function(c){return{"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;"}[c]})}
function route(){var r=location.hash.replace(/^#\//,"");for(var i=0;i<TABS.length;i++)if(TABS[i][0]===r)return r;return TABS[0][0]}
function draw(){var r=route();bar.innerHTML="";TABS.forEach(function(t){var d=document.createElement("div");d.className="uni-tabbar__item"+(t[0]===r?" active":"");d.innerHTML='<span class="uni-tabbar__bd">'+t[2]+'</span><span class="uni-tabbar__label">'+t[1]+'</span>';d.addEventListener("click",function(){uni.switchTab({url:"/"+t[0]})});bar.appendChild(d)});
 body.innerHTML='<p class="ab-sec">Đang tải…</p>';
 var x=new XMLHttpRequest();x.open("GET","/api/"+r.split("/")[1]+".json");x.onload=function(){var j=JSON.parse(x.responseText);ttl.textContent=j.navTitle;
  body.innerHTML=j.blocks.map(function(b){return '<div class="ab-sec"><h3>'+esc(b.h)+'</h3>'+b.p.map(function(p){return "<p>"+esc(p)+"</p>"}).join("")+'</div>'}).join("")+(j.action?'<div class="ab-book" id="act">'+esc(j.action)+'</div>':"");
  var a=document.getElementById("act");if(a)a.addEventListener("click",function(){a.textContent=j.actionDone})};x.send()}
window.uni={switchTab:function(o){location.hash="#"+o.url}};
window.addEventListener("hashchange",draw);if(!location.hash)location.replace("#/pages/index/index");draw()}();
