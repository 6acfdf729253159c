/* Dumpling Express H5: menu, orders and help, opened from the tab bar. */
(function () {
  var tabs = [
    { key: "menu", label: "菜单 Menu" },
    { key: "orders", label: "订单 Orders" },
    { key: "help", label: "帮助 Help" }
  ];
  Vue.createApp({
    data: function () { return { tab: "menu", rows: [], heading: "" }; },
    mounted: function () { this.show("menu"); },
    methods: {
      show: function (key) {
        var vm = this;
        vm.tab = key;
        fetch("/data/" + key + ".json").then(function (r) { return r.json(); }).then(function (d) {
          vm.heading = d.title; vm.rows = d.items || [];
        });
      }
    },
    template:
      '<div class="uni-page-body"><div class="dx-top">饺子速递</div>' +
      '<div class="dx-list"><h2>{{ heading }}</h2>' +
      '<div class="dx-row" v-for="r in rows"><h3>{{ r.h }}</h3><p>{{ r.p }}</p></div></div>' +
      '<div class="uni-tabbar"><div class="uni-tabbar__item" v-for="t in tabs" ' +
      'style="cursor:pointer" @click="show(t.key)"><span class="uni-tabbar__label">{{ t.label }}</span></div></div></div>',
    setup: function () { return { tabs: tabs }; }
  }).mount("#app");
})();
