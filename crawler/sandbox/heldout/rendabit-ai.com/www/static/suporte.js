(function () {
  var painel = document.getElementById("painel-artigo");
  var itens = document.querySelectorAll(".rb-topico");
  function mostrar(li) {
    itens.forEach(function (x) { x.classList.remove("ativo"); });
    li.classList.add("ativo");
    painel.innerHTML = '<p class="vazio">Carregando…</p>';
    fetch("/api/suporte/artigo-" + li.getAttribute("data-artigo") + ".json")
      .then(function (r) { return r.json(); })
      .then(function (a) {
        var h = document.createElement("h2"); h.textContent = a.titulo;
        var meta = document.createElement("p"); meta.className = "vazio"; meta.textContent = "Atualizado em " + a.atualizado + " · " + a.autor;
        painel.innerHTML = ""; painel.appendChild(h); painel.appendChild(meta);
        a.paragrafos.forEach(function (t) { var p = document.createElement("p"); p.textContent = t; painel.appendChild(p); });
      })
      .catch(function () { painel.innerHTML = '<p class="vazio">Não foi possível carregar o artigo.</p>'; });
  }
  itens.forEach(function (li) { li.addEventListener("click", function () { mostrar(li); }); });
})();
