jQuery(function ($) {
  // highlight external-link-free nav and keep accordion state in the URL hash
  var h = window.location.hash;
  if (h && $(h).hasClass("accordion-collapse")) { new bootstrap.Collapse($(h)[0]); }
  $(".accordion-collapse").on("shown.bs.collapse", function () { history.replaceState(null, "", "#" + this.id); });
});
