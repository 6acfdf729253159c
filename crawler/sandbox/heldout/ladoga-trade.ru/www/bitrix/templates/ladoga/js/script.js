BX = window.BX || {};
BX.ready = function (fn) { document.readyState !== 'loading' ? fn() : document.addEventListener('DOMContentLoaded', fn); };
BX.ready(function () {
  var cur = location.pathname;
  Array.prototype.forEach.call(document.querySelectorAll('.bx-menu a'), function (a) {
    if (a.getAttribute('href') !== '/' && cur.indexOf(a.getAttribute('href')) === 0) { a.style.background = '#00557f'; }
  });
});
