// Xóm Tài Chính — tiện ích nhỏ: mở/đóng trích dẫn dài, nhảy tới bài viết
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('.bbCodeBlock--expandable').forEach(function (el) {
    var t = el.querySelector('.js-toggle');
    if (t) t.addEventListener('click', function () { el.classList.toggle('is-expanded'); });
  });
  if (location.hash && location.hash.indexOf('#post-') === 0) {
    var p = document.querySelector(location.hash);
    if (p) p.style.background = '#fffbe6';
  }
});
