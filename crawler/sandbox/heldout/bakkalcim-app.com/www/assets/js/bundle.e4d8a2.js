/*! Bakkalcım web 2.0.1 (build 20260302) */
;(function (modules) {
  var cache = {};
  function require(id) { if (cache[id]) return cache[id].exports; var m = cache[id] = { exports: {} }; modules[id](m, m.exports, require); return m.exports; }
  require('./src/main.js');
})({
  './src/http.js': function (module) {
    module.exports = function get(url) {
      return fetch(url).then(function (r) { return r.json(); }).then(function (res) {
        if (res.status !== 'success') { throw new Error(res.message || 'hata'); }
        return res.data;
      });
    };
  },
  './src/pages.json.js': function (module) {
    module.exports = {
      pages: [
        { path: 'pages/index/index', style: { navigationBarTitleText: 'Bakkalcım' }, api: '/api/app/home' },
        { path: 'pages/category/category', style: { navigationBarTitleText: 'Kategoriler' }, api: '/api/app/categories' },
        { path: 'pages/cart/cart', style: { navigationBarTitleText: 'Sepetim' }, api: '/api/app/cart' },
        { path: 'pages/user/user', style: { navigationBarTitleText: 'Hesabım' }, api: '/api/app/profile' },
        { path: 'pages/wallet/index', style: { navigationBarTitleText: 'Bakkalcım Cüzdan' }, api: '/api/app/wallet' },
        { path: 'pages/help/index', style: { navigationBarTitleText: 'Yardım Merkezi' }, api: '/api/app/help' }
      ],
      tabBar: {
        color: '#969696', selectedColor: '#e32636',
        list: [
          { pagePath: 'pages/index/index', text: 'Ana Sayfa', iconPath: '/assets/img/tab_home.png', selectedIconPath: '/assets/img/tab_home_sel.png' },
          { pagePath: 'pages/category/category', text: 'Kategoriler', iconPath: '/assets/img/tab_grid.png', selectedIconPath: '/assets/img/tab_grid_sel.png' },
          { pagePath: 'pages/cart/cart', text: 'Sepet', iconPath: '/assets/img/tab_cart.png', selectedIconPath: '/assets/img/tab_cart_sel.png', badge: 3 },
          { pagePath: 'pages/user/user', text: 'Hesabım', iconPath: '/assets/img/tab_user.png', selectedIconPath: '/assets/img/tab_user_sel.png' }
        ]
      }
    };
  },
  './src/views.js': function (module) {
    function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
    module.exports = {
      'pages/index/index': function (d) {
        return '<uni-view class="bk-addr">Teslimat: ' + esc(d.address) + '</uni-view>' +
          '<uni-view class="bk-banner"><img src="' + d.banner + '" alt="' + esc(d.bannerText) + '"></uni-view>' +
          '<uni-view class="bk-box"><h4>Kategoriler</h4><div class="bk-cats">' + d.categories.map(function (c) { return '<div data-nav="pages/category/category">' + esc(c) + '</div>'; }).join('') + '</div></uni-view>' +
          '<uni-view class="bk-box"><h4>' + esc(d.dealsTitle) + '</h4><div class="bk-goods">' + d.deals.map(function (g) {
            return '<div class="bk-g"><img src="' + g.img + '" alt=""><div>' + esc(g.name) + '</div><span class="pr">' + esc(g.price) + ' TL</span><span class="old">' + esc(g.old) + ' TL</span></div>'; }).join('') + '</div></uni-view>' +
          '<uni-view class="bk-legal">' + esc(d.legal) + '</uni-view>';
      },
      'pages/category/category': function (d) {
        return '<div class="bk-side"><div class="l">' + d.groups.map(function (g, i) { return '<div class="' + (i === 0 ? 'on' : '') + '">' + esc(g.name) + '</div>'; }).join('') + '</div><div class="r">' +
          d.groups[0].items.map(function (x) { return '<div class="bk-row"><span>' + esc(x.n) + '</span><span>' + esc(x.p) + ' TL</span></div>'; }).join('') + '</div></div>';
      },
      'pages/cart/cart': function (d) {
        return '<uni-view class="bk-box">' + d.items.map(function (x) { return '<div class="bk-row"><span>' + esc(x.n) + ' × ' + x.q + '</span><span>' + esc(x.t) + ' TL</span></div>'; }).join('') +
          '<div class="bk-row"><span>Teslimat ücreti</span><span>' + esc(d.delivery) + '</span></div><div class="bk-row"><b>Toplam</b><b>' + esc(d.total) + ' TL</b></div></uni-view>' +
          '<uni-view class="bk-warn">' + esc(d.note) + '</uni-view><div class="bk-cta">Siparişi tamamla</div>';
      },
      'pages/user/user': function (d) {
        return '<uni-view class="bk-head"><b>' + esc(d.name) + '</b><div>' + esc(d.club) + '</div></uni-view>' +
          '<uni-view class="bk-menu">' + d.menu.map(function (m) { return '<div class="m" data-nav="' + m.path + '">' + esc(m.title) + '</div>'; }).join('') + '</uni-view>' +
          '<uni-view class="bk-box"><h4>Arkadaşını davet et</h4><div class="bk-muted">' + esc(d.invite) + '</div></uni-view>';
      },
      'pages/wallet/index': function (d) {
        return '<uni-view class="bk-head"><div>Cüzdan bakiyesi</div><b>' + esc(d.balance) + ' TL</b></uni-view>' +
          '<uni-view class="bk-box"><h4>Hareketler</h4>' + d.moves.map(function (m) { return '<div class="bk-row"><span>' + esc(m.t) + '<br><span class="bk-muted">' + esc(m.d) + '</span></span><span>' + esc(m.a) + '</span></div>'; }).join('') + '</uni-view>' +
          '<uni-view class="bk-box"><h4>Bakiyemi IBAN\'a aktarma</h4><div class="bk-muted">' + d.rules.map(esc).join('<br>') + '</div></uni-view>' +
          '<uni-view class="bk-warn">' + esc(d.warning) + '</uni-view>';
      },
      'pages/help/index': function (d) {
        return '<uni-view class="bk-warn">' + esc(d.top) + '</uni-view>' + d.faq.map(function (f) { return '<uni-view class="bk-box"><h4>' + esc(f.q) + '</h4><div class="bk-muted">' + esc(f.a) + '</div></uni-view>'; }).join('') +
          '<uni-view class="bk-legal">' + esc(d.legal) + '</uni-view>';
      }
    };
  },
  './src/main.js': function (module, exports, require) {
    var get = require('./src/http.js'), conf = require('./src/pages.json.js'), views = require('./src/views.js');
    var app = document.getElementById('app');
    function route() { var p = location.hash.replace(/^#\/?/, '').split('?')[0]; return conf.pages.filter(function (x) { return x.path === p; })[0] || conf.pages[0]; }
    function navigateTo(path) { location.hash = '#/' + path; }
    function tabbar(cur) {
      var tb = conf.tabBar;
      return '<uni-tabbar class="uni-tabbar-bottom"><div class="uni-tabbar">' + tb.list.map(function (t, i) {
        var on = t.pagePath === cur;
        return '<div class="uni-tabbar__item" data-index="' + i + '"><div class="uni-tabbar__bd"><div class="uni-tabbar__icon"><img src="' + (on ? t.selectedIconPath : t.iconPath) + '"></div>' +
          (t.badge ? '<div class="uni-tabbar__badge">' + t.badge + '</div>' : '') +
          '<div class="uni-tabbar__label" style="color:' + (on ? tb.selectedColor : tb.color) + '">' + t.text + '</div></div></div>';
      }).join('') + '</div></uni-tabbar>';
    }
    function render() {
      var page = route();
      var isTab = conf.tabBar.list.some(function (t) { return t.pagePath === page.path; });
      document.title = page.style.navigationBarTitleText + ' | Bakkalcım';
      app.innerHTML = '<uni-app><uni-page data-page="' + page.path + '"><uni-page-head><div class="uni-page-head">' +
        (isTab ? '' : '<div class="uni-page-head-btn" id="nav-back">&#8249;</div>') +
        '<div class="uni-page-head__title">' + page.style.navigationBarTitleText + '</div></div></uni-page-head>' +
        '<uni-page-wrapper><uni-page-body id="page-body"><div class="boot">Yükleniyor…</div></uni-page-body></uni-page-wrapper></uni-page>' +
        (isTab ? tabbar(page.path) : '') + '</uni-app>';
      var back = document.getElementById('nav-back');
      if (back) back.addEventListener('click', function () { history.back(); });
      Array.prototype.forEach.call(app.querySelectorAll('.uni-tabbar__item'), function (el) {
        el.addEventListener('click', function () { navigateTo(conf.tabBar.list[+el.getAttribute('data-index')].pagePath); });
      });
      get(page.api).then(function (d) {
        var body = document.getElementById('page-body');
        body.innerHTML = views[page.path](d);
        Array.prototype.forEach.call(body.querySelectorAll('[data-nav]'), function (el) {
          el.addEventListener('click', function () { navigateTo(el.getAttribute('data-nav')); });
        });
      }).catch(function () { document.getElementById('page-body').innerHTML = '<div class="boot">Bağlantı hatası. Lütfen tekrar deneyin.</div>'; });
    }
    window.addEventListener('hashchange', render);
    if (!location.hash) { history.replaceState(null, '', '#/pages/index/index'); }
    render();
  }
});
