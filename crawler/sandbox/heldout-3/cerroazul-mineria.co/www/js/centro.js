(function(){
  var panel=document.getElementById('panel-contenido');
  function pintar(d){var h='<h2>'+d.titulo+'</h2>';(d.parrafos||[]).forEach(function(p){h+='<p>'+p+'</p>'});panel.innerHTML=h;}
  window.cargarSeccion=function(nombre,el){
    var items=document.querySelectorAll('.menu-centro li');for(var i=0;i<items.length;i++)items[i].classList.remove('activo');
    if(el)el.classList.add('activo');panel.innerHTML='<p class="cargando">Cargando…</p>';
    var x=new XMLHttpRequest();x.open('GET','/api/seccion/'+nombre+'.json');x.onload=function(){try{pintar(JSON.parse(x.responseText).datos)}catch(e){panel.innerHTML='<p>Sin información.</p>'}};x.send();
  };
  cargarSeccion('resumen',document.querySelector('.menu-centro li'));
})();