"""End to end: the real CLI drives the real Scrapy crawler against the sandbox web."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from crawler.sandbox.server import Sandbox
from tests.conftest import json_lines, run_cli


@pytest.fixture(scope="module")
def scanned(
    sandbox: Sandbox, sandbox_config: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    """Scan every sample site once, in one crawl; tests read the results."""
    data_dir = tmp_path_factory.mktemp("data")
    hosts = sorted(sandbox.sites)
    result = run_cli(
        "scan",
        *hosts,
        "--json",
        "--config",
        str(sandbox_config),
        "--data-dir",
        str(data_dir),
        proxy=sandbox.proxy_url,
        timeout=600,  # every sample site, rendered, explored and read: slow on a busy machine
    )
    assert result.returncode == 0, result.stderr
    verdicts = {v["domain"]: v for v in json_lines(result.stdout)}
    return {"verdicts": verdicts, "data_dir": data_dir, "stderr": result.stderr}


def test_every_sample_site_gets_the_verdict_it_is_labelled_with(
    scanned: dict[str, Any], sandbox: Sandbox
) -> None:
    verdicts = scanned["verdicts"]
    assert set(verdicts) == set(sandbox.sites)
    db = sqlite3.connect(scanned["data_dir"] / "butcherblock.sqlite3")
    wrong = {}
    for host, site in sandbox.sites.items():
        if (verdicts[host]["verdict"] == "fraud") != (site.label == "fraud"):
            (capture,) = db.execute(
                "SELECT capture FROM verdicts WHERE domain = ?", (host,)
            ).fetchone()
            summary = json.loads(capture)
            wrong[host] = {
                "verdict": verdicts[host]["verdict"],
                "signals": [s["summary"] for s in verdicts[host]["signals"]],
                "pages": [(p["url"], p["source"]) for p in summary["pages"]],
                "errors": summary["errors"],
            }
    assert wrong == {}


def test_json_output_has_the_documented_shape(scanned: dict[str, Any]) -> None:
    verdict = scanned["verdicts"]["aurora-fxpro.com"]
    assert {"domain", "verdict", "score", "signals"} <= set(verdict)
    assert 0 <= verdict["score"] <= 100
    for signal in verdict["signals"]:
        assert {"detector", "score", "summary", "evidence"} <= set(signal)
        assert signal["evidence"], f"signal without evidence: {signal['summary']}"


def test_scam_site_is_listed_by_at_least_two_detectors_with_evidence(
    scanned: dict[str, Any],
) -> None:
    verdict = scanned["verdicts"]["aurora-fxpro.com"]
    assert verdict["verdict"] == "fraud"
    detectors = {s["detector"] for s in verdict["signals"]}
    assert {"withdrawal_fee", "young_domain", "metatrader", "clone_template"} <= detectors
    fee = next(s for s in verdict["signals"] if s["rule"] == "pay-to-withdraw")
    assert any(
        "tax" in e["text"].lower() and e["url"].startswith("http://aurora-fxpro.com/")
        for e in fee["evidence"]
    )
    licence = next(s for s in verdict["signals"] if s["rule"] == "licence-not-on-register-fca")
    assert "914027" in licence["summary"]


def test_honest_broker_with_metatrader_and_fee_schedule_stays_clean(
    scanned: dict[str, Any],
) -> None:
    verdict = scanned["verdicts"]["meridian-markets.com"]
    assert verdict["verdict"] == "clean"
    assert verdict["signals"] == []
    # It really was read: the MT downloads and the fee schedule were on the pages crawled.
    db = sqlite3.connect(scanned["data_dir"] / "butcherblock.sqlite3")
    (capture,) = db.execute(
        "SELECT capture FROM verdicts WHERE domain = 'meridian-markets.com'"
    ).fetchone()
    assert "withdraw.html" in capture and "platform.html" in capture


def test_clone_without_incriminating_text_of_its_own_still_matches_its_kit(
    scanned: dict[str, Any],
) -> None:
    for host in ("zenithcapital-mt5.net", "coinharbor-vip.cc"):
        kit = [s for s in scanned["verdicts"][host]["signals"] if s["detector"] == "clone_template"]
        assert kit and kit[0]["score"] >= 70, host
        assert any(e["kind"] == "fingerprint" for e in kit[0]["evidence"])


def test_whois_fallback_gives_the_registration_date_when_rdap_has_none(
    scanned: dict[str, Any],
) -> None:
    young = [
        s
        for s in scanned["verdicts"]["coinharbor-vip.cc"]["signals"]
        if s["detector"] == "young_domain"
    ]
    assert young and "source whois" in young[0]["evidence"][0]["text"]
    db = sqlite3.connect(scanned["data_dir"] / "butcherblock.sqlite3")
    sources = dict(db.execute("SELECT domain, json_extract(record, '$.source') FROM registrations"))
    assert sources["harbourline-securities.co.uk"] == "whois"
    assert sources["aurora-fxpro.com"] == "rdap"


def test_bare_domain_falls_back_from_https_to_http(scanned: dict[str, Any]) -> None:
    verdict = scanned["verdicts"]["quietledger.net"]
    assert verdict["url"] == "http://quietledger.net/"


def test_browser_redirects_to_loopback_and_link_local_are_refused(scanned: dict[str, Any]) -> None:
    """redirect-trap.net is thin, so `auto` crawls it in the browser: the egress guard refuses."""
    db = sqlite3.connect(scanned["data_dir"] / "butcherblock.sqlite3")
    (capture,) = db.execute(
        "SELECT capture FROM verdicts WHERE domain = 'redirect-trap.net'"
    ).fetchone()
    errors = json.loads(capture)["errors"]
    assert any("refused: 127.0.0.1 is a loopback address" in e for e in errors), errors
    assert any("refused: 169.254.169.254 is a link-local address" in e for e in errors), errors
    assert all("169.254" not in p["url"] for p in json.loads(capture)["pages"])


def test_plain_fetch_redirects_to_private_targets_are_refused(
    sandbox: Sandbox, sandbox_config: Path, tmp_path: Path
) -> None:
    """With the browser off, Scrapy's downloader middleware refuses each redirect hop."""
    result = run_cli(
        "scan",
        "redirect-trap.net",
        "--render",
        "never",
        "--json",
        "--config",
        str(sandbox_config),
        "--data-dir",
        str(tmp_path),
        proxy=sandbox.proxy_url,
    )
    assert result.returncode == 0, result.stderr
    db = sqlite3.connect(tmp_path / "butcherblock.sqlite3")
    (capture,) = db.execute("SELECT capture FROM verdicts").fetchone()
    errors = json.loads(capture)["errors"]
    assert "http://127.0.0.1:8080/internal: refused: 127.0.0.1 is a loopback address" in errors
    assert (
        "http://169.254.169.254/latest/meta-data/: refused: 169.254.169.254 is a link-local address"
        in errors
    )


