/* 小食外卖 H5 — build 2026.02.27 */
(function () {
  'use strict';
  var TABS = [
    { pagePath: 'pages/index/index', text: '首页', icon: '/static/tabbar/home.png', on: '/static/tabbar/home-on.png' },
    { pagePath: 'pages/order/order', text: '订单', icon: '/static/tabbar/order.png', on: '/static/tabbar/order-on.png' },
    { pagePath: 'pages/mine/mine', text: '我的', icon: '/static/tabbar/mine.png', on: '/static/tabbar/mine-on.png' }
  ];
  var TITLES = {
    'pages/index/index': '小食外卖', 'pages/order/order': '我的订单', 'pages/mine/mine': '个人中心',
    'pages/wallet/wallet': '我的钱包', 'pages/help/help': '帮助与客服', 'pages/invite/invite': '邀请有礼', 'pages/shop/shop': '店铺'
  };
  function request(url) {
    return fetch(url, { headers: { 'Accept': 'application/json' } }).then(function (r) { return r.json(); })
      .then(function (res) { if (res.code !== 0) throw new Error(res.msg); return res.data; });
  }
  function currentRoute() {
    var h = location.hash.replace(/^#\/?/, '');
    var q = h.split('?');
    return { path: q[0] || 'pages/index/index', query: new URLSearchParams(q[1] || '') };
  }

  var App = {
    data: function () { return { route: currentRoute(), tabs: TABS, page: null, loading: true }; },
    computed: {
      title: function () { return TITLES[this.route.path] || '小食外卖'; },
      isTab: function () { var p = this.route.path; return TABS.some(function (t) { return t.pagePath === p; }); }
    },
    created: function () {
      var self = this;
      window.addEventListener('hashchange', function () { self.route = currentRoute(); self.load(); });
      if (!location.hash) history.replaceState(null, '', '#/pages/index/index');
      this.load();
    },
    methods: {
      load: function () {
        var self = this, p = this.route.path, api = {
          'pages/index/index': '/api/home', 'pages/order/order': '/api/order/list', 'pages/mine/mine': '/api/user/info',
          'pages/wallet/wallet': '/api/user/wallet', 'pages/help/help': '/api/help/list', 'pages/invite/invite': '/api/activity/invite',
          'pages/shop/shop': '/api/shop/detail'
        }[p] || '/api/home';
        self.loading = true;
        request(api).then(function (d) { self.page = d; self.loading = false; document.title = self.title; })
          .catch(function () { self.page = null; self.loading = false; });
      },
      switchTab: function (t) { location.hash = '#/' + t.pagePath; },
      navigateTo: function (path) { location.hash = '#/' + path; },
      navigateBack: function () { history.back(); }
    },
    template: '\
<uni-app class="uni-app--showtabbar">\
 <uni-page>\
  <uni-page-head><div class="uni-page-head"><div class="uni-page-head-btn" v-if="!isTab" @click="navigateBack">‹</div><div class="uni-page-head__title">{{ title }}</div></div></uni-page-head>\
  <uni-page-wrapper><uni-page-body>\
   <div class="loading" v-if="loading">加载中…</div>\
   <template v-else-if="page">\
    <template v-if="route.path===\'pages/index/index\'">\
     <uni-view class="search">搜索商家、美食</uni-view>\
     <uni-swiper class="swiper"><uni-image><img :src="page.banners[0].image" :alt="page.banners[0].title"></uni-image></uni-swiper>\
     <uni-view class="cate"><uni-view class="cate-item" v-for="c in page.categories" :key="c"><div class="dot">{{ c.slice(0,1) }}</div><uni-text>{{ c }}</uni-text></uni-view></uni-view>\
     <uni-view class="section-title">附近商家</uni-view>\
     <uni-view class="shop" v-for="s in page.shops" :key="s.id" @click="navigateTo(\'pages/shop/shop?id=\'+s.id)">\
      <uni-image><img :src="s.logo" :alt="s.name"></uni-image>\
      <uni-view class="info"><uni-view class="name">{{ s.name }}</uni-view>\
       <uni-view class="meta">★{{ s.score }} · 月售{{ s.sales }} · {{ s.time }}分钟 · {{ s.distance }}</uni-view>\
       <uni-view class="meta">起送 ¥{{ s.min }} · 配送费 ¥{{ s.fee }}</uni-view>\
       <uni-text class="tag" v-for="t in s.tags" :key="t">{{ t }}</uni-text></uni-view>\
     </uni-view>\
     <uni-view class="footer-legal">{{ page.legal }}</uni-view>\
    </template>\
    <template v-else-if="route.path===\'pages/shop/shop\'">\
     <uni-view class="card"><uni-view class="name" style="font-size:18px;font-weight:700">{{ page.name }}</uni-view><uni-view class="muted">{{ page.address }}</uni-view><uni-view class="muted">{{ page.license }}</uni-view></uni-view>\
     <uni-view class="card"><uni-view class="row" v-for="m in page.menu" :key="m.name"><uni-text>{{ m.name }}</uni-text><uni-text>¥{{ m.price }}</uni-text></uni-view></uni-view>\
    </template>\
    <template v-else-if="route.path===\'pages/order/order\'">\
     <uni-view class="card" v-for="o in page.list" :key="o.no"><uni-view class="row"><b>{{ o.shop }}</b><uni-text>{{ o.status }}</uni-text></uni-view><uni-view class="muted">{{ o.items }}</uni-view><uni-view class="row"><uni-text class="muted">订单号 {{ o.no }} · {{ o.time }}</uni-text><uni-text>实付 ¥{{ o.paid }}</uni-text></uni-view><uni-view class="muted" v-if="o.refund">{{ o.refund }}</uni-view></uni-view>\
     <uni-view class="notice">{{ page.tip }}</uni-view>\
    </template>\
    <template v-else-if="route.path===\'pages/mine/mine\'">\
     <uni-view class="user-top"><uni-view class="nick">{{ page.nickname }}</uni-view><uni-view>{{ page.level }}</uni-view></uni-view>\
     <uni-view class="assets"><uni-view class="a" v-for="a in page.assets" :key="a.k"><div class="num">{{ a.v }}</div><div class="muted">{{ a.k }}</div></uni-view></uni-view>\
     <uni-view class="menu-item" v-for="m in page.menus" :key="m.path" @click="navigateTo(m.path)">{{ m.title }}</uni-view>\
    </template>\
    <template v-else-if="route.path===\'pages/wallet/wallet\'">\
     <uni-view class="user-top"><uni-view class="muted" style="color:#ffe">账户余额（元）</uni-view><uni-view class="nick" style="font-size:28px">{{ page.balance }}</uni-view></uni-view>\
     <uni-view class="card"><uni-view class="row" v-for="r in page.records" :key="r.time"><uni-text>{{ r.title }}<br><uni-text class="muted">{{ r.time }}</uni-text></uni-text><uni-text>{{ r.amount }}</uni-text></uni-view></uni-view>\
     <uni-view class="faq" v-for="f in page.rules" :key="f.q"><uni-view class="q">{{ f.q }}</uni-view><uni-view class="a">{{ f.a }}</uni-view></uni-view>\
     <uni-view class="notice">{{ page.safety }}</uni-view>\
    </template>\
    <template v-else-if="route.path===\'pages/invite/invite\'">\
     <uni-view class="card"><uni-view class="name" style="font-size:17px;font-weight:700">{{ page.title }}</uni-view><uni-view class="a" style="line-height:1.8;margin-top:6px" v-for="r in page.rules" :key="r">{{ r }}</uni-view></uni-view>\
     <uni-view class="btn">我的邀请码：{{ page.code }}</uni-view>\
    </template>\
    <template v-else-if="route.path===\'pages/help/help\'">\
     <uni-view class="notice">{{ page.banner }}</uni-view>\
     <uni-view class="faq" v-for="f in page.list" :key="f.q"><uni-view class="q">{{ f.q }}</uni-view><uni-view class="a">{{ f.a }}</uni-view></uni-view>\
     <uni-view class="footer-legal">{{ page.contact }}</uni-view>\
    </template>\
   </template>\
   <div class="loading" v-else>网络开小差了，请稍后重试</div>\
  </uni-page-body></uni-page-wrapper>\
 </uni-page>\
 <uni-tabbar class="uni-tabbar-bottom" v-if="isTab"><div class="uni-tabbar" style="background-color:#ffffff">\
  <div class="uni-tabbar__item" v-for="t in tabs" :key="t.pagePath" @click="switchTab(t)"><div class="uni-tabbar__bd" style="height:50px">\
   <div class="uni-tabbar__icon"><img :src="route.path===t.pagePath ? t.on : t.icon"></div>\
   <div class="uni-tabbar__label" :style="{color: route.path===t.pagePath ? \'#ff7a00\' : \'#999999\'}">{{ t.text }}</div>\
  </div></div>\
 </div></uni-tabbar>\
</uni-app>'
  };
  var app = Vue.createApp(App);
  app.config.compilerOptions.isCustomElement = function (tag) { return tag.indexOf('uni-') === 0; };
  app.mount('#app');
})();
