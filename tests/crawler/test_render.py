"""Rendering in real Chromium: JS-only sites, the probe, screenshots, the egress guard."""

from __future__ import annotations

import json
import sqlite3
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from crawler.egress import EgressGuard
from crawler.sandbox.server import HOSTILE_DIR, SITES_DIR, Sandbox
from tests.conftest import json_lines, run_cli

JS_ONLY = ("quantex-ai.vip", "lumacoin-exchange.com")
BROWSER_SOURCES = {"rendered", "api", "probe"}


def scan(sandbox: Sandbox, config: Path, data_dir: Path, render: str) -> dict[str, Any]:
    result = run_cli(
        "scan",
        *JS_ONLY,
        "--render",
        render,
        "--json",
        "--config",
        str(config),
        "--data-dir",
        str(data_dir),
        proxy=sandbox.proxy_url,
    )
    assert result.returncode == 0, result.stderr
    return {v["domain"]: v for v in json_lines(result.stdout)}


def evidence(verdict: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for s in verdict["signals"] for e in s["evidence"]]


@pytest.fixture(scope="module")
def rendered(
    sandbox: Sandbox, sandbox_config: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    data_dir = tmp_path_factory.mktemp("rendered")
    return {"verdicts": scan(sandbox, sandbox_config, data_dir, "auto"), "data_dir": data_dir}


def test_spa_tell_tale_text_behind_a_hash_route_and_json_api_is_found(
    rendered: dict[str, Any],
) -> None:
    verdict = rendered["verdicts"]["quantex-ai.vip"]
    assert verdict["verdict"] == "fraud"
    fee = [
        e for s in verdict["signals"] if s["detector"] == "withdrawal_fee" for e in s["evidence"]
    ]
    urls = {e["url"] for e in fee if e["source"] in ("rendered", "api")}
    assert "http://quantex-ai.vip/#/help/withdrawal-tax" in urls
    assert "http://quantex-ai.vip/api/help/withdrawal-tax" in urls


def test_fee_demand_after_submitting_the_withdraw_form_is_found_by_the_probe(
    rendered: dict[str, Any],
) -> None:
    verdict = rendered["verdicts"]["lumacoin-exchange.com"]
    assert verdict["verdict"] == "fraud"
    probe = [e for e in evidence(verdict) if e["source"] == "probe"]
    assert probe, "no evidence from the probe"
    assert all(e["url"] == "http://lumacoin-exchange.com/withdraw.html" for e in probe)
    assert "submitted with 'Withdraw'" in probe[0]["step"]
    assert "amount=100" in probe[0]["step"]
    assert any("cannot be deducted" in e["text"] for e in probe)


def test_home_page_screenshot_is_saved_and_referenced(rendered: dict[str, Any]) -> None:
    data_dir = rendered["data_dir"]
    db = sqlite3.connect(data_dir / "butcherblock.sqlite3")
    for domain in JS_ONLY:
        (capture,) = db.execute(
            "SELECT capture FROM verdicts WHERE domain = ?", (domain,)
        ).fetchone()
        shot = json.loads(capture)["screenshot"]
        assert shot == f"screenshots/{domain}.png"
        png = (data_dir / shot).read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 5000


def test_without_rendering_only_what_the_bundle_names_is_reached(
    sandbox: Sandbox, sandbox_config: Path, tmp_path: Path
) -> None:
    """Without a browser, no page is rendered or probed: only API paths the bundle names as
    literals are fetched (quantex builds its help paths at run time), so neither demand is seen."""
    verdicts = scan(sandbox, sandbox_config, tmp_path, "never")
    for domain in JS_ONLY:
        found = evidence(verdicts[domain])
        assert not {e["source"] for e in found} & {"rendered", "probe"}
        for item in found:
            if item["source"] == "api":
                assert item["step"].startswith("GET of a path named in "), item
    for domain in JS_ONLY:
        assert verdicts[domain]["verdict"] != "fraud"
        assert not [s for s in verdicts[domain]["signals"] if s["detector"] == "withdrawal_fee"]
    assert not (tmp_path / "screenshots").exists()


# -- the egress guard, on its own --------------------------------------------------------


class _Hello(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b"hello from loopback"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_: Any) -> None:
        return


@pytest.fixture
def local_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hello)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def fetch_via(proxy: str, url: str) -> tuple[int, str]:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}))
    try:
        with opener.open(url, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def test_egress_guard_refuses_loopback_and_metadata_targets(local_server: str) -> None:
    guard = EgressGuard(allow_private=False, upstream=None)
    with guard as proxy:
        assert fetch_via(proxy, local_server) == (
            403,
            "refused by butcherblock: 127.0.0.1 is a loopback address",
        )
        status, body = fetch_via(proxy, "http://169.254.169.254/latest/meta-data/")
        assert status == 403 and "link-local" in body
        status, body = fetch_via(proxy, "http://localhost:1/")
        assert status == 403 and "local name" in body
    assert len(guard.policy.refused) == 3


def test_egress_guard_passes_allowed_traffic_directly_and_through_an_upstream(
    local_server: str, sandbox: Sandbox
) -> None:
    with EgressGuard(allow_private=True, upstream=None) as proxy:
        assert fetch_via(proxy, local_server) == (200, "hello from loopback")
    with EgressGuard(allow_private=False, upstream=sandbox.proxy_url) as proxy:
        status, body = fetch_via(proxy, "http://meridian-markets.com/")
        assert status == 200 and "Meridian" in body
        assert fetch_via(proxy, "http://10.0.0.5/")[0] == 403


# -- bounded: stalls and long crawls ------------------------------------------------------


def config_with(sandbox: Sandbox, path: Path, extra: str) -> Path:
    path.write_text(sandbox.crawler_config() + "\n" + extra, encoding="utf-8")
    return path


def test_a_page_that_never_loads_is_recorded_and_the_crawl_goes_on(tmp_path: Path) -> None:
    with Sandbox(sites_dirs=(SITES_DIR, HOSTILE_DIR)) as web:
        config = config_with(
            web,
            tmp_path / "c.toml",
            "[browser]\nrender_timeout = 3\n[crawler]\ndownload_timeout = 3\n",
        )
        result = run_cli(
            "scan",
            "slow-render.net",
            "meridian-markets.com",
            "--json",
            "--config",
            str(config),
            "--data-dir",
            str(tmp_path),
            proxy=web.proxy_url,
        )
    assert result.returncode == 0, result.stderr
    verdicts = {v["domain"]: v for v in json_lines(result.stdout)}
    assert verdicts["slow-render.net"]["verdict"] == "clean"
    assert verdicts["meridian-markets.com"]["verdict"] == "clean"
    db = sqlite3.connect(tmp_path / "butcherblock.sqlite3")
    (capture,) = db.execute(
        "SELECT capture FROM verdicts WHERE domain = 'slow-render.net'"
    ).fetchone()
    summary = json.loads(capture)
    assert (
        "http://slow-render.net/: render failed: browser: Timeout 3000ms exceeded"
        in summary["errors"]
    )
    assert [p["source"] for p in summary["pages"]] == ["static"]


def test_browser_is_restarted_after_the_configured_number_of_pages(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    config = config_with(sandbox, tmp_path / "c.toml", "[browser]\nrestart_after_pages = 2\n")
    result = run_cli(
        "scan",
        *JS_ONLY,
        "--json",
        "-v",
        "--config",
        str(config),
        "--data-dir",
        str(tmp_path),
        proxy=sandbox.proxy_url,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("restarted Chromium after 2 rendered pages") >= 2
    assert {v["verdict"] for v in json_lines(result.stdout)} == {"fraud"}
