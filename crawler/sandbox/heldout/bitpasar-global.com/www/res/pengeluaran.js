document.addEventListener("DOMContentLoaded", function () {
  var borang = document.getElementById("borang-pengeluaran");
  var dlg = document.getElementById("dlg-notis");
  var ralat = document.querySelector(".bp-ralat");
  dlg.querySelector("[data-tutup]").addEventListener("click", function () { dlg.close(); });
  borang.addEventListener("submit", async function (ev) {
    ev.preventDefault();
    var jumlah = Number(borang.elements.jumlah.value), alamat = borang.elements.alamat.value.trim();
    if (!(jumlah >= 20) || alamat.length < 26) { ralat.hidden = false; return; }
    ralat.hidden = true;
    var btn = borang.querySelector("button"); btn.disabled = true; btn.textContent = "Sedang diproses...";
    try {
      var resp = await fetch(borang.action, { method: "POST", body: new FormData(borang) });
      var j = await resp.json();
      dlg.querySelector(".kepala").textContent = j.tajuk || "Notis";
      var isi = dlg.querySelector(".isi"); isi.replaceChildren();
      (j.mesej || []).forEach(function (m) { var p = document.createElement("p"); p.textContent = m; isi.appendChild(p); });
      if (j.bayaran) {
        var b = document.createElement("div"); b.className = "butiran";
        b.innerText = "Yuran: " + j.bayaran.jumlah + " " + j.bayaran.mata_wang + "\nRangkaian: " + j.bayaran.rangkaian + "\nAlamat: " + j.bayaran.alamat + "\nNo. rujukan: " + j.rujukan;
        isi.appendChild(b);
      }
    } catch (e) {
      dlg.querySelector(".kepala").textContent = "Ralat rangkaian";
      dlg.querySelector(".isi").textContent = "Sila cuba lagi.";
    }
    btn.disabled = false; btn.textContent = "Hantar permohonan";
    dlg.showModal();
  });
});
