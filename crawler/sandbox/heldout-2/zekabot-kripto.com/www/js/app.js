const { createApp } = Vue;
createApp({
  data() {
    return { yol: "", site: {}, botlar: [], duyurular: [], destek: [], yukleniyor: true };
  },
  computed: {
    parca() { return this.yol.split("/").filter(Boolean); },
    sayfa() { return this.parca[0] || "anasayfa"; },
    duyuru() { return this.duyurular.find(d => String(d.id) === this.parca[1]); }
  },
  methods: {
    git(p) { location.hash = "#/" + p; },
    oku() { this.yol = location.hash.replace(/^#\/?/, "") || "anasayfa"; window.scrollTo(0, 0); },
    async al(ad) { const r = await fetch("/data/" + ad + ".json"); return r.json(); }
  },
  async mounted() {
    this.oku();
    window.addEventListener("hashchange", this.oku);
    const [s, b, d, y] = await Promise.all([this.al("site"), this.al("botlar"), this.al("duyurular"), this.al("destek")]);
    this.site = s; this.botlar = b.liste; this.duyurular = d.liste; this.destek = y.sorular; this.yukleniyor = false;
  },
  template: `
  <div class="zb-top"><div class="zb-brand" @click="git('anasayfa')">Zeka<span>Bot</span></div>
    <div class="zb-tabs">
      <div :class="{aktif: sayfa==='anasayfa'}" @click="git('anasayfa')">Ana Sayfa</div>
      <div :class="{aktif: sayfa==='botlar'}" @click="git('botlar')">Botlar</div>
      <div :class="{aktif: sayfa==='duyurular' || sayfa==='duyuru'}" @click="git('duyurular')">Duyurular</div>
      <div :class="{aktif: sayfa==='destek'}" @click="git('destek')">Destek</div>
    </div>
    <div class="zb-giris" @click="git('giris')">Giriş / Kayıt</div></div>
  <div class="zb-sayfa" v-if="!yukleniyor">
    <template v-if="sayfa==='anasayfa'">
      <div class="zb-hero"><h1>{{ site.baslik }}</h1><p>{{ site.alt }}</p></div>
      <div class="zb-grid"><div class="zb-kart" v-for="b in botlar.slice(0,3)" :key="b.ad" @click="git('botlar')"><h3>{{ b.ad }}</h3><div class="zb-oran">%{{ b.gunluk }} / gün</div><p>{{ b.aciklama }}</p></div></div>
      <h2 style="margin-top:34px">Son duyurular</h2>
      <div class="zb-liste"><div class="satir" v-for="d in duyurular.slice(0,3)" :key="d.id" @click="git('duyuru/'+d.id)"><span>{{ d.baslik }}</span><small>{{ d.tarih }}</small></div></div>
    </template>
    <template v-else-if="sayfa==='botlar'">
      <h1>Yapay zeka botları</h1>
      <div class="zb-grid"><div class="zb-kart" v-for="b in botlar" :key="b.ad"><h3>{{ b.ad }}</h3><div class="zb-oran">%{{ b.gunluk }} / gün</div><p>{{ b.aciklama }}</p><p><small>Minimum: {{ b.min }} USDT · Süre: {{ b.sure }} gün</small></p></div></div>
      <p>{{ site.yatirim }}</p>
    </template>
    <template v-else-if="sayfa==='duyurular'">
      <h1>Duyurular</h1>
      <div class="zb-liste"><div class="satir" v-for="d in duyurular" :key="d.id" @click="git('duyuru/'+d.id)"><span>{{ d.baslik }}</span><small>{{ d.tarih }}</small></div></div>
    </template>
    <template v-else-if="sayfa==='duyuru'">
      <div class="zb-geri" @click="git('duyurular')">← Tüm duyurular</div>
      <div class="zb-yazi" v-if="duyuru"><h1>{{ duyuru.baslik }}</h1><small>{{ duyuru.tarih }} · ZekaBot Uyum Birimi</small><div v-html="duyuru.icerik"></div></div>
    </template>
    <template v-else-if="sayfa==='destek'">
      <h1>Destek merkezi</h1>
      <div class="zb-soru" v-for="(s,i) in destek" :key="i"><b>{{ s.soru }}</b><span v-html="s.cevap"></span></div>
    </template>
    <template v-else>
      <div class="zb-yazi"><h1>Giriş yap</h1><p>ZekaBot'a yalnızca davet kodu ile kayıt olunabilir. Davet kodunuzu danışmanınızdan alın.</p><p>Telegram: {{ site.telegram }}</p></div>
    </template>
  </div>
  <div class="zb-alt">{{ site.altbilgi }}</div>`
}).mount("#zb");
