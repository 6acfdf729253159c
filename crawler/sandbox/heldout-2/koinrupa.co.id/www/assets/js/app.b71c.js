(function () {
  var fmt = new Intl.NumberFormat("id-ID", { style: "currency", currency: "IDR", maximumFractionDigits: 0 });
  function currentRoute() { return (window.location.hash || "#/").slice(1) || "/"; }
  Vue.createApp({
    data: function () { return { route: currentRoute(), market: null, doc: null, loading: true }; },
    methods: {
      idr: function (n) { return fmt.format(n); },
      load: function () {
        var vm = this, r = vm.route;
        vm.loading = true; vm.doc = null;
        var url = r === "/" ? "/api/pasar" : "/api/halaman" + r.replace(/^\/bantuan/, "");
        fetch(url).then(function (res) { return res.ok ? res.json() : null; }).then(function (d) {
          if (r === "/") vm.market = d; else vm.doc = d;
          if (d && d.title) document.title = (r === "/" ? "KoinRupa — " : d.title + " · KoinRupa — ") + "Jual Beli Aset Kripto";
          vm.loading = false; window.scrollTo(0, 0);
        }).catch(function () { vm.loading = false; });
      }
    },
    mounted: function () {
      var vm = this;
      window.addEventListener("hashchange", function () { vm.route = currentRoute(); vm.load(); });
      vm.load();
    }
  }).mount("#app");
})();
