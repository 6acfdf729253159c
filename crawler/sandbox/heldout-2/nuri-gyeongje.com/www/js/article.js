(function () {
	// font size control + print
	var box = document.getElementById('article-view-content-div');
	var size = 17;
	document.querySelectorAll('[data-font]').forEach(function (btn) {
		btn.addEventListener('click', function () {
			size = Math.max(14, Math.min(22, size + Number(btn.getAttribute('data-font'))));
			if (box) box.style.fontSize = size + 'px';
		});
	});
	var pr = document.querySelector('[data-print]');
	if (pr) pr.addEventListener('click', function () { window.print(); });
})();
