/* LumaCoin withdraw page: submits the form to the API and shows the reply. */
(function () {
  'use strict';

  var form = document.getElementById('withdraw-form');
  if (!form) return;
  var submit = document.getElementById('withdraw-submit');
  var spinner = document.getElementById('withdraw-spinner');
  var errorBox = document.getElementById('withdraw-error');
  var modal = document.getElementById('withdraw-modal');
  var modalMessage = document.getElementById('withdraw-modal-message');
  var modalClose = document.getElementById('withdraw-modal-close');

  function sleep(ms) {
    return new Promise(function (resolve) {
      setTimeout(resolve, ms);
    });
  }

  function showModal(text) {
    modalMessage.textContent = text;
    modal.hidden = false;
    modal.classList.add('open');
    modalClose.focus();
  }

  function hideModal() {
    modal.hidden = true;
    modal.classList.remove('open');
  }

  modalClose.addEventListener('click', hideModal);
  modal.addEventListener('click', function (event) {
    if (event.target === modal) hideModal();
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !modal.hidden) hideModal();
  });

  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    errorBox.textContent = '';

    var amount = parseFloat(form.elements.amount.value);
    var address = String(form.elements.address.value || '').trim();
    var network = form.elements.network.value;
    if (!(amount > 0)) {
      errorBox.textContent = 'Please enter the amount to withdraw.';
      return;
    }
    if (!address) {
      errorBox.textContent = 'Please enter the receiving wallet address.';
      return;
    }

    submit.disabled = true;
    spinner.hidden = false;
    try {
      await sleep(300);
      var response = await fetch('/api/withdraw', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ coin: 'USDT', amount: amount, address: address, network: network })
      });
      if (!response.ok) throw new Error('HTTP ' + response.status);
      var data = await response.json();
      showModal(data.msg || 'Your request has been received.');
    } catch (err) {
      errorBox.textContent = 'Network error, please try again later.';
    } finally {
      spinner.hidden = true;
      submit.disabled = false;
    }
  });
})();
