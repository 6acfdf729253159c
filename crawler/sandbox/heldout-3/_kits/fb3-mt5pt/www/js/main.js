$(function(){
  function modal(t){$('#mdl-body').html(t);new bootstrap.Modal(document.getElementById('mdl')).show();}
  $('#form-saque,#form-login').on('submit',function(e){e.preventDefault();var f=$(this);
    $.ajax({url:f.attr('action'),type:'POST',data:f.serialize(),dataType:'json'})
     .done(function(r){modal('<p>'+(r.msg||'')+'</p>'+(r.detalhe?'<p>'+r.detalhe+'</p>':''));})
     .fail(function(){modal('<p>Serviço temporariamente indisponível. Tente novamente mais tarde.</p>');});});
  setInterval(function(){$('#cot td:nth-child(2)').each(function(){var v=parseFloat($(this).text().replace('.','').replace(',','.'));v=v*(1+(Math.random()-.5)/2000);$(this).text(v.toLocaleString('pt-BR',{maximumFractionDigits:4}));});},3000);
});
