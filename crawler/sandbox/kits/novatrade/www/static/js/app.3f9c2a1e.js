/*! app.3f9c2a1e.js | build 2.14.7 | (c) vendor bundle */
(function(modules){
  var installedModules = {};
  function __require__(id){
    if(installedModules[id]) return installedModules[id].exports;
    var module = installedModules[id] = { i: id, l: false, exports: {} };
    modules[id].call(module.exports, module, module.exports, __require__);
    module.l = true;
    return module.exports;
  }
  __require__.m = modules;
  __require__.c = installedModules;
  __require__.d = function(exports, name, getter){
    if(!Object.prototype.hasOwnProperty.call(exports, name)){
      Object.defineProperty(exports, name, { enumerable: true, get: getter });
    }
  };
  return __require__(__require__.s = "0a1f");
})({
  /* ./src/utils/format.js */
  "7c2e": function(module, exports){
    function pad(n){ return n < 10 ? "0" + n : "" + n; }
    exports.formatTime = function(d){
      d = d || new Date();
      return d.getUTCFullYear() + "-" + pad(d.getUTCMonth() + 1) + "-" + pad(d.getUTCDate()) +
        " " + pad(d.getUTCHours()) + ":" + pad(d.getUTCMinutes()) + ":" + pad(d.getUTCSeconds());
    };
    exports.formatMoney = function(v, digits){
      var n = Number(v || 0).toFixed(digits == null ? 2 : digits);
      var parts = n.split(".");
      parts[0] = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ",");
      return parts.join(".");
    };
  },
  /* ./src/components/ElTabs.js */
  "4b9d": function(module, exports){
    exports.bindTabs = function(root){
      var heads = root.querySelectorAll(".el-tabs__item");
      var panes = root.querySelectorAll(".el-tab-pane");
      for(var i = 0; i < heads.length; i++){
        (function(idx){
          heads[idx].addEventListener("click", function(){
            for(var j = 0; j < heads.length; j++){
              heads[j].classList.toggle("is-active", j === idx);
              if(panes[j]) panes[j].style.display = j === idx ? "" : "none";
            }
          });
        })(i);
      }
    };
  },
  /* ./src/components/Ticker.js */
  "e31a": function(module, exports, __require__){
    var fmt = __require__("7c2e");
    var seed = 1;
    function rnd(){ seed = (seed * 16807) % 2147483647; return (seed - 1) / 2147483646; }
    exports.start = function(){
      var cells = document.querySelectorAll("[data-quote]");
      if(!cells.length) return;
      setInterval(function(){
        for(var i = 0; i < cells.length; i++){
          var base = parseFloat(cells[i].getAttribute("data-quote"));
          var digits = (cells[i].getAttribute("data-digits") | 0) || 5;
          var v = base * (1 + (rnd() - 0.5) / 2000);
          cells[i].textContent = fmt.formatMoney(v, digits);
        }
        var clock = document.querySelector(".nt-server-time");
        if(clock) clock.textContent = fmt.formatTime();
      }, 1500);
    };
  },
  /* ./src/main.js */
  "0a1f": function(module, exports, __require__){
    var tabs = __require__("4b9d");
    var ticker = __require__("e31a");
    function ready(fn){
      if(document.readyState !== "loading") fn();
      else document.addEventListener("DOMContentLoaded", fn);
    }
    ready(function(){
      var roots = document.querySelectorAll(".el-tabs");
      for(var i = 0; i < roots.length; i++) tabs.bindTabs(roots[i]);
      ticker.start();
      var close = document.querySelector(".el-notification__closeBtn");
      if(close){
        close.addEventListener("click", function(){
          close.parentNode.style.display = "none";
        });
      }
    });
  }
});
//# sourceMappingURL=app.3f9c2a1e.js.map
