(function () {
  var box = document.getElementById('kz-ticker');
  if (!box) return;
  function fmt(n) { return Number(n).toLocaleString('tr-TR', { maximumFractionDigits: 2 }); }
  function load() {
    fetch('/api/ticker.json').then(function (r) { return r.json(); }).then(function (d) {
      box.innerHTML = d.pairs.map(function (p) {
        return '<span>' + p.symbol + ' <b>' + fmt(p.last) + ' ₺</b> <em class="' + (p.change >= 0 ? 'u' : 'd') + '">' + (p.change >= 0 ? '+' : '') + p.change.toFixed(2) + '%</em></span>';
      }).join('');
    }).catch(function () { box.textContent = 'Piyasa verileri şu anda yüklenemiyor.'; });
  }
  load();
  setInterval(load, 30000);
})();
