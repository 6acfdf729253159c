(function () {
  var fmt = new Intl.NumberFormat("es-AR", { style: "currency", currency: "ARS", maximumFractionDigits: 0 });
  Vue.createApp({
    data: function () { return { coins: [], updated: "", loaded: false }; },
    methods: { fmt: function (n) { return fmt.format(n); } },
    mounted: function () {
      var vm = this;
      fetch("/api/cotizaciones").then(function (r) { return r.json(); }).then(function (d) {
        vm.coins = d.coins; vm.updated = d.updated; vm.loaded = true;
      });
    }
  }).mount("#ticker");
})();
