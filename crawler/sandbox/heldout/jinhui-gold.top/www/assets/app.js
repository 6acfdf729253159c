/* jh-web app — build 20261205 */
;(function (w, d) {
  'use strict';
  var root = d.getElementById('root');
  var cache = {};
  var site = null;

  function esc(s) { return String(s == null ? '' : s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  function get(url) {
    if (cache[url]) return Promise.resolve(cache[url]);
    return fetch(url, { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.json();
    }).then(function (j) { cache[url] = j; return j; });
  }
  function route() {
    var h = (w.location.hash || '').replace(/^#\/?/, '');
    var parts = h.split('/').filter(Boolean);
    return { name: parts[0] || 'home', arg: parts[1] || '' };
  }
  function go(path) { w.location.hash = '#/' + path; }

  function shell(active, inner) {
    var nav = [['home', '首页'], ['quotes', '实时行情'], ['news', '平台公告'], ['school', '投资学堂'], ['about', '关于我们'], ['service', '联系客服']];
    var navHtml = nav.map(function (n) {
      return '<span class="jh-nav-item' + (n[0] === active ? ' cur' : '') + '" data-go="' + n[0] + '">' + n[1] + '</span>';
    }).join('');
    return '' +
      '<div class="jh-top"><div class="jh-w"><span>' + esc(site.hotline) + '</span><span class="jh-top-r"><span class="jh-link" data-go="login">登录</span> | <span class="jh-link" data-go="register">免费开户</span></span></div></div>' +
      '<div class="jh-head"><div class="jh-w"><div class="jh-logo" data-go="home"><img src="/assets/img/logo.png" alt=""><div><b>' + esc(site.name) + '</b><small>' + esc(site.en) + '</small></div></div>' +
      '<nav class="jh-nav">' + navHtml + '</nav></div></div>' +
      '<main class="jh-main">' + inner + '</main>' +
      '<div class="jh-foot"><div class="jh-w">' +
      '<div class="jh-foot-cols">' + site.footer.cols.map(function (c) { return '<div><h4>' + esc(c.t) + '</h4>' + c.l.map(function (x) { return '<p>' + esc(x) + '</p>'; }).join('') + '</div>'; }).join('') + '</div>' +
      '<p class="jh-risk">' + esc(site.footer.risk) + '</p><p class="jh-copy">' + esc(site.footer.copy) + '</p></div></div>' +
      '<div class="jh-float" data-go="service"><i></i>在线客服</div>';
  }

  var views = {
    home: function () {
      return get('/api/home.json').then(function (r) {
        var q = r.data.quotes.map(function (x) { return '<div class="jh-q"><span>' + esc(x.n) + '</span><b class="' + (x.c.charAt(0) === '-' ? 'dn' : 'up') + '">' + esc(x.p) + '</b><em>' + esc(x.c) + '</em></div>'; }).join('');
        var adv = r.data.advantages.map(function (a) { return '<div class="jh-adv"><h3>' + esc(a.t) + '</h3><p>' + esc(a.d) + '</p></div>'; }).join('');
        var prods = r.data.products.map(function (p) { return '<tr><td>' + esc(p.n) + '</td><td>' + esc(p.unit) + '</td><td>' + esc(p.margin) + '</td><td>' + esc(p.fee) + '</td><td>' + esc(p.time) + '</td></tr>'; }).join('');
        var news = r.data.news.map(function (n) { return '<li class="jh-news-item" data-news="' + n.id + '"><span>' + esc(n.title) + '</span><em>' + esc(n.date) + '</em></li>'; }).join('');
        return shell('home',
          '<section class="jh-banner"><div class="jh-w"><h1>' + esc(r.data.banner.title) + '</h1><p>' + esc(r.data.banner.sub) + '</p><span class="jh-btn" data-go="register">立即开户</span></div></section>' +
          '<section class="jh-w jh-qbar">' + q + '</section>' +
          '<section class="jh-w jh-sec"><h2>平台优势</h2><div class="jh-advs">' + adv + '</div></section>' +
          '<section class="jh-w jh-sec"><h2>交易品种</h2><table class="jh-tb"><thead><tr><th>品种</th><th>交易单位</th><th>保证金比例</th><th>手续费</th><th>交易时间</th></tr></thead><tbody>' + prods + '</tbody></table></section>' +
          '<section class="jh-w jh-sec"><h2>最新公告 <span class="jh-more" data-go="news">更多 &gt;</span></h2><ul class="jh-news">' + news + '</ul></section>');
      });
    },
    quotes: function () {
      return get('/api/quotes.json').then(function (r) {
        var rows = r.data.list.map(function (x) { return '<tr><td>' + esc(x.n) + '</td><td>' + esc(x.code) + '</td><td class="' + (x.c.charAt(0) === '-' ? 'dn' : 'up') + '">' + esc(x.p) + '</td><td>' + esc(x.h) + '</td><td>' + esc(x.l) + '</td><td>' + esc(x.c) + '</td></tr>'; }).join('');
        return shell('quotes', '<section class="jh-w jh-sec"><h2>实时行情</h2><p class="jh-note">' + esc(r.data.note) + '</p><table class="jh-tb"><thead><tr><th>品种</th><th>代码</th><th>最新价</th><th>最高</th><th>最低</th><th>涨跌幅</th></tr></thead><tbody>' + rows + '</tbody></table></section>');
      });
    },
    news: function (arg) {
      if (arg) {
        return get('/api/news/' + encodeURIComponent(arg) + '.json').then(function (r) {
          var a = r.data;
          return shell('news', '<section class="jh-w jh-sec jh-article"><div class="jh-crumb"><span data-go="home">首页</span> / <span data-go="news">平台公告</span></div><h1>' + esc(a.title) + '</h1><div class="jh-meta">发布时间：' + esc(a.date) + '　来源：' + esc(a.source) + '</div><div class="jh-body">' + a.html + '</div><div class="jh-back" data-go="news">返回公告列表</div></section>');
        });
      }
      return get('/api/news/list.json').then(function (r) {
        var li = r.data.map(function (n) { return '<li class="jh-news-item" data-news="' + n.id + '"><span>' + (n.hot ? '<i class="hot">置顶</i>' : '') + esc(n.title) + '</span><em>' + esc(n.date) + '</em></li>'; }).join('');
        return shell('news', '<section class="jh-w jh-sec"><h2>平台公告</h2><ul class="jh-news jh-news-full">' + li + '</ul></section>');
      });
    },
    school: function () {
      return get('/api/school.json').then(function (r) {
        return shell('school', '<section class="jh-w jh-sec"><h2>投资学堂</h2>' + r.data.map(function (s) { return '<div class="jh-lesson"><h3>' + esc(s.t) + '</h3><p>' + esc(s.d) + '</p></div>'; }).join('') + '</section>');
      });
    },
    about: function () {
      return get('/api/about.json').then(function (r) {
        return shell('about', '<section class="jh-w jh-sec jh-article"><h1>' + esc(r.data.title) + '</h1><div class="jh-body">' + r.data.html + '</div></section>');
      });
    },
    service: function () {
      return get('/api/service.json').then(function (r) {
        return shell('service', '<section class="jh-w jh-sec"><h2>联系客服</h2><div class="jh-svc">' + r.data.channels.map(function (c) { return '<div class="jh-svc-c"><h3>' + esc(c.name) + '</h3><p class="big">' + esc(c.id) + '</p><p>' + esc(c.desc) + '</p></div>'; }).join('') + '</div><p class="jh-note">' + esc(r.data.note) + '</p></section>');
      });
    },
    login: function () {
      return Promise.resolve(shell('', '<section class="jh-w jh-sec"><form class="jh-form" id="jhLogin"><h2>会员登录</h2><input name="u" placeholder="手机号 / 账号" required><input name="p" type="password" placeholder="登录密码" required><button type="submit">登 录</button><p class="jh-msg"></p><p class="jh-sm"><span class="jh-link" data-go="register">还没有账户？免费开户</span></p></form></section>'));
    },
    register: function () {
      return Promise.resolve(shell('', '<section class="jh-w jh-sec"><form class="jh-form" id="jhReg"><h2>免费开户</h2><input name="n" placeholder="真实姓名" required><input name="m" placeholder="手机号码" required><input name="p" type="password" placeholder="设置密码" required><input name="c" placeholder="邀请码（请向您的客户经理索取）" required><button type="submit">提交开户申请</button><p class="jh-msg"></p></form></section>'));
    }
  };

  function render() {
    var r = route();
    var v = views[r.name] || views.home;
    v(r.arg).then(function (html) {
      root.innerHTML = html;
      d.title = (site && site.name) ? (site.name + ' - ' + site.slogan) : d.title;
      w.scrollTo(0, 0);
    }).catch(function () {
      root.innerHTML = shell('', '<section class="jh-w jh-sec"><p class="jh-note">页面加载失败，请刷新重试。</p></section>');
    });
  }

  // every navigation goes through delegated click handlers
  root.addEventListener('click', function (e) {
    var t = e.target.closest('[data-go],[data-news]');
    if (!t) return;
    if (t.hasAttribute('data-news')) { go('news/' + t.getAttribute('data-news')); return; }
    go(t.getAttribute('data-go'));
  });
  root.addEventListener('submit', function (e) {
    e.preventDefault();
    var m = e.target.querySelector('.jh-msg');
    if (!m) return;
    m.textContent = e.target.id === 'jhReg' ? '邀请码不存在，请联系您的客户经理。' : '账号或密码错误。';
  });
  w.addEventListener('hashchange', render);

  get('/api/site.json').then(function (r) { site = r.data; render(); });
})(window, document);
