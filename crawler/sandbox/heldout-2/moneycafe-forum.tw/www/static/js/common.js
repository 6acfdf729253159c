/* MoneyCafe forum common js (Discuz! X3.5 compatible subset) */
var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Zq7', charset = 'utf-8', discuz_uid = '0';
function $(id) { return !id ? null : document.getElementById(id); }
function showMenu(ctrlid) {
	var menu = $(ctrlid + '_menu');
	if (menu) { menu.style.display = menu.style.display === 'block' ? 'none' : 'block'; }
}
function zoom(obj) {
	var w = window.open('', '_blank');
	if (w) { w.document.write('<img src="' + obj.src + '" style="max-width:100%">'); }
}
function copycode(obj) {
	if (navigator.clipboard) { navigator.clipboard.writeText(obj.innerText); }
}
document.addEventListener('DOMContentLoaded', function () {
	var imgs = document.querySelectorAll('img.zoom');
	for (var i = 0; i < imgs.length; i++) {
		imgs[i].addEventListener('click', function () { zoom(this); });
	}
});
