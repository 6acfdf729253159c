/* uni-h5 runtime shim (trimmed) */
(function (g) {
  "use strict";
  var store = {
    get: function (k) { try { return JSON.parse(g.localStorage.getItem("uni_" + k)); } catch (e) { return null; } },
    set: function (k, v) { try { g.localStorage.setItem("uni_" + k, JSON.stringify(v)); } catch (e) {} },
    remove: function (k) { try { g.localStorage.removeItem("uni_" + k); } catch (e) {} }
  };
  function parseRoute() {
    var h = (g.location.hash || "").replace(/^#/, "");
    if (!h || h === "/") h = "/pages/index/index";
    var i = h.indexOf("?"), path = i < 0 ? h : h.slice(0, i), qs = i < 0 ? "" : h.slice(i + 1), query = {};
    qs.split("&").forEach(function (p) {
      if (!p) return;
      var kv = p.split("=");
      query[decodeURIComponent(kv[0])] = decodeURIComponent(kv[1] || "");
    });
    return { path: path, query: query };
  }
  function request(opt) {
    var init = { method: opt.method || "GET", headers: { "Accept": "application/json", "lang": store.get("lang") || "" } };
    if (opt.data && init.method !== "GET") {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(opt.data);
    }
    var token = store.get("token");
    if (token) init.headers["token"] = token;
    return g.fetch(opt.url, init).then(function (r) {
      if (!r.ok) throw new Error("HTTP " + r.status);
      return r.json();
    });
  }
  var toastTimer = null;
  function showToast(o) {
    var el = g.document.getElementById("uni-toast");
    if (!el) {
      el = g.document.createElement("div");
      el.id = "uni-toast";
      el.className = "uni-toast";
      g.document.body.appendChild(el);
    }
    el.textContent = o.title || "";
    el.style.display = "block";
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { el.style.display = "none"; }, o.duration || 1800);
  }
  function navigateTo(o) { g.location.hash = "#" + o.url; }
  function navigateBack() { if (g.history.length > 1) g.history.back(); else navigateTo({ url: "/pages/index/index" }); }
  g.uni = {
    getStorageSync: store.get, setStorageSync: store.set, removeStorageSync: store.remove,
    request: request, showToast: showToast, navigateTo: navigateTo, switchTab: navigateTo,
    redirectTo: navigateTo, reLaunch: navigateTo, navigateBack: navigateBack, parseRoute: parseRoute,
    setClipboardData: function (o) {
      try { g.navigator.clipboard.writeText(o.data); } catch (e) {}
      showToast({ title: o.tip || "OK" });
    }
  };
})(window);
