/* Cơm Nhà Express H5 — build 2026.11.28 (uni-app) */
(function () {
  'use strict';
  var TABS = [
    { pagePath: 'pages/index/index', text: 'Trang chủ', icon: '/static/tabbar/home.png', title: 'Cơm Nhà Express' },
    { pagePath: 'pages/order/order', text: 'Đơn hàng', icon: '/static/tabbar/order.png', title: 'Đơn hàng của tôi' },
    { pagePath: 'pages/wallet/wallet', text: 'Ví', icon: '/static/tabbar/wallet.png', title: 'Ví & Hoàn tiền' },
    { pagePath: 'pages/mine/mine', text: 'Tài khoản', icon: '/static/tabbar/mine.png', title: 'Tài khoản' }
  ];
  function parseHash() {
    var h = (location.hash || '').replace(/^#\/?/, '');
    var q = {}, path = h.split('?')[0] || 'pages/index/index';
    (h.split('?')[1] || '').split('&').forEach(function (kv) { if (kv) { var p = kv.split('='); q[p[0]] = decodeURIComponent(p[1] || ''); } });
    return { path: path, query: q };
  }
  function request(url) {
    return fetch(url, { headers: { 'Accept': 'application/json' } }).then(function (r) { return r.json(); }).then(function (res) { return res.data; });
  }

  var PageIndex = {
    props: ['query'],
    data: function () { return { d: null }; },
    created: function () { var vm = this; request('/api/home.json').then(function (d) { vm.d = d; }); },
    methods: { openShop: function (id) { uni.navigateTo('pages/shop/detail?id=' + id); } },
    template: '<uni-view v-if="d"><uni-view class="cn-search">🔍 Tìm món, tìm quán…</uni-view>' +
      '<uni-view class="cn-banner"><img :src="d.banner.img" :alt="d.banner.title"></uni-view>' +
      '<uni-view class="cn-cats"><uni-view class="cn-cat" v-for="c in d.categories"><uni-view class="ic">{{ c.icon }}</uni-view>{{ c.name }}</uni-view></uni-view>' +
      '<uni-view class="cn-title">Quán gần bạn</uni-view>' +
      '<uni-view class="cn-shop" v-for="s in d.shops" :key="s.id" @click="openShop(s.id)"><uni-view class="th" :style="{background:s.bg}">{{ s.emoji }}</uni-view>' +
      '<uni-view><uni-view class="nm">{{ s.name }}</uni-view><uni-view class="mt">⭐ {{ s.rating }} · {{ s.distance }} · {{ s.eta }}</uni-view><uni-view class="mt">{{ s.ship }}</uni-view><uni-text class="tg" v-for="t in s.tags">{{ t }}</uni-text></uni-view></uni-view>' +
      '<uni-view class="cn-note">{{ d.notice }}</uni-view></uni-view><uni-view v-else class="cn-loading">Đang tải…</uni-view>'
  };
  var PageShop = {
    props: ['query'],
    data: function () { return { d: null }; },
    created: function () { var vm = this; request('/api/shop/' + (this.query.id || 1) + '.json').then(function (d) { vm.d = d; }); },
    template: '<uni-view v-if="d"><uni-view class="cn-card"><h3>{{ d.name }}</h3><p>📍 {{ d.address }}</p><p>🕒 Mở cửa {{ d.open }}</p></uni-view>' +
      '<uni-view class="cn-card"><h3>Thực đơn</h3><uni-view class="cn-dish" v-for="m in d.dishes"><uni-text>{{ m.name }}</uni-text><uni-text class="p">{{ m.price }}</uni-text></uni-view>' +
      '<uni-view class="cn-btn">Thêm vào giỏ</uni-view></uni-view></uni-view><uni-view v-else class="cn-loading">Đang tải…</uni-view>'
  };
  var PageOrder = {
    data: function () { return { d: null }; },
    created: function () { var vm = this; request('/api/orders.json').then(function (d) { vm.d = d; }); },
    template: '<uni-view v-if="d"><uni-view class="cn-card" v-for="o in d.list" :key="o.no"><h3>{{ o.shop }}</h3><p>{{ o.items }}</p>' +
      '<uni-view class="cn-row"><uni-text>Mã đơn {{ o.no }}</uni-text><uni-text>{{ o.time }}</uni-text></uni-view><uni-view class="cn-row"><uni-text>{{ o.status }}</uni-text><uni-text class="p">{{ o.total }}</uni-text></uni-view></uni-view>' +
      '<uni-view class="cn-note">{{ d.tip }}</uni-view></uni-view><uni-view v-else class="cn-loading">Đang tải…</uni-view>'
  };
  var PageWallet = {
    data: function () { return { d: null }; },
    created: function () { var vm = this; request('/api/wallet.json').then(function (d) { vm.d = d; }); },
    methods: { withdraw: function () { uni.showToast('Vui lòng liên kết tài khoản ngân hàng chính chủ trước khi rút.'); } },
    template: '<uni-view v-if="d"><uni-view class="cn-balance"><uni-view>Số dư hoàn tiền</uni-view><uni-view class="v">{{ d.refund_balance }}</uni-view><uni-view>Xu Cơm Nhà: {{ d.coins }}</uni-view>' +
      '<uni-view class="cn-btn ghost" @click="withdraw">Rút về ngân hàng</uni-view></uni-view>' +
      '<uni-view class="cn-card" v-for="(s, i) in d.sections" :class="{\'cn-warn\': i === d.sections.length - 1}"><h3>{{ s.title }}</h3><ul><li v-for="t in s.items">{{ t }}</li></ul></uni-view></uni-view><uni-view v-else class="cn-loading">Đang tải…</uni-view>'
  };
  var PageMine = {
    data: function () { return { d: null }; },
    created: function () { var vm = this; request('/api/user.json').then(function (d) { vm.d = d; }); },
    template: '<uni-view v-if="d"><uni-view class="cn-user"><uni-view class="av">L</uni-view><uni-view><uni-view style="font-weight:700">{{ d.nickname }}</uni-view><uni-view style="font-size:13px">{{ d.phone }} · {{ d.level }}</uni-view></uni-view></uni-view>' +
      '<uni-view class="cn-card"><h3>Hạng thành viên</h3><uni-view class="cn-row" v-for="l in d.levels"><uni-text>{{ l.name }} <small style="color:#999">({{ l.rule }})</small></uni-text><uni-text style="font-size:12px;color:#666">{{ l.perk }}</uni-text></uni-view><p style="margin-top:8px">{{ d.level_note }}</p></uni-view>' +
      '<uni-view class="cn-card"><h3>Mời bạn bè</h3><p>Mã mời của bạn: <b>{{ d.invite.code }}</b></p><p>{{ d.invite.rule }}</p></uni-view>' +
      '<uni-view class="cn-card"><uni-view class="cn-row" v-for="t in d.links"><uni-text>{{ t }}</uni-text><uni-text>›</uni-text></uni-view></uni-view>' +
      '<uni-view class="cn-note">{{ d.company.name }} · MST {{ d.company.tax }}<br>{{ d.company.addr }}<br>Tổng đài {{ d.company.hotline }} · {{ d.company.email }}<br>{{ d.company.since }}</uni-view></uni-view><uni-view v-else class="cn-loading">Đang tải…</uni-view>'
  };
  var ROUTES = {
    'pages/index/index': PageIndex, 'pages/shop/detail': PageShop, 'pages/order/order': PageOrder,
    'pages/wallet/wallet': PageWallet, 'pages/mine/mine': PageMine
  };
  var TITLES = { 'pages/shop/detail': 'Chi tiết quán' };

  var uni = window.uni = {
    navigateTo: function (p) { location.hash = '#/' + p; },
    switchTab: function (p) { location.hash = '#/' + p; },
    navigateBack: function () { history.back(); },
    showToast: function (t) { alert(t); }
  };

  var App = {
    data: function () { var r = parseHash(); return { route: r.path, query: r.query, tabs: TABS }; },
    computed: {
      page: function () { return ROUTES[this.route] || PageIndex; },
      isTab: function () { var r = this.route; return TABS.some(function (t) { return t.pagePath === r; }); },
      title: function () {
        var r = this.route, t = TABS.filter(function (x) { return x.pagePath === r; })[0];
        return t ? t.title : (TITLES[r] || 'Cơm Nhà Express');
      }
    },
    created: function () {
      var vm = this;
      if (!location.hash) { history.replaceState(null, '', '#/pages/index/index'); }
      window.addEventListener('hashchange', function () { var r = parseHash(); vm.route = r.path; vm.query = r.query; window.scrollTo(0, 0); });
    },
    methods: { switchTab: function (t) { uni.switchTab(t.pagePath); }, back: function () { uni.navigateBack(); } },
    template: '<uni-app :class="{\'uni-app--showtabbar\': isTab}"><uni-page :data-page="route">' +
      '<uni-page-head><div class="uni-page-head"><div class="uni-page-head-btn" v-if="!isTab" @click="back">‹</div><div class="uni-page-head__title">{{ title }}</div></div></uni-page-head>' +
      '<uni-page-wrapper><uni-page-body><component :is="page" :query="query" :key="route + JSON.stringify(query)"></component></uni-page-body></uni-page-wrapper></uni-page>' +
      '<uni-tabbar v-if="isTab" class="uni-tabbar-bottom"><div class="uni-tabbar">' +
      '<div class="uni-tabbar__item" v-for="t in tabs" :key="t.pagePath" :class="{on: t.pagePath === route}" @click="switchTab(t)"><div class="uni-tabbar__bd"><div class="uni-tabbar__icon"><img :src="t.icon"></div><div class="uni-tabbar__label">{{ t.text }}</div></div></div>' +
      '</div></uni-tabbar></uni-app>'
  };
  var app = Vue.createApp(App);
  app.config.compilerOptions.isCustomElement = function (tag) { return tag.indexOf('uni-') === 0; };
  app.mount('#app');
})();
