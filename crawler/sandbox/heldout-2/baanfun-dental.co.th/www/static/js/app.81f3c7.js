window.__uniConfig = {
	appName: "บ้านฟันดี ทันตกรรม",
	entryPagePath: "pages/home/home",
	globalStyle: { navigationBarBackgroundColor: "#138d90", navigationBarTextStyle: "white" },
	tabBar: {
		color: "#7d8f8f", selectedColor: "#138d90", backgroundColor: "#ffffff",
		list: [
			{ pagePath: "pages/home/home", text: "หน้าแรก", iconPath: "static/tabbar/tab-home.png", selectedIconPath: "static/tabbar/tab-home-active.png" },
			{ pagePath: "pages/booking/booking", text: "จองคิว", iconPath: "static/tabbar/tab-book.png", selectedIconPath: "static/tabbar/tab-book-active.png" },
			{ pagePath: "pages/appointment/appointment", text: "นัดหมาย", iconPath: "static/tabbar/tab-appt.png", selectedIconPath: "static/tabbar/tab-appt-active.png" },
			{ pagePath: "pages/me/me", text: "ฉัน", iconPath: "static/tabbar/tab-me.png", selectedIconPath: "static/tabbar/tab-me-active.png" }
		]
	},
	pages: [
		{ path: "pages/home/home", style: { navigationStyle: "custom" } },
		{ path: "pages/booking/booking", style: { navigationBarTitleText: "จองคิวทำฟัน" } },
		{ path: "pages/booking/confirm", style: { navigationBarTitleText: "ยืนยันการจอง" } },
		{ path: "pages/appointment/appointment", style: { navigationBarTitleText: "นัดหมายของฉัน" } },
		{ path: "pages/me/me", style: { navigationBarTitleText: "บัญชีของฉัน" } },
		{ path: "pages/price/price", style: { navigationBarTitleText: "ราคาค่ารักษา" } },
		{ path: "pages/clinic/clinic", style: { navigationBarTitleText: "ข้อมูลคลินิก" } }
	]
};

(function () {
	const esc = uni.escape;
	const baht = (n) => Number(n).toLocaleString("th-TH") + " บาท";
	const load = (url) => uni.request({ url }).then((r) => r.data);
	const panel = (title, inner) => `<uni-view class="bf-panel">${title ? `<h3>${esc(title)}</h3>` : ""}${inner}</uni-view>`;
	const list = (items, tag = "ul") => `<${tag}>${items.map((i) => `<li>${esc(i)}</li>`).join("")}</${tag}>`;

	__definePage("pages/home/home", {
		async onLoad() {
			const d = await load("/api/home");
			this.set(`
				<uni-view class="bf-top"><h2>${esc(d.greeting)}</h2><p>${esc(d.sub)}</p></uni-view>
				<uni-view class="bf-quick">${d.quick.map((q) => `<uni-view data-url="${esc(q.url)}"><b>${q.icon}</b>${esc(q.text)}</uni-view>`).join("")}</uni-view>
				${panel(d.news.title, `<p>${esc(d.news.text)}</p>`)}
				${panel("ทันตแพทย์ประจำคลินิก", d.doctors.map((x) => `<uni-view class="bf-doc"><uni-view class="av">${esc(x.initial)}</uni-view><uni-view>${esc(x.name)}<small>${esc(x.field)}</small></uni-view></uni-view>`).join(""))}
				${panel("เวลาทำการ", list(d.hours))}
				<uni-view class="bf-small">${esc(d.footer)}</uni-view>`);
		}
	});

	__definePage("pages/booking/booking", {
		async onLoad() {
			const d = await load("/api/slots");
			this.set(`
				${panel("เลือกบริการ", d.services.map((s) => `<uni-view class="bf-svc"><span>${esc(s.name)}${s.deposit ? '<span class="bf-tag">มัดจำ</span>' : ""}</span><span>${esc(s.duration)}</span></uni-view>`).join(""))}
				${d.days.map((day) => panel(day.label, `<uni-view class="bf-slots">${day.slots.map((s) => s.full ? `<uni-view class="bf-slot full">${esc(s.time)} เต็ม</uni-view>` : `<uni-view class="bf-slot" data-url="pages/booking/confirm?slot=${encodeURIComponent(day.date + " " + s.time)}">${esc(s.time)}</uni-view>`).join("")}</uni-view>`)).join("")}
				<uni-view class="bf-small">${esc(d.hint)}</uni-view>`);
		}
	});

	__definePage("pages/booking/confirm", {
		async onLoad(q) {
			const d = await load("/api/deposit-policy");
			this.set(`
				${panel("รายละเอียดการจอง", `<p>วันเวลา: <b>${esc(q.slot || "-")}</b><br>สาขา: ${esc(d.branch)}</p>`)}
				${panel(d.title, list(d.rules, "ol"))}
				${panel("ช่องทางชำระมัดจำ", list(d.channels))}
				<uni-view class="bf-btn" data-url="pages/appointment/appointment">ยืนยันและชำระมัดจำ ${baht(d.amount)}</uni-view>
				<uni-view class="bf-small">${esc(d.note)}</uni-view>`);
		}
	});

	__definePage("pages/appointment/appointment", {
		async onLoad() {
			const d = await load("/api/appointments");
			this.set(d.items.map((a) => `<uni-view class="bf-panel bf-appt"><h3>${esc(a.service)}</h3><p>${esc(a.when)} · ${esc(a.doctor)}</p><p>สถานะ: ${esc(a.status)}</p><p>${esc(a.money)}</p></uni-view>`).join("") + `<uni-view class="bf-small">${esc(d.note)}</uni-view>`);
		}
	});

	__definePage("pages/me/me", {
		async onLoad() {
			const d = await load("/api/me");
			this.set(`
				<uni-view class="bf-top" style="padding-bottom:18px"><h2>${esc(d.name)}</h2><p>${esc(d.hn)} · ${esc(d.level)}</p></uni-view>
				${panel(d.member.title, list(d.member.perks))}
				${panel("", d.menu.map((m) => `<uni-view class="bf-svc" data-url="${esc(m.url)}" style="cursor:pointer"><span>${esc(m.text)}</span><span>›</span></uni-view>`).join(""))}
				<uni-view class="bf-small">${esc(d.footer)}</uni-view>`);
		}
	});

	__definePage("pages/price/price", {
		async onLoad() {
			const d = await load("/api/prices");
			this.set(d.groups.map((g) => panel(g.name, g.items.map((i) => `<uni-view class="bf-svc"><span>${esc(i.name)}</span><span>${esc(i.price)}</span></uni-view>`).join(""))).join("") + `<uni-view class="bf-small">${esc(d.note)}</uni-view>`);
		}
	});

	__definePage("pages/clinic/clinic", {
		async onLoad() {
			const d = await load("/api/clinic");
			this.set(panel(d.name, list(d.facts)) + panel("นโยบายความเป็นส่วนตัว", `<p>${esc(d.privacy)}</p>`) + panel("ติดต่อ", `<p>${esc(d.contact)}</p>`));
		}
	});
})();
window.__uniMount("#app");
