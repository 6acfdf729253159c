document.getElementById("tfBurger").addEventListener("click", function () {
  document.getElementById("tfMenu").classList.toggle("tf-menu--open");
});
