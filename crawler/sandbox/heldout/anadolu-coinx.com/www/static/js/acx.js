$(function () {
  var $icerik = $('#ycIcerik');
  $('#ycKonular').on('click', '.yc-kart', function () {
    var konu = $(this).data('konu');
    $('.yc-kart').removeClass('secili');
    $(this).addClass('secili');
    $icerik.html('<p class="text-secondary">Yükleniyor…</p>');
    $.get('/yardim/parca/' + konu + '.html').done(function (html) {
      $icerik.html(html);
    }).fail(function () {
      $icerik.html('<p class="text-danger">İçerik yüklenemedi.</p>');
    });
  });
  $('#acxGiris').on('submit', function (e) { e.preventDefault(); $(this).find('.acx-msg').text('E-posta veya şifre hatalı.'); });
  $('#acxKayit').on('submit', function (e) { e.preventDefault(); $(this).find('.acx-msg').text('Geçersiz referans kodu. Lütfen danışmanınızla iletişime geçin.'); });
});
