/*! lodos-web client bundle (runtime subset) */
(function () {
  "use strict";
  function strip() {
    var el = document.querySelector("[data-ticker]");
    if (!el) return;
    fetch("/api/v1/ticker").then(function (r) { return r.json(); }).then(function (res) {
      el.innerHTML = "";
      res.data.forEach(function (t) {
        var s = document.createElement("span");
        s.setAttribute("data-v-9c2e", "");
        var cls = t.change24h >= 0 ? "up" : "down";
        s.innerHTML = "<b>" + t.pair + "</b> " + Number(t.last).toLocaleString("tr-TR") + " <em data-v-9c2e class=\"" + cls + "\">" + (t.change24h > 0 ? "+" : "") + t.change24h.toFixed(2).replace(".", ",") + "%</em>";
        el.appendChild(s);
      });
    }).catch(function () { el.textContent = "Piyasa verisi şu anda alınamıyor."; });
  }
  function accordion() {
    var items = document.querySelectorAll(".l-acc__item");
    Array.prototype.forEach.call(items, function (it) {
      it.querySelector(".l-acc__q").addEventListener("click", function () { it.classList.toggle("is-open"); });
    });
    if (location.hash) {
      var target = document.getElementById(location.hash.slice(1));
      if (target && target.classList.contains("l-acc__item")) target.classList.add("is-open");
    }
  }
  document.addEventListener("DOMContentLoaded", function () { strip(); accordion(); });
})();
