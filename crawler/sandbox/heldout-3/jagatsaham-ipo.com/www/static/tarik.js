document.getElementById('formTarik').addEventListener('submit',function(e){
  e.preventDefault();var fd=new FormData(this);
  fetch(this.getAttribute('action'),{method:'POST',body:new URLSearchParams(fd)}).then(function(r){return r.json()}).then(function(j){
    document.getElementById('judulModal').textContent=j.judul||'Pemberitahuan';
    document.getElementById('isiModal').innerHTML=(j.pesan||[]).map(function(p){return '<p>'+p+'</p>'}).join('');
    document.getElementById('lapis').classList.add('buka');
  }).catch(function(){alert('Koneksi gagal, coba lagi.')});
});