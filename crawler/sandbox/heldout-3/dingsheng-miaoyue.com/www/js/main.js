function go(p){location.hash='#'+p}
function $v(html){document.getElementById('view').innerHTML=html}
function api(n){return fetch('/api/'+n+'.json').then(function(r){return r.json()})}
var routes={
 '/home':function(){api('market').then(function(d){$v('<h3>'+d.title+'</h3>'+d.rows.map(function(x){return '<div class="k"><b>'+x[0]+'</b><span>'+x[1]+'</span><span class="'+(x[2][0]=='-'?'g':'r')+'">'+x[2]+'</span></div>'}).join(''))})},
 '/trade':function(){api('contract').then(function(d){$v('<h3>'+d.title+'</h3><table width="100%" border="1" cellspacing="0" cellpadding="6">'+d.cycles.map(function(c){return '<tr><td>'+c.t+'</td><td>收益率 '+c.p+'</td><td>起投 '+c.min+'</td></tr>'}).join('')+'</table><p>'+d.note+'</p>')})},
 '/news':function(){api('news').then(function(d){$v(d.items.map(function(i){return '<h4>'+i.t+'</h4><small>'+i.d+'</small><p>'+i.c+'</p>'}).join('<hr>'))})},
 '/account':function(){$v('<p>账户：d***@qq.com　信用分：85</p><ul class="menu"><li onclick="go(\'/recharge\')">充值</li><li onclick="go(\'/rules\')">提现规则</li><li onclick="go(\'/kefu\')">在线客服</li></ul>')},
 '/recharge':function(){api('recharge').then(function(d){$v('<h3>充值</h3><p>'+d.text+'</p>')})},
 '/rules':function(){api('withdraw-rules').then(function(d){$v('<h3>'+d.title+'</h3>'+d.paras.map(function(p){return '<p>'+p+'</p>'}).join(''))})},
 '/kefu':function(){$v('<p>请添加客服微信：dsgj-kefu88　或 Telegram：@dingsheng_cs</p>')}
};
function render(){var p=(location.hash||'#/home').slice(1);(routes[p]||routes['/home'])()}
window.addEventListener('hashchange',render);render();
document.getElementById('ft').innerHTML='鼎盛国际金融集团有限公司 · 美国MSB牌照 31000219876543 · 成立于2009年 · 投资有风险';
