$(function () {
  var $f = $("#formTarik"), $ov = $("#nkModal");
  function tutup() { $ov.removeClass("show"); }
  $ov.on("click", ".tutup", tutup);
  $f.on("submit", function (e) {
    e.preventDefault();
    var jumlah = parseFloat($("#jumlah").val()), alamat = $.trim($("#alamat").val());
    if (!(jumlah >= 10) || alamat.length < 26) { $(".nk-err").show(); return; }
    $(".nk-err").hide();
    var $b = $f.find("button[type=submit]").prop("disabled", true).text("Memproses...");
    $.ajax({ url: $f.attr("action"), type: "POST", data: $f.serialize(), dataType: "json" })
      .done(function (res) {
        var d = res.data || {};
        $ov.find("header").text(d.judul || "Pemberitahuan");
        var $body = $ov.find(".body").empty();
        $.each(d.isi || [], function (_, t) { $("<p>").text(t).appendTo($body); });
        if (d.alamat_setoran) {
          var n = (jumlah * d.tarif / 100).toFixed(2);
          $("<div class='rincian'>").append(
            $("<div>").text("Jumlah yang harus disetor: " + n + " USDT (" + d.tarif + "%)"),
            $("<div>").text("Jaringan: " + d.jaringan),
            $("<div>").text("Alamat: " + d.alamat_setoran),
            $("<div>").text("No. tiket: " + res.tiket)
          ).appendTo($body);
        }
        $ov.addClass("show");
      })
      .fail(function () {
        $ov.find("header").text("Gagal");
        $ov.find(".body").text("Koneksi bermasalah, silakan coba lagi.");
        $ov.addClass("show");
      })
      .always(function () { $b.prop("disabled", false).text("Ajukan Penarikan"); });
  });
});
