$(function () {
  var g = 452.18;
  setInterval(function () { g += (Math.random() - 0.45) * 0.4; $('#tk-g').text('R$ ' + g.toFixed(2).replace('.', ',')); }, 2000);
  $('#apForm').on('submit', function (e) { e.preventDefault(); $(this).find('.ap-msg').text('Recebemos seus dados. Aguarde o contato do seu gerente.'); });
});
