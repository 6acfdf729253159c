/*! uni-h5-lite runtime 2.4.7 | page router, tabBar, request, toast | MIT */
(function (global) {
  "use strict";
  var cfg = global.__uniConfig || { pages: [], tabBar: null, entryPagePath: "" };
  var defs = {};
  var current = null;
  var appEl = null;

  function qs(obj) {
    var out = [];
    for (var k in obj) if (Object.prototype.hasOwnProperty.call(obj, k)) out.push(encodeURIComponent(k) + "=" + encodeURIComponent(obj[k]));
    return out.join("&");
  }
  function parseUrl(url) {
    url = String(url || "").replace(/^#?\/?/, "");
    var i = url.indexOf("?"), path = i < 0 ? url : url.slice(0, i), query = {};
    if (i >= 0) url.slice(i + 1).split("&").forEach(function (p) {
      if (!p) return; var kv = p.split("="); query[decodeURIComponent(kv[0])] = decodeURIComponent(kv[1] || "");
    });
    return { path: path || cfg.entryPagePath, query: query };
  }
  function pageMeta(path) {
    for (var i = 0; i < cfg.pages.length; i++) if (cfg.pages[i].path === path) return cfg.pages[i];
    return null;
  }
  function isTab(path) {
    if (!cfg.tabBar) return false;
    return cfg.tabBar.list.some(function (t) { return t.pagePath === path; });
  }
  function esc(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  var uni = {
    request: function (o) {
      var init = { method: (o.method || "GET").toUpperCase(), headers: { "Content-Type": "application/json" } };
      if (init.method !== "GET" && o.data) init.body = JSON.stringify(o.data);
      var url = o.url;
      if (init.method === "GET" && o.data) url += (url.indexOf("?") < 0 ? "?" : "&") + qs(o.data);
      return fetch(url, init).then(function (r) {
        return r.json().then(function (data) {
          var res = { statusCode: r.status, data: data };
          o.success && o.success(res); o.complete && o.complete(res); return res;
        });
      }).catch(function (e) { o.fail && o.fail({ errMsg: "request:fail " + e }); o.complete && o.complete({}); });
    },
    navigateTo: function (o) { global.location.hash = "#/" + String(o.url).replace(/^\//, ""); },
    redirectTo: function (o) { uni.navigateTo(o); },
    switchTab: function (o) { global.location.hash = "#/" + String(o.url).replace(/^\//, ""); },
    navigateBack: function () { if (global.history.length > 1) global.history.back(); else uni.switchTab({ url: cfg.entryPagePath }); },
    setNavigationBarTitle: function (o) {
      var t = document.querySelector(".uni-page-head__title"); if (t) t.textContent = o.title; document.title = o.title;
    },
    showToast: function (o) {
      var el = document.createElement("uni-toast");
      el.innerHTML = '<div class="uni-mask"></div><div class="uni-toast"><p class="uni-toast__content">' + esc(o.title) + "</p></div>";
      document.body.appendChild(el);
      setTimeout(function () { el.parentNode && el.parentNode.removeChild(el); }, o.duration || 1800);
    },
    showModal: function (o) {
      var el = document.createElement("uni-modal");
      el.innerHTML = '<div class="uni-mask"></div><div class="uni-modal"><div class="uni-modal__hd"><strong class="uni-modal__title">' + esc(o.title || "") +
        '</strong></div><div class="uni-modal__bd">' + esc(o.content || "") + '</div><div class="uni-modal__ft"><div class="uni-modal__btn uni-modal__btn_primary">' + esc(o.confirmText || "OK") + "</div></div></div>";
      document.body.appendChild(el);
      el.querySelector(".uni-modal__btn").addEventListener("click", function () { el.parentNode.removeChild(el); o.success && o.success({ confirm: true }); });
    },
    getStorageSync: function (k) { try { return JSON.parse(global.localStorage.getItem(k)); } catch (e) { return null; } },
    setStorageSync: function (k, v) { try { global.localStorage.setItem(k, JSON.stringify(v)); } catch (e) {} },
    escape: esc
  };

  function renderTabBar(path) {
    if (!cfg.tabBar) return "";
    var tb = cfg.tabBar, html = '<uni-tabbar class="uni-tabbar-bottom"><div class="uni-tabbar" style="background-color:' + esc(tb.backgroundColor || "#fff") + '"><div class="uni-tabbar-border"></div>';
    tb.list.forEach(function (t, i) {
      var on = t.pagePath === path;
      html += '<div class="uni-tabbar__item" data-index="' + i + '"><div class="uni-tabbar__bd"><div class="uni-tabbar__icon"><img src="/' + esc(on ? t.selectedIconPath : t.iconPath) +
        '"></div><div class="uni-tabbar__label" style="color:' + esc(on ? tb.selectedColor : tb.color) + '">' + esc(t.text) + "</div></div></div>";
    });
    return html + "</div></uni-tabbar>";
  }

  function bindTabBar() {
    var items = appEl.querySelectorAll(".uni-tabbar__item");
    Array.prototype.forEach.call(items, function (item) {
      item.addEventListener("click", function () {
        var t = cfg.tabBar.list[+item.getAttribute("data-index")];
        uni.switchTab({ url: t.pagePath });
      });
    });
  }

  function render() {
    var r = parseUrl(global.location.hash);
    var meta = pageMeta(r.path) || pageMeta(cfg.entryPagePath);
    var path = meta ? meta.path : r.path;
    var def = defs[path];
    var tab = isTab(path);
    var style = (meta && meta.style) || {};
    var head = style.navigationStyle === "custom" ? "" :
      '<uni-page-head><div class="uni-page-head" style="background-color:' + esc(style.navigationBarBackgroundColor || (cfg.globalStyle || {}).navigationBarBackgroundColor || "#F8F8F8") +
      ";color:" + esc(style.navigationBarTextStyle === "white" ? "#fff" : "#000") + '"><div class="uni-page-head-hd">' +
      (tab ? "" : '<div class="uni-page-head-btn" data-back="1"><i class="uni-btn-icon">&#xe601;</i></div>') +
      '</div><div class="uni-page-head-bd"><div class="uni-page-head__title">' + esc(style.navigationBarTitleText || cfg.appName || "") +
      '</div></div><div class="uni-page-head-ft"></div></div><div class="uni-placeholder"></div></uni-page-head>';
    appEl.className = "uni-app" + (tab ? " uni-app--showtabbar" : "");
    appEl.innerHTML = '<uni-page data-page="' + esc(path) + '">' + head + '<uni-page-wrapper><uni-page-body><uni-view class="uni-loading">…</uni-view></uni-page-body></uni-page-wrapper></uni-page>' + (tab ? renderTabBar(path) : "");
    if (tab) bindTabBar();
    var back = appEl.querySelector("[data-back]");
    if (back) back.addEventListener("click", uni.navigateBack);
    document.title = style.navigationBarTitleText || cfg.appName || document.title;
    var body = appEl.querySelector("uni-page-body");
    current = { path: path, query: r.query, body: body };
    if (!def) { body.innerHTML = '<uni-view class="uni-404">404</uni-view>'; return; }
    var page = { $el: body, query: r.query, path: path, set: function (html) { body.innerHTML = html; } };
    Promise.resolve(def.onLoad ? def.onLoad.call(page, r.query) : null).then(function () {
      def.onShow && def.onShow.call(page);
      global.scrollTo(0, 0);
    });
  }

  document.addEventListener("click", function (e) {
    var el = e.target && e.target.closest ? e.target.closest("[data-url]") : null;
    if (!el || !appEl || !appEl.contains(el)) return;
    var url = el.getAttribute("data-url");
    if (isTab(parseUrl(url).path)) uni.switchTab({ url: url }); else uni.navigateTo({ url: url });
  });

  global.uni = uni;
  global.__definePage = function (path, def) { defs[path] = def; };
  global.__uniMount = function (selector) {
    cfg = global.__uniConfig || cfg;
    var host = document.querySelector(selector || "#app");
    appEl = document.createElement("uni-app");
    host.appendChild(appEl);
    global.addEventListener("hashchange", render);
    render();
  };
})(window);