def test_lookup_reads_the_latest_verdict_for_a_url_or_domain(scanned: dict[str, Any]) -> None:
    data_dir = str(scanned["data_dir"])
    result = run_cli(
        "lookup",
        "HTTPS://WWW.Aurora-FXPro.com./withdraw.html?x=1",
        "--json",
        "--data-dir",
        data_dir,
    )
    assert result.returncode == 0, result.stderr
    (verdict,) = json_lines(result.stdout)
    assert verdict["domain"] == "aurora-fxpro.com" and verdict["verdict"] == "fraud"
    assert verdict == scanned["verdicts"]["aurora-fxpro.com"]


def test_lookup_of_a_domain_never_scanned_is_unknown(scanned: dict[str, Any]) -> None:
    result = run_cli(
        "lookup", "--data-dir", str(scanned["data_dir"]), "never-seen-broker.com", "--json"
    )
    assert result.returncode == 0
    assert json_lines(result.stdout) == [
        {"domain": "never-seen-broker.com", "verdict": "unknown", "score": 0, "signals": []}
    ]


def test_publish_writes_only_fraud_domains_to_the_block_feeds(
    scanned: dict[str, Any], sandbox: Sandbox
) -> None:
    result = run_cli("feeds", "publish", "--data-dir", str(scanned["data_dir"]))
    assert result.returncode == 0, result.stderr
    feeds = scanned["data_dir"] / "feeds"
    listed = [
        line
        for line in (feeds / "domains.txt").read_text().splitlines()
        if not line.startswith("#")
    ]
    assert listed == sorted(h for h, s in sandbox.sites.items() if s.label == "fraud")
    hosts = (feeds / "hosts").read_text()
    assert "0.0.0.0 aurora-fxpro.com\n0.0.0.0 www.aurora-fxpro.com\n" in hosts
    assert "meridian-markets.com" not in hosts


