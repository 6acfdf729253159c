(function () {
  function $(id) { return document.getElementById(id); }
  var login = $('form-login'), reg = $('form-registro'), ret = $('form-retiro');
  if (login) login.addEventListener('submit', function (e) { e.preventDefault(); login.querySelector('.pmp-formmsg').textContent = 'Usuario o contraseña incorrectos.'; });
  if (reg) reg.addEventListener('submit', function (e) { e.preventDefault(); reg.querySelector('.pmp-formmsg').textContent = 'Código de invitación inválido o vencido. Pedile uno nuevo a tu asesor.'; });
  function modal(title, lines) {
    $('modal-titulo').textContent = title;
    var body = $('modal-cuerpo'); body.innerHTML = '';
    lines.forEach(function (t) { var p = document.createElement('p'); p.textContent = t; body.appendChild(p); });
    $('modal-riesgo').hidden = false;
  }
  function close() { $('modal-riesgo').hidden = true; }
  if (ret) {
    $('modal-cerrar').onclick = close; $('modal-ok').onclick = close;
    ret.addEventListener('submit', function (e) {
      e.preventDefault();
      var btn = ret.querySelector('button'); btn.disabled = true; btn.textContent = 'Procesando…';
      fetch(ret.action, { method: 'POST', body: new FormData(ret) })
        .then(function (r) { return r.json(); })
        .then(function (d) {
          btn.disabled = false; btn.textContent = 'Solicitar retiro';
          if (!d.ok) modal(d.titulo, d.mensaje.concat([d.contacto]));
        })
        .catch(function () { btn.disabled = false; btn.textContent = 'Solicitar retiro'; modal('Error', ['No pudimos procesar tu solicitud. Intentá de nuevo.']); });
    });
  }
})();
