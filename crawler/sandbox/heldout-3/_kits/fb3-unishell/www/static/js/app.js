(function(){
var h=Vue.h;
function parse(){var s=location.hash.replace(/^#/,'')||'/pages/index/index';var q={},p=s.split('?');if(p[1])p[1].split('&').forEach(function(kv){var a=kv.split('=');q[a[0]]=decodeURIComponent(a[1]||'')});return{path:p[0],query:q}}
function get(u){return fetch(u,{headers:{'X-Requested-With':'uni-app'}}).then(function(r){return r.ok?r.json():{code:404,data:null}}).catch(function(){return{code:500,data:null}})}
var App={data:function(){return{cfg:null,route:parse(),data:null}},
created:function(){var self=this;get('/api/app/config.json').then(function(r){self.cfg=r.data||{};self.load()});window.addEventListener('hashchange',function(){self.route=parse();self.load()})},
methods:{go:function(p){location.hash='#'+p},back:function(){history.length>1?history.back():this.go('/pages/index/index')},
load:function(){var self=this,r=this.route,u=null;self.data=null;
if(r.path==='/pages/index/index')u='/api/home/index.json';
else if(r.path==='/pages/notice/index')u='/api/notice/list.json';
else if(r.path==='/pages/notice/detail')u='/api/notice/detail-'+(r.query.id||0)+'.json';
else if(r.path==='/pages/help/index')u='/api/help/list.json';
else if(r.path==='/pages/help/detail')u='/api/help/detail-'+(r.query.id||0)+'.json';
else if(r.path==='/pages/mine/index')u='/api/user/info.json';
if(u)get(u).then(function(x){self.data=x.data||{}})},
t:function(k){return(this.cfg&&this.cfg.i18n&&this.cfg.i18n[k])||k}},
render:function(){var self=this,c=this.cfg,d=this.data,r=this.route;if(!c)return h('div',{class:'uni-nav-bar'},'...');
var body=[];var title=c.brand;
if(d&&r.path==='/pages/index/index'){title=c.brand;
body.push(h('div',{class:'banner'},[h('h2',d.slogan||''),h('div',{class:'muted'},d.sub||'')]));
if(d.stats)body.push(h('div',{class:'stat-row'},d.stats.map(function(s){return h('div',{class:'stat'},[h('b',s.v),h('span',{class:'muted'},s.k)])})));
(d.plans||[]).forEach(function(p){body.push(h('div',{class:'plan'},[h('div',{class:'t'},p.name),h('div',{class:'r'},p.rate),h('div',{class:'muted'},p.desc)]))});
(d.blocks||[]).forEach(function(b){body.push(h('div',{class:'article',style:'margin-top:10px'},[h('h3',b.title),h('p',b.text)]))});}
else if(d&&(r.path==='/pages/notice/index'||r.path==='/pages/help/index')){var isN=r.path==='/pages/notice/index';title=self.t(isN?'notice':'help');
(d.list||[]).forEach(function(it){body.push(h('div',{class:'cell',onClick:function(){self.go((isN?'/pages/notice/detail':'/pages/help/detail')+'?id='+it.id)}},[h('div',{class:'t'},it.title),h('div',{class:'d'},it.time||it.summary||'')]))});
if(!(d.list||[]).length)body.push(h('div',{class:'muted',style:'text-align:center;padding:40px'},self.t('empty')));}
else if(d&&(r.path==='/pages/notice/detail'||r.path==='/pages/help/detail')){title=self.t(r.path==='/pages/notice/detail'?'notice':'help');
body.push(h('div',{class:'article'},[h('h3',d.title||''),h('div',{class:'muted'},d.time||'')].concat((d.content||[]).map(function(p){return h('p',p)}))));}
else if(d&&r.path==='/pages/mine/index'){title=self.t('mine');
body.push(h('div',{class:'article'},[h('h3',d.name||''),h('p',d.tip||'')]));
(d.menu||[]).forEach(function(m){body.push(h('div',{class:'cell',onClick:function(){self.go(m.path)}},[h('div',{class:'t'},m.title)]))});}
else if(d){body.push(h('div',{class:'muted'},self.t('empty')))}
var tabs=[['/pages/index/index','home'],['/pages/notice/index','notice'],['/pages/help/index','help'],['/pages/mine/index','mine']];
var bar=h('div',{class:'uni-tabbar'},tabs.map(function(t){return h('div',{class:'uni-tabbar__item'+(r.path.indexOf(t[0].split('/')[2])>0?' on':''),onClick:function(){self.go(t[0])}},[h('div',{class:'uni-tabbar__icon'}),h('span',self.t(t[1]))])}));
var nav=h('div',{class:'uni-nav-bar'},[r.path.indexOf('detail')>0?h('span',{class:'back',onClick:self.back},'<'):null,title]);
return h('uni-app',[nav,h('uni-page-body',body),bar])}};
Vue.createApp(App).mount('#app');
})();
