"""The lookup page, driven in real Chromium against `butcherblock serve` on loopback."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.async_api import async_playwright

from crawler.config import load_config
from crawler.renderer import CHROMIUM_ARGS
from detectors.model import Evidence, Signal, Verdict
from feeds.store import Store
from tests.conftest import REPO

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
# A kit's own text, as a crawl stores it: every way a page could try to run in a reviewer's browser.
PAYLOADS = (
    "<script>window.__pwned = 'script'</script>",
    "<img src=x onerror=\"window.__pwned = 'img'\">",
    "<a href=\"javascript:window.__pwned = 'link'\">claim your bonus</a>",
    "<svg onload=\"window.__pwned = 'svg'\"></svg>",
    '"><iframe srcdoc="<script>parent.__pwned = \'iframe\'</script>"></iframe>',
    "{{constructor.constructor('window.__pwned = \\'template\\'')()}}",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    store = Store.in_data_dir(tmp_path)
    signals = (
        Signal(
            "withdrawal_fee",
            90,
            "Fee must be paid separately, not deducted from the balance",
            (
                Evidence(
                    "http://aurora-fxpro.com/withdraw.html",
                    "…the tax cannot be deducted " + HOSTILE,
                ),
            ),
        ),
        Signal(
            "young_domain",
            60,
            "Domain registered 12 days ago",
            (Evidence("", "registered 2026-11-11"),),
        ),
    )
    store.record_verdict(
        Verdict(
            "aurora-fxpro.com",
            "fraud",
            98,
            signals,
            "http://aurora-fxpro.com/",
            NOW,
            "score 98",
            "c-af8f4ab8ea",
        ),
        {},
    )
    hostile = Signal(
        "withdrawal_fee",
        80,
        "Withdrawal tax " + PAYLOADS[0] + PAYLOADS[3],
        (
            Evidence("javascript:window.__pwned = 'url'", PAYLOADS[1] + PAYLOADS[2]),
            Evidence("http://x/" + PAYLOADS[4], PAYLOADS[5]),
        ),
    )
    store.record_verdict(
        Verdict("hostile-kit.com", "fraud", 90, (hostile,), "", NOW, PAYLOADS[2], PAYLOADS[1]), {}
    )
    store.close()
    config = tmp_path / "server.toml"  # no DNS queries from the test (unknown names are queued)
    config.write_text("[server]\nresolve_timeout = 0\n", encoding="utf-8")
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "crawler",
            "serve",
            "--port",
            str(port),
            "--data-dir",
            str(tmp_path),
            "--config",
            str(config),
        ],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/openapi.json", timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    yield base, tmp_path
    process.terminate()
    process.wait(timeout=10)


async def look_up(base: str, target: str, shot: Path | None = None) -> dict[str, object]:
    chromium = load_config().get("browser.chromium_path")
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = await browser.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), asyncio.ensure_future(d.dismiss())))
        await page.goto(base + "/")
        await page.fill("#target", target)
        await page.click("button[type=submit]")
        await page.wait_for_selector("#result:not([hidden])")
        await page.wait_for_timeout(300)
        result = {
            "verdict": await page.inner_text("#verdict"),
            "domain": await page.inner_text("#domain"),
            "summary": await page.inner_text("#summary"),
            "reasons": await page.inner_text("#reasons"),
            "facts": await page.inner_text("#facts"),
            "dialogs": dialogs,
            "injected": await page.evaluate(
                "document.querySelectorAll('#reasons img, #reasons script, #result a,"
                " #result svg, #result iframe, #result script, #facts img').length"
            ),
            "pwned": await page.evaluate("typeof window.__pwned"),
        }
        if shot:
            await page.screenshot(path=str(shot), full_page=True)
        await browser.close()
        return result


def test_a_reviewer_pastes_a_url_and_reads_the_verdict_and_reasons(
    server: tuple[str, Path],
) -> None:
    base, data_dir = server
    page = asyncio.run(
        look_up(base, "https://www.Aurora-FXPro.com/withdraw.html", data_dir / "lookup.png")
    )
    assert page["verdict"].lower() == "fraud"
    assert page["domain"] == "aurora-fxpro.com"
    assert "blocklist" in page["summary"]
    assert (
        "Fee must be paid separately" in page["reasons"]
        and "Domain registered 12 days ago" in page["reasons"]
    )
    assert "c-af8f4ab8ea" in page["facts"] and "98 / 100" in page["facts"]
    assert (data_dir / "lookup.png").stat().st_size > 10_000


def test_a_site_s_own_text_is_shown_as_text_never_run(server: tuple[str, Path]) -> None:
    base, _ = server
    page = asyncio.run(look_up(base, "aurora-fxpro.com"))
    assert HOSTILE in page["reasons"]
    assert page["injected"] == 0 and page["dialogs"] == []


def test_an_unknown_domain_is_queued_for_a_scan(server: tuple[str, Path]) -> None:
    base, data_dir = server
    page = asyncio.run(look_up(base, "brand-new-broker.com"))
    assert page["verdict"].lower() == "unknown" and "queued" in page["summary"]
    store = Store.in_data_dir(data_dir)
    assert [domain for _, domain, _ in store.open_submissions()] == ["brand-new-broker.com"]


def test_garbage_gets_a_plain_error(server: tuple[str, Path]) -> None:
    base, _ = server
    page = asyncio.run(look_up(base, "not a domain"))
    assert page["verdict"].lower() == "error" and "spaces" in page["summary"]


def test_no_markup_a_site_wrote_ever_runs_or_renders(server: tuple[str, Path]) -> None:
    """Scripts, event handlers, javascript: links, SVG, iframes and template syntax in a
    summary, an evidence URL or text, or the cluster id all show as the literal text."""
    base, _ = server
    page = asyncio.run(look_up(base, "hostile-kit.com"))
    assert page["pwned"] == "undefined" and page["dialogs"] == []
    assert page["injected"] == 0
    assert "Withdrawal tax " + PAYLOADS[0] + PAYLOADS[3] in page["reasons"]
    assert "javascript:window.__pwned = 'url' — " + PAYLOADS[1] + PAYLOADS[2] in page["reasons"]
    assert "http://x/" + PAYLOADS[4] + " — " + PAYLOADS[5] in page["reasons"]
    assert PAYLOADS[1] in page["facts"]  # the cluster id
