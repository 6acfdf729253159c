window.__uniConfig = {
  appName: "Bếp Việt Giao Nhanh",
  entryPagePath: "pages/index/index",
  globalStyle: { navigationBarBackgroundColor: "#e4572e", navigationBarTextStyle: "white" },
  tabBar: {
    color: "#8a8a8a", selectedColor: "#e4572e", backgroundColor: "#ffffff",
    list: [
      { pagePath: "pages/index/index", text: "Trang chủ", iconPath: "static/tabbar/home.png", selectedIconPath: "static/tabbar/home-on.png" },
      { pagePath: "pages/order/list", text: "Đơn hàng", iconPath: "static/tabbar/order.png", selectedIconPath: "static/tabbar/order-on.png" },
      { pagePath: "pages/wallet/index", text: "Ví", iconPath: "static/tabbar/wallet.png", selectedIconPath: "static/tabbar/wallet-on.png" },
      { pagePath: "pages/user/index", text: "Tôi", iconPath: "static/tabbar/user.png", selectedIconPath: "static/tabbar/user-on.png" }
    ]
  },
  pages: [
    { path: "pages/index/index", style: { navigationBarTitleText: "Bếp Việt Giao Nhanh" } },
    { path: "pages/order/list", style: { navigationBarTitleText: "Đơn hàng của tôi" } },
    { path: "pages/wallet/index", style: { navigationBarTitleText: "Ví BếpViệt" } },
    { path: "pages/user/index", style: { navigationBarTitleText: "Tài khoản" } },
    { path: "pages/shop/detail", style: { navigationBarTitleText: "Quán ăn" } },
    { path: "pages/help/index", style: { navigationBarTitleText: "Trung tâm trợ giúp" } },
    { path: "pages/about/index", style: { navigationBarTitleText: "Về chúng tôi" } }
  ]
};
(function () {
  var e = uni.escape;
  function money(n) { return (n < 0 ? "-" : "") + Math.abs(n).toLocaleString("vi-VN") + "đ"; }
  function get(url) { return uni.request({ url: url }).then(function (r) { return r.data; }); }

  __definePage("pages/index/index", {
    onLoad: function () {
      var page = this;
      return get("/api/home").then(function (d) {
        var h = '<uni-view class="bv-search">🔍 ' + e(d.searchHint) + "</uni-view>";
        h += '<uni-view class="bv-banner"><img src="/static/banner-he.png" alt=""></uni-view>';
        h += '<uni-view class="bv-cats">' + d.categories.map(function (c) { return '<uni-view class="bv-cat" data-url="pages/index/index?cat=' + e(c.id) + '"><b>' + c.icon + "</b>" + e(c.name) + "</uni-view>"; }).join("") + "</uni-view>";
        h += '<uni-view class="bv-note">' + e(d.notice) + "</uni-view>";
        h += '<uni-view class="bv-sec">' + e(d.sectionTitle) + "</uni-view>";
        h += d.shops.map(function (s) {
          return '<uni-view class="bv-shop" data-url="pages/shop/detail?id=' + s.id + '"><uni-view class="th">' + s.icon + '</uni-view><uni-view><uni-view class="nm">' + e(s.name) + '</uni-view><uni-view class="mt">⭐ ' + s.rating + " · " + e(s.distance) + " · " + e(s.time) + '</uni-view><uni-view class="pr">' + e(s.promo) + "</uni-view></uni-view></uni-view>";
        }).join("");
        h += '<uni-view class="bv-foot">' + e(d.footer) + "</uni-view>";
        page.set(h);
      });
    }
  });

  __definePage("pages/shop/detail", {
    onLoad: function (q) {
      var page = this;
      return get("/api/shop/" + encodeURIComponent(q.id || "1")).then(function (s) {
        uni.setNavigationBarTitle({ title: s.name });
        var h = '<uni-view class="bv-card"><h3>' + e(s.name) + "</h3><p>" + e(s.address) + "</p><p>Mở cửa: " + e(s.hours) + " · Phí giao từ " + money(s.shipFrom) + "</p></uni-view>";
        h += '<uni-view class="bv-card">' + s.menu.map(function (m) { return '<uni-view class="bv-dish"><span>' + e(m.name) + "</span><em>" + money(m.price) + "</em></uni-view>"; }).join("") + "</uni-view>";
        h += '<uni-view class="bv-note">' + e(s.note) + "</uni-view>";
        page.set(h);
      });
    }
  });

  __definePage("pages/order/list", {
    onLoad: function () {
      var page = this;
      return get("/api/orders").then(function (d) {
        page.set(d.orders.map(function (o) {
          return '<uni-view class="bv-order"><span class="st">' + e(o.status) + "</span><b>" + e(o.shop) + '</b><uni-view class="it">' + e(o.items) + "</uni-view>Tổng: <b>" + money(o.total) + "</b> · " + e(o.paid) + "<br><small>" + e(o.time) + "</small></uni-view>";
        }).join("") + '<uni-view class="bv-foot">' + e(d.tip) + "</uni-view>");
      });
    }
  });

  __definePage("pages/wallet/index", {
    onLoad: function () {
      var page = this;
      return get("/api/wallet").then(function (w) {
        var h = '<uni-view class="bv-wallet"><small>Số dư Ví BếpViệt</small><uni-view class="bal">' + money(w.balance) + "</uni-view><small>" + e(w.balanceNote) + "</small></uni-view>";
        h += '<uni-view class="bv-card"><h3>Nạp tiền vào ví</h3><p>' + e(w.topup) + "</p></uni-view>";
        h += '<uni-view class="bv-card"><h3>Rút số dư về ngân hàng</h3><ul>' + w.withdrawRules.map(function (r) { return "<li>" + e(r) + "</li>"; }).join("") + "</ul></uni-view>";
        h += '<uni-view class="bv-card"><h3>Lịch sử giao dịch</h3>' + w.history.map(function (t) {
          return '<uni-view class="bv-row"><span>' + e(t.title) + "<br><small>" + e(t.time) + '</small></span><span class="' + (t.amount < 0 ? "bv-neg" : "bv-pos") + '">' + (t.amount > 0 ? "+" : "") + money(t.amount) + "</span></uni-view>";
        }).join("") + "</uni-view>";
        h += '<uni-view class="bv-note">' + e(w.warning) + "</uni-view>";
        page.set(h);
      });
    }
  });

  __definePage("pages/user/index", {
    onLoad: function () {
      var page = this;
      return get("/api/user").then(function (u) {
        var h = '<uni-view class="bv-user"><uni-view class="nm">' + e(u.name) + '</uni-view><uni-view class="lv">' + e(u.level) + "</uni-view></uni-view>";
        h += '<uni-view class="bv-card"><h3>' + e(u.vip.title) + "</h3><ul>" + u.vip.perks.map(function (p) { return "<li>" + e(p) + "</li>"; }).join("") + "</ul></uni-view>";
        h += '<uni-view class="bv-card"><h3>Mời bạn bè</h3><p>' + e(u.invite) + "</p></uni-view>";
        h += '<uni-view class="bv-card bv-menu">' + u.menu.map(function (m) { return '<uni-view class="bv-row" data-url="' + e(m.url) + '"><span>' + e(m.text) + "</span><span>›</span></uni-view>"; }).join("") + "</uni-view>";
        h += '<uni-view class="bv-foot">' + e(u.version) + "</uni-view>";
        page.set(h);
      });
    }
  });

  __definePage("pages/help/index", {
    onLoad: function () {
      var page = this;
      return get("/api/help").then(function (d) {
        page.set('<uni-view class="bv-card bv-faq"><dl>' + d.faq.map(function (f) { return "<dt>" + e(f.q) + "</dt><dd>" + e(f.a) + "</dd>"; }).join("") + '</dl></uni-view><uni-view class="bv-card"><h3>Liên hệ</h3><p>' + e(d.contact) + "</p></uni-view>");
      });
    }
  });

  __definePage("pages/about/index", {
    onLoad: function () {
      var page = this;
      return get("/api/about").then(function (d) {
        page.set('<uni-view class="bv-card"><h3>' + e(d.company) + "</h3>" + d.lines.map(function (l) { return "<p>" + e(l) + "</p>"; }).join("") + '</uni-view><uni-view class="bv-card"><h3>Điều khoản &amp; chính sách</h3>' + d.terms.map(function (l) { return "<p>" + e(l) + "</p>"; }).join("") + "</uni-view>");
      });
    }
  });
})();
window.__uniMount("#app");
