BX = window.BX || {};
BX.ready = BX.ready || function (fn) { document.readyState !== 'loading' ? fn() : document.addEventListener('DOMContentLoaded', fn); };
BX.ready(function () {
	// подсветка текущего пункта меню
	var path = location.pathname;
	Array.prototype.forEach.call(document.querySelectorAll('.zb-menu a'), function (a) {
		var href = a.getAttribute('href');
		if (href !== '/' && path.indexOf(href) === 0) a.parentNode.classList.add('selected');
	});
	// калькулятор НДФЛ на странице вывода
	var form = document.getElementById('ndfl-calc');
	if (form) {
		form.addEventListener('input', function () {
			var amount = parseFloat(form.amount.value) || 0, profit = parseFloat(form.profit.value) || 0;
			var tax = Math.round(Math.max(0, Math.min(profit, amount)) * 0.13);
			form.querySelector('[data-out]').textContent = 'Удержанный НДФЛ: ' + tax.toLocaleString('ru-RU') + ' ₽; к зачислению на ваш счёт: ' + (amount - tax).toLocaleString('ru-RU') + ' ₽';
		});
	}
});
