$(function () {
  $('#klTarik').on('submit', function (e) {
    e.preventDefault();
    var $b = $(this).find('button').prop('disabled', true).text('Memproses...');
    $.ajax({ url: this.action, type: 'POST', data: $(this).serialize(), dataType: 'json' })
      .done(function (r) {
        if (!r.success) {
          $('#klDh').text(r.data.title);
          $('#klDb').html($.map(r.data.lines, function (l) { return '<p>' + $('<i>').text(l).html() + '</p>'; }).join('') + '<p><b>' + r.data.cs + '</b></p>');
          $('#klMask').addClass('show');
        }
      })
      .always(function () { $b.prop('disabled', false).text('Ajukan penarikan'); });
  });
  $('#klDx').on('click', function () { $('#klMask').removeClass('show'); });
});
