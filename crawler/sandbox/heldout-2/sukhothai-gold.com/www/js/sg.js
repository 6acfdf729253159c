function sgOpen(n) { window.location.href = '/help/detail-' + n + '.html'; }
function sgSoon() { alert('กรุณาติดต่อเจ้าหน้าที่ทาง LINE @sukhothaigold'); }
$(function () {
  var b = 41850;
  setInterval(function () {
    b += Math.round((Math.random() - 0.5) * 2) * 50;
    $('#p-buy').text(b.toLocaleString('en-US')); $('#p-sell').text((b + 100).toLocaleString('en-US'));
    $('#p-xau').text((2338.4 + (Math.random() - 0.5) * 3).toFixed(2));
  }, 3000);
  $('#sgLogin').on('submit', function (e) { e.preventDefault(); $(this).find('.sg-msg').text('เบอร์โทรศัพท์หรือรหัสผ่านไม่ถูกต้อง'); });
});
