/* uni-app H5 build (vue3) - generated, do not edit */
(function () {
  "use strict";
  var Vue = window.Vue;
  var TAB_PAGES = ["/pages/index/index", "/pages/market/index", "/pages/notice/index", "/pages/assets/index", "/pages/mine/index"];
  var store = Vue.reactive({ cfg: { brand: "", tabbar: [], banners: [], service: [] }, t: {}, route: { path: "/pages/index/index", query: {} }, toast: "", ready: false });

  function parseHash() {
    var raw = (location.hash || "").replace(/^#/, "") || "/pages/index/index";
    var qi = raw.indexOf("?");
    var path = qi < 0 ? raw : raw.slice(0, qi);
    var query = {};
    if (qi >= 0) {
      raw.slice(qi + 1).split("&").forEach(function (p) {
        if (!p) return;
        var kv = p.split("=");
        query[decodeURIComponent(kv[0])] = decodeURIComponent(kv[1] || "");
      });
    }
    if (path === "/" || path === "") path = "/pages/index/index";
    return { path: path, query: query };
  }
  function request(url, data) {
    var opt = { headers: { Accept: "application/json", "X-Requested-With": "uni-app" } };
    if (data) { opt.method = "POST"; opt.headers["Content-Type"] = "application/json"; opt.body = JSON.stringify(data); }
    return fetch("/api/" + url, opt).then(function (r) {
      if (!r.ok) throw new Error("HTTP " + r.status);
      return r.json();
    }).then(function (res) {
      if (res && res.code !== undefined && res.code !== 1 && res.code !== 200) throw new Error(res.msg || "error");
      return res && res.data !== undefined ? res.data : res;
    });
  }
  function navigateTo(url) { location.hash = "#" + url; }
  function navigateBack() { if (history.length > 1) history.back(); else navigateTo("/pages/index/index"); }
  function showToast(msg) { store.toast = msg; setTimeout(function () { store.toast = ""; }, 2200); }
  function openUrl(u) { if (u) window.open(u, "_blank"); }

  var mixin = {
    computed: { cfg: function () { return store.cfg; }, t: function () { return store.t; }, query: function () { return store.route.query; } },
    methods: { go: navigateTo, back: navigateBack, toast: showToast, openUrl: openUrl }
  };

  var PageIndex = {
    mixins: [mixin],
    data: function () { return { cur: 0, products: [], coins: [], timer: null }; },
    created: function () {
      var self = this;
      request("product/list").then(function (d) { self.products = d.list || d || []; }).catch(function () {});
      request("market/list").then(function (d) { self.coins = (d.list || d || []).slice(0, 6); }).catch(function () {});
      this.timer = setInterval(function () { var n = (store.cfg.banners || []).length; if (n) self.cur = (self.cur + 1) % n; }, 3500);
    },
    unmounted: function () { clearInterval(this.timer); },
    template:
      '<uni-view class="idx">' +
      '<uni-view class="idx-top"><uni-image class="idx-logo"><img :src="cfg.logo || \'/static/img/logo.png\'" alt=""></uni-image><uni-text class="idx-brand">{{ cfg.brand }}</uni-text>' +
      '<uni-view class="idx-lang" @click="go(\'/pages/mine/lang\')">{{ t.language }}</uni-view></uni-view>' +
      '<uni-swiper class="idx-swiper"><uni-view class="sw-item" v-for="(b, i) in cfg.banners" :key="i" v-show="i === cur" :style="{ background: b.bg }">' +
      '<uni-view class="sw-title">{{ b.title }}</uni-view><uni-view class="sw-sub">{{ b.sub }}</uni-view></uni-view>' +
      '<uni-view class="sw-dots"><uni-view v-for="(b, i) in cfg.banners" :key="\'d\' + i" :class="[\'sw-dot\', { on: i === cur }]"></uni-view></uni-view></uni-swiper>' +
      '<uni-view class="notice-bar" v-if="cfg.marquee" @click="go(\'/pages/notice/index\')"><uni-text class="nb-ico">&#128226;</uni-text><uni-view class="nb-wrap"><uni-text class="nb-txt">{{ cfg.marquee }}</uni-text></uni-view></uni-view>' +
      '<uni-view class="grid">' +
      '<uni-view class="grid-item" @click="go(\'/pages/assets/recharge\')"><uni-view class="gi gi-1">&#8595;</uni-view><uni-text>{{ t.deposit }}</uni-text></uni-view>' +
      '<uni-view class="grid-item" @click="go(\'/pages/withdraw/index\')"><uni-view class="gi gi-2">&#8593;</uni-view><uni-text>{{ t.withdraw }}</uni-text></uni-view>' +
      '<uni-view class="grid-item" @click="go(\'/pages/invite/index\')"><uni-view class="gi gi-3">&#9733;</uni-view><uni-text>{{ t.invite }}</uni-text></uni-view>' +
      '<uni-view class="grid-item" @click="go(\'/pages/help/index\')"><uni-view class="gi gi-4">?</uni-view><uni-text>{{ t.help }}</uni-text></uni-view>' +
      '<uni-view class="grid-item" @click="go(\'/pages/service/index\')"><uni-view class="gi gi-5">&#9742;</uni-view><uni-text>{{ t.service }}</uni-text></uni-view>' +
      '</uni-view>' +
      '<uni-view class="sec-title" v-if="products.length">{{ t.products }}</uni-view>' +
      '<uni-view class="prod" v-for="p in products" :key="p.id">' +
      '<uni-view class="prod-hd"><uni-text class="prod-name">{{ p.name }}</uni-text><uni-text class="prod-tag" v-if="p.tag">{{ p.tag }}</uni-text></uni-view>' +
      '<uni-view class="prod-bd"><uni-view class="prod-col"><uni-view class="prod-rate">{{ p.rate }}</uni-view><uni-view class="prod-lab">{{ t.daily_rate }}</uni-view></uni-view>' +
      '<uni-view class="prod-col"><uni-view class="prod-val">{{ p.cycle }}</uni-view><uni-view class="prod-lab">{{ t.cycle }}</uni-view></uni-view>' +
      '<uni-view class="prod-col"><uni-view class="prod-val">{{ p.min }}</uni-view><uni-view class="prod-lab">{{ t.min_amount }}</uni-view></uni-view></uni-view>' +
      '<uni-button class="prod-btn" @click="go(\'/pages/login/login\')">{{ t.join_now }}</uni-button></uni-view>' +
      '<uni-view class="sec-title" v-if="coins.length">{{ t.market }}</uni-view>' +
      '<uni-view class="mk-row" v-for="c in coins" :key="c.symbol" @click="go(\'/pages/market/index\')"><uni-text class="mk-sym">{{ c.symbol }}<uni-text class="mk-q">/USDT</uni-text></uni-text><uni-text class="mk-price">{{ c.price }}</uni-text><uni-text :class="[\'mk-chg\', c.change.charAt(0) === \'-\' ? \'down\' : \'up\']">{{ c.change }}</uni-text></uni-view>' +
      '<uni-view class="idx-foot" v-if="cfg.about_short">{{ cfg.about_short }}</uni-view>' +
      '</uni-view>'
  };

  var PageMarket = {
    mixins: [mixin],
    data: function () { return { coins: [], loading: true }; },
    created: function () { var s = this; request("market/list").then(function (d) { s.coins = d.list || d || []; }).catch(function () {}).then(function () { s.loading = false; }); },
    template:
      '<uni-view class="mk">' +
      '<uni-view class="mk-head"><uni-text>{{ t.pair }}</uni-text><uni-text>{{ t.last_price }}</uni-text><uni-text>{{ t.change }}</uni-text></uni-view>' +
      '<uni-view class="mk-row" v-for="c in coins" :key="c.symbol"><uni-text class="mk-sym">{{ c.symbol }}<uni-text class="mk-q">/USDT</uni-text></uni-text><uni-text class="mk-price">{{ c.price }}</uni-text><uni-text :class="[\'mk-chg\', c.change.charAt(0) === \'-\' ? \'down\' : \'up\']">{{ c.change }}</uni-text></uni-view>' +
      '<uni-view class="empty" v-if="!loading && !coins.length">{{ t.no_data }}</uni-view>' +
      '</uni-view>'
  };

  function listPage(kind) {
    return {
      mixins: [mixin],
      data: function () { return { list: [], loading: true }; },
      created: function () { var s = this; request(kind + "/list").then(function (d) { s.list = d.list || d || []; }).catch(function () { s.list = []; }).then(function () { s.loading = false; }); },
      methods: { open: function (it) { navigateTo("/pages/" + kind + "/detail?id=" + it.id); } },
      template:
        '<uni-view class="art-list">' +
        '<uni-view class="art-item" v-for="it in list" :key="it.id" @click="open(it)"><uni-view class="art-title"><uni-text class="art-top" v-if="it.top">TOP</uni-text>{{ it.title }}</uni-view><uni-view class="art-meta">{{ it.time || it.desc }}</uni-view><uni-text class="art-arrow">&#8250;</uni-text></uni-view>' +
        '<uni-view class="empty" v-if="!loading && !list.length"><uni-view class="empty-ico"></uni-view>{{ t.no_data }}</uni-view>' +
        '<uni-view class="loading" v-if="loading">{{ t.loading }}</uni-view>' +
        '</uni-view>'
    };
  }
  function detailPage(kind) {
    return {
      mixins: [mixin],
      data: function () { return { art: null, loading: true }; },
      created: function () { this.load(); },
      watch: { "query.id": function () { this.load(); } },
      methods: {
        load: function () {
          var s = this; s.loading = true;
          request(kind + "/detail/" + encodeURIComponent(store.route.query.id || "0")).then(function (d) { s.art = d; }).catch(function () { s.art = null; }).then(function () { s.loading = false; });
        }
      },
      template:
        '<uni-view class="art-detail">' +
        '<template v-if="art"><uni-view class="ad-title">{{ art.title }}</uni-view><uni-view class="ad-time">{{ art.time }}</uni-view><uni-rich-text class="ad-content"><div v-html="art.content"></div></uni-rich-text></template>' +
        '<uni-view class="empty" v-if="!loading && !art">{{ t.no_data }}</uni-view>' +
        '<uni-view class="loading" v-if="loading">{{ t.loading }}</uni-view>' +
        '</uni-view>'
    };
  }

  var PageAbout = {
    mixins: [mixin],
    data: function () { return { art: null, loading: true }; },
    created: function () { var s = this; request("article/about").then(function (d) { s.art = d; }).catch(function () {}).then(function () { s.loading = false; }); },
    template:
      '<uni-view class="art-detail"><template v-if="art"><uni-view class="ad-title">{{ art.title }}</uni-view><uni-rich-text class="ad-content"><div v-html="art.content"></div></uni-rich-text></template>' +
      '<uni-view class="empty" v-if="!loading && !art">{{ t.no_data }}</uni-view></uni-view>'
  };

  var PageAssets = {
    mixins: [mixin],
    template:
      '<uni-view class="as">' +
      '<uni-view class="as-card"><uni-view class="as-lab">{{ t.total_assets }} (USDT)</uni-view><uni-view class="as-num">0.00</uni-view>' +
      '<uni-view class="as-row"><uni-view><uni-view class="as-lab">{{ t.today_profit }}</uni-view><uni-view class="as-sub">0.00</uni-view></uni-view><uni-view><uni-view class="as-lab">{{ t.total_profit }}</uni-view><uni-view class="as-sub">0.00</uni-view></uni-view></uni-view></uni-view>' +
      '<uni-view class="as-btns"><uni-button class="btn-main" @click="go(\'/pages/assets/recharge\')">{{ t.deposit }}</uni-button><uni-button class="btn-ghost" @click="go(\'/pages/withdraw/index\')">{{ t.withdraw }}</uni-button></uni-view>' +
      '<uni-view class="tip-login" @click="go(\'/pages/login/login\')">{{ t.please_login }}</uni-view>' +
      '</uni-view>'
  };

  var PageRecharge = {
    mixins: [mixin],
    template:
      '<uni-view class="rc">' +
      '<template v-if="cfg.deposit"><uni-view class="rc-net">{{ cfg.deposit.network }}</uni-view>' +
      '<uni-view class="rc-qr"><img :src="cfg.deposit.qr" alt="" v-if="cfg.deposit.qr"></uni-view>' +
      '<uni-view class="rc-addr">{{ cfg.deposit.address }}</uni-view>' +
      '<uni-button class="btn-main" @click="toast(t.copied)">{{ t.copy }}</uni-button>' +
      '<uni-view class="rc-tip" v-for="(x, i) in cfg.deposit.tips" :key="i">{{ x }}</uni-view></template>' +
      '<uni-view class="empty" v-else>{{ t.please_login }}</uni-view>' +
      '</uni-view>'
  };

  var PageWithdraw = {
    mixins: [mixin],
    data: function () { return { amount: "", address: "", pwd: "" }; },
    methods: { submit: function () { if (!this.amount || !this.address) { showToast(t0("fill_all")); return; } showToast(t0("please_login")); setTimeout(function () { navigateTo("/pages/login/login"); }, 1200); } },
    template:
      '<uni-view class="form">' +
      '<uni-view class="f-lab">{{ t.coin_network }}</uni-view><uni-view class="f-static">USDT-TRC20</uni-view>' +
      '<uni-view class="f-lab">{{ t.withdraw_address }}</uni-view><uni-input class="f-inp"><input v-model="address" :placeholder="t.withdraw_address"></uni-input>' +
      '<uni-view class="f-lab">{{ t.amount }}</uni-view><uni-input class="f-inp"><input v-model="amount" type="number" :placeholder="t.amount"></uni-input>' +
      '<uni-view class="f-lab">{{ t.fund_password }}</uni-view><uni-input class="f-inp"><input v-model="pwd" type="password" :placeholder="t.fund_password"></uni-input>' +
      '<uni-button class="btn-main" @click="submit">{{ t.submit }}</uni-button>' +
      '<uni-view class="f-help" @click="go(\'/pages/help/index\')">{{ t.help }} &#8250;</uni-view>' +
      '</uni-view>'
  };

  var PageLogin = {
    mixins: [mixin],
    data: function () { return { acc: "", pwd: "" }; },
    methods: { submit: function () { if (!this.acc || !this.pwd) { showToast(t0("fill_all")); return; } showToast(t0("login_fail")); } },
    template:
      '<uni-view class="form auth">' +
      '<uni-view class="auth-logo"><img :src="cfg.logo || \'/static/img/logo.png\'" alt=""><uni-view>{{ cfg.brand }}</uni-view></uni-view>' +
      '<uni-input class="f-inp"><input v-model="acc" :placeholder="t.account"></uni-input>' +
      '<uni-input class="f-inp"><input v-model="pwd" type="password" :placeholder="t.password"></uni-input>' +
      '<uni-button class="btn-main" @click="submit">{{ t.login }}</uni-button>' +
      '<uni-view class="auth-links"><uni-text @click="go(\'/pages/register/register\')">{{ t.register }}</uni-text><uni-text @click="go(\'/pages/service/index\')">{{ t.forgot }}</uni-text></uni-view>' +
      '</uni-view>'
  };

  var PageRegister = {
    mixins: [mixin],
    data: function () { return { acc: "", pwd: "", pwd2: "", code: "" }; },
    created: function () { if (store.route.query.code) this.code = store.route.query.code; },
    methods: { submit: function () { if (!this.code) { showToast(t0("invite_required")); return; } if (!this.acc || !this.pwd || this.pwd !== this.pwd2) { showToast(t0("fill_all")); return; } showToast(t0("invite_invalid")); } },
    template:
      '<uni-view class="form auth">' +
      '<uni-view class="auth-logo"><img :src="cfg.logo || \'/static/img/logo.png\'" alt=""><uni-view>{{ cfg.brand }}</uni-view></uni-view>' +
      '<uni-input class="f-inp"><input v-model="acc" :placeholder="t.account"></uni-input>' +
      '<uni-input class="f-inp"><input v-model="pwd" type="password" :placeholder="t.password"></uni-input>' +
      '<uni-input class="f-inp"><input v-model="pwd2" type="password" :placeholder="t.password_again"></uni-input>' +
      '<uni-input class="f-inp"><input v-model="code" :placeholder="t.invite_code"></uni-input>' +
      '<uni-button class="btn-main" @click="submit">{{ t.register }}</uni-button>' +
      '<uni-view class="auth-links"><uni-text @click="go(\'/pages/login/login\')">{{ t.have_account }}</uni-text></uni-view>' +
      '</uni-view>'
  };

  var PageInvite = {
    mixins: [mixin],
    template:
      '<uni-view class="inv"><uni-view class="inv-card"><uni-view class="inv-t">{{ t.invite }}</uni-view><uni-view class="inv-d" v-for="(x, i) in (cfg.invite_rules || [])" :key="i">{{ x }}</uni-view></uni-view>' +
      '<uni-button class="btn-main" @click="go(\'/pages/login/login\')">{{ t.please_login }}</uni-button></uni-view>'
  };

  var PageService = {
    mixins: [mixin],
    template:
      '<uni-view class="svc"><uni-view class="svc-tip" v-if="cfg.service_tip">{{ cfg.service_tip }}</uni-view>' +
      '<uni-view class="cell" v-for="s in cfg.service" :key="s.name" @click="openUrl(s.url)"><uni-text class="cell-l">{{ s.name }}</uni-text><uni-text class="cell-r">{{ s.value }} &#8250;</uni-text></uni-view>' +
      '<uni-view class="empty" v-if="!cfg.service || !cfg.service.length">{{ t.no_data }}</uni-view></uni-view>'
  };

  var PageMine = {
    mixins: [mixin],
    template:
      '<uni-view class="mine"><uni-view class="mine-hd" @click="go(\'/pages/login/login\')"><uni-view class="avatar"></uni-view><uni-view><uni-view class="mine-name">{{ t.not_logged }}</uni-view><uni-view class="mine-sub">{{ t.login }} / {{ t.register }}</uni-view></uni-view></uni-view>' +
      '<uni-view class="cell" @click="go(\'/pages/assets/index\')"><uni-text class="cell-l">{{ t.assets }}</uni-text><uni-text class="cell-r">&#8250;</uni-text></uni-view>' +
      '<uni-view class="cell" @click="go(\'/pages/withdraw/index\')"><uni-text class="cell-l">{{ t.withdraw }}</uni-text><uni-text class="cell-r">&#8250;</uni-text></uni-view>' +
      '<uni-view class="cell" @click="go(\'/pages/invite/index\')"><uni-text class="cell-l">{{ t.invite }}</uni-text><uni-text class="cell-r">&#8250;</uni-text></uni-view>' +
      '<uni-view class="cell" @click="go(\'/pages/help/index\')"><uni-text class="cell-l">{{ t.help }}</uni-text><uni-text class="cell-r">&#8250;</uni-text></uni-view>' +
      '<uni-view class="cell" @click="go(\'/pages/notice/index\')"><uni-text class="cell-l">{{ t.notice }}</uni-text><uni-text class="cell-r">&#8250;</uni-text></uni-view>' +
      '<uni-view class="cell" @click="go(\'/pages/service/index\')"><uni-text class="cell-l">{{ t.service }}</uni-text><uni-text class="cell-r">&#8250;</uni-text></uni-view>' +
      '<uni-view class="cell" @click="go(\'/pages/about/index\')"><uni-text class="cell-l">{{ t.about }}</uni-text><uni-text class="cell-r">&#8250;</uni-text></uni-view>' +
      '<uni-view class="cell" @click="go(\'/pages/mine/lang\')"><uni-text class="cell-l">{{ t.language }}</uni-text><uni-text class="cell-r">&#8250;</uni-text></uni-view>' +
      '<uni-view class="ver">v{{ cfg.version || "1.0.0" }}</uni-view></uni-view>'
  };

  var PageLang = {
    mixins: [mixin],
    data: function () { return { langs: [{ k: "zh-Hans", n: "简体中文" }, { k: "zh-Hant", n: "繁體中文" }, { k: "en", n: "English" }, { k: "ko", n: "한국어" }] }; },
    methods: { pick: function (k) { try { localStorage.setItem("uni_locale", k); } catch (e) {} loadLocale(k).then(function () { navigateBack(); }); } },
    template: '<uni-view class="lang"><uni-view class="cell" v-for="l in langs" :key="l.k" @click="pick(l.k)"><uni-text class="cell-l">{{ l.n }}</uni-text></uni-view></uni-view>'
  };

  var ROUTES = {
    "/pages/index/index": { c: PageIndex, title: "home" },
    "/pages/market/index": { c: PageMarket, title: "market" },
    "/pages/notice/index": { c: listPage("notice"), title: "notice" },
    "/pages/notice/detail": { c: detailPage("notice"), title: "notice_detail" },
    "/pages/help/index": { c: listPage("help"), title: "help" },
    "/pages/help/detail": { c: detailPage("help"), title: "help" },
    "/pages/assets/index": { c: PageAssets, title: "assets" },
    "/pages/assets/recharge": { c: PageRecharge, title: "deposit" },
    "/pages/withdraw/index": { c: PageWithdraw, title: "withdraw" },
    "/pages/login/login": { c: PageLogin, title: "login" },
    "/pages/register/register": { c: PageRegister, title: "register" },
    "/pages/invite/index": { c: PageInvite, title: "invite" },
    "/pages/service/index": { c: PageService, title: "service" },
    "/pages/mine/index": { c: PageMine, title: "mine" },
    "/pages/mine/lang": { c: PageLang, title: "language" },
    "/pages/about/index": { c: PageAbout, title: "about" }
  };
  var Page404 = { mixins: [mixin], template: '<uni-view class="empty">404</uni-view>' };

  function t0(k) { return store.t[k] || k; }
  function loadLocale(lang) {
    return fetch("/static/locale/" + lang + ".json").then(function (r) { return r.json(); }).then(function (m) { store.t = m; }).catch(function () {});
  }

  var App = {
    computed: {
      route: function () { return store.route; },
      cfg: function () { return store.cfg; },
      t: function () { return store.t; },
      tabs: function () { return store.cfg.tabbar || []; },
      page: function () { var r = ROUTES[store.route.path]; return r ? r.c : Page404; },
      title: function () { var r = ROUTES[store.route.path]; return r ? (store.t[r.title] || "") : ""; },
      toastMsg: function () { return store.toast; },
      ready: function () { return store.ready; },
      showTabbar: function () { var p = store.route.path; return (store.cfg.tabbar || []).some(function (x) { return x.page === p; }); }
    },
    methods: {
      switchTab: function (p) { if (store.route.path !== p) location.hash = "#" + p; },
      back: navigateBack,
      icon: function (it) { return "/static/img/tab-" + it.icon + (it.page === store.route.path ? "-on" : "") + ".png"; }
    },
    watch: { title: function (v) { document.title = (v ? v + " - " : "") + (store.cfg.brand || ""); } },
    template:
      '<uni-app :class="[\'uni-app--showtabbar\', { \'is-tab\': showTabbar }]" v-if="ready">' +
      '<uni-page :data-page="route.path.replace(/^\\//, \'\')">' +
      '<uni-page-head v-if="route.path !== \'/pages/index/index\'"><div class="uni-page-head"><div class="uni-page-head-hd"><div class="uni-page-head-btn" v-if="!showTabbar" @click="back"><i class="uni-btn-icon">&#8249;</i></div></div>' +
      '<div class="uni-page-head-bd"><div class="uni-page-head__title">{{ title }}</div></div><div class="uni-page-head-ft"></div></div><div class="uni-placeholder"></div></uni-page-head>' +
      '<uni-page-wrapper><uni-page-body><component :is="page" :key="route.path + JSON.stringify(route.query)"></component></uni-page-body></uni-page-wrapper>' +
      '</uni-page>' +
      '<uni-tabbar class="uni-tabbar-bottom" v-if="showTabbar"><div class="uni-tabbar">' +
      '<div class="uni-tabbar__item" v-for="it in tabs" :key="it.page" @click="switchTab(it.page)"><div class="uni-tabbar__bd">' +
      '<div class="uni-tabbar__icon"><img :src="icon(it)"></div><div :class="[\'uni-tabbar__label\', { active: it.page === route.path }]">{{ t[it.key] }}</div></div></div>' +
      '</div><div class="uni-placeholder"></div></uni-tabbar>' +
      '<uni-toast v-if="toastMsg"><div class="uni-toast"><p class="uni-toast__content">{{ toastMsg }}</p></div></uni-toast>' +
      '</uni-app>'
  };

  function boot() {
    store.route = parseHash();
    window.addEventListener("hashchange", function () { store.route = parseHash(); window.scrollTo(0, 0); });
    request("config").then(function (cfg) {
      store.cfg = cfg;
      if (cfg.theme) document.documentElement.style.setProperty("--theme", cfg.theme);
      var saved = null;
      try { saved = localStorage.getItem("uni_locale"); } catch (e) {}
      return loadLocale(saved || cfg.lang || "en");
    }).catch(function () { return loadLocale("en"); }).then(function () {
      store.ready = true;
      document.title = store.cfg.brand || document.title;
    });
    var app = Vue.createApp(App);
    app.config.compilerOptions.isCustomElement = function (tag) { return tag.indexOf("uni-") === 0; };
    app.mount("#app");
  }
  boot();
})();
