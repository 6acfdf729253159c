const { createApp, ref, reactive, computed, onMounted, watch } = Vue;

const state = reactive({ path: '/', settings: null });
function readHash() { state.path = (location.hash || '#/').slice(1) || '/'; }
window.addEventListener('hashchange', () => { readHash(); window.scrollTo(0, 0); });
readHash();

async function api(url) {
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error('HTTP ' + res.status);
  const body = await res.json();
  return body.payload;
}

const HomeView = {
  props: ['s'],
  template: `
  <section class="vx-hero">
    <div class="vx-wrap">
      <h1>{{ s.hero.title }}</h1>
      <p class="vx-lead">{{ s.hero.subtitle }}</p>
      <div class="vx-cta"><a class="vx-btn vx-btn--main" href="#/register">Create account</a><a class="vx-btn vx-btn--ghost" href="#/trade">See contracts</a></div>
    </div>
  </section>
  <section class="vx-wrap vx-stats">
    <div v-for="st in s.stats" :key="st.label" class="vx-stat"><strong>{{ st.value }}</strong><span>{{ st.label }}</span></div>
  </section>
  <section class="vx-wrap">
    <h2 class="vx-h2">Why traders choose {{ s.brand }}</h2>
    <div class="vx-grid3">
      <article v-for="f in s.features" :key="f.title" class="vx-card"><h3>{{ f.title }}</h3><p>{{ f.text }}</p></article>
    </div>
  </section>`
};

const TradeView = {
  props: ['s'],
  template: `
  <section class="vx-wrap vx-page">
    <h1 class="vx-h1">Seconds contracts</h1>
    <p>Predict whether the price will be higher or lower when the contract expires. Get it right and receive the fixed payout on top of your stake.</p>
    <table class="vx-table">
      <thead><tr><th>Duration</th><th>Payout</th><th>Min. stake</th></tr></thead>
      <tbody><tr v-for="c in s.contracts" :key="c.t"><td>{{ c.t }}</td><td class="vx-up">{{ c.p }}</td><td>{{ c.min }}</td></tr></tbody>
    </table>
    <h2 class="vx-h2">Live markets</h2>
    <div class="vx-ticks"><div v-for="m in s.markets" :key="m.sym" class="vx-tick"><b>{{ m.sym }}</b><span>{{ m.price }}</span><em :class="m.chg[0]==='-' ? 'vx-down' : 'vx-up'">{{ m.chg }}</em></div></div>
  </section>`
};

const SupportView = {
  props: ['s'],
  setup() {
    const cats = ref([]);
    onMounted(async () => { try { cats.value = await api('/api/support/categories.json'); } catch (e) { cats.value = []; } });
    return { cats };
  },
  template: `
  <section class="vx-wrap vx-page">
    <h1 class="vx-h1">Support centre</h1>
    <div class="vx-support">
      <div v-for="c in cats" :key="c.name" class="vx-cat">
        <h3>{{ c.name }}</h3>
        <ul><li v-for="a in c.articles" :key="a.slug"><a :href="'#/support/' + a.slug">{{ a.title }}</a></li></ul>
      </div>
    </div>
  </section>`
};

const ArticleView = {
  props: ['slug'],
  setup(props) {
    const art = ref(null); const failed = ref(false);
    const load = async () => {
      art.value = null; failed.value = false;
      try { art.value = await api('/api/support/articles/' + encodeURIComponent(props.slug) + '.json'); } catch (e) { failed.value = true; }
    };
    onMounted(load); watch(() => props.slug, load);
    return { art, failed };
  },
  template: `
  <section class="vx-wrap vx-page vx-article">
    <a class="vx-back" href="#/support">&larr; Support centre</a>
    <template v-if="art">
      <h1 class="vx-h1">{{ art.title }}</h1>
      <p class="vx-meta">Updated {{ art.updated }} · {{ art.team }}</p>
      <div class="vx-body" v-html="art.html"></div>
    </template>
    <p v-else-if="failed">This article could not be found.</p>
    <p v-else>Loading…</p>
  </section>`
};

