jQuery(function ($) {
  $('.mkb-burger').on('click', function () { $('.mkb-menu').toggleClass('buka'); });
  $('.mkb-tabs a').on('click', function (e) {
    e.preventDefault();
    var t = $(this).attr('href');
    $(this).addClass('on').siblings().removeClass('on');
    $(t).addClass('on').siblings('.mkb-pane').removeClass('on');
  });
  $('.mkb-faq dt').on('click', function () { $(this).next('dd').slideToggle(180); });
  var y = new Date().getFullYear();
  $('.js-tahun').text(y);
});
