document.addEventListener("DOMContentLoaded", function () {
  var c = document.querySelector(".aviso-cookies");
  if (c) {
    if (localStorage.getItem("vcm_cookies") === "1") c.style.display = "none";
    c.querySelector("button").addEventListener("click", function () {
      localStorage.setItem("vcm_cookies", "1"); c.style.display = "none";
    });
  }
  var y = document.getElementById("anio");
  if (y) y.textContent = new Date().getFullYear();
});
