/*! mx-front v2.4.1 | build 2024.11 */
(function ($) {
  "use strict";
  var pares = [
    ["EUR/USD", 1.08412, 1], ["GBP/USD", 1.27133, 1], ["USD/JPY", 151.204, -1],
    ["XAU/USD", 2651.37, 1], ["BTC/USD", 67210.5, -1], ["US30", 42118.0, 1],
    ["USD/BRL", 5.4321, -1], ["WTI", 71.84, 1]
  ];
  function desenhaTicker() {
    var $t = $(".mx-ticker .mx-ticker-inner");
    if (!$t.length) return;
    var html = pares.map(function (p) {
      var v = (p[1] * (1 + (Math.random() - 0.5) / 500));
      var casas = p[1] > 1000 ? 2 : (p[1] > 100 ? 3 : 5);
      var cls = Math.random() > 0.45 ? "up" : "dn";
      return "<span class='me-4'>" + p[0] + " <span class='" + cls + "'>" + v.toFixed(casas) + (cls === "up" ? " ▲" : " ▼") + "</span></span>";
    }).join("");
    $t.html(html);
  }
  $(function () {
    desenhaTicker();
    setInterval(desenhaTicker, 3000);
    $("[data-mx-ano]").text(new Date().getFullYear());
    $("form[data-mx-form]").on("submit", function (e) {
      e.preventDefault();
      var $f = $(this), ok = true;
      $f.find("[required]").each(function () {
        if (!$.trim($(this).val())) { $(this).addClass("is-invalid"); ok = false; }
        else { $(this).removeClass("is-invalid"); }
      });
      var $msg = $f.find(".mx-msg");
      if (!ok) { $msg.removeClass("d-none alert-success").addClass("alert-danger").text($msg.data("erro")); return; }
      $msg.removeClass("d-none alert-danger").addClass("alert-success").text($msg.data("ok"));
    });
  });
})(jQuery);
