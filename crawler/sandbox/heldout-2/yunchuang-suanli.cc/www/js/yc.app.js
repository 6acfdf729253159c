/* yc-h5 v2.4.1 build 20261119 */
(function () {
  var root = document.getElementById("root"), cache = {};
  function api(path) {
    if (cache[path]) return Promise.resolve(cache[path]);
    return fetch("/api/" + path, { headers: { "X-Client": "yc-h5" } }).then(function (r) { return r.json(); }).then(function (j) { cache[path] = j; return j; });
  }
  function esc(s) { return String(s == null ? "" : s).replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]; }); }
  window.go = function (p) { location.hash = "#" + p; };
  function nav(cur) {
    var items = [["/home", "首页", "⌂"], ["/miner", "矿机", "⛏"], ["/news", "资讯", "☰"], ["/wallet", "钱包", "◈"], ["/me", "我的", "☺"]];
    return '<div class="yc-nav">' + items.map(function (x) {
      return '<span class="' + (cur === x[0] ? "on" : "") + '" onclick="go(\'' + x[0] + '\')"><b>' + x[2] + "</b>" + x[1] + "</span>";
    }).join("") + "</div>";
  }
  function back(title) { return '<div class="yc-back"><span onclick="history.back()">‹</span><div>' + esc(title) + "</div></div>"; }
  function minerRow(m) {
    return '<div class="yc-miner" onclick="go(\'/miner/' + m.id + '\')"><img src="' + m.img + '" alt=""><div class="info"><div class="nm">' + esc(m.name) +
      '</div><div class="sub">' + esc(m.hash) + " · 周期 " + m.days + " 天 · 起投 " + m.min + ' USDT</div></div><div class="rt">' + m.daily + "%<small>日收益</small></div></div>";
  }
  var views = {
    home: function () {
      return Promise.all([api("site/info"), api("miner/products"), api("article/list")]).then(function (r) {
        var s = r[0].data, ms = r[1].data, arts = r[2].data;
        return '<div class="yc-top"><div class="t1"><div class="logo"><img src="/img/logo.png" alt="">' + esc(s.name) + '</div><div class="kf" onclick="go(\'/service\')">在线客服</div></div>' +
          '<div class="yield">平台累计发放收益 (USDT)<b>' + esc(s.total_paid) + "</b></div></div>" +
          '<div class="yc-card up"><ul class="yc-menu"><li onclick="go(\'/wallet\')"><i>充</i>充值</li><li onclick="go(\'/wallet\')"><i>提</i>提币</li><li onclick="go(\'/article/3\')"><i>邀</i>邀请</li><li onclick="go(\'/news\')"><i>帮</i>帮助</li></ul></div>' +
          '<div class="yc-card"><div class="yc-h">热门矿机</div>' + ms.slice(0, 3).map(minerRow).join("") + '<div class="yc-btn" onclick="go(\'/miner\')">查看全部矿机</div></div>' +
          '<div class="yc-card"><div class="yc-h">平台公告</div><div class="yc-list">' + arts.filter(function (a) { return a.cat === "notice"; }).map(function (a) {
            return '<div class="it" onclick="go(\'/article/' + a.id + '\')">' + esc(a.title) + "<span>" + esc(a.date) + "</span></div>";
          }).join("") + "</div></div><div class=\"yc-foot\">" + esc(s.footer) + "</div>" + nav("/home");
      });
    },
    miner: function (id) {
      return api("miner/products").then(function (r) {
        if (id) {
          var m = r.data.filter(function (x) { return String(x.id) === id; })[0];
          if (!m) return back("矿机详情") + '<div class="yc-card">矿机不存在</div>';
          return back(m.name) + '<div class="yc-card"><img src="' + m.img + '" style="width:100%;border-radius:10px" alt="">' +
            '<div class="yc-kv"><span>算力</span><b>' + esc(m.hash) + '</b></div><div class="yc-kv"><span>日收益率</span><b style="color:#ff5a3c">' + m.daily + '%</b></div><div class="yc-kv"><span>运行周期</span><b>' + m.days + ' 天</b></div><div class="yc-kv"><span>起投金额</span><b>' + m.min + ' USDT</b></div><div class="yc-kv"><span>到期</span><b>本金自动返还</b></div>' +
            '<div class="yc-btn" onclick="go(\'/wallet\')">立即租用</div></div>';
        }
        return back("云算力矿机") + '<div class="yc-card">' + r.data.map(minerRow).join("") + "</div>" + nav("/miner");
      });
    },
    news: function () {
      return api("article/list").then(function (r) {
        return back("资讯与帮助") + '<div class="yc-card"><div class="yc-h">帮助中心</div><div class="yc-list">' + r.data.map(function (a) {
          return '<div class="it" onclick="go(\'/article/' + a.id + '\')">' + esc(a.title) + "<span>›</span></div>";
        }).join("") + "</div></div>" + nav("/news");
      });
    },
    article: function (id) {
      return api("article/list").then(function (r) {
        var a = r.data.filter(function (x) { return String(x.id) === id; })[0];
        if (!a) return back("详情") + '<div class="yc-card">内容不存在</div>';
        return back(a.cat === "notice" ? "公告详情" : "帮助详情") + '<div class="yc-card yc-art"><h2>' + esc(a.title) + '</h2><div class="tm">' + esc(a.date) + '</div><div class="bd">' + a.body + "</div></div>";
      });
    },
    wallet: function () {
      return api("site/info").then(function (r) {
        var s = r.data;
        return back("我的钱包") + '<div class="yc-card"><div class="yc-kv"><span>USDT 余额</span><b>0.00</b></div><div class="yc-kv"><span>今日收益</span><b>0.00</b></div><div class="yc-kv"><span>累计收益</span><b>0.00</b></div></div>' +
          '<div class="yc-card"><div class="yc-h">充值地址 (USDT-TRC20)</div><div class="yc-addr">' + esc(s.deposit_trc20) + '</div><p style="font-size:12px;color:#999">充值后请联系在线客服核对到账。</p>' +
          '<div class="yc-h" style="margin-top:16px">提币</div><p style="font-size:13px;color:#666">提币前请先阅读提币说明。</p><div class="yc-btn" onclick="go(\'/article/7\')">提币说明</div></div>' + nav("/wallet");
      });
    },
    service: function () {
      return api("site/info").then(function (r) {
        var s = r.data;
        return back("在线客服") + '<div class="yc-card">' + s.contacts.map(function (c) { return '<div class="yc-kv"><span>' + esc(c[0]) + "</span><b>" + esc(c[1]) + "</b></div>"; }).join("") + '<p style="font-size:12px;color:#999">' + esc(s.hours) + "</p></div>";
      });
    },
    me: function () {
      return Promise.resolve('<div class="yc-top"><div class="t1"><div class="logo">未登录</div><div class="kf" onclick="go(\'/service\')">客服</div></div><div class="yield">邀请码注册 · 新用户送 1T 体验算力</div></div>' +
        '<div class="yc-card up"><div class="yc-list"><div class="it" onclick="go(\'/wallet\')">我的钱包<span>›</span></div><div class="it" onclick="go(\'/news\')">帮助中心<span>›</span></div><div class="it" onclick="go(\'/article/3\')">邀请好友<span>›</span></div><div class="it" onclick="go(\'/article/1\')">关于云创<span>›</span></div><div class="it" onclick="go(\'/service\')">联系客服<span>›</span></div></div></div>' + nav("/me"));
    }
  };
  function render() {
    var h = (location.hash || "#/home").slice(1).split("/").filter(Boolean);
    var v = views[h[0]] || views.home;
    v(h[1]).then(function (html) { root.innerHTML = html; window.scrollTo(0, 0); }).catch(function () { root.innerHTML = '<div class="yc-loading">网络异常，请刷新重试</div>'; });
  }
  window.addEventListener("hashchange", render);
  render();
})();
