/*! jb-core 1.4.2 | tiny DOM + router helpers for 진료바로 */
(function(g){"use strict";
function h(tag,attrs){var el=document.createElement(tag),i,k;attrs=attrs||{};for(k in attrs){if(!attrs.hasOwnProperty(k))continue;if(k==="class")el.className=attrs[k];else if(k==="on")for(var ev in attrs.on)el.addEventListener(ev,attrs.on[ev]);else if(k==="text")el.textContent=attrs[k];else el.setAttribute(k,attrs[k]);}
for(i=2;i<arguments.length;i++){var c=arguments[i];if(c==null||c===false)continue;if(Array.isArray(c))c.forEach(function(x){x&&el.appendChild(typeof x==="string"?document.createTextNode(x):x)});else el.appendChild(typeof c==="string"?document.createTextNode(c):c);}return el;}
function api(path){return fetch(path,{credentials:"same-origin",headers:{"X-Requested-With":"XMLHttpRequest"}}).then(function(r){if(!r.ok)throw new Error("HTTP "+r.status);return r.json()}).then(function(j){if(j.resultCode!=="0000")throw new Error(j.resultMsg);return j.body})}
function parseHash(){var s=location.hash.replace(/^#\/?/,"");var p=s.split("?");var q={};(p[1]||"").split("&").forEach(function(kv){if(!kv)return;var a=kv.split("=");q[decodeURIComponent(a[0])]=decodeURIComponent(a[1]||"")});return{path:p[0]||"pages/index/index",query:q}}
g.jb={h:h,api:api,parseHash:parseHash};
})(window);
