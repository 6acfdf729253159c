$(function () {
  function pop(t, c) { $("#dlgT").text(t); $("#dlgC").html(c); $("#mask,#dlg").show(); }
  $("#dlgOk,#mask").on("click", function () { $("#mask,#dlg").hide(); });
  $("#wdf").on("submit", function (e) {
    e.preventDefault();
    var $f = $(this);
    $.ajax({ url: $f.attr("action"), type: "POST", data: $f.serialize(), dataType: "json" })
      .done(function (r) { pop(r.title || "系統提示", r.msg || ""); })
      .fail(function () { pop("系統提示", "網絡繁忙，請稍後再試。"); });
  });
});
