"""The withdraw probe in real Chromium: synthetic values, never credentials, never pays."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from playwright.async_api import async_playwright
from scrapy import Request

from crawler.config import load_config
from crawler.probe import probe_withdraw
from crawler.renderer import CHROMIUM_ARGS, PageEvents, init_page

WITHDRAW_PAGE = b"""<!doctype html><html><body>
<h1>Withdraw USDT</h1>
<form id="f">
  <input name="amount" type="number" required>
  <input name="address" placeholder="Wallet address" required>
  <input name="fund_password" type="password" placeholder="Fund password">
  <input name="email" type="email" placeholder="E-mail">
  <button type="button" id="pay" onclick="window.clicked.push('pay')">Pay deposit now</button>
  <button type="submit">Withdraw</button>
</form>
<div id="answer"></div>
<script>
window.clicked = [];
document.getElementById('f').addEventListener('submit', async (event) => {
  event.preventDefault();
  window.clicked.push('withdraw');
  const reply = await fetch('/api/withdraw', {method: 'POST'}).then(r => r.json());
  document.getElementById('answer').textContent = reply.msg;
});
</script></body></html>"""
ANSWER = {
    "code": 1001,
    "msg": "Pay an unfreeze fee of 15% first; it cannot be deducted from your balance.",
}


class _Site(BaseHTTPRequestHandler):
    def _send(self) -> None:
        if self.path.startswith("/api/"):
            body, kind = json.dumps(ANSWER).encode(), "application/json"
        else:
            body, kind = WITHDRAW_PAGE, "text/html"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _send

    def log_message(self, *_: Any) -> None:
        return


@pytest.fixture
def withdraw_site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/withdraw"
    server.shutdown()
    server.server_close()


async def drive(url: str) -> tuple[Any, dict[str, Any]]:
    chromium = load_config().get("browser.chromium_path")
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = await browser.new_page()
        request = Request(url, meta={"bb_events": PageEvents("127.0.0.1")})
        await init_page(page, request)
        await page.goto(url)
        probed = await probe_withdraw(page, request.meta["bb_events"], max_steps=3, seconds=10)
        state = await page.evaluate(
            """() => ({
                clicked: window.clicked,
                values: Object.fromEntries(
                    [...document.querySelectorAll('input')].map(i => [i.name, i.value])),
            })"""
        )
        await browser.close()
        return probed, state


def test_probe_fills_synthetic_values_submits_and_records_the_answer(withdraw_site: str) -> None:
    probed, state = asyncio.run(drive(withdraw_site))
    assert probed is not None and probed.source == "probe"
    assert "cannot be deducted from your balance" in probed.text
    assert "amount=100" in probed.step and "submitted with 'Withdraw'" in probed.step
    assert state["values"]["amount"] == "100"
    assert state["values"]["address"].startswith("SYNTHETIC")


def test_probe_never_enters_credentials_and_never_pays(withdraw_site: str) -> None:
    _, state = asyncio.run(drive(withdraw_site))
    assert state["values"]["fund_password"] == ""
    assert state["values"]["email"] == ""
    assert state["clicked"] == ["withdraw"]
