(function () {
  var packages = [
    { id: 'starter', name: 'MT5 White Label Starter', base: 3900, cap: 1000, extra: 2.1 },
    { id: 'growth', name: 'MT5 White Label Growth', base: 6400, cap: 5000, extra: 1.6 },
    { id: 'server', name: 'Full server management', base: 7800, cap: 20000, extra: 0.9 }
  ];
  Vue.createApp({
    data: function () { return { packages: packages, pkg: 'starter', accounts: 800, crm: false }; },
    computed: {
      total: function () {
        var self = this;
        var p = this.packages.filter(function (x) { return x.id === self.pkg; })[0];
        var over = Math.max(0, this.accounts - p.cap) * p.extra;
        var crm = this.crm ? 1200 + 0.4 * this.accounts : 0;
        return p.base + over + crm;
      }
    },
    methods: { money: function (v) { return '$' + Math.round(v).toLocaleString('en-US'); } }
  }).mount('#estimator');
})();
