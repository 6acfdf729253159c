/*! uni-app h5 runtime (trimmed build) */
(function(){"use strict";
var APP=null,root=null;
function el(t,c,h){var e=document.createElement(t);if(c)e.className=c;if(h!=null)e.textContent=h;return e}
function go(p){location.hash="#/"+p}
function render(){var r=(location.hash||"").replace(/^#\/?/,"")||APP.pages[0].path;var pg=APP.pages.filter(function(x){return x.path===r})[0]||APP.pages[0];
document.title=pg.title+" - "+APP.name;root.innerHTML="";var head=el("uni-page-head",null,pg.title);root.appendChild(head);var body=el("uni-page-body");root.appendChild(body);
fetch(pg.api,{headers:{"X-Requested-With":"uni"}}).then(function(r){return r.json()}).then(function(d){draw(body,d.data||d)}).catch(function(){body.appendChild(el("div","u-sub","网络异常 / Network error"))});
var tb=el("div","uni-tabbar");APP.tabBar.forEach(function(t){var it=el("div","uni-tabbar__item"+(t.path===pg.path?" on":""));it.appendChild(el("span","uni-tabbar__icon",t.icon));it.appendChild(el("span","uni-tabbar__text",t.text));it.addEventListener("click",function(){go(t.path)});tb.appendChild(it)});root.appendChild(tb)}
function draw(b,d){if(d.banner){var bn=el("div","u-banner");bn.appendChild(el("h2",null,d.banner.title));bn.appendChild(el("div","u-p",d.banner.sub));b.appendChild(bn)}
(d.blocks||[]).forEach(function(k){var c=el("div","u-card");if(k.title)c.appendChild(el("h3",null,k.title));(k.text||[]).forEach(function(p){c.appendChild(el("p","u-p",p))});
(k.items||[]).forEach(function(i){var row=el("div","u-row");var l=el("div");l.appendChild(el("div",null,i.name));if(i.desc)l.appendChild(el("div","u-sub",i.desc));row.appendChild(l);if(i.price)row.appendChild(el("div","u-price",i.price));c.appendChild(row)});
if(k.button){var bt=el("div","u-btn",k.button.text);bt.addEventListener("click",function(){go(k.button.to)});c.appendChild(bt)}b.appendChild(c)})}
window.addEventListener("hashchange",render);
document.addEventListener("DOMContentLoaded",function(){root=document.getElementById("app");fetch("/api/app.json").then(function(r){return r.json()}).then(function(a){APP=a;document.documentElement.style.setProperty("--tint",a.tint);if(!location.hash)location.hash="#/"+a.pages[0].path;render()})});
})();
