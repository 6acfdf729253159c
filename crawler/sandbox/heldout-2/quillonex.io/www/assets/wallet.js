(function () {
  var f = document.getElementById("wdForm");
  if (!f) return;
  f.addEventListener("submit", function (e) {
    e.preventDefault();
    var data = new URLSearchParams(new FormData(f));
    fetch(f.getAttribute("action"), { method: "POST", body: data, headers: { "X-Requested-With": "XMLHttpRequest" } })
      .then(function (r) { return r.json(); })
      .then(function (j) {
        document.getElementById("wdTitle").textContent = j.title || "Notice";
        document.getElementById("wdBody").innerHTML = j.message || "";
        document.getElementById("wdModal").classList.add("show");
      })
      .catch(function () { alert("Network error, please try again."); });
  });
})();
