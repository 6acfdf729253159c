/* bomnal web common */
var BN = BN || {};
BN.fmt = function (n) { return Number(n).toLocaleString('ko-KR'); };
BN.loadTicker = function ($t) {
	$.getJSON('/api/v1/market/ticker', function (res) {
		var $b = $t.find('tbody').empty();
		$.each(res.data, function (_, r) {
			var cls = r.change >= 0 ? 'rise' : 'fall';
			$('<tr>')
				.append($('<td>').html('<b>' + r.name + '</b> <span style="color:#999">' + r.market + '</span>'))
				.append($('<td>').addClass(cls).text(BN.fmt(r.price)))
				.append($('<td>').addClass(cls).text((r.change > 0 ? '+' : '') + r.change.toFixed(2) + '%'))
				.append($('<td>').text(BN.fmt(r.volume) + '백만'))
				.appendTo($b);
		});
		$t.next('.bn-updated').text('기준 ' + res.time);
	});
};
BN.bindWithdraw = function ($f) {
	$f.on('submit', function (e) {
		e.preventDefault();
		var $btn = $f.find('button[type=submit]').prop('disabled', true);
		$.ajax({ url: $f.attr('action'), type: 'POST', data: $f.serialize(), dataType: 'json' })
			.done(function (res) {
				var $r = $('#withdraw-result').empty();
				$('<h4>').css('margin', '0 0 8px').text(res.title).appendTo($r);
				var $ul = $('<ul>').css('padding-left', '18px').appendTo($r);
				$.each(res.lines, function (_, l) { $('<li>').text(l).appendTo($ul); });
				$('<p>').css({ color: '#666', fontSize: '12px', margin: '8px 0 0' }).text(res.notice).appendTo($r);
				$r.addClass('show');
			})
			.fail(function () { alert('일시적인 오류입니다. 잠시 후 다시 시도해 주세요.'); })
			.always(function () { $btn.prop('disabled', false); });
	});
};
$(function () {
	if ($('#ticker').length) BN.loadTicker($('#ticker'));
	if ($('#withdraw-form').length) BN.bindWithdraw($('#withdraw-form'));
});
