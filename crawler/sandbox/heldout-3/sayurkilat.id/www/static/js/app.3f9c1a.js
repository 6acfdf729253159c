(function(w,d){var routes={"pages/index/index":{t:"SayurKilat",api:"/api/v1/beranda"},"pages/kategori/kategori":{t:"Kategori",api:"/api/v1/kategori"},"pages/saldo/saldo":{t:"Saldo Kilat",api:"/api/v1/saldo"},"pages/akun/akun":{t:"Akun Saya",api:"/api/v1/akun"}};
var tabbar=[["pages/index/index","Beranda","🏡"],["pages/kategori/kategori","Kategori","🥬"],["pages/saldo/saldo","Saldo","👛"],["pages/akun/akun","Akun","🙂"]];
var app=d.getElementById("app");app.innerHTML='<div class="sk-head" id="skh"></div><div class="sk-body" id="skb"></div><div class="uni-tabbar" id="skt"></div>';
function path(){var p=w.location.hash.slice(2).split("?")[0];return routes[p]?p:"pages/index/index"}
function nav(p){w.location.hash="#/"+p}
function tabs(p){var t=d.getElementById("skt");t.innerHTML="";tabbar.forEach(function(x){var e=d.createElement("div");e.className="uni-tabbar__item"+(x[0]==p?" uni-tabbar__item--active":"");e.innerHTML='<i class="uni-tabbar__icon">'+x[2]+"</i>"+x[1];e.onclick=function(){nav(x[0])};t.appendChild(e)})}
function render(){var p=path(),r=routes[p];tabs(p);d.getElementById("skh").textContent=r.t;var b=d.getElementById("skb");b.textContent="Memuat...";
fetch(r.api,{headers:{"Accept":"application/json"}}).then(function(x){return x.json()}).then(function(res){var h="";(res.data.list||[]).forEach(function(i){h+='<div class="sk-item"><div>'+i.nama+"<small>"+i.ket+'</small></div><div class="sk-harga">'+(i.harga||"")+"</div></div>"});if(res.data.info)h+='<div class="sk-info">'+res.data.info+"</div>";b.innerHTML=h})}
w.addEventListener("hashchange",render);if(!w.location.hash)w.location.hash="#/pages/index/index";else render()})(window,document);
