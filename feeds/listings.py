"""The listing lifecycle: which domains the feeds carry today, and why others left.

A `fraud` verdict lists a domain; `suspicious` puts it on the watch list. A listed scam that
goes offline or hides its pages is not dropped on the first crawl that sees it so: it stays
listed until it has been unreachable or clean for `feeds.expire_after_days`, and the publish
records when and why it left. Analyst overrides win over everything: `deny` always lists,
`allow` never does.

Verdicts are read as stored JSON, not rebuilt as `Verdict` objects: a publish of a million
listings needs a reason, detectors and a little evidence from each, and decoding whole
records was most of its time. Repeated strings (reasons, detectors, clusters) are shared.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from operator import attrgetter
from typing import Any

import orjson

from detectors.model import to_dict
from feeds.formats import FeedEntry, FeedEvidence
from feeds.store import Store

EVIDENCE_PER_ENTRY = 3
by_domain = attrgetter("domain")


@dataclass(frozen=True)
class Listings:
    """What one publish carries."""

    listed: tuple[FeedEntry, ...]
    watch: tuple[FeedEntry, ...]
    lapsed: dict[str, str]
    """Domains with a past fraud verdict that are no longer listed → why."""


def current_listings(store: Store, now: datetime, expire_after: timedelta) -> Listings:
    overrides = store.overrides()
    listed: list[FeedEntry] = []
    watch: list[FeedEntry] = []
    lapsed: dict[str, str] = {}
    shared: dict[Any, Any] = {}
    for domain, label, stored, first_fraud, first_watch in store.listing_rows():
        first = first_fraud or ""
        action, why, who, _ = overrides.get(domain, ("", "", "", ""))
        if action == "allow":
            if first:
                lapsed[domain] = f"allowed by {who}: {why}"
            continue
        if action == "deny":
            reason = f"listed by analyst {who}: {why}"
            listed.append(_entry(orjson.loads(stored), first, shared, reason, 100))
        elif label == "fraud":
            listed.append(_entry(orjson.loads(stored), first, shared))
        elif label in ("clean", "unreachable") and first:
            fraud = store.latest_with_label(domain, "fraud")
            since = fraud.checked_at if fraud else None
            if fraud is not None and since is not None and now - since < expire_after:
                latest = datetime.fromisoformat(orjson.loads(stored)["checked_at"])
                until = (since + expire_after).date().isoformat()
                note = f"{label} since {latest:%Y-%m-%d}; listed until {until}"
                record = to_dict(fraud)
                reason = f"{_reason(record)} ({note})"
                listed.append(_entry(record, first, shared, reason))
            else:
                lapsed[domain] = f"{label} for more than {expire_after.days} days"
        elif label == "suspicious":
            watch.append(_entry(orjson.loads(stored), first_watch or "", shared))
    already = {e.domain for e in listed}
    for domain, (action, why, who, _) in overrides.items():
        if action == "deny" and domain not in already:
            listed.append(FeedEntry(domain, 100, f"listed by analyst {who}: {why}", ""))
    listed.sort(key=by_domain)
    watch.sort(key=by_domain)
    return Listings(tuple(listed), tuple(watch), lapsed)


def _reason(record: dict[str, Any]) -> str:
    signals = record.get("signals") or ()
    return str(signals[0]["summary"] if signals else record.get("reason", ""))


def _entry(
    record: dict[str, Any],
    first: str,
    shared: dict[Any, Any],
    reason: str = "",
    score: int | None = None,
) -> FeedEntry:
    """A listing from a stored verdict record; `shared` keeps one copy of repeated values."""
    signals = record.get("signals") or ()
    evidence = [
        FeedEvidence(e["url"], e.get("text", ""))
        for s in signals
        for e in s.get("evidence", ())
        if e.get("kind", "text") in ("text", "extracted")
    ]
    detectors = tuple(sorted({s["detector"] for s in signals}))
    return FeedEntry(
        record["domain"],
        record["score"] if score is None else score,
        sys.intern(reason or _reason(record)),
        record.get("checked_at") or "",
        first,
        sys.intern(record.get("cluster") or ""),
        shared.setdefault(detectors, detectors),
        tuple(evidence[:EVIDENCE_PER_ENTRY]),
    )
