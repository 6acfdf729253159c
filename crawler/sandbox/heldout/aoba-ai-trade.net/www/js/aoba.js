/* aoba.js */
var AOBA = (function ($) {
  var $m = $('#newsModal');
  function openNews(id) {
    $.getJSON('api/news/' + encodeURIComponent(id) + '.json').done(function (res) {
      var it = res.item || {};
      $('#newsDate').text(it.date || '');
      $('#newsTitle').text(it.title || '');
      var $b = $('#newsBody').empty();
      $.each(it.body || [], function (_, t) { $('<p>').text(t).appendTo($b); });
      $m.prop('hidden', false);
    }).fail(function () { alert('読み込みに失敗しました。'); });
  }
  function closeNews() { $m.prop('hidden', true); }
  $m.on('click', function (e) { if (e.target === this) closeNews(); });
  return { openNews: openNews, closeNews: closeNews };
})(jQuery);
