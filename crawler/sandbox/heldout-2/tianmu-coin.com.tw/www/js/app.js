(function () {
  var createApp = Vue.createApp;
  var el = document.getElementById("tm-app");
  if (!el) return;
  createApp({
    data: function () {
      return { tab: (location.hash || "#kyc").slice(1), rows: [], updated: "", loading: true };
    },
    mounted: function () {
      var self = this;
      window.addEventListener("hashchange", function () { self.tab = (location.hash || "#kyc").slice(1); });
      if (document.getElementById("tm-market")) {
        fetch("/api/v2/tickers").then(function (r) { return r.json(); }).then(function (d) {
          self.rows = d.tickers; self.updated = d.updated; self.loading = false;
        }).catch(function () { self.loading = false; });
      }
    },
    methods: {
      show: function (t) { this.tab = t; history.replaceState(null, "", "#" + t); },
      fmt: function (n) { return Number(n).toLocaleString("zh-TW", { maximumFractionDigits: 2 }); }
    }
  }).mount(el);
})();
