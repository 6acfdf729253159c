"""Bad input at the real command line: one plain line naming the input, exit code 2, no traceback.

Malformed domains and URLs, absurd lengths, control characters and zone-file syntax; broken
config files; a corrupt or locked store. And none of them may change a published feed.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from detectors.model import Evidence, Signal, Verdict
from feeds.store import Store
from tests.conftest import REPO, run_cli

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def assert_one_line_error(result: subprocess.CompletedProcess[str], *fragments: str) -> str:
    """Exit 2, one printable line on stderr that says what was wrong, nothing on stdout."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    line = result.stderr.removesuffix("\n")
    assert "\n" not in line and line.isprintable(), repr(result.stderr)
    assert line.startswith("butcherblock: error: ")
    for fragment in fragments:
        assert fragment in line, (fragment, line)
    return line


@pytest.mark.parametrize(
    ("target", "shown"),
    [
        ("not a domain", "'not a domain' contains spaces, control or invisible characters"),
        ("evil.com\n0.0.0.0 bank.com", "'evil.com\\x0a0.0.0.0 bank.com' contains spaces"),
        ("evil.com\x1b[2J\x07", "'evil.com\\x1b[2J\\x07' contains"),  # terminal escapes
        ("a\u202egnp.com", "'a\\u202egnp.com' contains spaces, control or invisible characters"),
        ("evil.com. IN NS attacker.", "contains spaces"),
        ("$ORIGIN.evil.com", "invalid label '$origin'"),
        ("a;b.com", "invalid label 'a;b'"),
        ("(x).com", "invalid label '(x)'"),
        ("*.evil.com", "invalid label '*'"),
        ("@", "invalid label '@'"),
        ("a" * 300 + ".com", "is longer than 253 characters"),
        ("a" * 64 + ".com", "invalid label 'aaaa"),
        ("xn--a.com", "invalid punycode label 'xn--a'"),
        ("xn--.com", "invalid label 'xn--'"),
        ("http://[::1", "is not a valid URL"),
        ("https://evil.com:99999/", "is not a valid URL"),
        ("javascript:alert(1)", "invalid port"),
        ("ftp://evil.com/", "is not an http or https URL"),
        ("http:///path", "has no host name"),
        ("com", "'com' is a public suffix, not a domain"),
        ("x" * 3000, "target is longer than 2048 characters"),
        ("", "empty target"),
    ],
)
def test_a_malformed_domain_or_url_is_one_line_naming_it(
    tmp_path: Path, target: str, shown: str
) -> None:
    assert_one_line_error(run_cli("lookup", target, "--data-dir", str(tmp_path)), shown)


def test_every_command_that_takes_a_domain_refuses_the_same_way(tmp_path: Path) -> None:
    hostile = "evil.com\n$TTL 0"
    for args in (
        ["scan", hostile],
        ["deny", hostile, "--reason", "x"],
        ["allow", hostile, "--reason", "x"],
        ["explain", hostile],
        ["overrides", hostile],
    ):
        assert_one_line_error(
            run_cli(*args, "--data-dir", str(tmp_path)), "'evil.com\\x0a$TTL 0' contains"
        )


def test_an_idn_homograph_is_keyed_by_punycode_and_flagged(tmp_path: Path) -> None:
    """`pаypal.com` with a Cyrillic `а` is a different domain from paypal.com: we keep it apart
    (punycode), say that it mixes scripts, and an analyst's decision sticks to that exact name."""
    homograph = "p\u0430ypal.com"
    looked = run_cli("lookup", homograph, "--data-dir", str(tmp_path))
    assert looked.returncode == 0, looked.stderr
    assert looked.stdout.splitlines() == [
        "xn--pypal-4ve.com: unknown (never scanned; run `butcherblock scan xn--pypal-4ve.com`)",
        f"note: {homograph} mixes Latin and Cyrillic letters: a look-alike name?",
    ]
    denied = run_cli(
        "deny", homograph.upper(), "--reason", "homograph of paypal", "--data-dir", str(tmp_path)
    )
    assert denied.stdout.startswith("xn--pypal-4ve.com: denied"), denied.stderr
    assert "paypal.com" not in Store.in_data_dir(tmp_path).overrides()
    plain = run_cli("lookup", "bücher.de", "--data-dir", str(tmp_path))
    assert plain.stdout.splitlines() == [
        "xn--bcher-kva.de: unknown (never scanned; run `butcherblock scan xn--bcher-kva.de`)"
    ]


