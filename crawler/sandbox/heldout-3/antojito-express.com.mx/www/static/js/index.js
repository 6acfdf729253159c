(function(){
var tabs=[{path:'pages/index/index',text:'Inicio',icon:'🏠'},{path:'pages/pedidos/pedidos',text:'Pedidos',icon:'🧾'},{path:'pages/repartidor/repartidor',text:'Repartir',icon:'🛵'},{path:'pages/mi/mi',text:'Mi cuenta',icon:'👤'}];
var apis={'pages/index/index':'/api/inicio.json','pages/pedidos/pedidos':'/api/pedidos.json','pages/repartidor/repartidor':'/api/repartidor.json','pages/mi/mi':'/api/cuenta.json'};
function cur(){var h=location.hash.replace(/^#\/?/,'');return apis[h]?h:'pages/index/index'}
var app=Vue.createApp({data:function(){return{route:cur(),page:null,tabs:tabs}},
 methods:{switchTab:function(p){location.hash='#/'+p},load:function(){var self=this;self.route=cur();self.page=null;
  fetch(apis[self.route]).then(function(r){return r.json()}).then(function(j){self.page=j;document.title=j.title+' · Antojito Express'})}},
 mounted:function(){var self=this;window.addEventListener('hashchange',function(){self.load()});if(!location.hash)history.replaceState(null,'','#/pages/index/index');this.load()},
 template:'<uni-page><uni-page-head>{{page?page.title:"Antojito Express"}}</uni-page-head><uni-page-body><div v-if="page"><div class="card" v-if="page.banner"><div class="t">{{page.banner}}</div></div><div class="card" v-for="it in page.items"><div class="t">{{it.t}}</div><div class="s">{{it.s}}</div><div class="price" v-if="it.p">{{it.p}}</div></div><div class="btn" v-if="page.button" @click="page.showNote=!page.showNote">{{page.button}}</div><p class="tip" v-if="page.note">{{page.note}}</p></div><div v-else class="tip">Cargando…</div></uni-page-body>'+
 '<div class="uni-tabbar"><div v-for="t in tabs" :class="[\'uni-tabbar__item\',{on:route===t.path}]" @click="switchTab(t.path)"><span class="uni-tabbar__icon">{{t.icon}}</span>{{t.text}}</div></div></uni-page>'});
app.mount('#app');})();
