/* global CONFIG */
window.addEventListener('DOMContentLoaded', function () {
  var btn = document.querySelector('.back-to-top');
  if (btn) {
    window.addEventListener('scroll', function () {
      var pct = Math.round(window.scrollY / Math.max(1, document.body.scrollHeight - window.innerHeight) * 100);
      btn.classList.toggle('on', window.scrollY > CONFIG.back2top.threshold);
      btn.querySelector('span').textContent = pct + '%';
    });
    btn.addEventListener('click', function () { window.scrollTo({ top: 0, behavior: 'smooth' }); });
  }
  document.querySelectorAll('.post-body h2').forEach(function (h, i) { if (!h.id) h.id = 'sec-' + (i + 1); });
});
