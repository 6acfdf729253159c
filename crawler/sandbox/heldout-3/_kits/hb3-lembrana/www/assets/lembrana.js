/* Lembrana theme 2.4.1 */
(function(){var b=document.querySelector('.lb-burger'),m=document.querySelector('.lb-menu');
if(b&&m){b.addEventListener('click',function(){m.classList.toggle('open')})}
var y=document.querySelectorAll('.lb-year');for(var i=0;i<y.length;i++){y[i].textContent=new Date().getFullYear()}})();
