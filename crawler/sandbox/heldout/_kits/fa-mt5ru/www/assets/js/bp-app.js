/*! bp-app v2.4.1 */
(function ($) {
  "use strict";
  // quotes ticker
  function tick() {
    $("#bpTicker span").each(function () {
      var $s = $(this), p = parseFloat($s.data("p")), d = p > 1000 ? 2 : (p > 50 ? 2 : 5);
      var np = p * (1 + (Math.random() - 0.5) / 2000);
      $s.data("p", np);
      $s.find("b").text(np.toFixed(d)).toggleClass("up", np >= p).toggleClass("down", np < p);
    });
  }
  setInterval(tick, 2500);

  function msg($f, text, ok) { $f.find(".bp-form-msg").text(text).toggleClass("text-success", !!ok).toggleClass("text-warning", !ok); }

  $("#bpLogin").on("submit", function (e) { e.preventDefault(); msg($(this), "Неверный e-mail или пароль."); });
  $("#bpRegister").on("submit", function (e) { e.preventDefault(); msg($(this), "Заявка отправлена. Менеджер свяжется с вами в течение 15 минут.", true); });
  $("#bpCallback").on("submit", function (e) { e.preventDefault(); msg($(this), "Спасибо! Мы перезвоним вам в ближайшее время.", true); });

  $("#bpWithdrawForm").on("submit", function (e) {
    e.preventDefault();
    var $f = $(this), $btn = $f.find("button[type=submit]").prop("disabled", true);
    $.ajax({ url: $f.attr("action"), type: "POST", data: $f.serialize(), dataType: "json" })
      .done(function (res) {
        $("#bpModalTitle").text(res.title || "Заявка");
        var body = $("#bpModalBody").empty();
        $.each(res.paragraphs || [res.message || ""], function (_, p) { $("<p>").text(p).appendTo(body); });
        if (res.wallet) { $("<p>").append($("<code>").text(res.wallet)).appendTo(body); }
      })
      .fail(function () {
        $("#bpModalTitle").text("Ошибка");
        $("#bpModalBody").html("<p>Сервис временно недоступен. Попробуйте позже.</p>");
      })
      .always(function () {
        $btn.prop("disabled", false);
        bootstrap.Modal.getOrCreateInstance(document.getElementById("bpModal")).show();
      });
  });
})(jQuery);
