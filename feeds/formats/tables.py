"""Tables for SIEMs and analysts: CSV and JSON, with first/last seen, cluster and evidence.

CSV cells hold one line of plain text: a line break or form feed in a reason would split a row
for the many CSV readers that do not honour quoting, and a cell starting with `=`, `+`, `-` or
`@` is run as a formula by spreadsheets (OWASP "CSV injection"), so it gets a leading `'`.
JSON keeps every string exactly as it was, one listing a line.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from typing import Any

from feeds.formats import FeedEntry, FeedFormat, Memo, Snapshot, json_array_document

CSV_COLUMNS = ("domain", "score", "first_seen", "last_seen", "cluster", "detectors", "reason")
ROWS_PER_CHUNK = 2000

_BREAKS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


_FORMULA = ("=", "+", "-", "@")
_TIME_CHARACTERS = "0123456789-:T.+Z"


def _cell(text: str) -> str:
    """One line, and never a formula. (Printable text has no break to remove, and
    `isprintable` is far cheaper than the substitution.)"""
    if not text.isprintable():
        text = _BREAKS.sub(" ", text)
    return "'" + text if text.startswith(_FORMULA) else text


def _field(text: str) -> str:
    """`text` as `csv.writer` writes a field (quoted only where it must be): the writer
    itself decides, once per distinct text."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow([text, ""])
    return out.getvalue()[:-2]  # the empty last field and the line end


def _time_field(text: str) -> str:
    """A time from the store: ISO 8601 text, which needs no quoting (checked, not trusted)."""
    return text if not text.strip(_TIME_CHARACTERS) else _field(text)


def _csv(entries: tuple[FeedEntry, ...]) -> Iterator[str]:
    """Rows as f-strings, not through `csv.writer`: its per-row cost was most of the file at
    a million listings. Only the cluster, detectors and reason can need quoting, and they
    repeat, so each distinct one is made safe (`_cell`) and quoted (`_field`) once. The
    domain has passed `safe_domain` and the score is a number."""
    cells = Memo(lambda text: _field(_cell(text)))
    detectors = Memo(lambda names: cells[" ".join(names)])
    yield ",".join(CSV_COLUMNS) + "\n"
    for start in range(0, len(entries), ROWS_PER_CHUNK):
        yield "".join(
            [
                f"{e.domain},{e.score},{_time_field(e.first_seen)},{_time_field(e.checked_at)},"
                f"{cells[e.cluster]},{detectors[e.detectors]},{cells[e.reason]}\n"
                for e in entries[start : start + ROWS_PER_CHUNK]
            ]
        )


def _json(snapshot: Snapshot, entries: tuple[FeedEntry, ...], label: str) -> Iterator[str | bytes]:
    def item(e: FeedEntry) -> dict[str, Any]:
        return {
            "domain": e.domain,
            "verdict": label,
            "score": e.score,
            "first_seen": e.first_seen,
            "last_seen": e.checked_at,
            "cluster": e.cluster,
            "detectors": e.detectors,
            "reason": e.reason,
            "evidence": [{"url": ev.url, "text": ev.text} for ev in e.evidence],
        }

    head = {
        "generator": "butcherblock",
        "generated_at": snapshot.generated_at.isoformat(),
        "serial": snapshot.serial,
        "count": len(entries),
    }
    return json_array_document("domains", map(item, entries), head)


class FeedCsv(FeedFormat):
    filename = "feed.csv"
    description = "CSV: domain, score, first/last seen, cluster, detectors, reason"

    def chunks(self, snapshot: Snapshot) -> Iterator[str]:
        return _csv(snapshot.listed)


class FeedJson(FeedFormat):
    filename = "feed.json"
    description = "JSON with evidence and clone cluster for every domain, one domain a line"

    def chunks(self, snapshot: Snapshot) -> Iterator[str | bytes]:
        return _json(snapshot, snapshot.listed, "fraud")


class WatchCsv(FeedFormat):
    filename = "watch.csv"
    description = "watch list (suspicious, not blocked) as CSV"

    def chunks(self, snapshot: Snapshot) -> Iterator[str]:
        return _csv(snapshot.watch)


class WatchJson(FeedFormat):
    filename = "watch.json"
    description = "watch list (suspicious, not blocked) as JSON with evidence"

    def chunks(self, snapshot: Snapshot) -> Iterator[str | bytes]:
        return _json(snapshot, snapshot.watch, "suspicious")
