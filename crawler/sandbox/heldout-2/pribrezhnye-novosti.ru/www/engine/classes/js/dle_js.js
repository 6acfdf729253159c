var dle_root = '/', dle_skin = 'Primorye', dle_login_hash = '', dle_group = 5, dle_act_lang = ["Да", "Нет", "Ввод", "Отмена", "Сохранить", "Удалить", "Загрузка. Пожалуйста, подождите..."];
function ShowOrHide(id) {
	var $el = $('#' + id);
	$el.is(':visible') ? $el.slideUp(200) : $el.slideDown(200);
}
function doRate(rate, id) {
	$('#ratig-layer-' + id).html('<span class="rated">Спасибо за оценку</span>');
}
$(function () {
	$('.comments-toggle').on('click', function (e) { e.preventDefault(); ShowOrHide('dle-comments-list'); });
	$('.font-plus').on('click', function () {
		var $t = $('.full-text'); $t.css('font-size', (parseInt($t.css('font-size'), 10) + 1) + 'px');
	});
	$('#dle-comments-form').on('submit', function (e) {
		e.preventDefault();
		$(this).replaceWith('<div class="berrors">Комментарий отправлен на модерацию.</div>');
	});
});
