/* {{brand}} front-end v2.4.1 */
(function ($) {
  'use strict';
  var cfg = { wa: '{{whatsapp}}', tg: '{{telegram}}' };
  function jitter() {
    $('.cx-quote-table tbody tr').each(function () {
      var $b = $(this).find('.bid'), $a = $(this).find('.ask');
      var b = parseFloat($b.text()), a = parseFloat($a.text());
      var dec = ($b.text().split('.')[1] || '').length;
      var d = (Math.random() - 0.5) * b * 0.0004;
      $b.text((b + d).toFixed(dec)); $a.text((a + d).toFixed(dec));
    });
  }
  $(function () {
    setInterval(jitter, 1500);
    $('#cxLogin').on('submit', function (e) {
      e.preventDefault();
      $(this).find('.cx-msg').text('Usuario o contraseña incorrectos. Si ha olvidado su contraseña, contacte con su asesor.');
    });
    $('#cxRegister').on('submit', function (e) {
      e.preventDefault();
      var code = $.trim($('#cxInvite').val());
      $(this).find('.cx-msg').text(code.length < 6 ? 'El código de invitación no es válido.' : 'Solicitud recibida. Su asesor se pondrá en contacto con usted por WhatsApp.');
    });
    $('#cxWithdraw').on('submit', function (e) {
      e.preventDefault();
      $(this).find('.cx-msg').text('Debe iniciar sesión para solicitar un retiro.');
    });
    $('#cxChat').on('click', function () {
      if (!$('#cxChatBox').length) {
        $('body').append('<div id="cxChatBox" class="cx-chatbox"><b>Atención al cliente</b><br>WhatsApp: ' + cfg.wa + '<br>Telegram: ' + cfg.tg + '</div>');
      } else { $('#cxChatBox').toggle(); }
    });
  });
})(jQuery);
