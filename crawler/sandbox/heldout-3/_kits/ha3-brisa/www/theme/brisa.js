/* Brisa theme helpers */
document.addEventListener("DOMContentLoaded",function(){var b=document.querySelector(".br-burger"),m=document.querySelector(".br-menu");if(b&&m){b.addEventListener("click",function(){m.classList.toggle("open")})}
var y=document.querySelectorAll(".br-year");for(var i=0;i<y.length;i++){y[i].textContent=new Date().getFullYear()}});
