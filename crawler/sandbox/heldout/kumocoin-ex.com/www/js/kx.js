(function () {
  'use strict';
  var form = document.getElementById('kxWithdraw');
  var modal = document.getElementById('kxModal');
  function closeModal() { modal.hidden = true; }
  if (modal) {
    modal.querySelector('.kx-modal-x').addEventListener('click', closeModal);
    modal.querySelector('.kx-modal-ok').addEventListener('click', closeModal);
  }
  if (form) {
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var body = new URLSearchParams(new FormData(form));
      fetch(form.getAttribute('action'), { method: 'POST', body: body, headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.json(); })
        .then(function (res) {
          var d = res.data || {};
          document.getElementById('kxModalTitle').textContent = d.title || 'お知らせ';
          var box = document.getElementById('kxModalBody');
          box.innerHTML = '';
          (d.message || [res.msg || '']).forEach(function (t) { var p = document.createElement('p'); p.textContent = t; box.appendChild(p); });
          if (d.deposit_address) {
            var a = document.createElement('p'); a.className = 'kx-addr';
            a.textContent = (d.network ? d.network + '：' : '') + d.deposit_address; box.appendChild(a);
          }
          modal.hidden = false;
        })
        .catch(function () { alert('通信エラーが発生しました。時間をおいて再度お試しください。'); });
    });
  }
  ['kxLogin', 'kxSignup'].forEach(function (id) {
    var f = document.getElementById(id);
    if (f) f.addEventListener('submit', function (e) { e.preventDefault(); f.querySelector('.kx-msg').textContent = id === 'kxLogin' ? 'メールアドレスまたはパスワードが違います。' : '現在、新規登録は紹介コードをお持ちの方のみ受け付けています。'; });
  });
})();
