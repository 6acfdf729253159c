(function () {
  "use strict";
  var cfg = window.__uniConfig, defs = window.__uniPages;
  function parseHash() {
    var h = location.hash.replace(/^#\/?/, "") || cfg.pages[0].path;
    var parts = h.split("?"), q = {};
    if (parts[1]) parts[1].split("&").forEach(function (kv) { var a = kv.split("="); q[decodeURIComponent(a[0])] = decodeURIComponent(a[1] || ""); });
    return { path: parts[0], query: q };
  }
  function titleOf(path) {
    for (var i = 0; i < cfg.pages.length; i++) if (cfg.pages[i].path === path) return cfg.pages[i].title;
    return cfg.globalStyle.navigationBarTitleText;
  }
  var compCache = {};
  function pageComponent(path) {
    if (!compCache[path]) {
      var def = defs[path] || defs[cfg.pages[0].path];
      compCache[path] = {
        props: ["d", "q"],
        data: function () { return { sel: 0, done: false }; },
        methods: { go: function (url) { location.hash = "#/" + url; } },
        template: def.template
      };
    }
    return compCache[path];
  }
  var PageView = {
    props: ["route"],
    data: function () { return { d: null, err: "" }; },
    watch: { route: function () { this.load(); } },
    created: function () { this.load(); },
    methods: {
      load: function () {
        var self = this, def = defs[this.route.path] || defs[cfg.pages[0].path];
        self.d = null; self.err = "";
        fetch(def.api, { headers: { Accept: "application/json" } })
          .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
          .then(function (j) { self.d = j.data; })
          .catch(function (e) { self.err = "通信エラーが発生しました（" + e.message + "）。お電話でのご予約もご利用ください。"; });
      }
    },
    render: function () {
      var h = Vue.h;
      if (this.err) return h("uni-view", { class: "hk-card" }, this.err);
      if (!this.d) return h("uni-view", { class: "hk-card hk-note" }, "読み込み中…");
      return h(pageComponent(this.route.path), { d: this.d, q: this.route.query, key: location.hash });
    }
  };
  var App = {
    components: { PageView: PageView },
    data: function () { return { route: parseHash() }; },
    created: function () {
      var self = this;
      window.addEventListener("hashchange", function () { self.route = parseHash(); window.scrollTo(0, 0); });
    },
    computed: {
      isTab: function () { var p = this.route.path; return cfg.tabBar.list.some(function (t) { return t.pagePath === p; }); },
      title: function () { var t = titleOf(this.route.path); document.title = t + "｜WEB予約"; return t; }
    },
    methods: { switchTab: function (p) { location.hash = "#/" + p; } },
    template:
      '<uni-app><uni-page :data-page="route.path"><uni-page-head><div class="uni-page-head">{{ title }}</div></uni-page-head>' +
      '<uni-page-wrapper><uni-page-body><page-view :route="route"></page-view></uni-page-body></uni-page-wrapper></uni-page>' +
      '<uni-tabbar v-if="isTab"><div class="uni-tabbar"><div v-for="t in tabs" :key="t.pagePath" class="uni-tabbar__item" :class="{\'uni-tabbar__item--active\': t.pagePath === route.path}" @click="switchTab(t.pagePath)"><div class="uni-tabbar__icon"></div><div class="uni-tabbar__label">{{ t.text }}</div></div></div></uni-tabbar></uni-app>'
  };
  App.computed.tabs = function () { return cfg.tabBar.list; };
  var app = Vue.createApp(App);
  app.config.compilerOptions.isCustomElement = function (t) { return t.indexOf("uni-") === 0; };
  app.mount("#app");
})();
