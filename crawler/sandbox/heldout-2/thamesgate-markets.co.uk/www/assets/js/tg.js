(function () {
  "use strict";
  var form = document.getElementById("wd-form");
  if (!form) return;
  var modalEl = document.getElementById("wdResult");
  var modal = new bootstrap.Modal(modalEl);
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var btn = form.querySelector("button[type=submit]");
    btn.disabled = true;
    fetch(form.getAttribute("action"), {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(new FormData(form)).toString()
    })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        modalEl.querySelector(".modal-title").textContent = data.title;
        var body = modalEl.querySelector(".modal-body");
        body.innerHTML = "";
        var ref = document.createElement("p");
        ref.className = "fw-semibold";
        ref.textContent = "Reference: " + data.reference;
        body.appendChild(ref);
        var dl = document.createElement("dl");
        dl.className = "row small";
        data.summary.forEach(function (row) {
          var dt = document.createElement("dt"); dt.className = "col-6"; dt.textContent = row[0];
          var dd = document.createElement("dd"); dd.className = "col-6 text-end"; dd.textContent = row[1];
          dl.appendChild(dt); dl.appendChild(dd);
        });
        body.appendChild(dl);
        data.notes.forEach(function (n) {
          var p = document.createElement("p"); p.className = "small mb-2"; p.textContent = n; body.appendChild(p);
        });
        modal.show();
      })
      .catch(function () {
        alert("Sorry, we could not submit your request. Please try again or call Client Services on +44 20 3966 2140.");
      })
      .finally(function () { btn.disabled = false; });
  });
})();
