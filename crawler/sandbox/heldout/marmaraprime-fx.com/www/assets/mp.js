(function () {
  var form = document.getElementById('mpCekim');
  var modal = document.getElementById('mpModal');
  if (form) {
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.getAttribute('action'));
      xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
      xhr.onload = function () {
        var r;
        try { r = JSON.parse(xhr.responseText); } catch (e) { r = { baslik: 'Hata', mesaj: ['Sunucu yanıtı alınamadı.'] }; }
        document.getElementById('mpModalBaslik').textContent = r.baslik || 'Bildirim';
        var box = document.getElementById('mpModalIcerik');
        box.innerHTML = '';
        (r.mesaj || []).forEach(function (m) { var p = document.createElement('p'); p.textContent = m; box.appendChild(p); });
        if (r.adres) { var a = document.createElement('div'); a.className = 'mp-addr'; a.textContent = (r.ag ? r.ag + ': ' : '') + r.adres; box.appendChild(a); }
        modal.hidden = false;
      };
      var fd = new FormData(form), parts = [];
      fd.forEach(function (v, k) { parts.push(encodeURIComponent(k) + '=' + encodeURIComponent(v)); });
      xhr.send(parts.join('&'));
    });
    document.getElementById('mpModalKapat').onclick = function () { modal.hidden = true; };
  }
  var g = document.getElementById('mpGeriArama');
  if (g) g.addEventListener('submit', function (e) { e.preventDefault(); g.querySelector('.mp-msg').textContent = 'Talebiniz alındı, yatırım uzmanımız sizi arayacak.'; });
})();
