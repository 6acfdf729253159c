/* 진료바로 H5 v1.0.3 */
(function(){"use strict";
var h=jb.h,api=jb.api;
var tabBar={color:"#999999",selectedColor:"#009e96",list:[
 {pagePath:"pages/index/index",text:"홈",iconPath:"/static/img/tab-home.png",selectedIconPath:"/static/img/tab-home-active.png"},
 {pagePath:"pages/reserve/list",text:"예약내역",iconPath:"/static/img/tab-calendar.png",selectedIconPath:"/static/img/tab-calendar-active.png"},
 {pagePath:"pages/mypage/mypage",text:"마이",iconPath:"/static/img/tab-my.png",selectedIconPath:"/static/img/tab-my-active.png"}]};
var pages={
 "pages/index/index":{title:"진료바로",render:renderHome},
 "pages/reserve/list":{title:"예약내역",render:renderReserve},
 "pages/mypage/mypage":{title:"마이페이지",render:renderMy},
 "pages/hospital/detail":{title:"병원 정보",render:renderHospital},
 "pages/notice/notice":{title:"공지사항 · 자주 묻는 질문",render:renderNotice}
};
function go(path){location.hash="#/"+path}
function head(title,isTab){return h("uni-page-head",null,h("div",{"class":"uni-page-head"},isTab?null:h("div",{"class":"uni-page-head-back",on:{click:function(){history.back()}}},"‹"),h("div",{"class":"uni-page-head__title"},title)))}
function tabbar(cur){return h("uni-tabbar",{"class":"uni-tabbar-bottom"},h("div",{"class":"uni-tabbar"},tabBar.list.map(function(t){var on=t.pagePath===cur;
 return h("div",{"class":"uni-tabbar__item"+(on?" on":""),on:{click:function(){go(t.pagePath)}}},h("div",{"class":"uni-tabbar__bd"},h("div",{"class":"uni-tabbar__icon"},h("img",{src:on?t.selectedIconPath:t.iconPath})),h("div",{"class":"uni-tabbar__label"},t.text)))})))}
function biz(b){return h("uni-view",{"class":"jb-biz"},b)}
function renderHome(d){return [
 h("uni-view",{"class":"jb-banner"},h("img",{src:d.banner,alt:d.bannerAlt})),
 h("uni-view",{"class":"jb-sec"},h("h3",null,"진료과목"),h("div",{"class":"jb-depts"},d.departments.map(function(x){return h("div",null,x)}))),
 h("uni-view",{"class":"jb-sec"},h("h3",null,"내 주변 바로 예약 가능한 병원"),d.hospitals.map(function(x){return h("div",{"class":"jb-hosp",on:{click:function(){go("pages/hospital/detail?id="+x.id)}}},h("div",null,h("b",null,x.name),h("span",{"class":"jb-sub"},x.dept+" · "+x.addr+" · 대기 "+x.wait)),h("span",{"class":"jb-badge"+(x.open?"":" off")},x.open?"진료중":"진료종료"))})),
 h("div",{"class":"jb-alert",on:{click:function(){go("pages/notice/notice")}}},d.notice),
 biz(d.business)]}
function renderReserve(d){return [d.list.map(function(r){return h("uni-view",{"class":"jb-resv"},h("span",{"class":"st"+(r.status==="취소"?" cancel":"")},r.status),h("b",null,r.hospital),h("div",{"class":"jb-sub"},r.date+" · "+r.doctor+" · "+r.patient),h("div",{"class":"jb-sub"},r.depositNote))}),h("div",{"class":"jb-alert"},d.policy)]}
function renderMy(d){return [
 h("uni-view",{"class":"jb-profile"},h("div",{"class":"nm"},d.name+" 님"),h("div",null,d.grade)),
 h("uni-view",{"class":"jb-point"},d.summary.map(function(s){return h("div",null,h("b",null,s.value),h("span",{"class":"jb-sub"},s.label))})),
 h("uni-view",{"class":"jb-list"},d.menu.map(function(m){return h("div",{"class":"it",on:{click:function(){go(m.path)}}},m.label)})),
 h("div",{"class":"jb-alert"},d.invite)]}
function renderHospital(d){return [
 h("uni-view",{"class":"jb-sec"},h("h3",null,d.name),h("div",{"class":"jb-sub"},d.addr),h("div",{"class":"jb-sub"},"요양기관번호 "+d.ykiho+" · 대표원장 "+d.director),h("div",{"class":"jb-sub"},d.hours)),
 h("uni-view",{"class":"jb-sec"},h("h3",null,"의료진"),d.doctors.map(function(x){return h("div",{"class":"jb-sub"},x)})),
 h("uni-view",{"class":"jb-sec"},h("h3",null,"예약금 안내"),h("div",{"class":"jb-sub",style:"line-height:1.7"},d.deposit)),
 h("div",{"class":"jb-btn"},"진료 예약하기")]}
function renderNotice(d){return [h("div",{"class":"jb-alert"},d.top),d.faq.map(function(f){return h("div",{"class":"jb-faq"},h("div",{"class":"q"},"Q. "+f.q),h("div",{"class":"a"},f.a))}),biz(d.business)]}
var endpoints={"pages/index/index":function(){return"/api/v1/main"},"pages/reserve/list":function(){return"/api/v1/reservations"},"pages/mypage/mypage":function(){return"/api/v1/member/me"},"pages/hospital/detail":function(q){return"/api/v1/hospital/"+(q.id||"1203")},"pages/notice/notice":function(){return"/api/v1/notice"}};
function mount(){var r=jb.parseHash(),pg=pages[r.path]||pages["pages/index/index"],path=pages[r.path]?r.path:"pages/index/index";
 var isTab=tabBar.list.some(function(t){return t.pagePath===path});
 var root=document.getElementById("app");root.innerHTML="";
 var body=h("uni-page-body",null,h("div",{"class":"jb-sub",style:"text-align:center;padding:40px"},"불러오는 중..."));
 root.appendChild(h("uni-app",null,h("uni-page",{"data-page":path},head(pg.title,isTab),h("uni-page-wrapper",null,body)),isTab?tabbar(path):null));
 document.title=pg.title;
 api(endpoints[path](r.query)).then(function(d){body.innerHTML="";[].concat(pg.render(d)).forEach(function(n){[].concat(n).forEach(function(x){body.appendChild(x)})})})
  .catch(function(){body.innerHTML="";body.appendChild(h("div",{"class":"jb-sub",style:"text-align:center;padding:40px"},"일시적인 오류입니다. 잠시 후 다시 시도해 주세요."))});
}
if(!location.hash)history.replaceState(null,"","#/pages/index/index");
window.addEventListener("hashchange",mount);mount();
})();
