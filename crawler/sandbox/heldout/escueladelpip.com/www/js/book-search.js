'use strict';
// Búsqueda sencilla en el menú: filtra las lecciones por el texto escrito
(function () {
  var input = document.querySelector('#book-search-input');
  if (!input) return;
  var links = Array.prototype.slice.call(document.querySelectorAll('.book-menu nav a'));
  input.addEventListener('input', function () {
    var q = input.value.trim().toLowerCase();
    links.forEach(function (a) {
      var li = a.parentElement;
      li.style.display = !q || a.textContent.toLowerCase().indexOf(q) !== -1 ? '' : 'none';
    });
  });
})();
