const TABS = [
  { pagePath: "pages/index/index", text: "홈" },
  { pagePath: "pages/category/category", text: "카테고리" },
  { pagePath: "pages/cart/cart", text: "장바구니" },
  { pagePath: "pages/my/my", text: "마이온기" }
];
const TITLES = {
  "pages/index/index": "온기마켓",
  "pages/category/category": "카테고리",
  "pages/cart/cart": "장바구니",
  "pages/my/my": "마이온기",
  "pages/goods/detail": "상품 상세",
  "pages/notice/notice": "공지사항",
  "pages/help/help": "고객센터"
};
const e = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
const won = (n) => n.toLocaleString("ko-KR") + "원";
const get = async (path) => {
  const res = await fetch(`/api/${path}`, { headers: { Accept: "application/json" } });
  if (!res.ok) throw new Error(`요청 실패 (${res.status})`);
  const body = await res.json();
  return body.result;
};

function currentRoute() {
  const raw = location.hash.replace(/^#\/?/, "") || TABS[0].pagePath;
  const [path, qs = ""] = raw.split("?");
  return { path, query: Object.fromEntries(new URLSearchParams(qs)) };
}

const goodsCard = (g) => `
  <uni-view class="og-item" data-nav="pages/goods/detail?id=${g.id}">
    <img src="${e(g.img)}" alt="">
    <uni-view class="nm">${e(g.name)}</uni-view>
    <uni-view class="pr">${g.dc ? `<uni-text class="og-dc">${g.dc}%</uni-text>` : ""}${won(g.price)}${g.orig ? `<s>${won(g.orig)}</s>` : ""}</uni-view>
  </uni-view>`;

const views = {
  "pages/index/index": async () => {
    const d = await get("home");
    return `
      <uni-view class="og-top"><uni-view class="logo">온기마켓</uni-view><uni-view class="sub">${e(d.slogan)}</uni-view></uni-view>
      <uni-view class="og-banner"><b>${e(d.banner.title)}</b>${e(d.banner.desc)}</uni-view>
      <uni-view class="og-h">${e(d.todayTitle)}</uni-view>
      <uni-view class="og-goods">${d.goods.map(goodsCard).join("")}</uni-view>
      <uni-view class="og-card og-li" data-nav="pages/notice/notice"><uni-text>📢 ${e(d.notice)}</uni-text><uni-text class="og-gray">›</uni-text></uni-view>
      <uni-view class="og-biz">${d.biz.map(e).join("<br>")}</uni-view>`;
  },
  "pages/category/category": async () => {
    const d = await get("categories");
    return d.groups.map((gr) => `<uni-view class="og-card"><h4>${e(gr.name)}</h4>${gr.items.map((i) => `<uni-view class="og-li"><uni-text>${e(i)}</uni-text><uni-text class="og-gray">›</uni-text></uni-view>`).join("")}</uni-view>`).join("");
  },
  "pages/cart/cart": async () => {
    const d = await get("cart");
    const sum = d.items.reduce((a, i) => a + i.price * i.qty, 0);
    const ship = sum >= d.freeShipOver ? 0 : d.shipFee;
    return `
      <uni-view class="og-card"><h4>${e(d.deliveryLabel)}</h4>${d.items.map((i) => `<uni-view class="og-li"><uni-text>${e(i.name)} × ${i.qty}</uni-text><uni-text>${won(i.price * i.qty)}</uni-text></uni-view>`).join("")}</uni-view>
      <uni-view class="og-card"><uni-view class="og-li"><uni-text>상품금액</uni-text><uni-text>${won(sum)}</uni-text></uni-view><uni-view class="og-li"><uni-text>배송비</uni-text><uni-text>${ship ? won(ship) : "무료"}</uni-text></uni-view><uni-view class="og-li"><uni-text>적립금 사용</uni-text><uni-text>-${won(d.pointUse)}</uni-text></uni-view><uni-view class="og-li"><b>결제예정금액</b><b>${won(sum + ship - d.pointUse)}</b></uni-view>
      <uni-view class="og-btn">결제하기</uni-view><uni-view class="og-gray" style="margin-top:8px">${e(d.payNote)}</uni-view></uni-view>`;
  },
  "pages/my/my": async () => {
    const d = await get("member/me");
    return `
      <uni-view class="og-top" style="padding-bottom:30px"><uni-view class="logo">${e(d.name)}님</uni-view><uni-view class="sub">${e(d.grade)} · ${e(d.gradeNote)}</uni-view></uni-view>
      <uni-view class="og-point">${d.stats.map((s) => `<uni-view><b>${e(s.v)}</b>${e(s.k)}</uni-view>`).join("")}</uni-view>
      <uni-view class="og-card">${d.menu.map((m) => `<uni-view class="og-li" data-nav="${e(m.to)}"><uni-text>${e(m.label)}</uni-text><uni-text class="og-gray">${e(m.hint || "")} ›</uni-text></uni-view>`).join("")}</uni-view>
      <uni-view class="og-warn">${e(d.warn)}</uni-view>`;
  },
  "pages/goods/detail": async (q) => {
    const g = await get(`goods/${q.id || "1001"}`);
    return `
      <img src="${e(g.img)}" alt="" style="width:100%;display:block">
      <uni-view class="og-card"><h4>${e(g.name)}</h4><uni-view><uni-text class="og-dc">${g.dc}%</uni-text><b>${won(g.price)}</b> <s class="og-gray">${won(g.orig)}</s></uni-view><uni-view class="og-gray">${e(g.weight)} · ${e(g.origin)}</uni-view></uni-view>
      <uni-view class="og-card"><h4>상품 설명</h4>${g.desc.map((p) => `<uni-view>${e(p)}</uni-view>`).join("")}</uni-view>
      <uni-view class="og-card"><h4>배송 · 교환 · 환불</h4>${g.policy.map((p) => `<uni-view>· ${e(p)}</uni-view>`).join("")}</uni-view>`;
  },
  "pages/notice/notice": async () => {
    const d = await get("notice");
    return d.list.map((n) => `<uni-view class="og-card"><h4>${e(n.title)}</h4><uni-view class="og-gray">${e(n.date)}</uni-view>${n.body.map((p) => `<uni-view style="margin-top:6px">${e(p)}</uni-view>`).join("")}</uni-view>`).join("");
  },
  "pages/help/help": async () => {
    const d = await get("help");
    return d.faq.map((f) => `<uni-view class="og-card"><h4>Q. ${e(f.q)}</h4><uni-view>${e(f.a)}</uni-view></uni-view>`).join("") + `<uni-view class="og-card og-gray">${e(d.contact)}</uni-view>`;
  }
};

const app = document.getElementById("app");
async function render() {
  const { path, query } = currentRoute();
  const view = views[path] || views[TABS[0].pagePath];
  const isTab = TABS.some((t) => t.pagePath === path);
  document.title = TITLES[path] || "온기마켓";
  app.innerHTML = `<uni-app><uni-page data-page="${e(path)}"><uni-page-head><div class="uni-page-head">${isTab ? "" : '<div class="uni-page-head-btn" data-back>‹</div>'}${e(TITLES[path] || "온기마켓")}</div></uni-page-head><uni-page-wrapper><uni-page-body><uni-view class="og-card og-gray">불러오는 중…</uni-view></uni-page-body></uni-page-wrapper></uni-page>${isTab ? `<uni-tabbar><div class="uni-tabbar">${TABS.map((t, i) => `<div class="uni-tabbar__item${t.pagePath === path ? " on" : ""}" data-tab="${i}"><div class="uni-tabbar__icon"></div><div class="uni-tabbar__label">${t.text}</div></div>`).join("")}</div></uni-tabbar>` : ""}</uni-app>`;
  const body = app.querySelector("uni-page-body");
  try {
    body.innerHTML = await view(query);
  } catch (err) {
    body.innerHTML = `<uni-view class="og-card">${e(err.message)}</uni-view>`;
  }
}
app.addEventListener("click", (ev) => {
  const tab = ev.target.closest("[data-tab]");
  if (tab) { location.hash = `#/${TABS[Number(tab.dataset.tab)].pagePath}`; return; }
  const nav = ev.target.closest("[data-nav]");
  if (nav) { location.hash = `#/${nav.dataset.nav}`; return; }
  if (ev.target.closest("[data-back]")) history.length > 1 ? history.back() : (location.hash = "#/");
});
window.addEventListener("hashchange", render);
render();
