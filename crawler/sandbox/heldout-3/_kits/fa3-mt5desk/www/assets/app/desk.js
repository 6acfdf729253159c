$(function(){
  $('#wdForm').on('submit',function(e){e.preventDefault();
    var amt=$.trim($('#wdAmount').val()),addr=$.trim($('#wdAddress').val());
    if(!amt||!addr){$('#wdErr').text('Please fill in amount and wallet address.').show();return}
    $('#wdErr').hide();$('#wdBtn').prop('disabled',true).text('Processing...');
    $.ajax({url:'/api/withdraw',type:'POST',dataType:'json',data:{amount:amt,address:addr,network:$('#wdNet').val()}})
     .done(function(r){$('#wdModalTitle').text(r.title||'Notice');$('#wdModalBody').html(r.message||'');new bootstrap.Modal('#wdModal').show()})
     .always(function(){$('#wdBtn').prop('disabled',false).text('Submit withdrawal')});
  });
  $('.js-year').text(new Date().getFullYear());
});
