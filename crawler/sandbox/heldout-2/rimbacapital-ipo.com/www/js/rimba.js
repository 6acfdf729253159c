(function ($) {
  var loaded = false;
  function openChat() {
    $('#rcChat').addClass('open');
    if (loaded) return;
    loaded = true;
    $('#rcChatBody').html('<div class="rc-typing">Aina sedang menaip…</div>');
    $.getJSON('/api/cs/script.json', function (d) {
      var $b = $('#rcChatBody').empty();
      $('<div class="rc-agent"></div>').text(d.agent).appendTo($b);
      $.each(d.messages, function (i, m) {
        $('<div class="rc-msg"></div>').addClass(m.from === 'agent' ? 'rc-msg-a' : 'rc-msg-u').text(m.text).appendTo($b);
      });
    });
  }
  $(function () {
    $('#rcChatBtn').on('click', openChat);
    $('#rcAskCs').on('click', openChat);
    $('#rcChatX').on('click', function () { $('#rcChat').removeClass('open'); });
  });
})(jQuery);
