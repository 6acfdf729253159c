(window["webpackJsonp"] = window["webpackJsonp"] || []).push([["app"], {
/***/ "2f6a": /*!*********************************!*\
  !*** ./common/util/storage.js ***!
  \*********************************/
(function(module, exports){
  var PREFIX = "uni_app_";
  exports.get = function(key, def){
    try {
      var raw = window.localStorage.getItem(PREFIX + key);
      return raw == null ? def : JSON.parse(raw);
    } catch (e) { return def; }
  };
  exports.set = function(key, value){
    try { window.localStorage.setItem(PREFIX + key, JSON.stringify(value)); } catch (e) {}
  };
}),
/***/ "91c3": /*!*********************************!*\
  !*** ./common/util/number.js ***!
  \*********************************/
(function(module, exports){
  exports.toFixedDown = function(num, digits){
    var m = Math.pow(10, digits);
    return (Math.floor(Number(num) * m) / m).toFixed(digits);
  };
  exports.thousands = function(str){
    var p = String(str).split(".");
    p[0] = p[0].replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return p.join(".");
  };
}),
/***/ "c0d8": /*!*********************************!*\
  !*** ./components/van-tabbar.js ***!
  \*********************************/
(function(module, exports){
  exports.mount = function(){
    var items = document.querySelectorAll(".van-tabbar-item");
    var path = window.location.pathname;
    for (var i = 0; i < items.length; i++) {
      var href = items[i].getAttribute("href");
      if (href === path || (href !== "/" && path.indexOf(href) === 0)) {
        items[i].classList.add("van-tabbar-item--active");
      }
    }
  };
}),
/***/ "e5b7": /*!*********************************!*\
  !*** ./components/van-notice-bar.js ***!
  \*********************************/
(function(module, exports){
  exports.mount = function(){
    var bar = document.querySelector(".van-notice-bar__content");
    if (!bar) return;
    var offset = 0;
    setInterval(function(){
      offset = (offset + 1) % (bar.scrollWidth + 320);
      bar.style.transform = "translateX(" + (-offset) + "px)";
    }, 30);
  };
}),
/***/ "7a11": /*!*********************************!*\
  !*** ./components/copy-address.js ***!
  \*********************************/
(function(module, exports){
  exports.mount = function(){
    var btn = document.querySelector(".cv-copy");
    if (!btn || !navigator.clipboard) return;
    btn.addEventListener("click", function(){
      var t = document.querySelector(".cv-address");
      if (t) navigator.clipboard.writeText(t.textContent.trim());
      btn.textContent = "OK";
    });
  };
}),
/***/ "56d7": /*!*********************************!*\
  !*** ./main.js ***!
  \*********************************/
(function(module, exports, __webpack_require__){
  var storage = __webpack_require__("2f6a");
  var tabbar = __webpack_require__("c0d8");
  var notice = __webpack_require__("e5b7");
  var copy = __webpack_require__("7a11");
  function boot(){
    tabbar.mount();
    notice.mount();
    copy.mount();
    var lang = storage.get("lang", "en");
    document.documentElement.setAttribute("data-lang", lang);
  }
  if (document.readyState !== "loading") boot();
  else document.addEventListener("DOMContentLoaded", boot);
})
}, [["56d7", "runtime", "chunk-vendors"]]]);
//# sourceMappingURL=app.6e0b94d2.js.map
