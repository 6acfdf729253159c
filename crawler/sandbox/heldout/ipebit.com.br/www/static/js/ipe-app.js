/* IpêBit site widgets (cotações, tabela de taxas) — Vue 3 */
(function () {
  var createApp = Vue.createApp;
  var el = document.getElementById('ipe-tickers');
  if (el) {
    createApp({
      data: function () { return { rows: [], updated: '', erro: false }; },
      mounted: function () {
        var vm = this;
        fetch('/api/v2/tickers.json').then(function (r) { return r.json(); })
          .then(function (d) { vm.rows = d.tickers; vm.updated = d.updated_at.replace('T', ' ').slice(0, 16); })
          .catch(function () { vm.erro = true; });
      },
      methods: { cls: function (c) { return c.charAt(0) === '-' ? 'down' : 'up'; } }
    }).mount(el);
  }
  var fe = document.getElementById('ipe-fees');
  if (fe) {
    createApp({
      data: function () { return { fees: [], note: '', filtro: '' }; },
      computed: {
        lista: function () {
          var f = this.filtro.toUpperCase();
          return this.fees.filter(function (x) { return !f || x.asset.indexOf(f) === 0; });
        }
      },
      mounted: function () {
        var vm = this;
        fetch('/api/v2/withdraw-fees.json').then(function (r) { return r.json(); })
          .then(function (d) { vm.fees = d.fees; vm.note = d.note; });
      }
    }).mount(fe);
  }
})();
