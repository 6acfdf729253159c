Z.route("/dashboard", function (b) {
  return Z.load("home").then(function (d) {
    b.appendChild(Z.el("h1", "z-h1", d.title));
    b.appendChild(Z.el("p", "z-muted", d.lead));
    var g = Z.el("div", "z-cards");
    d.stats.forEach(function (s) { g.appendChild(Z.html("div", "z-card", "<b>" + s[0] + "</b>" + s[1])); });
    b.appendChild(g);
    b.appendChild(Z.el("h2", null, "Новости фонда"));
    d.news.forEach(function (n) { b.appendChild(Z.html("p", null, "<span class='z-muted'>" + n[0] + "</span> — " + n[1])); });
  });
});
Z.route("/plans", function (b) {
  return Z.load("plans").then(function (d) {
    b.appendChild(Z.el("h1", "z-h1", "Тарифы стейкинга"));
    b.appendChild(Z.el("p", "z-muted", d.note));
    var g = Z.el("div", "z-cards");
    d.plans.forEach(function (p) {
      var c = Z.html("div", "z-card z-plan", "<h3>" + p.name + "</h3><b>" + p.daily + " в день</b>Срок: " + p.term + "<br>Вход: " + p.min);
      var btn = Z.el("div", "z-btn", "Подключить");
      btn.onclick = function () { Z.nav("/wallet"); };
      c.appendChild(btn); g.appendChild(c);
    });
    b.appendChild(g);
  });
});
Z.route("/wallet", function (b) {
  return Z.load("wallet").then(function (d) {
    b.appendChild(Z.el("h1", "z-h1", "Кошелёк"));
    b.appendChild(Z.html("p", null, "Баланс: <b>0.00 USDT</b> · Начислено сегодня: <b>0.00 USDT</b>"));
    b.appendChild(Z.el("h2", null, "Пополнение"));
    b.appendChild(Z.html("p", null, d.deposit_text + "<br><span class='z-addr'>" + d.address + "</span>"));
    b.appendChild(Z.el("h2", null, "Вывод"));
    b.appendChild(Z.el("p", null, d.withdraw_text));
    var r = Z.el("div", "z-btn", "Правила вывода"); r.onclick = function () { Z.nav("/rules"); }; b.appendChild(r);
  });
});
Z.route("/faq", function (b) {
  return Z.load("faq").then(function (d) {
    b.appendChild(Z.el("h1", "z-h1", "Вопросы и ответы"));
    d.items.forEach(function (it) {
      var w = Z.el("div", "z-faq-item"), q = Z.el("div", "z-faq-q", it.q), a = Z.html("div", "z-faq-a", it.a);
      q.onclick = function () { a.style.display = a.style.display === "none" ? "" : "none"; };
      w.appendChild(q); w.appendChild(a); b.appendChild(w);
    });
  });
});
Z.route("/rules", function (b) {
  return Z.load("rules").then(function (d) {
    b.appendChild(Z.el("h1", "z-h1", d.title));
    b.appendChild(Z.el("p", "z-muted", d.date));
    b.appendChild(Z.html("div", "z-doc", d.body));
  });
});
Z.route("/partners", function (b) {
  return Z.load("partners").then(function (d) {
    b.appendChild(Z.el("h1", "z-h1", "Партнёрская программа"));
    b.appendChild(Z.html("div", "z-doc", d.body));
  });
});
Z.route("/contacts", function (b) {
  return Z.load("contacts").then(function (d) {
    b.appendChild(Z.el("h1", "z-h1", "Контакты"));
    b.appendChild(Z.html("div", "z-doc", d.body));
  });
});
Z.start();
