"""Tables for SIEMs and analysts: CSV and JSON, with first/last seen, cluster and evidence.

CSV cells hold one line of plain text: a line break or form feed in a reason would split a row
for the many CSV readers that do not honour quoting, and a cell starting with `=`, `+`, `-` or
`@` is run as a formula by spreadsheets (OWASP "CSV injection"), so it gets a leading `'`.
JSON keeps every string exactly as it was.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime
from typing import Any

from feeds.formats import FeedEntry, Snapshot, safe_domain

CSV_COLUMNS = ("domain", "score", "first_seen", "last_seen", "cluster", "detectors", "reason")


_BREAKS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def _time(value: datetime | None) -> str:
    return value.isoformat() if value else ""


def _cell(text: str) -> str:
    """One line, and never a formula."""
    text = _BREAKS.sub(" ", text)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _csv(entries: tuple[FeedEntry, ...]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for e in entries:
        writer.writerow(
            [
                safe_domain(e.domain),
                e.score,
                _time(e.first_seen),
                _time(e.checked_at),
                _cell(e.cluster),
                _cell(" ".join(e.detectors)),
                _cell(e.reason),
            ]
        )
    return out.getvalue()


def _json(snapshot: Snapshot, entries: tuple[FeedEntry, ...], label: str) -> str:
    def item(e: FeedEntry) -> dict[str, Any]:
        return {
            "domain": safe_domain(e.domain),
            "verdict": label,
            "score": e.score,
            "first_seen": _time(e.first_seen),
            "last_seen": _time(e.checked_at),
            "cluster": e.cluster,
            "detectors": list(e.detectors),
            "reason": e.reason,
            "evidence": [{"url": ev.url, "text": ev.text} for ev in e.evidence],
        }

    document = {
        "generator": "butcherblock",
        "generated_at": snapshot.generated_at.isoformat(),
        "serial": snapshot.serial,
        "count": len(entries),
        "domains": [item(e) for e in entries],
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


class FeedCsv:
    filename = "feed.csv"
    description = "CSV: domain, score, first/last seen, cluster, detectors, reason"

    def render(self, snapshot: Snapshot) -> str:
        return _csv(snapshot.listed)


class FeedJson:
    filename = "feed.json"
    description = "JSON with evidence and clone cluster for every domain"

    def render(self, snapshot: Snapshot) -> str:
        return _json(snapshot, snapshot.listed, "fraud")


class WatchCsv:
    filename = "watch.csv"
    description = "watch list (suspicious, not blocked) as CSV"

    def render(self, snapshot: Snapshot) -> str:
        return _csv(snapshot.watch)


class WatchJson:
    filename = "watch.json"
    description = "watch list (suspicious, not blocked) as JSON with evidence"

    def render(self, snapshot: Snapshot) -> str:
        return _json(snapshot, snapshot.watch, "suspicious")
