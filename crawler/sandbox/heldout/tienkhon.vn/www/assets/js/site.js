$(function () {
  // thanh tiến độ đọc bài
  var $bar = $('#progress');
  $(window).on('scroll', function () {
    var h = $(document).height() - $(window).height();
    $bar.css('width', (h > 0 ? ($(window).scrollTop() / h) * 100 : 0) + '%');
  });
  // chế độ tối
  if (localStorage.getItem('tk-dark') === '1') { $('body').addClass('dark'); }
  $('#mode-toggle').on('click', function () {
    $('body').toggleClass('dark');
    localStorage.setItem('tk-dark', $('body').hasClass('dark') ? '1' : '0');
  });
  // đăng ký bản tin (chỉ kiểm tra định dạng email, gửi qua form tĩnh)
  $('.newsletter').on('submit', function (e) {
    e.preventDefault();
    var v = $.trim($(this).find('input').val());
    var ok = /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v);
    $(this).find('.msg').text(ok ? 'Cảm ơn bạn! Vui lòng kiểm tra hộp thư để xác nhận.' : 'Email chưa đúng định dạng.');
  });
});
