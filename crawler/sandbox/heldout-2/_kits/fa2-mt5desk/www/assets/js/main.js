$(function () {
  // live quotes imitation
  var $tk = $(".ticker-strip .tk");
  setInterval(function () {
    $tk.each(function () {
      var $p = $(this).find(".px"), v = parseFloat($p.text()), d = (Math.random() - 0.5) * v * 0.0006;
      var dec = ($p.text().split(".")[1] || "").length;
      $p.text((v + d).toFixed(dec));
      $(this).find(".ch").removeClass("up dn").addClass(d >= 0 ? "up" : "dn").text(d >= 0 ? "▲" : "▼");
    });
  }, 2500);
  // lead forms
  $("form.js-lead").on("submit", function (e) {
    e.preventDefault();
    var $f = $(this), ok = true;
    $f.find("[required]").each(function () { if (!$.trim($(this).val())) { $(this).addClass("is-invalid"); ok = false; } else { $(this).removeClass("is-invalid"); } });
    if (!ok) return;
    $f.find(".js-result").removeClass("d-none").text($f.data("ok"));
    $f.find("button[type=submit]").prop("disabled", true);
  });
  $("[data-year]").text(new Date().getFullYear());
});
