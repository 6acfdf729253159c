/* pages.json (uni-app) + page components */
window.__uniConfig = {
  globalStyle: { navigationBarTitleText: "ひなたキッズクリニック" },
  pages: [
    { path: "pages/index/index", title: "ひなたキッズクリニック" },
    { path: "pages/reserve/reserve", title: "WEB予約" },
    { path: "pages/reserve/confirm", title: "予約内容の確認" },
    { path: "pages/vaccine/vaccine", title: "予防接種・健診" },
    { path: "pages/mypage/mypage", title: "マイページ" },
    { path: "pages/info/info", title: "クリニック案内" }
  ],
  tabBar: {
    list: [
      { pagePath: "pages/index/index", text: "ホーム" },
      { pagePath: "pages/reserve/reserve", text: "順番・予約" },
      { pagePath: "pages/vaccine/vaccine", text: "予防接種" },
      { pagePath: "pages/mypage/mypage", text: "マイページ" }
    ]
  }
};

window.__uniPages = {
  "pages/index/index": {
    api: "/api/clinic/home",
    template:
      '<uni-view class="hk-hero"><uni-view class="name">{{ d.name }}</uni-view><uni-view>{{ d.catch }}</uni-view></uni-view>' +
      '<uni-view class="hk-card"><uni-view class="h">本日の受付状況</uni-view><uni-view>{{ d.today.status }}</uni-view><uni-view class="hk-note">{{ d.today.note }}</uni-view>' +
      '<uni-view class="hk-btn" @click="go(\'pages/reserve/reserve\')">順番予約をする</uni-view></uni-view>' +
      '<uni-view class="hk-card"><uni-view class="h">お知らせ</uni-view><uni-view class="hk-row" v-for="n in d.news" :key="n.date"><uni-text>{{ n.title }}</uni-text><uni-text class="hk-note">{{ n.date }}</uni-text></uni-view></uni-view>' +
      '<uni-view class="hk-card"><uni-view class="h">診療時間</uni-view><table class="hk-table"><tr><th></th><th v-for="w in d.hours.week">{{ w }}</th></tr><tr v-for="r in d.hours.rows"><th>{{ r.label }}</th><td v-for="c in r.cells">{{ c }}</td></tr></table><uni-view class="hk-note" style="margin-top:6px">{{ d.hours.note }}</uni-view></uni-view>' +
      '<uni-view class="hk-card" @click="go(\'pages/info/info\')"><uni-view class="h">クリニック案内・アクセス ›</uni-view><uni-view class="hk-note">{{ d.address }}</uni-view></uni-view>' +
      '<uni-view class="hk-foot">{{ d.footer }}</uni-view>'
  },
  "pages/reserve/reserve": {
    api: "/api/clinic/slots",
    template:
      '<uni-view class="hk-card"><uni-view class="h">{{ d.title }}</uni-view><uni-view class="hk-note">{{ d.lead }}</uni-view></uni-view>' +
      '<uni-view class="hk-days"><uni-view v-for="(day, i) in d.days" :key="day.date" class="hk-day" :class="{on: i === sel}" @click="sel = i">{{ day.label }}</uni-view></uni-view>' +
      '<uni-view class="hk-card"><uni-view class="h">{{ d.days[sel].label }} の空き枠</uni-view><uni-view class="hk-slots"><uni-view v-for="s in d.days[sel].slots" :key="s.t" class="hk-slot" :class="{full: !s.ok}" @click="s.ok && go(\'pages/reserve/confirm?date=\' + d.days[sel].date + \'&time=\' + s.t)">{{ s.t }}<br>{{ s.ok ? \'○\' : \'×\' }}</uni-view></uni-view></uni-view>' +
      '<uni-view class="hk-card hk-note"><uni-view v-for="p in d.rules">・{{ p }}</uni-view></uni-view>'
  },
  "pages/reserve/confirm": {
    api: "/api/clinic/confirm",
    template:
      '<uni-view class="hk-card"><uni-view class="h">{{ d.title }}</uni-view><uni-view class="hk-row"><uni-text>日時</uni-text><uni-text>{{ q.date }} {{ q.time }}</uni-text></uni-view>' +
      '<uni-view class="hk-row" v-for="r in d.rows"><uni-text>{{ r.k }}</uni-text><uni-text>{{ r.v }}</uni-text></uni-view>' +
      '<uni-view class="hk-btn" @click="done = true">この内容で予約する</uni-view></uni-view>' +
      '<uni-view class="hk-card" v-if="done"><uni-view class="h">{{ d.done.title }}</uni-view><uni-view v-for="p in d.done.body">{{ p }}</uni-view></uni-view>' +
      '<uni-view class="hk-card hk-note"><uni-view v-for="p in d.notes">・{{ p }}</uni-view></uni-view>'
  },
  "pages/vaccine/vaccine": {
    api: "/api/clinic/vaccines",
    template:
      '<uni-view class="hk-card"><uni-view class="h">{{ d.title }}</uni-view><uni-view class="hk-note">{{ d.lead }}</uni-view></uni-view>' +
      '<uni-view class="hk-card"><uni-view class="hk-row" v-for="v in d.list" :key="v.name"><uni-text>{{ v.name }}<uni-text class="hk-badge" v-if="v.free">定期・公費</uni-text></uni-text><uni-text class="hk-note">{{ v.price }}</uni-text></uni-view></uni-view>' +
      '<uni-view class="hk-card hk-note"><uni-view v-for="p in d.notes">・{{ p }}</uni-view></uni-view>'
  },
  "pages/mypage/mypage": {
    api: "/api/member/profile",
    template:
      '<uni-view class="hk-hero"><uni-view class="name">{{ d.family }} 様</uni-view><uni-view>診察券番号 {{ d.card }}</uni-view></uni-view>' +
      '<uni-view class="hk-card"><uni-view class="h">登録中のお子さま</uni-view><uni-view class="hk-row" v-for="c in d.children" :key="c.name"><uni-text>{{ c.name }}（{{ c.age }}）</uni-text><uni-text class="hk-note">{{ c.next }}</uni-text></uni-view></uni-view>' +
      '<uni-view class="hk-card"><uni-view class="h">予約履歴</uni-view><uni-view class="hk-row" v-for="h in d.history"><uni-text>{{ h.date }} {{ h.kind }}</uni-text><uni-text class="hk-note">{{ h.state }}</uni-text></uni-view></uni-view>' +
      '<uni-view class="hk-card hk-note">{{ d.payment }}</uni-view>'
  },
  "pages/info/info": {
    api: "/api/clinic/info",
    template:
      '<uni-view class="hk-card" v-for="s in d.sections" :key="s.h"><uni-view class="h">{{ s.h }}</uni-view><uni-view v-for="p in s.p">{{ p }}</uni-view></uni-view>'
  }
};
