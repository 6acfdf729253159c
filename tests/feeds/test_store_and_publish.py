"""The store keeps every verdict; publish writes sorted, deterministic, atomic feeds."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import stix2

from detectors.model import Evidence, Registration, Signal, Verdict
from feeds.formats import FeedEntry, FeedEvidence, Snapshot, UnsafeDomain, safe_domain
from feeds.formats.registry import FORMATS
from feeds.publish import PublishRefused, atomic_write, publish
from feeds.store import Store, StoreError

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
GOLDEN = Path(__file__).parent / "golden"
EARLIER = NOW - timedelta(days=3)
SAMPLE = Snapshot(
    listed=(
        FeedEntry(
            "aurora-fxpro.com",
            97,
            "Fee must be paid separately",
            NOW.isoformat(),
            EARLIER.isoformat(),
            "c-af8f4ab8ea",
            ("clone_template", "withdrawal_fee"),
            (
                FeedEvidence(
                    "http://aurora-fxpro.com/withdraw.html", "…the tax cannot be deducted…"
                ),
            ),
        ),
        FeedEntry(
            "xn--bcher-kva.de",
            80,
            'Built from the "NovaTrade" kit, sold as «MT5»',
            NOW.isoformat(),
            NOW.isoformat(),
        ),
        FeedEntry(
            "zenithcapital-mt5.net",
            100,
            "Tax demanded before a withdrawal, is released",
            NOW.isoformat(),
        ),
    ),
    watch=(
        FeedEntry(
            "grey-broker.com", 55, "Claims licence FCA 914027, not on the register", NOW.isoformat()
        ),
    ),
    generated_at=NOW,
    serial=2026112301,
)


def verdict(domain: str, label: str, score: int, when: datetime = NOW) -> Verdict:
    signals = (
        Signal(
            "withdrawal_fee", 75, f"fee on {domain}", (Evidence(f"http://{domain}/", "pay tax"),)
        ),
    )
    return Verdict(domain=domain, verdict=label, score=score, signals=signals, checked_at=when)  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.filename)
def test_format_matches_golden_file(fmt) -> None:
    expected = (GOLDEN / fmt.filename.replace("/", "__")).read_text(encoding="utf-8")
    assert fmt.render(SAMPLE) == expected


@pytest.mark.parametrize(
    "hostile",
    [
        "evil.com\n0.0.0.0 bank.com",
        "evil.com\n",
        "a.com; rm -rf",
        "x.com.",
        "*.x.com",
        "bücher.de",
        "x..com",
        "evil.com IN NS attacker.",
        "",
        "a.com'] OR [domain-name:value = 'b.com",
    ],
)
def test_hostile_domain_strings_never_reach_a_feed(hostile: str) -> None:
    with pytest.raises(UnsafeDomain):
        safe_domain(hostile)
    # No format can be handed one: a snapshot holding it cannot be made.
    with pytest.raises(UnsafeDomain):
        Snapshot((FeedEntry(hostile, 99, "x", ""),), (), NOW, 1)
    with pytest.raises(UnsafeDomain):
        Snapshot((), (FeedEntry(hostile, 50, "x", ""),), NOW, 1)


def test_store_keeps_history_and_answers_latest(tmp_path: Path) -> None:
    store = Store.in_data_dir(tmp_path)
    store.record_verdict(verdict("a.com", "fraud", 90, NOW - timedelta(days=1)), {})
    store.record_verdict(verdict("a.com", "clean", 10), {})
    store.record_verdict(verdict("b.com", "fraud", 95), {})
    latest = store.latest_verdict("a.com")
    assert latest is not None and latest.verdict == "clean"
    assert [v for _, v, _ in store.history("a.com")] == ["fraud", "clean"]
    rows = sorted(store.listing_rows())
    assert [(r[0], r[1]) for r in rows] == [("a.com", "clean"), ("b.com", "fraud")]
    assert rows[0][4] == (NOW - timedelta(days=1)).isoformat()  # first fraud
    assert rows[0][5] is None  # first suspicious
    assert json.loads(rows[1][2])[0] == 95  # the feed fields: score first
    assert rows[1][3] is None  # the record is read only for verdicts without them
    assert store.latest_verdict("never.com") is None
    mode = store.db.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def _record_history(store: Store) -> None:
    store.record_verdict(verdict("gone-quiet.com", "fraud", 90, NOW - timedelta(days=2)), {})
    store.record_verdict(verdict("gone-quiet.com", "clean", 5, NOW - timedelta(days=1)), {})
    store.record_verdict(verdict("watch.com", "suspicious", 60), {})
    store.record_verdict(verdict("scam.com", "fraud", 99), {})


def test_a_store_from_before_feed_fields_is_migrated_and_publishes_the_same(
    tmp_path: Path,
) -> None:
    current = Store.in_data_dir(tmp_path / "current")
    _record_history(current)
    publish(current, tmp_path / "current" / "feeds", NOW)
    old = Store.in_data_dir(tmp_path / "old")
    _record_history(old)
    old.db.executescript(  # back to schema 2: no feed fields, the old index
        "CREATE TABLE v2 (id INTEGER PRIMARY KEY, domain TEXT NOT NULL, verdict TEXT NOT NULL,"
        " score INTEGER NOT NULL, checked_at TEXT NOT NULL, record TEXT NOT NULL,"
        " capture TEXT NOT NULL);"
        " INSERT INTO v2 SELECT id, domain, verdict, score, checked_at, record, capture"
        " FROM verdicts; DROP TABLE verdicts; ALTER TABLE v2 RENAME TO verdicts;"
        " CREATE INDEX verdicts_by_domain ON verdicts (domain, id); PRAGMA user_version=2;"
    )
    old.close()
    migrated = Store.in_data_dir(tmp_path / "old")
    indexes = {
        r[0] for r in migrated.db.execute("SELECT name FROM sqlite_master WHERE type='index'")
    }
    assert "verdicts_latest" in indexes and "verdicts_by_domain" not in indexes
    assert {r[2] for r in migrated.listing_rows()} == {None}  # read from the records
    publish(migrated, tmp_path / "old" / "feeds", NOW)
    for name in ("domains.txt", "feed.csv", "feed.json", "feed.stix.json", "watch.json"):
        assert (tmp_path / "old" / "feeds" / name).read_bytes() == (
            tmp_path / "current" / "feeds" / name
        ).read_bytes(), name
    migrated.record_verdict(verdict("new.com", "fraud", 95), {})
    (fields,) = [r[2] for r in migrated.listing_rows() if r[0] == "new.com"]
    assert json.loads(fields)[:4] == [95, NOW.isoformat(), "fee on new.com", ""]


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


def test_publish_lists_only_latest_fraud_verdicts_and_watches_suspicious(tmp_path: Path) -> None:
    store = Store.in_data_dir(tmp_path)
    store.record_verdict(verdict("was-fraud.com", "fraud", 90, NOW - timedelta(days=1)), {})
    store.record_verdict(verdict("was-fraud.com", "clean", 5), {})
    store.record_verdict(verdict("watch.com", "suspicious", 60), {})
    store.record_verdict(verdict("scam.com", "fraud", 99), {})
    result = publish(store, tmp_path / "feeds", NOW, expire_after=timedelta(0))
    assert (result.listed, result.watched) == (1, 1)
    feeds = tmp_path / "feeds"
    assert (feeds / "domains.txt").read_text().splitlines()[1:] == ["scam.com"]
    assert (feeds / "watch-domains.txt").read_text().splitlines()[1:] == ["watch.com"]
    for name in ("hosts", "rpz.zone", "adblock.txt", "feed.csv", "feed.json", "feed.stix.json"):
        assert "watch.com" not in (feeds / name).read_text(), name


def test_each_publish_raises_the_serial_and_records_the_changes(tmp_path: Path) -> None:
    store = Store.in_data_dir(tmp_path)
    store.record_verdict(verdict("a.com", "fraud", 90), {})
    store.record_verdict(verdict("b.com", "fraud", 90), {})
    first = publish(store, tmp_path / "feeds", NOW)
    store.record_verdict(verdict("c.com", "fraud", 90), {})
    store.record_verdict(verdict("b.com", "clean", 0), {})
    second = publish(store, tmp_path / "feeds", NOW, expire_after=timedelta(0))
    assert second.serial == first.serial + 1 and first.serial == 2026112300
    assert (second.added, second.removed) == (("c.com",), ("b.com",))
    changes = json.loads((tmp_path / "feeds" / "CHANGES.json").read_text())
    assert (changes["added"], changes["removed"]) == (["c.com"], ["b.com"])
    assert changes["why_removed"] == {"b.com": "clean for more than 0 days"}
    assert f"( {second.serial} 3600" in (tmp_path / "feeds" / "rpz.zone").read_text()


def test_sha256sums_match_every_published_file(tmp_path: Path) -> None:
    store = Store.in_data_dir(tmp_path)
    store.record_verdict(verdict("a.com", "fraud", 90), {})
    publish(store, tmp_path / "feeds", NOW)
    lines = (tmp_path / "feeds" / "SHA256SUMS").read_text().splitlines()
    assert len(lines) == len(FORMATS) + 1  # every format and CHANGES.json
    for line in lines:
        digest, name = line.split("  ")
        assert hashlib.sha256((tmp_path / "feeds" / name).read_bytes()).hexdigest() == digest


def test_a_feed_that_shrinks_too_much_is_refused_unless_forced(tmp_path: Path) -> None:
    store = Store.in_data_dir(tmp_path)
    for name in "abcdefghij":
        store.record_verdict(verdict(f"{name}.com", "fraud", 90), {})
    publish(store, tmp_path / "feeds", NOW)
    for name in "abcdef":
        store.record_verdict(verdict(f"{name}.com", "unreachable", 0), {})
    before = (tmp_path / "feeds" / "domains.txt").read_text()
    with pytest.raises(PublishRefused, match="shrink from 10 to 4 domains"):
        publish(store, tmp_path / "feeds", NOW, expire_after=timedelta(0))
    assert (tmp_path / "feeds" / "domains.txt").read_text() == before
    assert (
        publish(store, tmp_path / "feeds", NOW, force=True, expire_after=timedelta(0)).listed == 4
    )


def test_a_listing_that_goes_offline_stays_until_it_expires(tmp_path: Path) -> None:
    store = Store.in_data_dir(tmp_path)
    store.record_verdict(verdict("scam.com", "fraud", 95, NOW - timedelta(days=10)), {})
    store.record_verdict(verdict("scam.com", "unreachable", 0, NOW - timedelta(days=2)), {})
    kept = publish(store, tmp_path / "feeds", NOW, expire_after=timedelta(days=30))
    assert kept.listed == 1
    row = (tmp_path / "feeds" / "feed.csv").read_text().splitlines()[1]
    assert "unreachable since 2026-11-21; listed until 2026-12-13" in row
    later = NOW + timedelta(days=25)  # forced: emptying a one-domain feed trips the shrink guard
    gone = publish(store, tmp_path / "feeds", later, force=True, expire_after=timedelta(days=30))
    assert (gone.listed, gone.removed) == (0, ("scam.com",))
    why = json.loads((tmp_path / "feeds" / "CHANGES.json").read_text())["why_removed"]
    assert why == {"scam.com": "unreachable for more than 30 days"}


def test_analyst_overrides_win_and_are_audited(tmp_path: Path) -> None:
    store = Store.in_data_dir(tmp_path)
    store.record_verdict(verdict("false-positive.com", "fraud", 90), {})
    store.set_override("false-positive.com", "allow", "regulated broker, FRN checked", "ana", NOW)
    store.set_override("known-scam.com", "deny", "reported by three victims", "ana", NOW)
    result = publish(store, tmp_path / "feeds", NOW)
    listed = (tmp_path / "feeds" / "domains.txt").read_text().splitlines()[1:]
    assert listed == ["known-scam.com"] and result.listed == 1
    store.set_override("false-positive.com", "clear", "re-check requested", "bo", NOW)
    assert [(a, w) for _, d, a, w, _ in store.audit_log("false-positive.com")] == [
        ("allow", "ana"),
        ("clear", "bo"),
    ]


def test_stix_bundle_parses_with_the_stix2_library(tmp_path: Path) -> None:
    bundle = stix2.parse((GOLDEN / "feed.stix.json").read_text(), allow_custom=False)
    indicators = [o for o in bundle.objects if o.type == "indicator"]
    assert [i.pattern for i in indicators] == [
        "[domain-name:value = 'aurora-fxpro.com']",
        "[domain-name:value = 'xn--bcher-kva.de']",
        "[domain-name:value = 'zenithcapital-mt5.net']",
    ]
    assert all(i.created_by_ref == bundle.objects[0].id for i in indicators)


def test_atomic_write_leaves_the_old_file_when_writing_fails(tmp_path: Path) -> None:
    target = atomic_write(tmp_path / "domains.txt", "old\n")
    # A lone surrogate cannot be encoded: the write fails half-way through the new file.
    with pytest.raises(UnicodeEncodeError):
        atomic_write(target, "new\n" * 10_000 + "\udc80")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["domains.txt"]
    assert oct(target.stat().st_mode & 0o777) == "0o644"


def test_listed_and_watched_domains_come_due_for_a_recheck(tmp_path: Path) -> None:
    store = Store.in_data_dir(tmp_path)
    store.record_verdict(verdict("listed-old.com", "fraud", 90, NOW - timedelta(days=2)), {})
    store.record_verdict(verdict("listed-fresh.com", "fraud", 90, NOW - timedelta(hours=2)), {})
    store.record_verdict(verdict("watched.com", "suspicious", 50, NOW - timedelta(days=2)), {})
    store.record_verdict(verdict("clean.com", "clean", 0, NOW - timedelta(days=90)), {})
    due = store.due_for_recheck(NOW, timedelta(days=1), timedelta(days=3))
    assert due == ["listed-old.com"]
    assert store.due_for_recheck(NOW, timedelta(days=1), timedelta(days=1)) == [
        "listed-old.com",
        "watched.com",
    ]
