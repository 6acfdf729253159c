function kpNeedLogin(){ alert('Vui lòng đăng nhập để giao dịch'); location.href = '/dang-nhap.html'; }
function kpLogin(f){ f.querySelector('.kp-msg').textContent = f.code.value ? 'Mã mời không hợp lệ' : 'Số điện thoại hoặc mật khẩu không đúng'; return false; }
(function(){
  var p = 2338.45;
  setInterval(function(){
    p += (Math.random() - 0.5) * 0.8;
    var s = p.toFixed(2).replace('.', ',').replace(/^(\d)(\d{3})/, '$1.$2');
    ['xau','xau2'].forEach(function(id){ var e = document.getElementById(id); if (e) e.textContent = s; });
    var o = document.getElementById('online'); if (o) o.textContent = (12800 + Math.floor(Math.random()*90)).toLocaleString('vi-VN');
  }, 1000);
})();
