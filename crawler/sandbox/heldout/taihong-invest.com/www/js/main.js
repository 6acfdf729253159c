// taihong main.js
function thLogin(f){f.querySelector('.f-msg').textContent='帳號或密碼錯誤，請重新輸入。';return false;}
function thReg(f){f.querySelector('.f-msg').textContent='推薦碼無效，請向您的投顧老師確認。';return false;}
(function(){
  var tabs=document.querySelectorAll('.ipo-tabs span');
  tabs.forEach(function(t){t.addEventListener('click',function(){
    tabs.forEach(function(x){x.classList.remove('on');});t.classList.add('on');
    ['open','soon','done'].forEach(function(k){var el=document.getElementById('tab-'+k);if(el)el.classList.toggle('hide',k!==t.getAttribute('data-tab'));});
  });});
  document.querySelectorAll('.news-list .n-hd').forEach(function(h){h.addEventListener('click',function(){h.parentNode.classList.toggle('open');});});
})();
