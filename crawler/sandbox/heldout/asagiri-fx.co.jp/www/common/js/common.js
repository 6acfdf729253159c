/* あさぎり証券 共通スクリプト */
$(function () {
  // タブ切替
  $('.tabs li').on('click', function () {
    var idx = $(this).index();
    var $box = $(this).closest('.tabBox');
    $box.find('.tabs li').removeClass('on').eq(idx).addClass('on');
    $box.find('.tabPanel').removeClass('on').eq(idx).addClass('on');
  });
  // よくあるご質問のアコーディオン
  $('.acc dt').on('click', function () { $(this).next('dd').slideToggle(200); });
  // ページトップ
  $('#pagetop a').on('click', function (e) { e.preventDefault(); $('html,body').animate({ scrollTop: 0 }, 300); });
});
