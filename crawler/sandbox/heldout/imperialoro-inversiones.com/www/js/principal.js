$(function () {
  var base = 2648.2;
  function tick() {
    base += (Math.random() - 0.48) * 1.6;
    $("#precio-oro").text("XAU/USD " + base.toFixed(2));
  }
  tick(); setInterval(tick, 2500);
  $(".io-menu-btn").on("click", function () { $(".io-menu").toggleClass("abierto"); });
});