def _fee_evidence(scanned: dict[str, Any], domain: str) -> list[dict[str, Any]]:
    verdict = scanned["verdicts"][domain]
    return [
        e for s in verdict["signals"] if s["detector"] == "withdrawal_fee" for e in s["evidence"]
    ]


def test_a_fee_notice_that_exists_only_as_an_image_is_read_and_caught(
    scanned: dict[str, Any],
) -> None:
    assert scanned["verdicts"]["pratagold-invest.com"]["verdict"] == "fraud"
    from_image = [
        e for e in _fee_evidence(scanned, "pratagold-invest.com") if e["source"] == "image"
    ]
    assert from_image, "the demand is only in /img/aviso-saque.png"
    assert from_image[0]["url"].endswith("/img/aviso-saque.png")
    assert from_image[0]["text"].startswith("text in image")
    assert "saque.html" in from_image[0]["step"]


def test_a_notice_reached_only_through_a_click_handler_is_caught(scanned: dict[str, Any]) -> None:
    assert scanned["verdicts"]["xinghe-quant.com"]["verdict"] == "fraud"
    steps = [e["step"] for e in _fee_evidence(scanned, "xinghe-quant.com")]
    assert any(step.startswith("clicked '公告 Notice'") for step in steps), steps


def test_a_text_free_clone_of_a_listed_kit_on_an_old_domain_is_listed(
    scanned: dict[str, Any],
) -> None:
    verdict = scanned["verdicts"]["yinhe-global.net"]
    assert verdict["verdict"] == "fraud"
    assert {s["detector"] for s in verdict["signals"]} == {"clone_template"}
    (kit,) = verdict["signals"]
    assert "xinghe-quant.com" in kit["summary"]


def test_an_honest_app_on_the_same_library_and_app_shell_is_not_linked_to_the_kit(
    scanned: dict[str, Any],
) -> None:
    verdict = scanned["verdicts"]["dumpling-express.com"]
    assert verdict["verdict"] == "clean"
    assert not [s for s in verdict["signals"] if s["detector"] == "clone_template"]


def test_the_eval_report_of_the_train_split_lists_every_fraud_site_and_no_honest_one(
    scanned: dict[str, Any], sandbox: Sandbox
) -> None:
    from crawler.config import load_config
    from crawler.evaluation_run import site_report
    from feeds.store import Store

    store = Store.in_data_dir(scanned["data_dir"])
    verdicts = [v for host in sandbox.sites if (v := store.latest_verdict(host)) is not None]
    store.close()
    labels = {host: site.label for host, site in sandbox.sites.items()}
    report = site_report(load_config(data_dir=scanned["data_dir"]), labels, verdicts)
    lines = report.splitlines()
    frauds = sum(1 for label in labels.values() if label == "fraud")
    row = next(line for line in lines if line.startswith("verdict = fraud"))
    assert row.split()[-4:] == [str(frauds), "0", "1.00", "1.00"], report
    assert any(line.startswith("train: leave-one-kit-out recall") for line in lines)
    assert not any("not listed" in line or "honest sites listed" in line for line in lines)
