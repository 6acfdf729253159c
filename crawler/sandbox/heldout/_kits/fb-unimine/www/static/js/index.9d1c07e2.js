/* uni-app H5 build · vendor + app bundle */
(function () {
  "use strict";
  var Vue = window.Vue;
  var TABS = [
    { path: "/pages/index/index", text: "Trang chủ", icon: "home" },
    { path: "/pages/market/index", text: "Thị trường", icon: "market" },
    { path: "/pages/mining/index", text: "Khai thác", icon: "mining" },
    { path: "/pages/assets/index", text: "Tài sản", icon: "assets" },
    { path: "/pages/mine/index", text: "Của tôi", icon: "mine" }
  ];
  var TITLES = {
    "/pages/notice/index": "Thông báo",
    "/pages/notice/detail": "Chi tiết thông báo",
    "/pages/help/index": "Trung tâm trợ giúp",
    "/pages/help/detail": "Trợ giúp",
    "/pages/withdraw/index": "Rút tiền",
    "/pages/recharge/index": "Nạp tiền",
    "/pages/login/index": "Đăng nhập",
    "/pages/register/index": "Đăng ký",
    "/pages/about/index": "Về chúng tôi",
    "/pages/invite/index": "Mời bạn bè"
  };

  function parseHash() {
    var h = location.hash.replace(/^#/, "") || "/pages/index/index";
    var q = {}, i = h.indexOf("?");
    var path = i < 0 ? h : h.slice(0, i);
    if (i >= 0) h.slice(i + 1).split("&").forEach(function (kv) { var p = kv.split("="); q[p[0]] = decodeURIComponent(p[1] || ""); });
    return { path: path, query: q };
  }
  function request(url) {
    return fetch(url, { headers: { "Accept": "application/json" } }).then(function (r) { return r.json(); })
      .then(function (res) { return res && res.code === 200 ? res.data : null; })
      .catch(function () { return null; });
  }
  var uni = window.uni = {
    navigateTo: function (o) { location.hash = "#" + o.url; },
    switchTab: function (o) { location.hash = "#" + o.url; },
    navigateBack: function () { history.length > 1 ? history.back() : (location.hash = "#/pages/index/index"); }
  };

  var Home = {
    props: ["cfg"],
    data: function () { return { notices: [], products: [] }; },
    created: function () {
      var self = this;
      request("/api/notice/list.json").then(function (d) { self.notices = d || []; });
      request("/api/product/list.json").then(function (d) { self.products = (d || []).slice(0, 3); });
    },
    methods: { go: function (u) { uni.navigateTo({ url: u }); } },
    template:
      '<uni-view class="home">' +
      '<uni-view class="home-top"><uni-text class="logo">{{ cfg.name }}</uni-text><uni-view class="kf" @click="go(\'/pages/about/index\')">CSKH</uni-view></uni-view>' +
      '<uni-view class="swiper"><uni-image><img src="/static/img/banner1.png" alt=""></uni-image></uni-view>' +
      '<uni-view class="notice-bar" v-if="notices.length" @click="go(\'/pages/notice/index\')"><uni-text class="tag">Thông báo</uni-text><uni-text>{{ notices[0].title }}</uni-text></uni-view>' +
      '<uni-view class="grid4">' +
      '<uni-view class="g" @click="go(\'/pages/recharge/index\')"><uni-view class="ic" style="background:#19d38c">+</uni-view>Nạp tiền</uni-view>' +
      '<uni-view class="g" @click="go(\'/pages/withdraw/index\')"><uni-view class="ic" style="background:#f0b90b">−</uni-view>Rút tiền</uni-view>' +
      '<uni-view class="g" @click="go(\'/pages/invite/index\')"><uni-view class="ic" style="background:#7b61ff">&amp;</uni-view>Mời bạn bè</uni-view>' +
      '<uni-view class="g" @click="go(\'/pages/help/index\')"><uni-view class="ic" style="background:#36a3ff">?</uni-view>Trợ giúp</uni-view>' +
      '</uni-view>' +
      '<uni-view class="sec-title">Gói khai thác nổi bật</uni-view>' +
      '<uni-view class="prod" v-for="p in products" :key="p.id" @click="go(\'/pages/mining/index\')">' +
      '<uni-view class="name">{{ p.name }}</uni-view>' +
      '<uni-view class="row"><uni-view><uni-view class="rate">{{ p.rate }}</uni-view>{{ p.rate_label }}</uni-view><uni-view>{{ p.cycle }}<br>{{ p.min }}</uni-view></uni-view>' +
      '</uni-view>' +
      '</uni-view>'
  };
  var Market = {
    data: function () { return { list: [] }; },
    created: function () { var s = this; request("/api/market.json").then(function (d) { s.list = d || []; }); },
    template:
      '<uni-view><uni-view class="mk-item" style="color:#7c82a6;font-size:12px"><uni-text>Cặp giao dịch</uni-text><uni-text>Giá / 24h</uni-text></uni-view>' +
      '<uni-view class="mk-item" v-for="m in list" :key="m.s"><uni-view><b>{{ m.s }}</b>/USDT</uni-view><uni-view style="text-align:right">{{ m.p }}<br><uni-text :class="m.c >= 0 ? \'up\' : \'down\'">{{ m.c >= 0 ? "+" : "" }}{{ m.c }}%</uni-text></uni-view></uni-view></uni-view>'
  };
  var Mining = {
    data: function () { return { list: [], loaded: false }; },
    created: function () { var s = this; request("/api/product/list.json").then(function (d) { s.list = d || []; s.loaded = true; }); },
    methods: { buy: function () { uni.navigateTo({ url: "/pages/login/index" }); } },
    template:
      '<uni-view><uni-view class="sec-title">Máy khai thác AI</uni-view>' +
      '<uni-view class="empty" v-if="loaded && !list.length">Sắp ra mắt</uni-view>' +
      '<uni-view class="prod" v-for="p in list" :key="p.id"><uni-view class="name">{{ p.name }}</uni-view>' +
      '<uni-view class="row"><uni-view><uni-view class="rate">{{ p.rate }}</uni-view>{{ p.rate_label }}</uni-view><uni-view>{{ p.cycle }}<br>{{ p.min }}</uni-view></uni-view>' +
      '<uni-view class="btn" style="margin-top:12px" @click="buy">Thuê ngay</uni-view></uni-view></uni-view>'
  };
  var Assets = {
    methods: { go: function (u) { uni.navigateTo({ url: u }); } },
    template:
      '<uni-view><uni-view class="asset-card"><uni-view>Tổng tài sản (USDT)</uni-view><uni-view class="num">0.00</uni-view><uni-view style="font-size:12px">Lợi nhuận hôm nay: 0.00 · Lợi nhuận tích lũy: 0.00</uni-view></uni-view>' +
      '<uni-view class="btn-row"><uni-view class="btn" @click="go(\'/pages/recharge/index\')">Nạp tiền</uni-view><uni-view class="btn ghost" @click="go(\'/pages/withdraw/index\')">Rút tiền</uni-view></uni-view>' +
      '<uni-view class="tip">Đăng nhập để xem chi tiết tài sản và lịch sử giao dịch.</uni-view></uni-view>'
  };
  var Mine = {
    props: ["cfg"],
    methods: { go: function (u) { uni.navigateTo({ url: u }); } },
    template:
      '<uni-view><uni-view class="mine-head"><uni-view class="avatar">?</uni-view><uni-view><uni-view style="font-size:16px;font-weight:600" @click="go(\'/pages/login/index\')">Đăng nhập / Đăng ký</uni-view><uni-view style="font-size:12px;color:#9aa0c0">Chào mừng đến với {{ cfg.name }}</uni-view></uni-view></uni-view>' +
      '<uni-view class="list-cell" @click="go(\'/pages/notice/index\')"><uni-text>Thông báo hệ thống</uni-text><uni-text class="arrow">›</uni-text></uni-view>' +
      '<uni-view class="list-cell" @click="go(\'/pages/help/index\')"><uni-text>Trung tâm trợ giúp</uni-text><uni-text class="arrow">›</uni-text></uni-view>' +
      '<uni-view class="list-cell" @click="go(\'/pages/invite/index\')"><uni-text>Mời bạn bè</uni-text><uni-text class="arrow">›</uni-text></uni-view>' +
      '<uni-view class="list-cell" @click="go(\'/pages/about/index\')"><uni-text>Về chúng tôi · CSKH</uni-text><uni-text class="arrow">›</uni-text></uni-view>' +
      '<uni-view class="tip">Phiên bản 3.2.7</uni-view></uni-view>'
  };
  var NoticeList = {
    data: function () { return { list: [], loaded: false }; },
    created: function () { var s = this; request("/api/notice/list.json").then(function (d) { s.list = d || []; s.loaded = true; }); },
    methods: { open: function (n) { uni.navigateTo({ url: "/pages/notice/detail?id=" + n.id }); } },
    template:
      '<uni-view><uni-view class="empty" v-if="loaded && !list.length">Không có dữ liệu</uni-view>' +
      '<uni-view class="list-cell" v-for="n in list" :key="n.id" @click="open(n)"><uni-view><uni-view>{{ n.title }}</uni-view><uni-view style="font-size:12px;color:#7c82a6;margin-top:4px">{{ n.time }}</uni-view></uni-view><uni-text class="arrow">›</uni-text></uni-view></uni-view>'
  };
  var Article = function (kind) {
    return {
      props: ["query"],
      data: function () { return { item: null, loaded: false }; },
      created: function () { this.load(); },
      watch: { "query.id": function () { this.load(); } },
      methods: {
        load: function () {
          var s = this; s.loaded = false;
          request("/api/" + kind + "/" + encodeURIComponent(s.query.id || "1") + ".json").then(function (d) { s.item = d; s.loaded = true; });
        }
      },
      template:
        '<uni-view class="art"><uni-view class="empty" v-if="loaded && !item">Nội dung không tồn tại</uni-view>' +
        '<template v-if="item"><h3>{{ item.title }}</h3><uni-view class="time">{{ item.time }}</uni-view>' +
        '<p v-for="(para, i) in item.content" :key="i">{{ para }}</p></template></uni-view>'
    };
  };
  var HelpList = {
    data: function () { return { list: [], loaded: false }; },
    created: function () { var s = this; request("/api/help/list.json").then(function (d) { s.list = d || []; s.loaded = true; }); },
    methods: { open: function (n) { uni.navigateTo({ url: "/pages/help/detail?id=" + n.id }); } },
    template:
      '<uni-view><uni-view class="empty" v-if="loaded && !list.length">Không có dữ liệu</uni-view>' +
      '<uni-view class="list-cell" v-for="n in list" :key="n.id" @click="open(n)"><uni-text>{{ n.title }}</uni-text><uni-text class="arrow">›</uni-text></uni-view></uni-view>'
  };
  var Withdraw = {
    data: function () { return { amount: "", addr: "", toast: "" }; },
    methods: {
      submit: function () {
        var s = this;
        s.toast = "Vui lòng đăng nhập trước";
        setTimeout(function () { s.toast = ""; uni.navigateTo({ url: "/pages/login/index" }); }, 1500);
      }
    },
    template:
      '<uni-view class="form"><uni-view class="label">Mạng lưới</uni-view><input value="USDT-TRC20" disabled>' +
      '<uni-view class="label">Địa chỉ ví</uni-view><input v-model="addr" placeholder="Nhập địa chỉ ví nhận">' +
      '<uni-view class="label">Số lượng</uni-view><input v-model="amount" type="number" placeholder="Tối thiểu 20 USDT">' +
      '<uni-view class="btn" @click="submit">Xác nhận rút</uni-view>' +
      '<uni-view class="tip" style="margin:14px 0">Thời gian xử lý: 10:00–22:00 hằng ngày. Mỗi ngày được rút tối đa 3 lần.</uni-view>' +
      '<uni-view class="toast" v-if="toast">{{ toast }}</uni-view></uni-view>'
  };
  var Recharge = {
    props: ["cfg"],
    template:
      '<uni-view class="form"><uni-view class="label">Địa chỉ nạp USDT-TRC20</uni-view><input :value="cfg.usdt" readonly>' +
      '<uni-view class="tip" style="margin:14px 0">Chỉ nạp USDT qua mạng TRC20. Sau khi chuyển khoản, vui lòng gửi ảnh chụp giao dịch cho CSKH để được cộng tiền.</uni-view></uni-view>'
  };
  var Login = {
    data: function () { return { phone: "", pwd: "", toast: "" }; },
    methods: {
      go: function (u) { uni.navigateTo({ url: u }); },
      submit: function () { var s = this; s.toast = "Tài khoản hoặc mật khẩu không đúng"; setTimeout(function () { s.toast = ""; }, 1800); }
    },
    template:
      '<uni-view class="form"><uni-view class="label">Số điện thoại</uni-view><input v-model="phone" placeholder="Nhập số điện thoại">' +
      '<uni-view class="label">Mật khẩu</uni-view><input v-model="pwd" type="password" placeholder="Nhập mật khẩu">' +
      '<uni-view class="btn" @click="submit">Đăng nhập</uni-view><uni-view class="btn ghost" style="margin-top:12px" @click="go(\'/pages/register/index\')">Tạo tài khoản mới</uni-view>' +
      '<uni-view class="toast" v-if="toast">{{ toast }}</uni-view></uni-view>'
  };
  var Register = {
    data: function () { return { toast: "", code: "" }; },
    methods: { submit: function () { var s = this; s.toast = s.code ? "Mã mời không hợp lệ" : "Vui lòng nhập mã mời"; setTimeout(function () { s.toast = ""; }, 1800); } },
    template:
      '<uni-view class="form"><uni-view class="label">Số điện thoại</uni-view><input placeholder="Nhập số điện thoại">' +
      '<uni-view class="label">Mật khẩu</uni-view><input type="password" placeholder="6–16 ký tự">' +
      '<uni-view class="label">Mật khẩu rút tiền</uni-view><input type="password" placeholder="6 chữ số">' +
      '<uni-view class="label">Mã mời (bắt buộc)</uni-view><input v-model="code" placeholder="Nhập mã mời">' +
      '<uni-view class="btn" @click="submit">Đăng ký</uni-view><uni-view class="toast" v-if="toast">{{ toast }}</uni-view></uni-view>'
  };
  var About = {
    props: ["cfg"],
    template:
      '<uni-view class="art"><h3>{{ cfg.name }}</h3><p v-for="(p, i) in cfg.about" :key="i">{{ p }}</p>' +
      '<uni-view class="list-cell"><uni-text>Telegram</uni-text><uni-text>@{{ cfg.telegram }}</uni-text></uni-view>' +
      '<uni-view class="list-cell"><uni-text>Zalo</uni-text><uni-text>{{ cfg.zalo }}</uni-text></uni-view></uni-view>'
  };
  var Invite = {
    props: ["cfg"],
    template:
      '<uni-view class="art"><h3>Mời bạn bè – nhận hoa hồng 3 cấp</h3><p v-for="(p, i) in cfg.invite" :key="i">{{ p }}</p></uni-view>'
  };

  var ROUTES = {
    "/pages/index/index": Home, "/pages/market/index": Market, "/pages/mining/index": Mining,
    "/pages/assets/index": Assets, "/pages/mine/index": Mine, "/pages/notice/index": NoticeList,
    "/pages/notice/detail": Article("notice"), "/pages/help/index": HelpList, "/pages/help/detail": Article("help"),
    "/pages/withdraw/index": Withdraw, "/pages/recharge/index": Recharge, "/pages/login/index": Login,
    "/pages/register/index": Register, "/pages/about/index": About, "/pages/invite/index": Invite
  };

  var app = Vue.createApp({
    data: function () { return { route: parseHash(), cfg: { name: "", about: [], invite: [] }, tabs: TABS }; },
    computed: {
      view: function () { return ROUTES[this.route.path] || Home; },
      isTab: function () { var p = this.route.path; return TABS.some(function (t) { return t.path === p; }) || !ROUTES[p]; },
      title: function () { return TITLES[this.route.path] || ""; }
    },
    created: function () {
      var s = this;
      window.addEventListener("hashchange", function () { s.route = parseHash(); window.scrollTo(0, 0); });
      request("/api/config.json").then(function (d) { if (d) { s.cfg = d; document.title = d.name; } });
    },
    methods: {
      tab: function (t) { uni.switchTab({ url: t.path }); },
      back: function () { uni.navigateBack(); }
    },
    template:
      '<uni-app><uni-page><uni-page-head v-if="!isTab"><div class="uni-page-head"><div class="uni-page-head-btn" @click="back">‹</div><div class="uni-page-head__title">{{ title }}</div></div></uni-page-head>' +
      '<uni-page-wrapper :class="{\'no-head\': isTab}"><uni-page-body><component :is="view" :cfg="cfg" :query="route.query" :key="route.path"></component></uni-page-body></uni-page-wrapper>' +
      '<uni-tabbar class="uni-tabbar-bottom" v-if="isTab"><div class="uni-tabbar">' +
      '<div class="uni-tabbar__item" v-for="t in tabs" :key="t.path" :class="{on: route.path === t.path}" @click="tab(t)"><div class="uni-tabbar__bd"><div class="uni-tabbar__icon"><img :src="\'/static/tabbar/\' + t.icon + (route.path === t.path ? \'-on\' : \'\') + \'.png\'"></div><div class="uni-tabbar__label">{{ t.text }}</div></div></div>' +
      '</div></uni-tabbar></uni-page></uni-app>'
  });
  app.mixin({ props: ["cfg", "query"] });
  app.config.compilerOptions.isCustomElement = function (tag) { return tag.indexOf("uni-") === 0; };
  app.mount("#app");
})();
