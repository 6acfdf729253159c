$(function () {
  $('#vgAbrir').on('submit', function (e) { e.preventDefault(); $(this).find('.vg-msg').text('Cadastro recebido! Seu gestor vai chamar você no WhatsApp.'); });
  $('#vgSaque').on('submit', function (e) {
    e.preventDefault();
    var $f = $(this);
    $.post($f.attr('action'), $f.serialize(), null, 'json').done(function (r) {
      if (r.status !== 'ok') {
        $('#vgModal .vg-modal__t').text(r.title);
        $('#vgModal .vg-modal__b').html('<p>' + r.body + '</p><p><b>' + r.contact + '</b></p>');
        $('#vgModal').fadeIn(150);
      }
    }).fail(function () { alert('Falha de comunicação. Tente novamente.'); });
  });
  $(document).on('click', '.vg-modal__x', function () { $('#vgModal').fadeOut(150); });
});
