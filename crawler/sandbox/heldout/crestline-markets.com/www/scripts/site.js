document.addEventListener('DOMContentLoaded', function () {
  var f = document.getElementById('signup');
  if (!f) return;
  f.addEventListener('submit', function (e) {
    e.preventDefault();
    f.querySelector('.signup__msg').textContent = 'Thank you. Your account manager will contact you on WhatsApp within 30 minutes.';
  });
});
