(function(uni){"use strict";
var esc=uni.esc;
function api(p){return uni.request({url:"/api/"+p}).then(function(r){return r.data.data})}
function stars(n){return "★ "+n.toFixed(1)}
var pages={
  "pages/index/index":{title:"饭盒到家",load:function(){return api("home")},render:function(d){
    var h='<uni-view class="fh-search">🔍 搜索商家、菜品</uni-view>';
    h+='<uni-view class="fh-banner"><uni-view class="t">'+esc(d.banner.title)+'</uni-view><uni-view class="s">'+esc(d.banner.sub)+'</uni-view></uni-view>';
    h+='<uni-view class="fh-cates">'+d.categories.map(function(c){return '<uni-view class="fh-cate"><i></i>'+esc(c)+'</uni-view>'}).join("")+'</uni-view>';
    h+='<uni-view class="fh-sec">附近商家</uni-view>';
    h+=d.shops.map(function(s){return '<uni-view class="fh-shop" data-url="pages/shop/detail?id='+s.id+'"><uni-image><img src="'+esc(s.logo)+'" alt=""></uni-image><uni-view class="info"><uni-view class="name">'+esc(s.name)+'</uni-view><uni-view>'+stars(s.score)+' · 月售'+s.sales+' · '+esc(s.time)+' · '+esc(s.distance)+'</uni-view><uni-view>起送 ¥'+s.min+' · 配送 ¥'+s.fee+'</uni-view><uni-view style="margin-top:4px">'+s.tags.map(function(t){return '<uni-text class="fh-tag">'+esc(t)+'</uni-text>'}).join("")+'</uni-view></uni-view></uni-view>'}).join("");
    h+='<uni-view class="fh-notice">'+esc(d.notice)+'</uni-view><uni-view class="fh-foot">'+esc(d.footer)+'</uni-view>';
    return h}},
  "pages/shop/detail":{title:"商家详情",load:function(q){return api("shop/"+(q.id||"101"))},render:function(s){
    var h='<uni-view class="fh-card"><h4>'+esc(s.name)+'</h4><uni-view class="fh-muted">'+esc(s.address)+' · 营业时间 '+esc(s.hours)+'</uni-view><uni-view class="fh-muted">'+esc(s.license)+'</uni-view></uni-view>';
    h+='<uni-view class="fh-card">'+s.menu.map(function(m){return '<uni-view class="fh-dish"><uni-view><uni-view>'+esc(m.name)+'</uni-view><uni-view class="fh-muted">'+esc(m.desc)+'</uni-view></uni-view><uni-text class="fh-price">¥'+m.price.toFixed(2)+'</uni-text></uni-view>'}).join("")+'</uni-view>';
    h+='<uni-view class="fh-card"><h4>配送说明</h4>'+esc(s.delivery)+'</uni-view>';return h}},
  "pages/order/order":{title:"订单",load:function(){return api("orders")},render:function(d){
    return d.list.map(function(o){return '<uni-view class="fh-card"><uni-view class="fh-row"><b>'+esc(o.shop)+'</b><uni-text class="fh-muted">'+esc(o.status)+'</uni-text></uni-view><uni-view class="fh-row"><uni-text>'+esc(o.items)+'</uni-text><uni-text class="fh-price">实付 ¥'+o.paid.toFixed(2)+'</uni-text></uni-view><uni-view class="fh-muted">'+esc(o.time)+' · 订单号 '+esc(o.no)+'</uni-view>'+(o.refund?'<uni-view class="fh-muted" style="margin-top:4px">'+esc(o.refund)+'</uni-view>':"")+'</uni-view>'}).join("")+'<uni-view class="fh-foot">'+esc(d.tip)+'</uni-view>'}},
  "pages/mine/mine":{title:"我的",load:function(){return api("user")},render:function(u){
    var h='<uni-view class="fh-user"><uni-view class="nick">'+esc(u.nick)+'</uni-view><uni-view style="font-size:12px;opacity:.9">'+esc(u.phone)+' · '+esc(u.member)+'</uni-view></uni-view>';
    h+='<uni-view class="fh-assets">'+u.assets.map(function(a){return '<uni-view><b>'+esc(a.v)+'</b>'+esc(a.k)+'</uni-view>'}).join("")+'</uni-view>';
    h+='<uni-view class="fh-card fh-menu">'+u.menu.map(function(m){return '<uni-view class="fh-row" data-url="'+esc(m.url)+'"><uni-text>'+esc(m.t)+'</uni-text><uni-text class="fh-muted">'+esc(m.d||"")+' ›</uni-text></uni-view>'}).join("")+'</uni-view>';
    h+='<uni-view class="fh-foot">'+esc(u.footer)+'</uni-view>';return h}},
  "pages/help/help":{title:"帮助与客服",load:function(){return api("help")},render:function(d){
    return d.sections.map(function(s){return '<uni-view class="fh-card"><h4>'+esc(s.q)+'</h4>'+s.a.map(function(p){return '<uni-view style="margin-bottom:6px">'+esc(p)+'</uni-view>'}).join("")+'</uni-view>'}).join("")+'<uni-view class="fh-card"><h4>联系我们</h4>'+esc(d.contact)+'</uni-view>'}},
  "pages/about/about":{title:"关于我们",load:function(){return api("about")},render:function(d){
    return '<uni-view class="fh-card">'+d.paragraphs.map(function(p){return '<uni-view style="margin-bottom:8px">'+esc(p)+'</uni-view>'}).join("")+'</uni-view><uni-view class="fh-card fh-muted">'+d.company.map(esc).join("<br>")+'</uni-view>'}}
};
uni.createApp({pages:pages,tabBar:{list:[{pagePath:"pages/index/index",text:"首页"},{pagePath:"pages/order/order",text:"订单"},{pagePath:"pages/mine/mine",text:"我的"}]}});
})(window.uni);
