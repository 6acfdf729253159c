$(function () {
	// FAQ accordion
	$('.faq dt').on('click', function () {
		$(this).toggleClass('open');
	});
	if (location.hash) {
		$(location.hash).addClass('open');
	}
	// global navigation current state
	var path = location.pathname;
	$('#gnav a').each(function () {
		var href = $(this).attr('href');
		if (href !== '/' && path.indexOf(href) === 0) { $(this).parent().addClass('current'); }
	});
	// page top
	$('.pagetop').on('click', function (e) { e.preventDefault(); $('html,body').animate({ scrollTop: 0 }, 400); });
});
