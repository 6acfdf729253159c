/* Warung Segar H5 (uni-app) v1.6.2 */
;(function (win, doc) {
  var tabBar = {
    color: '#8a8f8c', selectedColor: '#1a9c4a',
    list: [
      { pagePath: 'pages/index/index', text: 'Beranda', iconPath: '/static/image/tab/beranda.png' },
      { pagePath: 'pages/category/category', text: 'Kategori', iconPath: '/static/image/tab/kategori.png' },
      { pagePath: 'pages/cart/cart', text: 'Keranjang', iconPath: '/static/image/tab/keranjang.png' },
      { pagePath: 'pages/user/user', text: 'Akun', iconPath: '/static/image/tab/akun.png' }
    ]
  };
  var titles = {
    'pages/index/index': 'Warung Segar', 'pages/category/category': 'Kategori', 'pages/cart/cart': 'Keranjang',
    'pages/user/user': 'Akun Saya', 'pages/user/saldo': 'Saldo Refund', 'pages/user/member': 'Member Segar+',
    'pages/user/undang': 'Kode Undangan', 'pages/user/bantuan': 'Bantuan'
  };
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  function req(api) {
    return fetch('/api/app/' + api, { method: 'GET', headers: { 'X-App-Version': '1.6.2' } })
      .then(function (r) { return r.json(); }).then(function (j) { return j.result; });
  }
  function current() { return (location.hash.replace(/^#\/?/, '').split('?')[0]) || 'pages/index/index'; }
  function go(path) { location.hash = '#/' + path; }
  win.__ws_go = go;

  var pages = {
    'pages/index/index': function () {
      return req('home').then(function (d) {
        return '<uni-view class="ws-hero"><uni-view class="loc">📍 ' + esc(d.address) + '</uni-view><uni-view class="srch">Cari sayur, buah, sembako…</uni-view></uni-view>' +
          '<uni-view class="ws-promo"><img src="' + d.promo + '" alt="Promo"></uni-view>' +
          '<uni-view class="ws-sec"><uni-view class="ws-cats">' + d.categories.map(function (c) { return '<uni-view data-go="pages/category/category">' + esc(c) + '</uni-view>'; }).join('') + '</uni-view></uni-view>' +
          '<uni-view class="ws-sec"><uni-view class="ws-sec-t"><uni-text>Harga Hemat Hari Ini</uni-text></uni-view><uni-view class="ws-grid">' +
          d.flash.map(function (p) { return '<uni-view class="ws-prod"><uni-view class="pic" style="background:' + p.bg + '">' + p.emoji + '</uni-view><uni-view class="n">' + esc(p.name) + '</uni-view><uni-text class="h">' + p.price + '</uni-text> <uni-text class="s">' + p.was + '</uni-text></uni-view>'; }).join('') +
          '</uni-view></uni-view><uni-view class="ws-small">' + esc(d.note) + '</uni-view>';
      });
    },
    'pages/category/category': function () {
      return req('category').then(function (d) {
        var sel = win.__ws_cat || 0;
        return '<uni-view class="ws-side"><uni-view class="l">' + d.list.map(function (c, i) { return '<uni-view data-cat="' + i + '" class="' + (i === sel ? 'on' : '') + '">' + esc(c.name) + '</uni-view>'; }).join('') +
          '</uni-view><uni-view class="r">' + d.list[sel].items.map(function (p) { return '<uni-view class="ws-line"><uni-text>' + esc(p.name) + '</uni-text><uni-text class="h" style="color:#e0531f">' + p.price + '</uni-text></uni-view>'; }).join('') + '</uni-view></uni-view>';
      });
    },
    'pages/cart/cart': function () {
      return req('cart').then(function (d) {
        return '<uni-view class="ws-sec">' + d.items.map(function (i) { return '<uni-view class="ws-line"><uni-text>' + esc(i.name) + ' × ' + i.qty + '</uni-text><uni-text>' + i.sub + '</uni-text></uni-view>'; }).join('') +
          '<uni-view class="ws-line"><uni-text>Subtotal</uni-text><uni-text>' + d.subtotal + '</uni-text></uni-view><uni-view class="ws-line"><uni-text>Ongkos kirim</uni-text><uni-text>' + d.ongkir + '</uni-text></uni-view>' +
          '<uni-view class="ws-line"><uni-text>Biaya layanan</uni-text><uni-text>' + d.service + '</uni-text></uni-view><uni-view class="ws-line"><b>Total</b><b>' + d.total + '</b></uni-view></uni-view>' +
          '<uni-view class="ws-sec"><uni-view class="ws-sec-t">Metode pembayaran</uni-view>' + d.payments.map(function (p) { return '<uni-view class="ws-line">' + esc(p) + '</uni-view>'; }).join('') + '</uni-view>' +
          '<uni-view class="ws-small">' + esc(d.note) + '</uni-view><uni-view class="ws-btn">Checkout</uni-view>';
      });
    },
    'pages/user/user': function () {
      return req('user').then(function (d) {
        return '<uni-view class="ws-user"><uni-view class="nm">' + esc(d.name) + '</uni-view><uni-view>' + d.phone + ' · ' + esc(d.member) + '</uni-view></uni-view>' +
          '<uni-view class="ws-stats"><uni-view data-go="pages/user/saldo"><b>' + d.saldo + '</b>Saldo Refund</uni-view><uni-view><b>' + d.poin + '</b>Poin</uni-view><uni-view><b>' + d.voucher + '</b>Voucher</uni-view></uni-view>' +
          '<uni-view class="ws-sec ws-menu">' + d.menu.map(function (m) { return '<uni-view class="item" data-go="' + m.to + '"><uni-text>' + esc(m.t) + '</uni-text><uni-text>›</uni-text></uni-view>'; }).join('') + '</uni-view>';
      });
    }
  };
  ['saldo', 'member', 'undang', 'bantuan'].forEach(function (k) {
    pages['pages/user/' + k] = function () {
      return req(k).then(function (d) {
        return d.blocks.map(function (b, i) {
          var warn = /Waspada/.test(b.h) ? ' ws-warn' : '';
          return '<uni-view class="ws-sec' + warn + '"><uni-view class="ws-sec-t">' + esc(b.h) + '</uni-view>' + b.p.map(function (t) { return '<uni-view class="ws-p">' + esc(t) + '</uni-view>'; }).join('') + '</uni-view>';
        }).join('');
      });
    };
  });

  function isTab(p) { return tabBar.list.some(function (t) { return t.pagePath === p; }); }
  function render() {
    var path = current(); if (!pages[path]) { path = 'pages/index/index'; }
    var root = doc.getElementById('app');
    var head = '<uni-page-head><uni-view class="uni-page-head">' + (isTab(path) ? '' : '<uni-text class="back" data-back="1">‹</uni-text>') + esc(titles[path]) + '</uni-view></uni-page-head>';
    var tab = isTab(path) ? '<uni-tabbar class="uni-tabbar-bottom"><div class="uni-tabbar">' + tabBar.list.map(function (t) {
      return '<div class="uni-tabbar__item' + (t.pagePath === path ? ' active' : '') + '" data-tab="' + t.pagePath + '"><div class="uni-tabbar__bd"><div class="uni-tabbar__icon"><img src="' + t.iconPath + '"></div><div class="uni-tabbar__label">' + t.text + '</div></div></div>';
    }).join('') + '</div></uni-tabbar>' : '';
    root.innerHTML = '<uni-app><uni-page data-page="' + path + '">' + head + '<uni-page-wrapper><uni-page-body><uni-view class="ws-small">Memuat…</uni-view></uni-page-body></uni-page-wrapper></uni-page>' + tab + '</uni-app>';
    pages[path]().then(function (html) { root.querySelector('uni-page-body').innerHTML = html; })
      .catch(function () { root.querySelector('uni-page-body').innerHTML = '<uni-view class="ws-small">Gagal memuat. Periksa koneksi Anda.</uni-view>'; });
  }
  doc.addEventListener('click', function (e) {
    var el = e.target.closest('[data-tab],[data-go],[data-cat],[data-back]');
    if (!el) return;
    if (el.dataset.tab) { go(el.dataset.tab); }
    else if (el.dataset.go) { go(el.dataset.go); }
    else if (el.dataset.cat) { win.__ws_cat = +el.dataset.cat; render(); }
    else if (el.dataset.back) { history.length > 1 ? history.back() : go('pages/user/user'); }
  });
  win.addEventListener('hashchange', render);
  if (!location.hash) { history.replaceState(null, '', '#/pages/index/index'); }
  render();
})(window, document);
