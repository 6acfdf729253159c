/*! build 3.2.7 uni-app h5 */
(function () {
  var Vue = window.Vue, ref = Vue.ref, reactive = Vue.reactive;
  var store = reactive({ cfg: { service: [] }, t: {}, route: { path: '', query: {} }, toast: '' });
  function parseHash() {
    var h = location.hash.replace(/^#/, '') || '/pages/index/index';
    var parts = h.split('?'), q = {};
    (parts[1] || '').split('&').forEach(function (kv) { if (!kv) return; var p = kv.split('='); q[p[0]] = decodeURIComponent(p[1] || ''); });
    store.route = { path: parts[0], query: q };
  }
  function api(url) { return fetch(url, { headers: { 'Accept': 'application/json', 'lang': store.cfg.lang || '' } }).then(function (r) { return r.json(); }); }
  function navigateTo(path) { location.hash = '#' + path; }
  function showToast(msg) { store.toast = msg; setTimeout(function () { store.toast = ''; }, 2200); }
  var mixin = { computed: { t: function () { return store.t; }, cfg: function () { return store.cfg; }, q: function () { return store.route.query; } },
    methods: { navigateTo: navigateTo, navigateBack: function () { history.length > 1 ? history.back() : navigateTo('/pages/index/index'); }, showToast: showToast } };

  var PageHead = { mixins: [mixin], props: ['title', 'back'], template:
    '<uni-page-head><div class="uni-page-head"><div class="uni-page-head-hd"><div v-if="back" class="uni-page-head-btn" @click="navigateBack"><i class="uni-btn-icon">‹</i></div></div>' +
    '<div class="uni-page-head-bd"><div class="uni-page-head__title">{{ title }}</div></div><div class="uni-page-head-ft"></div></div></uni-page-head>' };

  var Home = { mixins: [mixin], components: { PageHead: PageHead }, data: function () { return { notices: [], products: [], tickers: [] }; },
    created: function () { var s = this;
      api('/api/notice/list').then(function (r) { s.notices = r.data.list || []; });
      api('/api/product/list').then(function (r) { s.products = r.data || []; });
      api('/api/market/tickers').then(function (r) { s.tickers = (r.data || []).slice(0, 4); }); },
    template:
    '<div class="page-index">' +
    '<div class="idx-top"><div class="idx-logo">{{ cfg.site_name }}</div><div class="idx-lang" @click="navigateTo(\'/pages/mine/lang\')">🌐</div></div>' +
    '<div class="idx-banner"><div class="idx-banner__txt"><p class="s1">{{ t.welcome }} {{ cfg.site_name }}</p><p class="s2">{{ t.slogan }}</p></div></div>' +
    '<div class="uni-noticebar" @click="navigateTo(\'/pages/notice/index\')"><span class="uni-noticebar__icon">📢</span><div class="uni-noticebar__content"><span v-if="notices.length">{{ notices[0].title }}</span><span v-else>{{ t.no_data }}</span></div></div>' +
    '<div class="idx-grid">' +
    '<div class="idx-grid__item" @click="navigateTo(\'/pages/assets/recharge\')"><div class="gi gi-1">＋</div><span>{{ t.recharge }}</span></div>' +
    '<div class="idx-grid__item" @click="navigateTo(\'/pages/assets/withdraw\')"><div class="gi gi-2">↗</div><span>{{ t.withdraw }}</span></div>' +
    '<div class="idx-grid__item" @click="navigateTo(\'/pages/help/index\')"><div class="gi gi-3">?</div><span>{{ t.help }}</span></div>' +
    '<div class="idx-grid__item" @click="navigateTo(\'/pages/service/index\')"><div class="gi gi-4">☎</div><span>{{ t.service }}</span></div>' +
    '</div>' +
    '<div class="idx-sec"><div class="idx-sec__hd"><span>{{ t.products }}</span></div>' +
    '<div v-if="!products.length" class="empty">{{ t.no_data }}</div>' +
    '<div class="prod" v-for="p in products" :key="p.id" @click="navigateTo(\'/pages/login/login\')"><div class="prod__name">{{ p.name }}</div>' +
    '<div class="prod__row"><div><b class="up">{{ p.rate }}</b><small>{{ t.daily_rate }}</small></div><div><b>{{ p.cycle }} {{ t.days }}</b><small>{{ t.cycle }}</small></div><div><b>{{ p.min }}</b><small>{{ t.min_amount }}</small></div></div>' +
    '<div class="prod__btn">{{ t.join }}</div></div></div>' +
    '<div class="idx-sec"><div class="idx-sec__hd"><span>{{ t.tab_market }}</span><small @click="navigateTo(\'/pages/market/index\')">{{ t.more }} ›</small></div>' +
    '<div class="mk-row" v-for="k in tickers" :key="k.symbol"><span>{{ k.symbol }}</span><span>{{ k.price }}</span><span :class="k.change[0]==\'-\' ? \'down\' : \'up\'">{{ k.change }}%</span></div></div>' +
    '</div>' };

  var Market = { mixins: [mixin], components: { PageHead: PageHead }, data: function () { return { list: [] }; },
    created: function () { var s = this; api('/api/market/tickers').then(function (r) { s.list = r.data || []; }); },
    template: '<div><page-head :title="t.tab_market"></page-head><div class="mk-head"><span>{{ t.pair }}</span><span>{{ t.price }}</span><span>{{ t.change }}</span></div>' +
    '<div class="mk-row" v-for="k in list" :key="k.symbol"><span>{{ k.symbol }}</span><span>{{ k.price }}</span><span :class="k.change[0]==\'-\' ? \'down\' : \'up\'">{{ k.change }}%</span></div></div>' };

  var Assets = { mixins: [mixin], components: { PageHead: PageHead }, template:
    '<div><page-head :title="t.tab_assets"></page-head><div class="as-card"><p>{{ t.total_assets }}</p><h2>0.00</h2><p class="sm">{{ t.today_profit }}: 0.00</p>' +
    '<div class="as-btns"><div class="as-btn" @click="navigateTo(\'/pages/assets/recharge\')">{{ t.recharge }}</div><div class="as-btn as-btn--o" @click="navigateTo(\'/pages/assets/withdraw\')">{{ t.withdraw }}</div></div></div>' +
    '<div class="empty">{{ t.please_login }}</div></div>' };

  var Recharge = { mixins: [mixin], components: { PageHead: PageHead }, template:
    '<div><page-head :title="t.recharge" back="1"></page-head><div class="empty">{{ t.please_login }}</div><div class="btn-main" @click="navigateTo(\'/pages/login/login\')">{{ t.login }}</div></div>' };

  var Withdraw = { mixins: [mixin], components: { PageHead: PageHead }, data: function () { return { amount: '', address: '' }; }, template:
    '<div><page-head :title="t.withdraw" back="1"></page-head><div class="form">' +
    '<div class="form-item"><label>{{ t.amount }}</label><input v-model="amount" type="number" placeholder="USDT"></div>' +
    '<div class="form-item"><label>{{ t.address }}</label><input v-model="address" placeholder="T..."></div>' +
    '<div class="btn-main" @click="showToast(t.please_login)">{{ t.submit }}</div></div></div>' };

  var Mine = { mixins: [mixin], components: { PageHead: PageHead }, template:
    '<div><div class="mine-top"><div class="avatar">👤</div><div class="mine-login" @click="navigateTo(\'/pages/login/login\')">{{ t.login }} / {{ t.register }}</div></div>' +
    '<div class="uni-list">' +
    '<div class="uni-list-item" @click="navigateTo(\'/pages/notice/index\')"><span>{{ t.notice }}</span><i>›</i></div>' +
    '<div class="uni-list-item" @click="navigateTo(\'/pages/help/index\')"><span>{{ t.help }}</span><i>›</i></div>' +
    '<div class="uni-list-item" @click="navigateTo(\'/pages/assets/withdraw\')"><span>{{ t.withdraw }}</span><i>›</i></div>' +
    '<div class="uni-list-item" @click="navigateTo(\'/pages/invite/index\')"><span>{{ t.invite }}</span><i>›</i></div>' +
    '<div class="uni-list-item" @click="navigateTo(\'/pages/service/index\')"><span>{{ t.service }}</span><i>›</i></div>' +
    '<div class="uni-list-item" @click="navigateTo(\'/pages/mine/lang\')"><span>{{ t.language }}</span><i>›</i></div>' +
    '</div></div>' };

  var Lang = { mixins: [mixin], components: { PageHead: PageHead }, template:
    '<div><page-head :title="t.language" back="1"></page-head><div class="uni-list"><div class="uni-list-item" v-for="l in [\'Tiếng Việt\',\'ภาษาไทย\',\'Bahasa Melayu\',\'English\']" :key="l" @click="showToast(l)"><span>{{ l }}</span></div></div></div>' };

  var Invite = { mixins: [mixin], components: { PageHead: PageHead }, template:
    '<div><page-head :title="t.invite" back="1"></page-head><div class="empty">{{ t.please_login }}</div></div>' };

  var Service = { mixins: [mixin], components: { PageHead: PageHead }, template:
    '<div><page-head :title="t.service" back="1"></page-head><p class="svc-tip">{{ t.service_tip }}</p>' +
    '<div class="uni-list"><div class="uni-list-item" v-for="s in cfg.service" :key="s.type"><span>{{ s.name }}</span><b>{{ s.value }}</b></div></div></div>' };

  function listPage(kind, titleKey) {
    return { mixins: [mixin], components: { PageHead: PageHead }, data: function () { return { list: [], loading: true }; },
      created: function () { var s = this; api('/api/' + kind + '/list').then(function (r) { s.list = r.data.list || []; s.loading = false; }); },
      template: '<div><page-head :title="t.' + titleKey + '" back="1"></page-head><div v-if="loading" class="empty">{{ t.loading }}</div>' +
      '<div v-else-if="!list.length" class="empty">{{ t.no_data }}</div>' +
      '<div class="art-item" v-for="n in list" :key="n.id" @click="navigateTo(\'/pages/' + kind + '/detail?id=\' + n.id)"><div class="art-item__title">{{ n.title }}</div><div class="art-item__time">{{ n.time }}</div></div></div>' };
  }
  function detailPage(kind, titleKey) {
    return { mixins: [mixin], components: { PageHead: PageHead }, data: function () { return { item: null }; },
      created: function () { this.load(); }, watch: { q: function () { this.load(); } },
      methods: { load: function () { var s = this; s.item = null; api('/api/' + kind + '/detail/' + (s.q.id || 0)).then(function (r) { s.item = r.data; }).catch(function () { s.item = { title: '', content: s.t.no_data }; }); } },
      template: '<div><page-head :title="t.' + titleKey + '" back="1"></page-head><div class="art" v-if="item"><h3 class="art__title">{{ item.title }}</h3><div class="art__time">{{ item.time }}</div><div class="art__body" v-html="item.content"></div></div><div v-else class="empty">{{ t.loading }}</div></div>' };
  }

  var Login = { mixins: [mixin], components: { PageHead: PageHead }, data: function () { return { u: '', p: '' }; }, template:
    '<div><page-head :title="t.login" back="1"></page-head><div class="form"><div class="login-logo">{{ cfg.site_name }}</div>' +
    '<div class="form-item"><label>{{ t.phone }}</label><input v-model="u"></div><div class="form-item"><label>{{ t.password }}</label><input v-model="p" type="password"></div>' +
    '<div class="btn-main" @click="showToast(t.wrong_login)">{{ t.login }}</div><div class="form-link" @click="navigateTo(\'/pages/login/register\')">{{ t.register }}</div></div></div>' };
  var Register = { mixins: [mixin], components: { PageHead: PageHead }, data: function () { return { u: '', p: '', p2: '', code: '' }; }, template:
    '<div><page-head :title="t.register" back="1"></page-head><div class="form">' +
    '<div class="form-item"><label>{{ t.phone }}</label><input v-model="u"></div><div class="form-item"><label>{{ t.password }}</label><input v-model="p" type="password"></div>' +
    '<div class="form-item"><label>{{ t.confirm_password }}</label><input v-model="p2" type="password"></div><div class="form-item"><label>{{ t.invite_code }} *</label><input v-model="code"></div>' +
    '<div class="btn-main" @click="showToast(code ? t.wrong_login : t.need_invite)">{{ t.register }}</div></div></div>' };

  var routes = {
    '/pages/index/index': Home, '/pages/market/index': Market, '/pages/assets/index': Assets, '/pages/mine/index': Mine,
    '/pages/assets/recharge': Recharge, '/pages/assets/withdraw': Withdraw, '/pages/mine/lang': Lang, '/pages/invite/index': Invite,
    '/pages/service/index': Service, '/pages/notice/index': listPage('notice', 'notice'), '/pages/notice/detail': detailPage('notice', 'notice'),
    '/pages/help/index': listPage('help', 'help'), '/pages/help/detail': detailPage('help', 'help'),
    '/pages/login/login': Login, '/pages/login/register': Register };
  var tabs = ['/pages/index/index', '/pages/market/index', '/pages/assets/index', '/pages/mine/index'];

  var App = { mixins: [mixin], computed: { view: function () { return routes[store.route.path] || Home; }, path: function () { return store.route.path || '/pages/index/index'; },
      isTab: function () { return tabs.indexOf(this.path) >= 0 || !routes[this.path]; }, toast: function () { return store.toast; } },
    methods: { switchTab: function (p) { navigateTo(p); } },
    template: '<uni-app :class="{ \'uni-app--showtabbar\': isTab }"><uni-page><uni-page-wrapper><uni-page-body><component :is="view" :key="path"></component></uni-page-body></uni-page-wrapper></uni-page>' +
    '<uni-tabbar v-if="isTab" class="uni-tabbar-bottom"><div class="uni-tabbar">' +
    '<div class="uni-tabbar__item" :class="{ on: path==\'/pages/index/index\' }" @click="switchTab(\'/pages/index/index\')"><div class="uni-tabbar__bd"><div class="uni-tabbar__icon">⌂</div><div class="uni-tabbar__label">{{ t.tab_home }}</div></div></div>' +
    '<div class="uni-tabbar__item" :class="{ on: path==\'/pages/market/index\' }" @click="switchTab(\'/pages/market/index\')"><div class="uni-tabbar__bd"><div class="uni-tabbar__icon">📈</div><div class="uni-tabbar__label">{{ t.tab_market }}</div></div></div>' +
    '<div class="uni-tabbar__item" :class="{ on: path==\'/pages/assets/index\' }" @click="switchTab(\'/pages/assets/index\')"><div class="uni-tabbar__bd"><div class="uni-tabbar__icon">◈</div><div class="uni-tabbar__label">{{ t.tab_assets }}</div></div></div>' +
    '<div class="uni-tabbar__item" :class="{ on: path==\'/pages/mine/index\' }" @click="switchTab(\'/pages/mine/index\')"><div class="uni-tabbar__bd"><div class="uni-tabbar__icon">☺</div><div class="uni-tabbar__label">{{ t.tab_mine }}</div></div></div>' +
    '</div></uni-tabbar><uni-toast v-if="toast"><div class="uni-toast">{{ toast }}</div></uni-toast></uni-app>' };

  api('/api/config').then(function (r) {
    store.cfg = r.data; document.title = r.data.site_name;
    return api('/static/lang/' + (r.data.lang || 'en') + '.json');
  }).then(function (t) {
    store.t = t; parseHash();
    window.addEventListener('hashchange', parseHash);
    var app = Vue.createApp(App);
    app.config.compilerOptions.isCustomElement = function (tag) { return tag.indexOf('uni-') === 0; };
    app.mount('#app');
  });
})();
