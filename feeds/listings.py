"""The listing lifecycle: which domains the feeds carry today, and why others left.

A `fraud` verdict lists a domain; `suspicious` puts it on the watch list. A listed scam that
goes offline or hides its pages is not dropped on the first crawl that sees it so: it stays
listed until it has been unreachable or clean for `feeds.expire_after_days`, and the publish
records when and why it left. Analyst overrides win over everything: `deny` always lists,
`allow` never does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from detectors.model import Verdict
from feeds.formats import FeedEntry, FeedEvidence
from feeds.store import Store

EVIDENCE_PER_ENTRY = 3


@dataclass(frozen=True)
class Listings:
    """What one publish carries."""

    listed: tuple[FeedEntry, ...]
    watch: tuple[FeedEntry, ...]
    lapsed: dict[str, str]
    """Domains with a past fraud verdict that are no longer listed → why."""


def current_listings(store: Store, now: datetime, expire_after: timedelta) -> Listings:
    first_seen = store.first_seen("fraud")
    first_watch = store.first_seen("suspicious")
    overrides = store.overrides()
    listed: list[FeedEntry] = []
    watch: list[FeedEntry] = []
    lapsed: dict[str, str] = {}
    for latest in store.latest_verdicts():
        domain = latest.domain
        action, why, who, _ = overrides.get(domain, ("", "", "", ""))
        if action == "allow":
            if domain in first_seen:
                lapsed[domain] = f"allowed by {who}: {why}"
            continue
        if action == "deny":
            listed.append(
                _entry(latest, first_seen.get(domain), f"listed by analyst {who}: {why}", 100)
            )
        elif latest.verdict == "fraud":
            listed.append(_entry(latest, first_seen.get(domain)))
        elif latest.verdict in ("clean", "unreachable") and domain in first_seen:
            fraud = store.latest_with_label(domain, "fraud")
            since = fraud.checked_at if fraud else None
            if fraud is not None and since is not None and now - since < expire_after:
                until = (since + expire_after).date().isoformat()
                note = f"{latest.verdict} since {latest.checked_at:%Y-%m-%d}; listed until {until}"
                listed.append(_entry(fraud, first_seen.get(domain), f"{_reason(fraud)} ({note})"))
            else:
                lapsed[domain] = f"{latest.verdict} for more than {expire_after.days} days"
        elif latest.verdict == "suspicious":
            watch.append(_entry(latest, first_watch.get(domain)))
    already = {e.domain for e in listed}
    for domain, (action, why, who, _) in overrides.items():
        if action == "deny" and domain not in already:
            listed.append(FeedEntry(domain, 100, f"listed by analyst {who}: {why}", None))
    return Listings(
        tuple(sorted(listed, key=lambda e: e.domain)),
        tuple(sorted(watch, key=lambda e: e.domain)),
        lapsed,
    )


def _reason(verdict: Verdict) -> str:
    return verdict.signals[0].summary if verdict.signals else verdict.reason


def _entry(
    verdict: Verdict, first: datetime | None, reason: str = "", score: int | None = None
) -> FeedEntry:
    evidence = tuple(
        FeedEvidence(e.url, e.text)
        for s in verdict.signals
        for e in s.evidence
        if e.kind in ("text", "extracted")
    )[:EVIDENCE_PER_ENTRY]
    return FeedEntry(
        domain=verdict.domain,
        score=verdict.score if score is None else score,
        reason=reason or _reason(verdict),
        checked_at=verdict.checked_at,
        first_seen=first,
        cluster=verdict.cluster,
        detectors=tuple(sorted({s.detector for s in verdict.signals})),
        evidence=evidence,
    )
