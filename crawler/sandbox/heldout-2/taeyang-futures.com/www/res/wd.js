document.getElementById("frmWd").onsubmit = function (ev) {
  ev.preventDefault();
  var f = this, x = new XMLHttpRequest(), body = [];
  for (var i = 0; i < f.elements.length; i++) { var el = f.elements[i]; if (el.name) body.push(encodeURIComponent(el.name) + "=" + encodeURIComponent(el.value)); }
  x.open("POST", f.action, true);
  x.setRequestHeader("Content-Type", "application/x-www-form-urlencoded");
  x.onload = function () {
    var r; try { r = JSON.parse(x.responseText); } catch (e) { r = { result: "error", message: "일시적인 오류입니다." }; }
    document.getElementById("wdHead").textContent = r.head || "알림";
    document.getElementById("wdMsg").innerHTML = r.message;
    document.getElementById("wdLayer").classList.add("on");
  };
  x.send(body.join("&"));
};
