$(function () {
  $(".ab-a").hide();
  $(".ab-q > button").on("click", function () {
    $(this).toggleClass("open").next(".ab-a").slideToggle(160);
  });
  $(".ab-burger").on("click", function () { $(".ab-menu").toggleClass("show"); });
});
