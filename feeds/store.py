"""The store: every verdict with its signals, and cached registration records.

SQLite in WAL mode in the data directory, so a reader (the lookup command, a
publish) never blocks the crawl that writes. Verdicts are append-only: the
history of a domain is the list of its verdicts.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from detectors.model import Registration, Verdict, from_dict, to_dict

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS verdicts (
    id          INTEGER PRIMARY KEY,
    domain      TEXT NOT NULL,
    verdict     TEXT NOT NULL,
    score       INTEGER NOT NULL,
    checked_at  TEXT NOT NULL,
    record      TEXT NOT NULL,   -- the Verdict as JSON
    capture     TEXT NOT NULL    -- a summary of the Capture (pages, errors) as JSON
);
CREATE INDEX IF NOT EXISTS verdicts_by_domain ON verdicts (domain, id);
CREATE TABLE IF NOT EXISTS fingerprints (
    domain      TEXT PRIMARY KEY,
    cluster     TEXT NOT NULL,
    shape       BLOB,            -- MinHash values of the DOM shape (uint32, little-endian)
    text        BLOB,            -- MinHash values of the visible text's word shingles
    phash       TEXT,            -- perceptual hash of the screenshot (hex)
    favicon     INTEGER,
    assets      TEXT NOT NULL,   -- JSON list of SHA-256
    updated_at  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS fingerprints_by_cluster ON fingerprints (cluster);
CREATE TABLE IF NOT EXISTS submissions (
    id           INTEGER PRIMARY KEY,
    domain       TEXT NOT NULL,
    url          TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    source       TEXT NOT NULL,   -- who or what submitted it (client address, feed name)
    taken_at     TEXT             -- when a crawl picked it up
);
CREATE INDEX IF NOT EXISTS submissions_open ON submissions (taken_at, id);
CREATE TABLE IF NOT EXISTS reports (
    id           INTEGER PRIMARY KEY,
    domain       TEXT NOT NULL,
    reason       TEXT NOT NULL,
    contact      TEXT NOT NULL,
    reported_at  TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS overrides (
    domain       TEXT PRIMARY KEY,
    action       TEXT NOT NULL,   -- allow | deny
    reason       TEXT NOT NULL,
    who          TEXT NOT NULL,
    at           TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS audit (
    id           INTEGER PRIMARY KEY,
    domain       TEXT NOT NULL,
    action       TEXT NOT NULL,   -- allow | deny | clear
    reason       TEXT NOT NULL,
    who          TEXT NOT NULL,
    at           TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS registrations (
    domain      TEXT PRIMARY KEY,
    fetched_at  TEXT NOT NULL,
    record      TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class FingerprintRecord:
    """A site's clone fingerprint as stored: MinHash values as bytes, hashes as text."""

    domain: str
    cluster: str
    shape: bytes | None
    text: bytes | None
    phash: str | None
    favicon: int | None
    assets: tuple[str, ...]


class StoreError(RuntimeError):
    """The store cannot be opened or written; the message says which file and why."""


