Vue.createApp({
  data() { return { rows: [], note: "" }; },
  async mounted() {
    const r = await fetch("/api/comisiones");
    const d = await r.json();
    this.rows = d.crypto;
    this.note = d.note;
  }
}).mount("#fees");
