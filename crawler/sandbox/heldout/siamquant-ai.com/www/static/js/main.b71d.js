(function () {
  const { createApp, ref, reactive, computed, onMounted, watch } = Vue;
  const get = (u) => fetch(u).then((r) => (r.ok ? r.json() : Promise.reject(r.status)));

  const Home = {
    props: ["site"],
    template: `
      <div>
        <section class="sq-hero">
          <h1>{{ site.hero_title }}</h1>
          <p>{{ site.hero_text }}</p>
          <a class="sq-btn" href="#/register">เปิดบัญชีวันนี้</a>
        </section>
        <div class="sq-main">
          <div class="sq-cards">
            <div class="sq-card" v-for="f in site.features" :key="f.t"><h3>{{ f.t }}</h3><p>{{ f.d }}</p></div>
          </div>
        </div>
      </div>`
  };
  const Robot = {
    setup() {
      const plans = ref([]);
      onMounted(() => get("/api/plans.json").then((d) => (plans.value = d.list)));
      return { plans };
    },
    template: `
      <div class="sq-main">
        <h2>แผนหุ่นยนต์เทรด AI</h2>
        <div class="sq-cards">
          <div class="sq-card" v-for="p in plans" :key="p.name">
            <h3>{{ p.name }}</h3><div class="pct">{{ p.daily }}</div><p>{{ p.note }}</p><p><b>ขั้นต่ำ:</b> {{ p.min }}</p>
          </div>
        </div>
      </div>`
  };
  const Market = {
    setup() {
      const rows = ref([]);
      onMounted(() => get("/api/market.json").then((d) => (rows.value = d)));
      return { rows };
    },
    template: `
      <div class="sq-main"><h2>ราคาตลาด</h2>
        <table class="sq-t"><tr><th>สินทรัพย์</th><th>ราคา</th><th>24 ชม.</th></tr>
          <tr v-for="r in rows" :key="r.s"><td>{{ r.s }}</td><td>{{ r.p }}</td><td :style="{color: r.c < 0 ? '#d93838' : '#0a9d58'}">{{ r.c }}%</td></tr>
        </table></div>`
  };
  const Help = {
    props: ["id"],
    setup(props) {
      const list = ref([]);
      const art = ref(null);
      const load = () => {
        if (props.id) get("/api/help/" + props.id + ".json").then((d) => (art.value = d)).catch(() => (art.value = { title: "ไม่พบบทความ", body: [] }));
        else get("/api/help/list.json").then((d) => (list.value = d.items));
      };
      onMounted(load);
      watch(() => props.id, () => { art.value = null; load(); });
      const open = (item) => { location.hash = "#/help/" + item.id; };
      const back = () => { location.hash = "#/help"; };
      return { list, art, open, back };
    },
    template: `
      <div class="sq-main">
        <template v-if="!id">
          <h2>ศูนย์ช่วยเหลือ</h2>
          <ul class="sq-faq"><li v-for="it in list" :key="it.id" @click="open(it)"><span>{{ it.title }}</span><span>›</span></li></ul>
        </template>
        <div v-else class="sq-art">
          <span class="sq-back" @click="back">‹ กลับไปศูนย์ช่วยเหลือ</span>
          <template v-if="art"><h2>{{ art.title }}</h2><p v-for="(b, i) in art.body" :key="i">{{ b }}</p></template>
        </div>
      </div>`
  };
  const Register = {
    setup() { const msg = ref(""); return { msg, submit: () => (msg.value = "รหัสเชิญไม่ถูกต้อง กรุณาติดต่อผู้แนะนำของท่าน") }; },
    template: `
      <div class="sq-form"><h2>เปิดบัญชี</h2>
        <label>เบอร์โทรศัพท์</label><input><label>รหัสผ่าน</label><input type="password"><label>รหัสเชิญ (จำเป็น)</label><input>
        <p v-if="msg" style="color:#d93838">{{ msg }}</p><button class="sq-btn" @click="submit">สมัครสมาชิก</button></div>`
  };

  const app = createApp({
    setup() {
      const route = ref(location.hash || "#/");
      const site = reactive({ hero_title: "", hero_text: "", features: [], company: "", license: "", line: "", founded: "" });
      const notice = ref(null);
      window.addEventListener("hashchange", () => { route.value = location.hash || "#/"; window.scrollTo(0, 0); });
      onMounted(() => get("/api/site.json").then((d) => { Object.assign(site, d); document.title = d.title; }));
      const parts = computed(() => route.value.replace(/^#\/?/, "").split("/"));
      const view = computed(() => ({ "": Home, robot: Robot, market: Market, help: Help, register: Register })[parts.value[0]] || Home);
      const helpId = computed(() => (parts.value[0] === "help" ? parts.value[1] || "" : ""));
      const showNotice = () => get("/api/notice.json").then((d) => (notice.value = d));
      const isAct = (p) => parts.value[0] === p;
      return { site, view, helpId, notice, showNotice, isAct };
    },
    template: `
      <nav class="sq-nav">
        <a class="logo" href="#/">SiamQuant AI</a>
        <a class="m" :class="{act: isAct('')}" href="#/">หน้าแรก</a>
        <a class="m" :class="{act: isAct('robot')}" href="#/robot">หุ่นยนต์ AI</a>
        <a class="m" :class="{act: isAct('market')}" href="#/market">ตลาด</a>
        <span class="m" style="margin-right:22px;color:#4d5b78;cursor:pointer" @click="location.hash='#/help'">ช่วยเหลือ</span>
        <span class="bell" @click="showNotice">🔔 ประกาศ</span>
      </nav>
      <component :is="view" :site="site" :id="helpId"></component>
      <footer class="sq-foot">
        <p>{{ site.company }} · {{ site.license }}</p>
        <p>ติดต่อเจ้าหน้าที่ทาง LINE: {{ site.line }} · ก่อตั้งเมื่อ {{ site.founded }}</p>
      </footer>
      <div class="sq-mask" v-if="notice" @click.self="notice = null">
        <div class="sq-modal"><h3>{{ notice.title }}</h3><p v-for="(b, i) in notice.body" :key="i">{{ b }}</p>
          <button class="sq-btn" @click="notice = null">รับทราบ</button></div>
      </div>`
  });
  app.config.globalProperties.location = window.location;
  app.mount("#sq-app");
})();
