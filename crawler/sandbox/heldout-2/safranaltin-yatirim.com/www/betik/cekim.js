document.getElementById("cekimFormu").addEventListener("submit", async function (e) {
  e.preventDefault();
  const dlg = document.getElementById("sonuc");
  try {
    const yanit = await fetch(this.action, { method: "POST", body: new FormData(this) });
    const veri = await yanit.json();
    document.getElementById("sonucBaslik").textContent = veri.baslik || "Bilgilendirme";
    document.getElementById("sonucMetin").innerHTML = veri.mesaj || "";
  } catch (err) {
    document.getElementById("sonucMetin").textContent = "Bağlantı hatası, lütfen tekrar deneyin.";
  }
  dlg.showModal();
});
