"""The store keeps every verdict; publish writes sorted, deterministic, atomic feeds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from detectors.model import Evidence, Registration, Signal, Verdict
from feeds.formats import FORMATS, FeedEntry, UnsafeDomain, safe_domain
from feeds.publish import atomic_write, publish
from feeds.store import Store, StoreError

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
GOLDEN = Path(__file__).parent / "golden"
SAMPLE = [
    FeedEntry("zenithcapital-mt5.net", 100, "Tax demanded before a withdrawal is released", NOW),
    FeedEntry("aurora-fxpro.com", 97, "Fee must be paid separately", NOW),
    FeedEntry("xn--bcher-kva.de", 80, "Built from the NovaTrade kit", NOW),
]


def verdict(domain: str, label: str, score: int, when: datetime = NOW) -> Verdict:
    signals = (
        Signal(
            "withdrawal_fee", 75, f"fee on {domain}", (Evidence(f"http://{domain}/", "pay tax"),)
        ),
    )
    return Verdict(domain=domain, verdict=label, score=score, signals=signals, checked_at=when)  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.filename)
def test_format_matches_golden_file(fmt) -> None:
    expected = (GOLDEN / fmt.filename).read_text(encoding="utf-8")
    assert fmt.render(sorted(SAMPLE, key=lambda e: e.domain), NOW) == expected


@pytest.mark.parametrize(
    "hostile",
    [
        "evil.com\n0.0.0.0 bank.com",
        "a.com; rm -rf",
        "x.com.",
        "*.x.com",
        "bücher.de",
        "x..com",
        "evil.com IN NS attacker.",
        "",
    ],
)
def test_hostile_domain_strings_never_reach_a_feed(hostile: str) -> None:
    with pytest.raises(UnsafeDomain):
        safe_domain(hostile)
    for fmt in FORMATS:
        with pytest.raises(UnsafeDomain):
            fmt.render([FeedEntry(hostile, 99, "x", NOW)], NOW)


def test_store_keeps_history_and_answers_latest(tmp_path: Path) -> None:
    store = Store.in_data_dir(tmp_path)
    store.record_verdict(verdict("a.com", "fraud", 90, NOW - timedelta(days=1)), {})
    store.record_verdict(verdict("a.com", "clean", 10), {})
    store.record_verdict(verdict("b.com", "fraud", 95), {})
    latest = store.latest_verdict("a.com")
    assert latest is not None and latest.verdict == "clean"
    assert [v for _, v, _ in store.history("a.com")] == ["fraud", "clean"]
    assert [v.domain for v in store.latest_verdicts()] == ["a.com", "b.com"]
    assert store.latest_verdict("never.com") is None
    mode = store.db.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_registration_cache_expires(tmp_path: Path) -> None:
    store = Store.in_data_dir(tmp_path)
    record = Registration("a.com", "rdap", created=NOW - timedelta(days=5))
    store.save_registration(record, NOW)
    assert store.cached_registration("a.com", NOW + timedelta(days=1), timedelta(days=7)) == record
    assert store.cached_registration("a.com", NOW + timedelta(days=8), timedelta(days=7)) is None


def test_corrupt_store_file_is_a_plain_error(tmp_path: Path) -> None:
    (tmp_path / "butcherblock.sqlite3").write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot open the store"):
        Store.in_data_dir(tmp_path)


def test_publish_lists_only_latest_fraud_verdicts(tmp_path: Path) -> None:
    store = Store.in_data_dir(tmp_path)
    store.record_verdict(verdict("was-fraud.com", "fraud", 90, NOW - timedelta(days=1)), {})
    store.record_verdict(verdict("was-fraud.com", "clean", 5), {})
    store.record_verdict(verdict("watch.com", "suspicious", 60), {})
    store.record_verdict(verdict("scam.com", "fraud", 99), {})
    result = publish(store, tmp_path / "feeds", NOW)
    assert result.listed == 1
    text = (tmp_path / "feeds" / "domains.txt").read_text()
    assert text.splitlines()[1:] == ["scam.com"]


def test_atomic_write_leaves_the_old_file_when_writing_fails(tmp_path: Path) -> None:
    target = atomic_write(tmp_path / "domains.txt", "old\n")
    # A lone surrogate cannot be encoded: the write fails half-way through the new file.
    with pytest.raises(UnicodeEncodeError):
        atomic_write(target, "new\n" * 10_000 + "\udc80")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["domains.txt"]
    assert oct(target.stat().st_mode & 0o777) == "0o644"