class Store:
    """Access to the SQLite store; one instance per thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, timeout=30, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot open the store {path}: {exc}") from None

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> Store:
        return cls(data_dir / "butcherblock.sqlite3")

    def close(self) -> None:
        self.db.close()

    def _migrate(self) -> None:
        (version,) = self.db.execute("PRAGMA user_version").fetchone()
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path} was written by a newer butcherblock (schema {version})")
        self.db.executescript(SCHEMA)
        self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    # -- verdicts ------------------------------------------------------------------

    def record_verdict(self, verdict: Verdict, capture_summary: dict[str, Any]) -> None:
        checked = (verdict.checked_at or datetime.now().astimezone()).isoformat()
        with self._transaction():
            self.db.execute(
                "INSERT INTO verdicts (domain, verdict, score, checked_at, record, capture)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    verdict.domain,
                    verdict.verdict,
                    verdict.score,
                    checked,
                    json.dumps(to_dict(verdict), ensure_ascii=False),
                    json.dumps(capture_summary, ensure_ascii=False),
                ),
            )

    def latest_verdict(self, domain: str) -> Verdict | None:
        row = self.db.execute(
            "SELECT record FROM verdicts WHERE domain = ? ORDER BY id DESC LIMIT 1", (domain,)
        ).fetchone()
        return from_dict(Verdict, json.loads(row[0])) if row else None

    def history(self, domain: str) -> list[tuple[str, str, int]]:
        """(checked_at, verdict, score) of every verdict for `domain`, oldest first."""
        return self.db.execute(
            "SELECT checked_at, verdict, score FROM verdicts WHERE domain = ? ORDER BY id",
            (domain,),
        ).fetchall()

    def seen_as(self, domain: str, label: str) -> tuple[str | None, str | None]:
        """When `domain` was first and last judged `label` (ISO times)."""
        row = self.db.execute(
            "SELECT MIN(checked_at), MAX(checked_at) FROM verdicts"
            " WHERE domain = ? AND verdict = ?",
            (domain, label),
        ).fetchone()
        return row[0], row[1]

    def first_seen(self, label: str) -> dict[str, datetime]:
        """Domain → when it was first judged `label`."""
        rows = self.db.execute(
            "SELECT domain, MIN(checked_at) FROM verdicts WHERE verdict = ? GROUP BY domain",
            (label,),
        )
        return {domain: datetime.fromisoformat(first) for domain, first in rows}

    def latest_verdicts(self) -> Iterator[Verdict]:
        """The newest verdict of every domain, by domain."""
        rows = self.db.execute(
            "SELECT v.record FROM verdicts v"
            " JOIN (SELECT domain, MAX(id) AS id FROM verdicts GROUP BY domain) latest"
            " ON v.id = latest.id ORDER BY v.domain"
        )
        for (record,) in rows:
            yield from_dict(Verdict, json.loads(record))

    # -- clone fingerprints --------------------------------------------------------------

    def save_fingerprint(self, record: FingerprintRecord, when: datetime) -> None:
        with self._transaction():
            self.db.execute(
                "INSERT INTO fingerprints"
                " (domain, cluster, shape, text, phash, favicon, assets, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (domain) DO UPDATE SET"
                " cluster = excluded.cluster, shape = excluded.shape, text = excluded.text,"
                " phash = excluded.phash, favicon = excluded.favicon, assets = excluded.assets,"
                " updated_at = excluded.updated_at",
                (
                    record.domain,
                    record.cluster,
                    record.shape,
                    record.text,
                    record.phash,
                    record.favicon,
                    json.dumps(sorted(record.assets)),
                    when.isoformat(),
                ),
            )

    def fingerprints(self) -> Iterator[tuple[FingerprintRecord, str]]:
        """Every fingerprinted site with its latest verdict label."""
        rows = self.db.execute(
            "SELECT f.domain, f.cluster, f.shape, f.text, f.phash, f.favicon, f.assets,"
            " (SELECT verdict FROM verdicts v WHERE v.domain = f.domain ORDER BY id DESC LIMIT 1)"
            " FROM fingerprints f"
        )
        for domain, cluster, shape, text, phash, favicon, assets, verdict in rows:
            record = FingerprintRecord(
                domain, cluster, shape, text, phash, favicon, tuple(json.loads(assets))
            )
            yield record, verdict or "unknown"

    def cluster_members(self, cluster: str) -> list[str]:
        rows = self.db.execute(
            "SELECT domain FROM fingerprints WHERE cluster = ? ORDER BY domain", (cluster,)
        )
        return [domain for (domain,) in rows]

    def latest_with_label(self, domain: str, label: str) -> Verdict | None:
        row = self.db.execute(
            "SELECT record FROM verdicts WHERE domain = ? AND verdict = ? ORDER BY id DESC LIMIT 1",
            (domain, label),
        ).fetchone()
        return from_dict(Verdict, json.loads(row[0])) if row else None

    # -- analyst overrides -------------------------------------------------------------

    def set_override(self, domain: str, action: str, reason: str, who: str, when: datetime) -> None:
        """`allow` (never listed), `deny` (always listed) or `clear`; every change is audited."""
        with self._transaction():
            if action == "clear":
                self.db.execute("DELETE FROM overrides WHERE domain = ?", (domain,))
            else:
                self.db.execute(
                    "INSERT INTO overrides (domain, action, reason, who, at) VALUES (?, ?, ?, ?, ?)"
                    " ON CONFLICT (domain) DO UPDATE SET action = excluded.action,"
                    " reason = excluded.reason, who = excluded.who, at = excluded.at",
                    (domain, action, reason, who, when.isoformat()),
                )
            self.db.execute(
                "INSERT INTO audit (domain, action, reason, who, at) VALUES (?, ?, ?, ?, ?)",
                (domain, action, reason, who, when.isoformat()),
            )

    def overrides(self) -> dict[str, tuple[str, str, str, str]]:
        """Domain → (action, reason, who, at)."""
        rows = self.db.execute("SELECT domain, action, reason, who, at FROM overrides")
        return {domain: (action, reason, who, at) for domain, action, reason, who, at in rows}

    def audit_log(self, domain: str | None = None) -> list[tuple[str, str, str, str, str]]:
        """(at, domain, action, who, reason), oldest first."""
        query = "SELECT at, domain, action, who, reason FROM audit"
        args: tuple[str, ...] = ()
        if domain:
            query, args = query + " WHERE domain = ?", (domain,)
        return self.db.execute(query + " ORDER BY id", args).fetchall()

    # -- submissions and false-positive reports -------------------------------------------

    def submit(self, domain: str, url: str, source: str, when: datetime) -> int:
        """Queue a domain for the crawler (the server never crawls); returns the queue id."""
        with self._transaction():
            cursor = self.db.execute(
                "INSERT INTO submissions (domain, url, submitted_at, source) VALUES (?, ?, ?, ?)",
                (domain, url, when.isoformat(), source),
            )
        return int(cursor.lastrowid or 0)

    def open_submissions(self) -> list[tuple[int, str, str]]:
        """(id, domain, url) of submissions no crawl has taken yet, oldest first."""
        return self.db.execute(
            "SELECT id, domain, url FROM submissions WHERE taken_at IS NULL ORDER BY id"
        ).fetchall()

    def take_submissions(self, ids: list[int], when: datetime) -> None:
        """Mark submissions as picked up by a crawl."""
        with self._transaction():
            self.db.executemany(
                "UPDATE submissions SET taken_at = ? WHERE id = ?",
                [(when.isoformat(), i) for i in ids],
            )

    def due_for_recheck(
        self, now: datetime, listed_every: timedelta, watch_every: timedelta
    ) -> list[str]:
        """Listed (`fraud`, or `unreachable` after fraud) and watched domains whose check is due."""
        due = []
        for verdict in self.latest_verdicts():
            every = {
                "fraud": listed_every,
                "unreachable": listed_every,
                "suspicious": watch_every,
            }.get(verdict.verdict)
            if every is not None and (
                verdict.checked_at is None or now - verdict.checked_at >= every
            ):
                due.append(verdict.domain)
        return due

    def report(self, domain: str, reason: str, contact: str, when: datetime) -> int:
        """Record a false-positive report for an analyst."""
        with self._transaction():
            cursor = self.db.execute(
                "INSERT INTO reports (domain, reason, contact, reported_at) VALUES (?, ?, ?, ?)",
                (domain, reason, contact, when.isoformat()),
            )
        return int(cursor.lastrowid or 0)

    def reports(self, domain: str) -> list[tuple[str, str]]:
        return self.db.execute(
            "SELECT reported_at, reason FROM reports WHERE domain = ? ORDER BY id", (domain,)
        ).fetchall()

    # -- registration cache ------------------------------------------------------------

    def cached_registration(
        self, domain: str, now: datetime, max_age: timedelta
    ) -> Registration | None:
        row = self.db.execute(
            "SELECT fetched_at, record FROM registrations WHERE domain = ?", (domain,)
        ).fetchone()
        if row is None or now - datetime.fromisoformat(row[0]) > max_age:
            return None
        return from_dict(Registration, json.loads(row[1]))

    def save_registration(self, record: Registration, fetched_at: datetime) -> None:
        with self._transaction():
            self.db.execute(
                "INSERT INTO registrations (domain, fetched_at, record) VALUES (?, ?, ?)"
                " ON CONFLICT (domain) DO UPDATE"
                " SET fetched_at = excluded.fetched_at, record = excluded.record",
                (record.domain, fetched_at.isoformat(), json.dumps(to_dict(record))),
            )

    def _transaction(self) -> _Transaction:
        return _Transaction(self.db)


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *_: object) -> None:
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")
