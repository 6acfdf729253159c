!function(){"use strict";
var root=document.getElementById("nj"),app={};
function el(t,c,h){var e=document.createElement(t);if(c)e.className=c;if(h!=null)e.innerHTML=h;return e}
function esc(s){return String(s).replace(/[&<>"]/g,function(c){return{"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;"}[c]})}
function get(u){return fetch(u,{credentials:"same-origin"}).then(function(r){if(!r.ok)throw new Error(r.status);return r.json()})}
function go(p){location.hash="#"+p}
window.__njgo=go;
function shell(title,back){
  root.innerHTML="";
  var top=el("div","nj-top");
  if(back){var b=el("span","nj-back","‹");b.onclick=function(){history.length>1?history.back():go("/beranda")};top.appendChild(b)}
  top.appendChild(el("span","nj-title",esc(title)));root.appendChild(top);
  var main=el("div","nj-main");root.appendChild(main);
  var tab=el("div","nj-tabbar");
  [["/beranda","⛏","Beranda"],["/produk","▦","Produk"],["/pengumuman","✉","Pengumuman"],["/akun","☺","Akun"]].forEach(function(t){
    var it=el("div","nj-tab"+(location.hash.indexOf(t[0])===1?" aktif":""),'<i>'+t[1]+'</i><span>'+t[2]+'</span>');
    it.onclick=function(){go(t[0])};tab.appendChild(it)});
  root.appendChild(tab);
  var ft=el("div","nj-foot",esc(app.perusahaan)+"<br>"+esc(app.izin)+"<br>"+esc(app.alamat)+"<br>CS Telegram "+esc(app.cs.telegram)+" · WhatsApp "+esc(app.cs.whatsapp)+"<br>"+esc(app.tahun));
  main.appendChild(el("div","nj-content"));main.appendChild(ft);
  return main.firstChild}
var pages={
  beranda:function(){var c=shell(app.nama);get("/api/beranda.json").then(function(d){
    c.appendChild(el("div","nj-hero","<h1>"+esc(d.banner)+"</h1>"));
    var s=el("div","nj-stats");d.ringkas.forEach(function(r){s.appendChild(el("div","nj-stat","<b>"+esc(r.v)+"</b><small>"+esc(r.k)+"</small>"))});c.appendChild(s);
    var q=el("div","nj-quick");[["Produk","/produk"],["Pengumuman","/pengumuman"],["Isi saldo","/akun"],["Tarik dana","/akun"]].forEach(function(x){var b=el("div","nj-qbtn",esc(x[0]));b.onclick=function(){go(x[1])};q.appendChild(b)});c.appendChild(q);
    var ul=el("ul","nj-why");d.alasan.forEach(function(a){ul.appendChild(el("li","",esc(a)))});c.appendChild(el("h2","nj-h2","Mengapa nikel?"));c.appendChild(ul)})},
  produk:function(){var c=shell("Produk investasi");get("/api/produk.json").then(function(d){
    d.list.forEach(function(p){var k=el("div","nj-card","<h3>"+esc(p.nama)+"</h3><div class='nj-row'><div><b>"+esc(p.harian)+"</b><small>per hari</small></div><div><b>"+p.hari+" hari</b><small>periode</small></div><div><b>"+esc(p.harga)+"</b><small>harga</small></div></div><div class='nj-total'>Total pendapatan: "+esc(p.total)+"</div>");
      var b=el("div","nj-btn","Beli sekarang");b.onclick=function(){go("/akun")};k.appendChild(b);c.appendChild(k)});
    c.appendChild(el("p","nj-note",esc(d.catatan)))})},
  pengumuman:function(id){
    if(id){var c=shell("Pengumuman",true);get("/api/pengumuman/"+encodeURIComponent(id)+".json").then(function(d){
      c.appendChild(el("article","nj-article","<h2>"+esc(d.judul)+"</h2><time>"+esc(d.tgl)+"</time><div class='nj-isi'>"+d.isi+"</div>"))}).catch(function(){c.appendChild(el("p","nj-note","Pengumuman tidak ditemukan."))});return}
    var c2=shell("Pengumuman");get("/api/pengumuman.json").then(function(d){
      d.list.forEach(function(n){var it=el("div","nj-item","<span>"+esc(n.judul)+"</span><time>"+esc(n.tgl)+"</time>");it.setAttribute("data-id",n.id);it.onclick=function(){go("/pengumuman/"+n.id)};c2.appendChild(it)})})},
  akun:function(){var c=shell("Akun saya");get("/api/akun.json").then(function(d){
    c.appendChild(el("div","nj-card nj-login","<p>"+esc(d.pesan)+"</p><label>Nomor HP<input id='njhp' placeholder='08xxxxxxxxxx'></label><label>Kata sandi<input id='njpw' type='password'></label><label>Kode referral (untuk daftar)<input id='njref'></label>"));
    var b=el("div","nj-btn","Masuk / Daftar"),m=el("p","nj-msg","");b.onclick=function(){m.textContent=document.getElementById("njref").value?"Kode referral tidak valid.":"Nomor HP atau kata sandi salah."};c.firstChild.appendChild(b);c.firstChild.appendChild(m)})}
};
function route(){var h=(location.hash||"#/beranda").slice(2).split("/");var f=pages[h[0]]||pages.beranda;f(h[1]);window.scrollTo(0,0)}
get("/api/app.json").then(function(a){app=a;document.title=a.nama+" – "+a.tagline;window.addEventListener("hashchange",route);route()});
}();
