"""What the feeds carry about one verdict, kept in the store beside the verdict itself.

A publish of a million listings needs a score, a reason, the detectors, a cluster and a
little evidence from each verdict, not the whole record: decoding whole records was a third
of such a publish, and a real record (every signal, all its evidence) is many times the
size of these fields. The store writes them when it records a verdict (`encode`); a publish
reads them back as a `FeedEntry` (`entry`). Verdicts stored before the store kept them are
read from their record (`from_record`), so an old store publishes the same feed.
"""

from __future__ import annotations

import sys
from typing import Any

import orjson

from feeds.formats import FeedEntry, FeedEvidence

EVIDENCE_PER_ENTRY = 3
_TEXTUAL = ("text", "extracted")  # evidence a feed can quote; screenshots and hashes are not

Fields = list[Any]
"""[score, checked_at, reason, cluster, detectors, [[url, text], …]] (JSON-able). A list,
not a named tuple: a publish decodes a million of them."""
CHECKED_AT, REASON = 1, 2


def from_record(record: dict[str, Any]) -> Fields:
    """The fields of a stored verdict record (`detectors.model.to_dict` of a `Verdict`)."""
    signals = record.get("signals") or ()
    evidence = [
        [e["url"], e.get("text", "")]
        for s in signals
        for e in s.get("evidence", ())
        if e.get("kind", "text") in _TEXTUAL
    ]
    return [
        record["score"],
        record.get("checked_at") or "",
        reason_of(record),
        record.get("cluster") or "",
        sorted({s["detector"] for s in signals}),
        evidence[:EVIDENCE_PER_ENTRY],
    ]


def encode(record: dict[str, Any]) -> str:
    return orjson.dumps(from_record(record)).decode()


def reason_of(record: dict[str, Any]) -> str:
    """One line for a listing: the strongest signal's summary, else the verdict's reason."""
    signals = record.get("signals") or ()
    return str(signals[0]["summary"] if signals else record.get("reason", ""))


def entry(
    domain: str,
    fields: Fields,
    first: str,
    shared: dict[Any, Any],
    reason: str = "",
    score: int | None = None,
) -> FeedEntry:
    """A listing from stored fields; `shared` keeps one copy of repeated detector sets,
    and reasons and clusters are interned (a million listings carry a few thousand)."""
    stored_score, checked_at, stored_reason, cluster, detectors, evidence = fields
    names = tuple(detectors)
    return FeedEntry(
        domain,
        stored_score if score is None else score,
        sys.intern(reason or stored_reason),
        checked_at,
        first,
        sys.intern(cluster),
        shared.setdefault(names, names),
        tuple(FeedEvidence(url, text) for url, text in evidence),
    )
