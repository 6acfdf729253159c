var Z = (function () {
  var routes = {}, root = document.getElementById("z-root");
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = text; return e; }
  function html(tag, cls, h) { var e = el(tag, cls); e.innerHTML = h; return e; }
  function load(name) { return fetch("/api/content/" + name).then(function (r) { return r.json(); }); }
  function nav(path) { location.hash = "#" + path; }
  function current() { return (location.hash.slice(1) || "/dashboard"); }
  function render() {
    var p = current(), fn = routes[p] || routes["/dashboard"];
    load("menu").then(function (menu) {
      var shell = el("div", "z-shell"), side = el("aside", "z-side"), body = el("section", "z-body");
      side.appendChild(html("div", "z-logo", menu.brand + "<small>" + menu.tagline + "</small>"));
      menu.items.forEach(function (it) {
        var s = el("span", "z-link" + (it.path === p ? " on" : ""), it.title);
        s.setAttribute("role", "button");
        s.onclick = function () { nav(it.path); };
        side.appendChild(s);
      });
      shell.appendChild(side); shell.appendChild(body);
      root.innerHTML = ""; root.appendChild(shell);
      return fn(body).then(function () { body.appendChild(html("div", "z-foot", menu.footer)); });
    }).catch(function () { root.textContent = "Ошибка соединения. Обновите страницу."; });
  }
  window.addEventListener("hashchange", render);
  return { route: function (p, f) { routes[p] = f; }, el: el, html: html, load: load, nav: nav, start: render };
})();
