(window["webpackJsonp"]=window["webpackJsonp"]||[]).push([["chunk-vendors"],{
/* mini uni-app H5 runtime shim: page stack, hash router, tabbar, request */
"4a1f":function(module,exports){
  var routes={},tabBar=null,appEl=null,current=null;
  function esc(s){return String(s==null?"":s).replace(/[&<>"]/g,function(c){return{"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;"}[c]})}
  function parse(){var h=location.hash.replace(/^#\/?/,"");if(!h)return{path:"pages/index/index",query:{}};var p=h.split("?"),q={};(p[1]||"").split("&").forEach(function(kv){if(!kv)return;var a=kv.split("=");q[decodeURIComponent(a[0])]=decodeURIComponent(a[1]||"")});return{path:p[0],query:q}}
  function request(opt){return fetch(opt.url,{method:opt.method||"GET",headers:{"Accept":"application/json"}}).then(function(r){if(!r.ok)throw new Error("HTTP "+r.status);return r.json()}).then(function(d){return{statusCode:200,data:d}})}
  function navigateTo(o){location.hash="#/"+o.url.replace(/^\//,"")}
  function switchTab(o){navigateTo(o)}
  function render(){
    var r=parse(),page=routes[r.path]||routes["pages/index/index"];current=r;
    var isTab=tabBar&&tabBar.list.some(function(t){return t.pagePath===r.path});
    appEl.innerHTML='<uni-app class="uni-app--showtabbar"><uni-page data-page="'+esc(r.path)+'"><uni-page-head><div class="uni-page-head">'+(isTab?"":'<div class="uni-page-head__back" data-back="1">‹</div>')+'<div class="uni-page-head__title">'+esc(page.title)+'</div></div></uni-page-head><uni-page-wrapper><uni-page-body><uni-view class="fh-loading fh-muted" style="padding:40px;text-align:center">加载中…</uni-view></uni-page-body></uni-page-wrapper></uni-page>'+(isTab?tabHtml(r.path):"")+'</uni-app>';
    document.title=page.title+" - 饭盒到家";
    var back=appEl.querySelector("[data-back]");if(back)back.addEventListener("click",function(){history.length>1?history.back():navigateTo({url:"pages/index/index"})});
    if(isTab)bindTabs();
    var body=appEl.querySelector("uni-page-body");
    Promise.resolve(page.load?page.load(r.query):null).then(function(data){body.innerHTML=page.render(data,r.query);bindTaps(body)}).catch(function(e){body.innerHTML='<uni-view class="fh-card">网络开小差了，请下拉刷新重试（'+esc(e.message)+'）</uni-view>'});
  }
  function tabHtml(path){return '<uni-tabbar class="uni-tabbar-bottom"><div class="uni-tabbar">'+tabBar.list.map(function(t,i){return '<div class="uni-tabbar__item'+(t.pagePath===path?" is-active":"")+'" data-index="'+i+'"><div class="uni-tabbar__bd"><div class="uni-tabbar__icon"></div><div class="uni-tabbar__label">'+esc(t.text)+'</div></div></div>'}).join("")+'</div></uni-tabbar>'}
  function bindTabs(){Array.prototype.forEach.call(appEl.querySelectorAll(".uni-tabbar__item"),function(el){el.addEventListener("click",function(){switchTab({url:tabBar.list[+el.getAttribute("data-index")].pagePath})})})}
  function bindTaps(root){Array.prototype.forEach.call(root.querySelectorAll("[data-url]"),function(el){el.addEventListener("click",function(){navigateTo({url:el.getAttribute("data-url")})})})}
  module.exports={esc:esc,request:request,navigateTo:navigateTo,switchTab:switchTab,
    createApp:function(cfg){routes=cfg.pages;tabBar=cfg.tabBar;appEl=document.getElementById("app");window.addEventListener("hashchange",render);render()}};
}
}]);
window.uni=(function(){var m={exports:{}};window["webpackJsonp"][0][1]["4a1f"](m,m.exports);return m.exports})();
