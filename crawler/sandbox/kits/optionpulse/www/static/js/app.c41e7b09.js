/*! app.c41e7b09.js | optionpulse web 3.2.0 | bundled */
(function(){
  "use strict";
  var registry = {};
  function define(id, factory){ registry[id] = { factory: factory, exports: null }; }
  function use(id){
    var m = registry[id];
    if (!m.exports) { m.exports = {}; m.factory(m.exports); }
    return m.exports;
  }

  /* ./src/util/format.js */
  define("fmt", function(exports){
    exports.pad = function(n){ return n < 10 ? "0" + n : String(n); };
    exports.clock = function(sec){
      sec = Math.max(0, sec | 0);
      return exports.pad(Math.floor(sec / 60)) + ":" + exports.pad(sec % 60);
    };
    exports.price = function(v, digits){
      var s = Number(v).toFixed(digits == null ? 2 : digits).split(".");
      s[0] = s[0].replace(/\B(?=(\d{3})+(?!\d))/g, ",");
      return s.join(".");
    };
  });

  /* ./src/components/op-timer.js : countdown shown next to each contract period */
  define("timer", function(exports){
    var fmt = use("fmt");
    exports.mount = function(){
      var nodes = document.querySelectorAll(".op-timer[data-seconds]");
      if (!nodes.length) return;
      var left = [];
      for (var i = 0; i < nodes.length; i++) left.push(parseInt(nodes[i].getAttribute("data-seconds"), 10) || 60);
      var total = left.slice();
      setInterval(function(){
        for (var j = 0; j < nodes.length; j++) {
          left[j] = left[j] <= 1 ? total[j] : left[j] - 1;
          nodes[j].textContent = fmt.clock(left[j]);
        }
      }, 1000);
    };
  });

  /* ./src/components/op-price.js : decorative price drift for the hero quote */
  define("price", function(exports){
    var fmt = use("fmt");
    exports.mount = function(){
      var el = document.querySelector(".op-price[data-price]");
      if (!el) return;
      var p = parseFloat(el.getAttribute("data-price"));
      setInterval(function(){
        var step = (Math.random() - 0.5) * p * 0.0004;
        p = p + step;
        el.textContent = fmt.price(p, 2);
        el.classList.toggle("is-down", step < 0);
      }, 1500);
    };
  });

  /* ./src/components/op-invite.js : copy the invitation code typed by the user */
  define("invite", function(exports){
    exports.mount = function(){
      var btn = document.querySelector(".op-invite [data-copy]");
      if (!btn || !navigator.clipboard) return;
      btn.addEventListener("click", function(){
        var field = document.getElementById(btn.getAttribute("data-copy"));
        if (field && field.value) navigator.clipboard.writeText(field.value);
      });
    };
  });

  /* ./src/main.js */
  function boot(){
    use("timer").mount();
    use("price").mount();
    use("invite").mount();
    var links = document.querySelectorAll(".op-nav a");
    for (var i = 0; i < links.length; i++) {
      if (links[i].getAttribute("href") === window.location.pathname) links[i].classList.add("is-active");
    }
  }
  if (document.readyState !== "loading") boot();
  else document.addEventListener("DOMContentLoaded", boot);
})();
//# sourceMappingURL=app.c41e7b09.js.map
