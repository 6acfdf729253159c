(function () {
  const { createApp, ref, reactive, computed, onMounted, watch } = Vue;
  const cache = {};
  const get = (u) => cache[u] ? Promise.resolve(cache[u]) : fetch(u).then(r => r.json()).then(j => (cache[u] = j));
  const route = reactive({ path: "", seg: [] });
  function sync() { const p = (location.hash.replace(/^#/, "") || "/home"); route.path = p; route.seg = p.split("/").filter(Boolean); }
  window.addEventListener("hashchange", () => { sync(); window.scrollTo(0, 0); });
  sync();
  const go = (p) => { location.hash = "#" + p; };

  const Home = {
    setup() {
      const t = ref([]), n = ref([]);
      onMounted(() => { get("/api/v2/ticker").then(j => t.value = j.list); get("/api/v2/news").then(j => n.value = j.list.slice(0, 5)); });
      return { t, n, go };
    },
    template: `<div><div class="mb-hero"><div><h1>はじめての暗号資産は、ミナトBITEXで。</h1><p>500円から始められる現物取引と、年利最大 36% のステーキング「ミナトEarn」。招待コードで口座開設すると 5,000 円相当の USDT をプレゼント。</p>
      <button class="mb-btn sub" @click="go('/signup')">無料で口座開設</button></div></div>
      <div class="mb-panel"><h2>マーケット</h2><table class="mb-tbl"><tr><th>銘柄</th><th>価格 (JPY)</th><th>24h</th></tr>
      <tr v-for="c in t" :key="c.s"><td>{{c.s}}</td><td>{{c.p}}</td><td :class="c.c>=0?'p':'m'">{{c.c>=0?'+':''}}{{c.c}}%</td></tr></table></div>
      <div class="mb-panel"><h2>お知らせ</h2><ul class="mb-news"><li v-for="x in n" :key="x.id" @click="go('/news/'+x.id)"><span><span class="mb-tag" v-if="x.tag">{{x.tag}}</span>{{x.title}}</span><time>{{x.date}}</time></li></ul>
      <div style="text-align:right;margin-top:10px"><span class="mb-back" @click="go('/news')">一覧を見る ›</span></div></div>
      <div class="mb-grid" style="margin-top:20px"><div class="mb-feat"><h3>コールドウォレット管理</h3><p>お客様の資産の 98% をオフラインで分別管理しています。</p></div><div class="mb-feat"><h3>ミナトEarn</h3><p>USDT を預けるだけで日利 0.1% 保証。毎日自動で配当されます。</p></div><div class="mb-feat"><h3>LINE サポート</h3><p>専任コンシェルジュが LINE で 24 時間対応いたします。</p></div></div></div>`
  };
  const Market = {
    setup() { const t = ref([]); onMounted(() => get("/api/v2/ticker").then(j => t.value = j.list)); return { t }; },
    template: `<div class="mb-panel"><h2>取扱銘柄</h2><table class="mb-tbl"><tr><th>銘柄</th><th>価格 (JPY)</th><th>24h</th><th>出来高</th></tr><tr v-for="c in t" :key="c.s"><td>{{c.s}}</td><td>{{c.p}}</td><td :class="c.c>=0?'p':'m'">{{c.c>=0?'+':''}}{{c.c}}%</td><td>{{c.v}}</td></tr></table></div>`
  };
  const News = {
    setup() {
      const list = ref([]);
      onMounted(() => get("/api/v2/news").then(j => list.value = j.list));
      const item = computed(() => list.value.find(x => String(x.id) === route.seg[1]));
      return { list, item, route, go };
    },
    template: `<div class="mb-panel"><template v-if="route.seg[1]"><span class="mb-back" @click="go('/news')">‹ お知らせ一覧</span>
      <div class="mb-art" v-if="item"><h1>{{item.title}}</h1><div class="meta">{{item.date}}　ミナトBITEX 運営事務局</div><div class="body" v-html="item.body"></div></div></template>
      <template v-else><h2>お知らせ</h2><ul class="mb-news"><li v-for="x in list" :key="x.id" @click="go('/news/'+x.id)"><span><span class="mb-tag" v-if="x.tag">{{x.tag}}</span>{{x.title}}</span><time>{{x.date}}</time></li></ul></template></div>`
  };
  const Support = {
    setup() { const d = ref({ faq: [], vip: [] }); onMounted(() => get("/api/v2/support").then(j => d.value = j)); return { d }; },
    template: `<div><div class="mb-panel"><h2>VIPレベルと各種上限</h2><table class="mb-vip"><tr><th>レベル</th><th>必要入金累計</th><th>1日の出金上限</th><th>Earn 日利</th></tr><tr v-for="v in d.vip" :key="v.lv"><td>{{v.lv}}</td><td>{{v.need}}</td><td>{{v.limit}}</td><td>{{v.rate}}</td></tr></table></div>
      <div class="mb-panel mb-faq"><h2>よくあるご質問</h2><div v-for="(f,i) in d.faq" :key="i"><div class="q">Q. {{f.q}}</div><div class="a" v-html="f.a"></div></div></div></div>`
  };
  const Wallet = {
    setup() { const s = ref({}); onMounted(() => get("/api/v2/site").then(j => s.value = j)); return { s, go }; },
    template: `<div class="mb-panel"><h2>ウォレット</h2><p>総資産評価額：<b>¥0</b>（ログインすると表示されます）</p><h3>入金アドレス（USDT / TRC20）</h3><p style="font-family:monospace;background:#f2f4f8;padding:10px;border-radius:6px">{{s.deposit}}</p>
      <h3>出金</h3><p>出金条件については <span class="mb-back" @click="go('/support')">サポート</span> をご確認ください。</p></div>`
  };
  const Signup = {
    setup() { const msg = ref(""); return { msg }; },
    template: `<div class="mb-panel"><h2>口座開設</h2><div class="mb-form"><label>メールアドレス</label><input type="email"><label>パスワード</label><input type="password"><label>招待コード（必須）</label><input>
      <button class="mb-btn" @click="msg='招待コードが正しくありません。紹介者または LINE サポートにご確認ください。'">登録する</button><p class="m">{{msg}}</p></div></div>`
  };
  const About = {
    setup() { const s = ref({}); onMounted(() => get("/api/v2/site").then(j => s.value = j)); return { s }; },
    template: `<div class="mb-panel"><h2>会社概要</h2><table class="mb-tbl"><tr v-for="(v,k) in s.company" :key="k"><th>{{k}}</th><td>{{v}}</td></tr></table></div>`
  };
  const VIEWS = { home: Home, market: Market, news: News, support: Support, wallet: Wallet, signup: Signup, about: About };
  const App = {
    setup() {
      const view = computed(() => VIEWS[route.seg[0]] || Home);
      const cur = computed(() => route.seg[0] || "home");
      const menu = [["home", "ホーム"], ["market", "マーケット"], ["wallet", "ウォレット"], ["news", "お知らせ"], ["support", "サポート"]];
      return { view, cur, menu, go };
    },
    template: `<header class="mb-head"><div class="mb-logo" @click="go('/home')">ミナト<span>BITEX</span></div><ul class="mb-menu"><li v-for="m in menu" :key="m[0]" :class="{act:cur===m[0]}" @click="go('/'+m[0])">{{m[1]}}</li></ul>
      <button class="mb-btn sub" @click="go('/signup')">ログイン</button><button class="mb-btn" @click="go('/signup')">口座開設</button></header>
      <main class="mb-main"><component :is="view" :key="$route"></component></main>
      <footer class="mb-foot"><div class="links"><span @click="go('/about')">会社概要</span><span @click="go('/support')">サポート</span><span @click="go('/news')">お知らせ</span></div>
      <p>ミナトBITEX株式会社　暗号資産交換業者 関東財務局長 第00041号　加入協会：一般社団法人日本暗号資産取引業協会（会員番号 1A-0387）<br>暗号資産は法定通貨ではありません。価格変動により損失が生じる可能性があります。© 2014-2026 Minato BITEX Inc.</p></footer>`
  };
  const app = createApp(App);
  app.config.globalProperties.$route = computed(() => route.path);
  app.mount("#mb-app");
})();
