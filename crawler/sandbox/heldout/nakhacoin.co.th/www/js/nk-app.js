/* Nakha Coin web widgets — Vue 3 */
(function () {
  var mk = document.getElementById('nk-markets');
  if (mk) {
    Vue.createApp({
      data: function () { return { rows: [], time: '' }; },
      mounted: function () {
        var vm = this;
        fetch('/api/markets.json').then(function (r) { return r.json(); }).then(function (d) { vm.rows = d.rows; vm.time = d.time; });
      }
    }).mount(mk);
  }
  var hp = document.getElementById('nk-help');
  if (hp) {
    Vue.createApp({
      data: function () { return { list: [], slug: '', doc: null }; },
      methods: {
        route: function () {
          var m = (location.hash || '').match(/^#\/help\/([a-z0-9-]+)/);
          this.slug = m ? m[1] : 'withdraw';
          var vm = this; vm.doc = null;
          fetch('/api/help/' + this.slug + '.json').then(function (r) { return r.json(); }).then(function (d) { vm.doc = d; })
            .catch(function () { vm.doc = { title: 'ไม่พบบทความ', updated: '-', body: [] }; });
        }
      },
      mounted: function () {
        var vm = this;
        fetch('/api/help/index.json').then(function (r) { return r.json(); }).then(function (d) { vm.list = d.articles; });
        window.addEventListener('hashchange', function () { vm.route(); });
        if (!location.hash) { history.replaceState(null, '', '#/help/withdraw'); }
        this.route();
      }
    }).mount(hp);
  }
})();
