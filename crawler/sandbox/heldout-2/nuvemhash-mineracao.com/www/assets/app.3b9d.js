(function () {
  var V = window.Vue;
  function get(u) { return fetch(u).then(function (r) { if (!r.ok) throw r.status; return r.json(); }); }
  var routeNow = V.ref(location.hash.slice(1) || '/');
  window.addEventListener('hashchange', function () { routeNow.value = location.hash.slice(1) || '/'; window.scrollTo(0, 0); });
  function ir(p) { location.hash = p; }

  var Inicio = { props: ['site'], data: function () { return { h: null }; },
    created: function () { var s = this; get('/api/home.json').then(function (d) { s.h = d; }); },
    methods: { ir: ir },
    template: '<div v-if="h"><section class="nh-hero"><div class="nh-box"><h1>{{ h.hero.titulo }}</h1><p>{{ h.hero.texto }}</p>' +
      '<button class="nh-btn" @click="ir(\'/planos\')">{{ h.hero.botao }}</button></div><div class="nh-rig"><div class="nh-fan"></div><div class="nh-fan"></div><div class="nh-fan"></div></div></section>' +
      '<section class="nh-nums"><div v-for="n in h.numeros" class="nh-num"><b>{{ n.v }}</b><span>{{ n.l }}</span></div></section>' +
      '<section class="nh-vant"><div v-for="v in h.vantagens" class="nh-card"><h3>{{ v.t }}</h3><p>{{ v.d }}</p></div></section></div>' };

  var Planos = { data: function () { return { p: null }; },
    created: function () { var s = this; get('/api/planos.json').then(function (d) { s.p = d; }); },
    methods: { ir: ir },
    template: '<section class="nh-page" v-if="p"><h1>Contratos de mineração</h1><div class="nh-planos">' +
      '<div class="nh-plano" v-for="x in p.lista" :key="x.id"><h3>{{ x.nome }}</h3><div class="nh-rend">{{ x.rend }}</div>' +
      '<dl><dt>Preço</dt><dd>{{ x.preco }}</dd><dt>Prazo</dt><dd>{{ x.prazo }}</dd><dt>Retorno total</dt><dd>{{ x.total }}</dd></dl>' +
      '<button class="nh-btn" @click="ir(\'/entrar\')">Alugar agora</button></div></div><p class="nh-obs">{{ p.obs }}</p></section>' };

  var Central = { data: function () { return { d: null, cat: '' }; },
    created: function () { var s = this; get('/api/central/artigos.json').then(function (r) { s.d = r; }); },
    computed: { lista: function () { var c = this.cat; return this.d ? this.d.artigos.filter(function (a) { return !c || a.cat === c; }) : []; } },
    methods: { abrir: function (id) { ir('/central/artigo/' + id); } },
    template: '<section class="nh-page" v-if="d"><h1>Central de ajuda</h1><div class="nh-cats"><span :class="{on: !cat}" @click="cat=\'\'">Todos</span>' +
      '<span v-for="c in d.categorias" :class="{on: cat===c}" @click="cat=c">{{ c }}</span></div>' +
      '<ul class="nh-artlist"><li v-for="a in lista" :key="a.id" @click="abrir(a.id)"><em>{{ a.cat }}</em>{{ a.titulo }}<i>›</i></li></ul></section>' };

  var Artigo = { props: ['id'], data: function () { return { a: null, erro: false }; },
    created: function () { var s = this; get('/api/central/artigos/' + this.id + '.json').then(function (d) { s.a = d; }).catch(function () { s.erro = true; }); },
    methods: { voltar: function () { ir('/central'); } },
    template: '<section class="nh-page nh-artigo"><div class="nh-voltar" @click="voltar">‹ Central de ajuda</div>' +
      '<div v-if="a"><h1>{{ a.titulo }}</h1><small>Atualizado em {{ a.atualizado }} · {{ a.cat }}</small><div class="nh-html" v-html="a.html"></div></div>' +
      '<p v-else-if="erro">Artigo não encontrado.</p></section>' };

  var Carteira = { data: function () { return { c: null }; },
    created: function () { var s = this; get('/api/carteira.json').then(function (d) { s.c = d; }); },
    methods: { ir: ir },
    template: '<section class="nh-page" v-if="c"><h1>Carteira</h1><div class="nh-card"><p>{{ c.mensagem }}</p><button class="nh-btn" @click="ir(\'/entrar\')">Entrar</button></div></section>' };

  var Entrar = { data: function () { return { cel: '', senha: '', convite: '', modo: 'entrar', msg: '' }; },
    methods: { enviar: function () { this.msg = this.modo === 'entrar' ? 'Celular ou senha incorretos.' : (this.convite ? 'Código de convite expirado. Peça um novo ao seu indicador.' : 'Informe o código de convite.'); } },
    template: '<section class="nh-page nh-auth"><div class="nh-tabs"><span :class="{on: modo===\'entrar\'}" @click="modo=\'entrar\'">Entrar</span><span :class="{on: modo===\'cad\'}" @click="modo=\'cad\'">Cadastrar</span></div>' +
      '<label>Celular<input v-model="cel" placeholder="(21) 9xxxx-xxxx"></label><label>Senha<input v-model="senha" type="password"></label>' +
      '<label v-if="modo===\'cad\'">Código de convite<input v-model="convite"></label><button class="nh-btn" @click="enviar">{{ modo===\'entrar\' ? \'Entrar\' : \'Criar conta\' }}</button><p class="nh-msg">{{ msg }}</p></section>' };

  var App = { data: function () { return { site: null }; },
    created: function () { var s = this; get('/api/site.json').then(function (d) { s.site = d; document.title = d.nome + ' – ' + d.slogan; }); },
    computed: { rota: function () { return routeNow.value; },
      view: function () { var r = this.rota; if (r.indexOf('/central/artigo/') === 0) return 'Artigo';
        return { '/': 'Inicio', '/planos': 'Planos', '/central': 'Central', '/carteira': 'Carteira', '/entrar': 'Entrar' }[r] || 'Inicio'; },
      artId: function () { return this.rota.split('/').pop(); } },
    methods: { ir: ir },
    components: { Inicio: Inicio, Planos: Planos, Central: Central, Artigo: Artigo, Carteira: Carteira, Entrar: Entrar },
    template: '<div class="nh-app" v-if="site"><header class="nh-top"><div class="nh-logo" @click="ir(\'/\')">☁ {{ site.nome }}</div>' +
      '<nav class="nh-nav"><div class="nh-nav-item" :class="{on: rota===\'/\'}" @click="ir(\'/\')">Início</div><div class="nh-nav-item" :class="{on: rota===\'/planos\'}" @click="ir(\'/planos\')">Contratos</div>' +
      '<div class="nh-nav-item" :class="{on: rota===\'/carteira\'}" @click="ir(\'/carteira\')">Carteira</div><div class="nh-nav-item" :class="{on: rota.indexOf(\'/central\')===0}" @click="ir(\'/central\')">Ajuda</div></nav>' +
      '<div class="nh-btn nh-btn-sm" @click="ir(\'/entrar\')">Entrar</div></header>' +
      '<main><component :is="view" :id="artId" :key="rota"></component></main>' +
      '<footer class="nh-foot"><p>{{ site.empresa }} · {{ site.endereco }}</p><p>Suporte: Telegram {{ site.contato.telegram }} · WhatsApp {{ site.contato.whatsapp }}</p><p>{{ site.copyright }}</p></footer></div>' };
  V.createApp(App).mount('#nh-root');
})();
