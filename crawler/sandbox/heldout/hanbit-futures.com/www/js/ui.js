function hbLogin(f){f.querySelector('.msg').innerHTML='아이디 또는 비밀번호가 일치하지 않습니다.';return false;}
function hbJoin(f){f.querySelector('.msg').innerHTML='유효하지 않은 추천인 코드입니다. 고객센터에 문의해 주세요.';return false;}
(function(){
  var t=document.querySelectorAll('.js-toggle');
  for(var i=0;i<t.length;i++){t[i].onclick=function(){var v=this.parentNode.querySelector('.board_view');v.style.display=v.style.display==='block'?'none':'block';};}
  var q=document.querySelectorAll('.faq_list dt');
  for(var j=0;j<q.length;j++){q[j].onclick=function(){this.classList.toggle('open');};}
  var k=document.querySelector('.quick_kakao');
  if(k)k.onclick=function(){alert('카카오톡에서 「한빛퓨처스 고객센터」 오픈채팅을 검색해 주세요.');};
})();