const AuthView = {
  props: ['mode'],
  setup(props) {
    const msg = ref('');
    const submit = () => { msg.value = props.mode === 'login' ? 'Incorrect e-mail or password.' : 'Invalid invitation code. Please ask your account manager for a valid code.'; };
    return { msg, submit };
  },
  template: `
  <section class="vx-wrap vx-page">
    <form class="vx-form" @submit.prevent="submit">
      <h1 class="vx-h1">{{ mode === 'login' ? 'Log in' : 'Create your account' }}</h1>
      <input type="email" placeholder="E-mail" required>
      <input type="password" placeholder="Password" required>
      <input v-if="mode !== 'login'" placeholder="Invitation code (required)" required>
      <button class="vx-btn vx-btn--main" type="submit">{{ mode === 'login' ? 'Log in' : 'Sign up' }}</button>
      <p class="vx-err">{{ msg }}</p>
    </form>
  </section>`
};

const AboutView = {
  props: ['s'],
  template: `<section class="vx-wrap vx-page"><h1 class="vx-h1">About {{ s.brand }}</h1><p v-for="(p, i) in s.about" :key="i">{{ p }}</p></section>`
};

createApp({
  components: { HomeView, TradeView, SupportView, ArticleView, AuthView, AboutView },
  setup() {
    const s = computed(() => state.settings);
    const route = computed(() => {
      const p = state.path.replace(/\/+$/, '') || '/';
      const m = p.match(/^\/support\/([\w-]+)$/);
      if (m) return { name: 'article', slug: m[1] };
      return { name: { '/': 'home', '/trade': 'trade', '/support': 'support', '/login': 'login', '/register': 'register', '/about': 'about' }[p] || 'home' };
    });
    onMounted(async () => { state.settings = await api('/api/app/settings.json'); document.title = state.settings.brand + ' – ' + state.settings.tagline; });
    return { s, route };
  },
  template: `
  <div v-if="s" class="vx-root">
    <header class="vx-header">
      <div class="vx-wrap vx-header__row">
        <a class="vx-logo" href="#/"><img src="/img/vx.png" width="28" height="28" alt="">{{ s.brand }}</a>
        <nav class="vx-nav"><a href="#/" :class="{on: route.name==='home'}">Home</a><a href="#/trade" :class="{on: route.name==='trade'}">Trade</a><a href="#/support" :class="{on: route.name==='support' || route.name==='article'}">Support</a><a href="#/about" :class="{on: route.name==='about'}">About</a></nav>
        <div class="vx-auth"><a href="#/login">Log in</a><a class="vx-btn vx-btn--main vx-btn--sm" href="#/register">Sign up</a></div>
      </div>
    </header>
    <main>
      <HomeView v-if="route.name==='home'" :s="s" />
      <TradeView v-else-if="route.name==='trade'" :s="s" />
      <SupportView v-else-if="route.name==='support'" :s="s" />
      <ArticleView v-else-if="route.name==='article'" :slug="route.slug" />
      <AuthView v-else-if="route.name==='login'" mode="login" />
      <AuthView v-else-if="route.name==='register'" mode="register" />
      <AboutView v-else-if="route.name==='about'" :s="s" />
    </main>
    <footer class="vx-footer">
      <div class="vx-wrap">
        <p>{{ s.legal.company }} · {{ s.legal.licence }}</p>
        <p>Support: Telegram {{ s.contact.telegram }} · WhatsApp {{ s.contact.whatsapp }}</p>
        <p class="vx-risk">{{ s.legal.risk }}</p>
        <p>&copy; {{ s.legal.years }} {{ s.brand }}. All rights reserved.</p>
      </div>
    </footer>
  </div>
  <div v-else class="vx-boot">Loading…</div>`
}).mount('#vx-app');
