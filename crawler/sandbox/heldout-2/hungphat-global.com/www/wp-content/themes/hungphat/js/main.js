jQuery(function ($) {
  $('#hpForm').on('submit', function (e) { e.preventDefault(); $(this).find('.wpcf7-response-output').text('Cảm ơn bạn! Chuyên viên sẽ liên hệ qua Zalo trong 15 phút.'); });
  $('#zaloBtn').on('click', function () { alert('Kết bạn Zalo: 0889 214 637'); });
});