# -- broken configuration ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (b"[crawler\nmax_pages_per_site = 3\n", "is not valid TOML: Expected ']'"),
        (b'[crawler]\nmax_pages_per_site = "lots"\n', "'crawler.max_pages_per_site' in"),
        (b"[crawler]\nmax_pagez = 3\n", "unknown setting 'crawler.max_pagez' in"),
        (b"[nosuch]\nx = 1\n", "unknown setting 'nosuch' in"),
        (b"crawler = 1\n", "setting 'crawler' in"),
        (b"[crawler]\nmax_pages_per_site = -5\n", "must be at least 0, not -5"),
        (b"[feeds]\nmax_shrink = 5\n", "'feeds.max_shrink' in"),
        (b'[crawler]\nrender = "sometimes"\n', "must be one of auto, always, never"),
        (b"[server]\nanalyst_token = 12345\n", "'server.analyst_token' in"),
        (b"[verdict.weights]\nwithdrawal_fee = 7\n", "must be a number 0..1"),
        (b"\xff\xfe[crawler]\n", "is not UTF-8 text"),
    ],
)
def test_a_broken_config_file_is_one_line_naming_the_file(
    tmp_path: Path, text: bytes, shown: str
) -> None:
    config = tmp_path / "broken.toml"
    config.write_bytes(text)
    result = run_cli("lookup", "a.com", "--config", str(config), "--data-dir", str(tmp_path))
    assert_one_line_error(result, str(config), shown)


def test_a_missing_or_unreadable_config_is_one_line(tmp_path: Path) -> None:
    for config, shown in ((tmp_path / "nope.toml", "not found"), (tmp_path, "is a directory")):
        result = run_cli("feeds", "publish", "--config", str(config), "--data-dir", str(tmp_path))
        assert_one_line_error(result, str(config), shown)


# -- a corrupt or locked store ------------------------------------------------------------------


def _published_store(data_dir: Path, domains: int = 300) -> dict[str, bytes]:
    """A store with listings and a published feed; returns the feed files' bytes."""
    store = Store.in_data_dir(data_dir)
    for i in range(domains):
        signal = Signal("withdrawal_fee", 90, "fee", (Evidence("http://x/", "pay tax " * 20),))
        store.record_verdict(Verdict(f"scam-{i:04d}.com", "fraud", 95, (signal,), "", NOW), {})
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    result = run_cli("feeds", "publish", "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    return _feed_files(data_dir)


def _feed_files(data_dir: Path) -> dict[str, bytes]:
    feeds = data_dir / "feeds"
    return {str(p.relative_to(feeds)): p.read_bytes() for p in feeds.rglob("*") if p.is_file()}


def test_a_store_file_of_garbage_is_one_line_naming_it(tmp_path: Path) -> None:
    before = _published_store(tmp_path)
    path = tmp_path / "butcherblock.sqlite3"
    path.write_bytes(b"\x00garbage, not SQLite\xff" * 4096)
    for args in (
        ["lookup", "scam-0001.com"],
        ["feeds", "publish"],
        ["deny", "a.com", "--reason", "x"],
    ):
        result = run_cli(*args, "--data-dir", str(tmp_path))
        assert_one_line_error(result, f"cannot open the store {path}: file is not a database")
    assert _feed_files(tmp_path) == before


def test_a_store_with_damaged_pages_is_one_line_naming_it(tmp_path: Path) -> None:
    """The header is fine, so the store opens; the damage shows on the first read."""
    before = _published_store(tmp_path)
    path = tmp_path / "butcherblock.sqlite3"
    data = bytearray(path.read_bytes())
    for offset in range(3 * 4096, len(data), 4096):  # every page after the schema
        data[offset : offset + 512] = b"\xde\xad\xbe\xef" * 128
    path.write_bytes(bytes(data))
    for args in (["lookup", "scam-0001.com"], ["feeds", "publish"]):
        result = run_cli(*args, "--data-dir", str(tmp_path))
        assert_one_line_error(result, f"the store {path}: database disk image is malformed")
    assert _feed_files(tmp_path) == before


def test_a_store_locked_by_another_process_is_one_line_naming_it(tmp_path: Path) -> None:
    """Another process holds an exclusive lock: readers go on (WAL), and after the store's
    busy timeout (30 s) each command that writes says so in one line. The commands run side
    by side to pay the timeout once."""
    before = _published_store(tmp_path, domains=20)
    path = tmp_path / "butcherblock.sqlite3"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "db.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); time.sleep(120)\n",
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
        reader = run_cli("lookup", "scam-0001.com", "--data-dir", str(tmp_path), timeout=20)
        assert reader.returncode == 0 and reader.stdout.startswith("scam-0001.com: fraud")
        published = run_cli("feeds", "publish", "--data-dir", str(tmp_path), timeout=20)
        assert published.returncode == 0, published.stderr  # a publish only reads the store
        before = _feed_files(tmp_path)
        started = time.monotonic()
        commands = [
            subprocess.Popen(
                [sys.executable, "-m", "crawler", *args, "--data-dir", str(tmp_path)],
                cwd=REPO,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for args in (["deny", "a.com", "--reason", "x"],)
        ]
        for command in commands:
            out, err = command.communicate(timeout=90)
            result = subprocess.CompletedProcess(command.args, command.returncode, out, err)
            assert_one_line_error(result, str(path), "database is locked")
        assert time.monotonic() - started < 80
    finally:
        holder.kill()
        holder.communicate()
    assert _feed_files(tmp_path) == before
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    check.close()
