(function(){
  var h=Vue.h;
  function parse(){var raw=(location.hash||'#/pages/index/index').slice(1);var q=raw.split('?');var p={};if(q[1])q[1].split('&').forEach(function(kv){var a=kv.split('=');p[a[0]]=decodeURIComponent(a[1]||'')});return{path:q[0],query:p}}
  function get(u){return fetch(u,{headers:{'X-Requested-With':'uni-app'}}).then(function(r){return r.json()})}
  var App={
    data:function(){return{route:parse(),cfg:{tabs:[],title:{}},home:null,notices:[],help:[],detail:null,mine:null}},
    created:function(){var s=this;window.addEventListener('hashchange',function(){s.route=parse();s.load()});get('/api/config.json').then(function(c){s.cfg=c.data});this.load()},
    methods:{
      go:function(p){uni_navigate(p)},
      load:function(){var s=this,p=s.route.path;
        if(p==='/pages/index/index')get('/api/home.json').then(function(r){s.home=r.data});
        if(p==='/pages/notice/index')get('/api/notice/list.json').then(function(r){s.notices=r.data.list||[]});
        if(p==='/pages/help/index')get('/api/help/list.json').then(function(r){s.help=r.data.list||[]});
        if(p==='/pages/help/detail'){s.detail=null;get('/api/help/detail_'+(s.route.query.id||'1')+'.json').then(function(r){s.detail=r.data})}
        if(p==='/pages/mine/index')get('/api/user/mine.json').then(function(r){s.mine=r.data})}
    },
    render:function(){var s=this,p=s.route.path,body=[];var T=s.cfg.title||{};
      if(p==='/pages/index/index'&&s.home){body.push(h('div',{class:'u-banner'},[h('h2',s.home.slogan),h('div',s.home.sub)]));
        body.push(h('div',{class:'u-grid'},(s.home.grid||[]).map(function(g){return h('div',{class:'u-grid-item',onClick:function(){s.go(g.url)}},g.name)})));
        (s.home.tickers||[]).forEach(function(t){body.push(h('div',{class:'u-ticker'},[h('span',t.sym),h('span',t.price),h('span',{class:t.chg[0]==='-'?'down':'up'},t.chg)]))});
        body.push(h('div',{class:'u-foot',innerHTML:s.home.footer||''}))}
      if(p==='/pages/notice/index'){if(!s.notices.length)body.push(h('div',{class:'u-cell'},T.empty||'-'));s.notices.forEach(function(n){body.push(h('div',{class:'u-cell'},[h('div',{class:'t'},n.title),h('div',{class:'s'},n.time),h('div',{class:'u-article',innerHTML:n.content})]))})}
      if(p==='/pages/help/index'){if(!s.help.length)body.push(h('div',{class:'u-cell'},T.empty||'-'));s.help.forEach(function(n){body.push(h('div',{class:'u-cell',onClick:function(){s.go('/pages/help/detail?id='+n.id)}},[h('div',{class:'t'},n.title),h('div',{class:'s'},n.summary)]))})}
      if(p==='/pages/help/detail'&&s.detail){body.push(h('div',{class:'u-article'},[h('h3',s.detail.title),h('div',{innerHTML:s.detail.content})]))}
      if(p==='/pages/mine/index'&&s.mine){body.push(h('div',{class:'u-cell'},[h('div',{class:'t'},s.mine.nick),h('div',{class:'s'},s.mine.uid)]));(s.mine.menu||[]).forEach(function(m){body.push(h('div',{class:'u-cell',onClick:function(){s.go(m.url)}},m.name))})}
      var tabs=h('div',{class:'uni-tabbar-bottom'},[h('div',{class:'uni-tabbar'},(s.cfg.tabs||[]).map(function(t){return h('div',{class:'uni-tabbar__item'+(p===t.pagePath?' active':''),onClick:function(){s.go(t.pagePath)}},[h('div',{class:'uni-tabbar__icon'}),h('span',{class:'uni-tabbar__label'},t.text)])}))]);
      return h('uni-page',[h('uni-page-head',T[p]||s.cfg.brand||''),h('uni-page-wrapper',[h('div',{class:'uni-page-body'},body)]),tabs])}
  };
  window.uni_navigate=function(p){location.hash='#'+p};
  Vue.createApp(App).mount('#app');
})();
