(function () {
  "use strict";
  var V = window.Vue, uni = window.uni;
  var state = V.reactive({ route: uni.parseRoute(), lang: {}, cfg: { banners: [], periods: [], wallets: [] }, ready: false });
  function t(k) { return state.lang[k] || k; }

  var TABS = [
    { path: "/pages/index/index", key: "tab_home", icon: "home" },
    { path: "/pages/market/index", key: "tab_market", icon: "market" },
    { path: "/pages/trade/index", key: "tab_trade", icon: "trade" },
    { path: "/pages/assets/index", key: "tab_assets", icon: "assets" },
    { path: "/pages/mine/index", key: "tab_mine", icon: "mine" }
  ];

  var PageHead = {
    props: ["title", "back"],
    methods: { goBack: function () { uni.navigateBack(); } },
    template: '<div class="uni-page-head"><div class="uni-page-head-hd"><div v-if="back" class="uni-page-head-btn" @click="goBack"><i class="uni-btn-icon">&#xe601;</i></div></div>' +
      '<div class="uni-page-head-bd"><div class="uni-page-head__title">{{ title }}</div></div><div class="uni-page-head-ft"></div></div>'
  };

  var Empty = { props: ["text"], template: '<div class="u-empty"><div class="u-empty__icon"></div><div class="u-empty__text">{{ text }}</div></div>' };

  var PageIndex = {
    components: { Empty: Empty },
    data: function () { return { cur: 0, tickers: [], notices: [], timer: null }; },
    computed: { cfg: function () { return state.cfg; } },
    methods: {
      t: t,
      go: function (url) { uni.navigateTo({ url: url }); },
      load: function () {
        var self = this;
        uni.request({ url: "/api/market/tickers" }).then(function (r) { self.tickers = (r.data || []).slice(0, 8); }).catch(function () {});
        uni.request({ url: "/api/notice/list" }).then(function (r) { self.notices = r.data || []; }).catch(function () {});
      }
    },
    mounted: function () {
      var self = this;
      this.load();
      this.timer = setInterval(function () { if (self.cfg.banners.length) self.cur = (self.cur + 1) % self.cfg.banners.length; }, 3500);
    },
    unmounted: function () { clearInterval(this.timer); },
    template:
      '<div class="index-page">' +
      '<div class="index-top"><img class="index-top__logo" :src="cfg.logo" alt=""><span class="index-top__name">{{ cfg.brand }}</span>' +
      '<div class="index-top__kefu" @click="go(\'/pages/service/index\')">{{ t("online_service") }}</div></div>' +
      '<div class="swiper"><div class="swiper-item" v-for="(b,i) in cfg.banners" :key="i" v-show="i===cur"><img :src="b" alt=""></div>' +
      '<div class="swiper-dots"><span v-for="(b,i) in cfg.banners" :key="i" :class="{active:i===cur}"></span></div></div>' +
      '<div class="notice-bar" @click="go(\'/pages/notice/index\')"><span class="notice-bar__icon">{{ t("notice") }}</span>' +
      '<div class="notice-bar__wrap"><div class="notice-bar__content">{{ notices.length ? notices[0].title : cfg.marquee }}</div></div><span class="notice-bar__more">&rsaquo;</span></div>' +
      '<div class="grid">' +
      '<div class="grid-item" @click="go(\'/pages/assets/recharge\')"><div class="grid-icon g1"></div><div class="grid-text">{{ t("deposit") }}</div></div>' +
      '<div class="grid-item" @click="go(\'/pages/assets/withdraw\')"><div class="grid-icon g2"></div><div class="grid-text">{{ t("withdraw") }}</div></div>' +
      '<div class="grid-item" @click="go(\'/pages/help/index\')"><div class="grid-icon g3"></div><div class="grid-text">{{ t("help_center") }}</div></div>' +
      '<div class="grid-item" @click="go(\'/pages/invite/index\')"><div class="grid-icon g4"></div><div class="grid-text">{{ t("invite") }}</div></div>' +
      '</div>' +
      '<div class="section-title">{{ t("hot_market") }}</div>' +
      '<div class="ticker-list"><div class="ticker-row" v-for="c in tickers" :key="c.symbol" @click="go(\'/pages/trade/index?symbol=\'+c.symbol)">' +
      '<div class="ticker-sym"><b>{{ c.symbol }}</b><small>/USDT</small></div><div class="ticker-price">{{ c.price }}</div>' +
      '<div class="ticker-chg" :class="c.change >= 0 ? \'up\' : \'down\'">{{ c.change >= 0 ? "+" : "" }}{{ c.change }}%</div></div></div>' +
      '<div class="index-foot">{{ cfg.footer }}</div>' +
      '</div>'
  };

  var PageMarket = {
    components: { PageHead: PageHead },
    data: function () { return { list: [] }; },
    methods: { t: t, go: function (u) { uni.navigateTo({ url: u }); } },
    mounted: function () { var s = this; uni.request({ url: "/api/market/tickers" }).then(function (r) { s.list = r.data || []; }).catch(function () {}); },
    template: '<div><PageHead :title="t(\'tab_market\')"></PageHead><div class="mk-head"><span>{{ t("pair") }}</span><span>{{ t("last_price") }}</span><span>{{ t("change_24h") }}</span></div>' +
      '<div class="ticker-list"><div class="ticker-row" v-for="c in list" :key="c.symbol" @click="go(\'/pages/trade/index?symbol=\'+c.symbol)"><div class="ticker-sym"><b>{{ c.symbol }}</b><small>/USDT</small><em>Vol {{ c.vol }}</em></div>' +
      '<div class="ticker-price">{{ c.price }}</div><div class="ticker-chg" :class="c.change >= 0 ? \'up\' : \'down\'">{{ c.change >= 0 ? "+" : "" }}{{ c.change }}%</div></div></div></div>'
  };

  var PageTrade = {
    components: { PageHead: PageHead },
    data: function () { return { dir: "", period: 0, amount: "" }; },
    computed: {
      cfg: function () { return state.cfg; },
      symbol: function () { return state.route.query.symbol || "BTC"; }
    },
    methods: {
      t: t,
      submit: function (d) {
        this.dir = d;
        if (!uni.getStorageSync("token")) { uni.showToast({ title: t("please_login") }); uni.navigateTo({ url: "/pages/login/index" }); return; }
        uni.showToast({ title: t("order_placed") });
      }
    },
    template: '<div><PageHead :title="t(\'tab_trade\')"></PageHead><div class="trade-box"><div class="trade-sym">{{ symbol }}/USDT</div>' +
      '<div class="trade-chart"><svg viewBox="0 0 300 120" preserveAspectRatio="none"><polyline fill="none" stroke="#1fc7a4" stroke-width="2" points="0,90 20,84 40,88 60,70 80,74 100,60 120,66 140,52 160,58 180,41 200,47 220,36 240,44 260,28 280,33 300,22"/></svg></div>' +
      '<div class="trade-label">{{ t("period") }}</div><div class="period-list"><div class="period-item" v-for="(p,i) in cfg.periods" :key="i" :class="{on:i===period}" @click="period=i">' +
      '<b>{{ p.sec }}s</b><span>{{ p.rate }}%</span><small>{{ t("min_amount") }} {{ p.min }}</small></div></div>' +
      '<div class="trade-label">{{ t("amount") }}</div><input class="uni-input" type="number" v-model="amount" placeholder="USDT">' +
      '<div class="trade-btns"><div class="btn-up" @click="submit(\'up\')">{{ t("buy_up") }}</div><div class="btn-down" @click="submit(\'down\')">{{ t("buy_down") }}</div></div></div></div>'
  };

  var PageAssets = {
    components: { PageHead: PageHead },
    computed: { cfg: function () { return state.cfg; }, logged: function () { return !!uni.getStorageSync("token"); } },
    methods: { t: t, go: function (u) { uni.navigateTo({ url: u }); } },
    template: '<div><PageHead :title="t(\'tab_assets\')"></PageHead><div class="assets-card"><div class="assets-card__label">{{ t("total_assets") }} (USDT)</div>' +
      '<div class="assets-card__num">{{ logged ? "0.00" : "--" }}</div><div class="assets-card__btns"><div @click="go(\'/pages/assets/recharge\')">{{ t("deposit") }}</div>' +
      '<div @click="go(\'/pages/assets/withdraw\')">{{ t("withdraw") }}</div></div></div>' +
      '<div class="cell-group"><div class="cell" v-for="w in cfg.wallets" :key="w.coin"><span>{{ w.coin }}</span><span class="cell__val">0.000000</span></div></div></div>'
  };

  var PageRecharge = {
    components: { PageHead: PageHead },
    data: function () { return { idx: 0 }; },
    computed: { cfg: function () { return state.cfg; }, w: function () { return state.cfg.wallets[this.idx] || {}; } },
    methods: { t: t, copy: function () { uni.setClipboardData({ data: this.w.address, tip: t("copied") }); } },
    template: '<div><PageHead :title="t(\'deposit\')" :back="true"></PageHead><div class="chain-tabs"><div v-for="(x,i) in cfg.wallets" :key="i" :class="{on:i===idx}" @click="idx=i">{{ x.coin }}-{{ x.chain }}</div></div>' +
      '<div class="recharge-box"><img class="qr" :src="w.qr" alt=""><div class="addr">{{ w.address }}</div><div class="u-btn" @click="copy">{{ t("copy_address") }}</div>' +
      '<div class="tips">{{ t("deposit_tips") }}</div></div></div>'
  };

  var PageWithdraw = {
    components: { PageHead: PageHead },
    data: function () { return { amount: "", address: "", pwd: "", dialog: null, busy: false }; },
    methods: {
      t: t,
      submit: function () {
        var self = this;
        if (!this.amount || !this.address) { uni.showToast({ title: t("fill_all") }); return; }
        this.busy = true;
        uni.request({ url: "/api/user/withdraw", method: "POST", data: { amount: this.amount, address: this.address, pay_password: this.pwd } })
          .then(function (r) { self.dialog = r.msg || ""; })
          .catch(function () { self.dialog = t("network_error"); })
          .then(function () { self.busy = false; });
      }
    },
    template: '<div><PageHead :title="t(\'withdraw\')" :back="true"></PageHead><div class="form-box">' +
      '<div class="form-label">{{ t("withdraw_address") }}</div><input class="uni-input" v-model="address" placeholder="TRC20">' +
      '<div class="form-label">{{ t("amount") }}</div><input class="uni-input" type="number" v-model="amount" placeholder="USDT">' +
      '<div class="form-label">{{ t("fund_password") }}</div><input class="uni-input" type="password" v-model="pwd">' +
      '<div class="u-btn" :class="{disabled:busy}" @click="submit">{{ t("submit") }}</div></div>' +
      '<div class="u-mask" v-if="dialog !== null" @click.self="dialog=null"><div class="u-modal"><div class="u-modal__title">{{ t("tips") }}</div>' +
      '<div class="u-modal__content" v-html="dialog"></div><div class="u-modal__btn" @click="dialog=null">{{ t("confirm") }}</div></div></div></div>'
  };

  var PageMine = {
    computed: { cfg: function () { return state.cfg; }, user: function () { return uni.getStorageSync("user"); } },
    methods: {
      t: t, go: function (u) { uni.navigateTo({ url: u }); },
      logout: function () { uni.removeStorageSync("token"); uni.removeStorageSync("user"); uni.showToast({ title: "OK" }); uni.reLaunch({ url: "/pages/login/index" }); }
    },
    template: '<div class="mine-page"><div class="mine-top"><div class="mine-avatar"></div><div v-if="user" class="mine-name">{{ user.name }}<small>UID {{ user.uid }}</small></div>' +
      '<div v-else class="mine-name" @click="go(\'/pages/login/index\')">{{ t("login") }} / {{ t("register") }}</div></div>' +
      '<div class="cell-group">' +
      '<div class="cell" @click="go(\'/pages/notice/index\')"><span>{{ t("notice") }}</span><span class="cell__arrow">&rsaquo;</span></div>' +
      '<div class="cell" @click="go(\'/pages/help/index\')"><span>{{ t("help_center") }}</span><span class="cell__arrow">&rsaquo;</span></div>' +
      '<div class="cell" @click="go(\'/pages/service/index\')"><span>{{ t("online_service") }}</span><span class="cell__arrow">&rsaquo;</span></div>' +
      '<div class="cell" @click="go(\'/pages/invite/index\')"><span>{{ t("invite") }}</span><span class="cell__arrow">&rsaquo;</span></div>' +
      '<div class="cell" @click="go(\'/pages/about/index\')"><span>{{ t("about_us") }}</span><span class="cell__arrow">&rsaquo;</span></div>' +
      '</div><div class="u-btn ghost" v-if="user" @click="logout">{{ t("logout") }}</div></div>'
  };

  var PageNotice = {
    components: { PageHead: PageHead, Empty: Empty },
    data: function () { return { list: [], loaded: false }; },
    methods: { t: t, open: function (n) { uni.navigateTo({ url: "/pages/notice/detail?id=" + n.id }); } },
    mounted: function () { var s = this; uni.request({ url: "/api/notice/list" }).then(function (r) { s.list = r.data || []; }).catch(function () {}).then(function () { s.loaded = true; }); },
    template: '<div><PageHead :title="t(\'notice\')" :back="true"></PageHead><div class="notice-list">' +
      '<div class="notice-item" v-for="n in list" :key="n.id" @click="open(n)"><div class="notice-item__title">{{ n.title }}</div><div class="notice-item__time">{{ n.time }}</div></div>' +
      '<Empty v-if="loaded && !list.length" :text="t(\'no_data\')"></Empty></div></div>'
  };

  function detailPage(api, titleKey) {
    return {
      components: { PageHead: PageHead, Empty: Empty },
      data: function () { return { item: null, loaded: false }; },
      methods: { t: t },
      mounted: function () {
        var s = this, id = String(state.route.query.id || "");
        uni.request({ url: api }).then(function (r) {
          (r.data || []).forEach(function (x) { if (String(x.id) === id) s.item = x; });
        }).catch(function () {}).then(function () { s.loaded = true; });
      },
      template: '<div><PageHead :title="t(\'' + titleKey + '\')" :back="true"></PageHead><div class="article" v-if="item"><div class="article__title">{{ item.title }}</div>' +
        '<div class="article__time" v-if="item.time">{{ item.time }}</div><div class="article__body" v-html="item.content"></div></div>' +
        '<Empty v-if="loaded && !item" :text="t(\'no_data\')"></Empty></div>'
    };
  }

  var PageHelp = {
    components: { PageHead: PageHead, Empty: Empty },
    data: function () { return { list: [], loaded: false }; },
    methods: { t: t, open: function (n) { uni.navigateTo({ url: "/pages/help/detail?id=" + n.id }); } },
    mounted: function () { var s = this; uni.request({ url: "/api/help/list" }).then(function (r) { s.list = r.data || []; }).catch(function () {}).then(function () { s.loaded = true; }); },
    template: '<div><PageHead :title="t(\'help_center\')" :back="true"></PageHead><div class="cell-group">' +
      '<div class="cell" v-for="n in list" :key="n.id" @click="open(n)"><span>{{ n.title }}</span><span class="cell__arrow">&rsaquo;</span></div></div>' +
      '<Empty v-if="loaded && !list.length" :text="t(\'no_data\')"></Empty></div>'
  };

  var PageService = {
    components: { PageHead: PageHead },
    computed: { cfg: function () { return state.cfg; } },
    methods: { t: t },
    template: '<div><PageHead :title="t(\'online_service\')" :back="true"></PageHead><div class="service-box"><div class="service-avatar"></div>' +
      '<div class="service-hours">{{ cfg.service_hours }}</div><div class="cell-group"><div class="cell" v-for="c in cfg.contacts" :key="c.name"><span>{{ c.name }}</span><span class="cell__val">{{ c.value }}</span></div></div></div></div>'
  };

  var PageInvite = {
    components: { PageHead: PageHead },
    computed: { cfg: function () { return state.cfg; } },
    methods: { t: t },
    template: '<div><PageHead :title="t(\'invite\')" :back="true"></PageHead><div class="article"><div class="article__body" v-html="cfg.invite_html"></div></div></div>'
  };

  var PageAbout = {
    components: { PageHead: PageHead },
    computed: { cfg: function () { return state.cfg; } },
    methods: { t: t },
    template: '<div><PageHead :title="t(\'about_us\')" :back="true"></PageHead><div class="article"><div class="article__body" v-html="cfg.about_html"></div></div></div>'
  };

  var PageLogin = {
    data: function () { return { account: "", pwd: "" }; },
    computed: { cfg: function () { return state.cfg; } },
    methods: {
      t: t, go: function (u) { uni.navigateTo({ url: u }); },
      submit: function () {
        if (!this.account || !this.pwd) { uni.showToast({ title: t("fill_all") }); return; }
        uni.request({ url: "/api/user/login", method: "POST", data: { account: this.account, password: this.pwd } })
          .then(function (r) { uni.showToast({ title: r.msg || t("network_error") }); })
          .catch(function () { uni.showToast({ title: t("network_error") }); });
      }
    },
    template: '<div class="login-page"><img class="login-logo" :src="cfg.logo" alt=""><div class="login-brand">{{ cfg.brand }}</div><div class="login-slogan">{{ cfg.slogan }}</div>' +
      '<input class="uni-input" v-model="account" :placeholder="t(\'account_ph\')"><input class="uni-input" type="password" v-model="pwd" :placeholder="t(\'password\')">' +
      '<div class="u-btn" @click="submit">{{ t("login") }}</div><div class="login-links"><span @click="go(\'/pages/register/index\')">{{ t("register") }}</span>' +
      '<span @click="go(\'/pages/service/index\')">{{ t("forgot_password") }}</span></div></div>'
  };

  var PageRegister = {
    components: { PageHead: PageHead },
    data: function () { return { account: "", pwd: "", pwd2: "", code: state.route.query.code || "" }; },
    methods: {
      t: t,
      submit: function () {
        if (!this.code) { uni.showToast({ title: t("need_invite") }); return; }
        if (!this.account || !this.pwd || this.pwd !== this.pwd2) { uni.showToast({ title: t("fill_all") }); return; }
        uni.request({ url: "/api/user/register", method: "POST", data: { account: this.account, password: this.pwd, invite_code: this.code } })
          .then(function (r) { uni.showToast({ title: r.msg || t("network_error") }); })
          .catch(function () { uni.showToast({ title: t("network_error") }); });
      }
    },
    template: '<div><PageHead :title="t(\'register\')" :back="true"></PageHead><div class="form-box">' +
      '<input class="uni-input" v-model="account" :placeholder="t(\'account_ph\')"><input class="uni-input" type="password" v-model="pwd" :placeholder="t(\'password\')">' +
      '<input class="uni-input" type="password" v-model="pwd2" :placeholder="t(\'password_again\')"><input class="uni-input" v-model="code" :placeholder="t(\'invite_code\')">' +
      '<div class="u-btn" @click="submit">{{ t("register") }}</div></div></div>'
  };

  var ROUTES = {
    "/pages/index/index": PageIndex, "/pages/market/index": PageMarket, "/pages/trade/index": PageTrade,
    "/pages/assets/index": PageAssets, "/pages/assets/recharge": PageRecharge, "/pages/assets/withdraw": PageWithdraw,
    "/pages/mine/index": PageMine, "/pages/notice/index": PageNotice, "/pages/notice/detail": detailPage("/api/notice/list", "notice"),
    "/pages/help/index": PageHelp, "/pages/help/detail": detailPage("/api/help/list", "help_center"),
    "/pages/service/index": PageService, "/pages/invite/index": PageInvite, "/pages/about/index": PageAbout,
    "/pages/login/index": PageLogin, "/pages/register/index": PageRegister
  };

  var App = {
    computed: {
      view: function () { return ROUTES[state.route.path] || PageIndex; },
      viewKey: function () { return location.hash; },
      isTab: function () { var p = state.route.path; return TABS.some(function (x) { return x.path === p; }); },
      tabs: function () { return TABS; },
      ready: function () { return state.ready; }
    },
    methods: {
      t: t,
      active: function (tab) { return tab.path === state.route.path; },
      switchTab: function (tab) { uni.switchTab({ url: tab.path }); }
    },
    template: '<uni-app><div class="uni-page-body" :class="{\'has-tabbar\': isTab}" v-if="ready"><component :is="view" :key="viewKey"></component></div>' +
      '<div class="uni-tabbar-bottom" v-if="isTab && ready"><div class="uni-tabbar">' +
      '<div class="uni-tabbar__item" v-for="tab in tabs" :key="tab.path" @click="switchTab(tab)"><div class="uni-tabbar__bd">' +
      '<div class="uni-tabbar__icon"><img :src="\'./static/tabbar/\' + tab.icon + (active(tab) ? \'-on\' : \'\') + \'.png\'" alt=""></div>' +
      '<div class="uni-tabbar__label" :style="{color: active(tab) ? \'#1fc7a4\' : \'#8a8f99\'}">{{ t(tab.key) }}</div></div></div></div></div></uni-app>'
  };

  window.addEventListener("hashchange", function () { state.route = uni.parseRoute(); window.scrollTo(0, 0); });
  Promise.all([
    uni.request({ url: "/api/common/lang" }).catch(function () { return { data: {} }; }),
    uni.request({ url: "/api/common/config" }).catch(function () { return { data: {} }; })
  ]).then(function (res) {
    state.lang = res[0].data || {};
    var c = res[1].data || {};
    state.cfg = Object.assign({ banners: [], periods: [], wallets: [], contacts: [] }, c);
    if (c.brand) document.title = c.brand;
    state.ready = true;
  });
  V.createApp(App).mount("#app");
})();
