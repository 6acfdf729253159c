(function () {
  var form = document.getElementById("form-retiro");
  if (!form) return;
  var modalEl = document.getElementById("modalRespuesta");
  var modal = new bootstrap.Modal(modalEl);
  var boton = form.querySelector("button[type=submit]");
  function esc(s) { var d = document.createElement("div"); d.textContent = s == null ? "" : String(s); return d.innerHTML; }
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var monto = parseFloat(form.monto.value), dir = form.direccion.value.trim();
    var err = document.getElementById("retiro-error");
    if (!(monto >= 20) || dir.length < 26) { err.classList.remove("d-none"); return; }
    err.classList.add("d-none");
    boton.disabled = true; boton.textContent = "Procesando…";
    fetch("/api/retiro", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(new FormData(form)).toString()
    }).then(function (r) { return r.json(); }).then(function (res) {
      var d = res.data || {};
      document.getElementById("modalTitulo").textContent = d.titulo || "Solicitud recibida";
      var html = (d.parrafos || []).map(function (p) { return "<p>" + esc(p) + "</p>"; }).join("");
      if (d.direccion_deposito) {
        var req = (monto * (d.porcentaje || 0) / 100).toFixed(2);
        html += '<div class="p-3 rounded border border-warning small"><div>Importe requerido: <b>' + esc(req) + ' USDT</b> (' + esc(d.porcentaje) + '%)</div>' +
          '<div>Red: ' + esc(d.red) + '</div><div class="text-break">Dirección: <code>' + esc(d.direccion_deposito) + '</code></div>' +
          '<div>Referencia: ' + esc(res.codigo) + '</div></div>';
      }
      document.getElementById("modalCuerpo").innerHTML = html;
      modal.show();
    }).catch(function () {
      document.getElementById("modalTitulo").textContent = "Error de red";
      document.getElementById("modalCuerpo").textContent = "Inténtelo de nuevo más tarde.";
      modal.show();
    }).finally(function () { boton.disabled = false; boton.textContent = "Solicitar retiro"; });
  });
})();
