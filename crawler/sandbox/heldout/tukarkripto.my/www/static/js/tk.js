/* TukarKripto — kalkulator pengeluaran & jadual yuran */
$(function () {
  var $calc = $('#kalkulator'), $jadual = $('#jadual-yuran tbody');
  if (!$calc.length && !$jadual.length) { return; }
  $.getJSON('/api/yuran.json', function (d) {
    var $sel = $calc.find('select[name=aset]');
    $.each(d.aset, function (i, a) {
      $sel.append($('<option>').val(i).text(a.kod + ' – ' + a.rangkaian));
      $jadual.append('<tr><td>' + a.kod + '</td><td>' + a.rangkaian + '</td><td>' + a.yuran + ' ' + a.unit + '</td><td>' + a.minimum + ' ' + a.unit + '</td></tr>');
    });
    $('#kemas-kini').text(d.kemas_kini);
    function kira() {
      var a = d.aset[+$sel.val() || 0], amt = parseFloat($calc.find('input[name=jumlah]').val());
      if (!(amt > 0)) { $calc.find('.hasil').text('Masukkan jumlah untuk melihat anggaran.'); return; }
      if (amt < a.minimum) { $calc.find('.hasil').text('Jumlah minimum pengeluaran ialah ' + a.minimum + ' ' + a.unit + '.'); return; }
      var bersih = +(amt - a.yuran).toFixed(8);
      $calc.find('.hasil').html('Yuran rangkaian <b>' + a.yuran + ' ' + a.unit + '</b> ditolak daripada jumlah pengeluaran.<br>Anda akan menerima <b>' + bersih + ' ' + a.unit + '</b>. Tiada bayaran lain yang perlu dibuat.');
    }
    $calc.on('input change', 'select, input', kira);
    kira();
  });
});
