(function () {
  var f1 = document.getElementById('openForm');
  if (f1) f1.addEventListener('submit', function (e) { e.preventDefault(); f1.querySelector('.c-form__msg').textContent = '招待コードが確認できません。担当アドバイザーにお問い合わせください。'; });
  var f2 = document.getElementById('loginForm');
  if (f2) f2.addEventListener('submit', function (e) { e.preventDefault(); f2.querySelector('.c-form__msg').textContent = 'ログインIDまたはパスワードが正しくありません。'; });
})();
