"""The `demo` and `sandbox` commands, run as a user runs them."""

from __future__ import annotations

import subprocess
import sys
import urllib.request
from pathlib import Path

from crawler.sandbox.server import Sandbox, load_sites
from tests.conftest import REPO, json_lines, run_cli


def test_demo_lists_the_scam_sites_with_reasons_and_leaves_feeds(tmp_path: Path) -> None:
    result = run_cli("demo", "--data-dir", str(tmp_path), timeout=600)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "FRAUD" in out and "aurora-fxpro.com" in out and "[withdrawal_fee]" in out
    frauds = sorted(host for host, site in load_sites().items() if site.label == "fraud")
    assert f"published {len(frauds)} listed domain(s)" in out, out
    listed = (tmp_path / "feeds" / "domains.txt").read_text().splitlines()[1:]
    assert listed == frauds
    assert result.stderr == ""


def test_sandbox_command_serves_sites_and_writes_its_config(tmp_path: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "crawler",
        "sandbox",
        "--proxy-port",
        "0",
        "--rdap-port",
        "0",
        "--whois-port",
        "0",
        "--data-dir",
        str(tmp_path),
    ]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=REPO) as process:
        try:
            assert process.stdout is not None
            lines = [process.stdout.readline() for _ in range(5)]
            proxy = next(line.split()[1] for line in lines if line.strip().startswith("proxy"))
            opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}))
            with opener.open("http://meridian-markets.com/", timeout=5) as response:
                assert b"Meridian" in response.read()
            config = (tmp_path / "sandbox.toml").read_text()
            assert "rdap_base_url" in config and "whois_server" in config
        finally:
            process.terminate()


def test_eval_prints_the_passages_of_every_split_side_by_side(tmp_path: Path) -> None:
    # The site half of eval (a crawl of every split) is tested on the sandbox scan's verdicts
    # in test_scan_sandbox.py; a crawl of 200 sites has no place in `make test`.
    result = run_cli("eval", "--passages-only", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    out = result.stdout.splitlines()
    header = next(line for line in out if line.startswith("language"))
    assert "train n" in header and "heldout n" in header
    passages_all = next(line for line in out if line.startswith("all "))
    assert len(passages_all.split()) >= 7  # n, precision and recall for at least two splits
    assert any(line.startswith("zh ") for line in out) and any(
        line.startswith("th ") for line in out
    )


def test_eval_refuses_a_split_that_does_not_exist(tmp_path: Path) -> None:
    result = run_cli("eval", "--split", "nonesuch", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert "nonesuch" in result.stderr and "Traceback" not in result.stderr


def test_scan_due_crawls_due_rechecks_and_queued_submissions(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from detectors.model import Verdict
    from feeds.store import Store

    with Sandbox() as web:
        config = tmp_path / "sandbox.toml"
        config.write_text(web.crawler_config())
        store = Store.in_data_dir(tmp_path)
        old = datetime.now(UTC) - timedelta(days=3)
        store.record_verdict(
            Verdict("aurora-fxpro.com", "fraud", 90, (), "http://aurora-fxpro.com/", old), {}
        )
        store.submit("quietledger.net", "https://quietledger.net/", "test", datetime.now(UTC))
        store.close()
        result = run_cli(
            "scan",
            "--due",
            "--render",
            "never",
            "--json",
            "--config",
            str(config),
            "--data-dir",
            str(tmp_path),
            proxy=web.proxy_url,
        )
    assert result.returncode == 0, result.stderr
    scanned = {v["domain"]: v["verdict"] for v in json_lines(result.stdout)}
    assert scanned == {"aurora-fxpro.com": "fraud", "quietledger.net": "clean"}
    assert Store.in_data_dir(tmp_path).open_submissions() == []
    again = run_cli("scan", "--due", "--data-dir", str(tmp_path), "--config", str(config))
    assert again.stdout.strip() == "nothing is due and nothing is queued"


def test_nightly_crawl_gathers_crawls_publishes_and_reports(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from feeds.store import Store

    seeds = tmp_path / "seeds.txt"
    seeds.write_text(
        "# tonight's candidates\n"
        "aurora-fxpro.com\n"
        "https://www.meridian-markets.com/withdraw.html   # a regulated broker\n"
        "not a domain\n"
        "AURORA-FXPRO.COM.\n"
        "\n"
        "zenithcapital-mt5.net\n"
    )
    with Sandbox() as web:
        config = tmp_path / "sandbox.toml"
        config.write_text(web.crawler_config())
        store = Store.in_data_dir(tmp_path)
        store.submit("bitvaultx.top", "https://bitvaultx.top/", "test", datetime.now(UTC))
        store.close()
        crawl = (
            "crawl",
            "--render",
            "never",
            "--config",
            str(config),
            "--data-dir",
            str(tmp_path),
        )
        result = run_cli(*crawl, "--seeds", str(seeds), "--max-sites", "3", proxy=web.proxy_url)
        assert result.returncode == 0, result.stderr
        # The rest of the run stays in the frontier; the next crawl finishes it, nothing twice.
        rest = run_cli(*crawl, "--seeds", str(seeds), proxy=web.proxy_url)
    assert result.returncode == 0, result.stderr
    assert "4 candidate site(s), 4 new to the run" in result.stdout
    assert "1 input(s) were not domains or URLs" in result.stdout
    assert "1 site(s) left (stopped by --max-sites); the next crawl resumes them" in result.stdout
    assert rest.returncode == 0, rest.stderr
    assert "3 candidate site(s), 0 new to the run" in rest.stdout  # the submission was taken
    assert "1 site(s) to crawl" in rest.stdout and "crawled 1 site(s)" in rest.stdout
    store = Store.in_data_dir(tmp_path)
    assert sorted(d for (d,) in store.db.execute("SELECT domain FROM verdicts")) == [
        "aurora-fxpro.com",
        "bitvaultx.top",
        "meridian-markets.com",
        "zenithcapital-mt5.net",
    ]
    listed = (tmp_path / "feeds" / "domains.txt").read_text().splitlines()[1:]
    assert listed == ["aurora-fxpro.com", "bitvaultx.top", "zenithcapital-mt5.net"]
    first_report = sorted((tmp_path / "reports").glob("crawl-*/report.md"))[0]
    text = first_report.read_text()
    assert "- candidates: 4 (3 seeds, 1 submission)" in text
    assert "- `aurora-fxpro.com`" in text and "- `bitvaultx.top`" in text  # max 3: submission first
    assert "'not a domain' contains spaces" in text
    assert "| crawl and judge |" in text and "| publish |" in text
    assert (first_report.parent / "report.html").is_file()
    assert Store.in_data_dir(tmp_path).open_submissions() == []
