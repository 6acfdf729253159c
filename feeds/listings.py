"""The listing lifecycle: which domains the feeds carry today, and why others left.

A `fraud` verdict lists a domain; `suspicious` puts it on the watch list. A listed scam that
goes offline or hides its pages is not dropped on the first crawl that sees it so: it stays
listed until it has been unreachable or clean for `feeds.expire_after_days`, and the publish
records when and why it left. Analyst overrides win over everything: `deny` always lists,
`allow` never does.

Verdicts are read as the few fields a feed carries (`feeds.feed_fields`, kept in the store
beside each verdict), not rebuilt as `Verdict` objects: decoding whole records was most of a
million-listing publish. Repeated strings (reasons, detectors, clusters) are shared.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from operator import attrgetter
from typing import Any

import orjson

from detectors.model import to_dict
from feeds import feed_fields
from feeds.formats import FeedEntry
from feeds.store import Store

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
    for domain, label, stored, record, first_fraud, first_watch in store.listing_rows():
        fields = orjson.loads(stored) if stored else feed_fields.from_record(orjson.loads(record))
        first = first_fraud or ""
        action, why, who, _ = overrides.get(domain, ("", "", "", ""))
        if action == "allow":
            if first:
                lapsed[domain] = f"allowed by {who}: {why}"
            continue
        if action == "deny":
            reason = f"listed by analyst {who}: {why}"
            listed.append(feed_fields.entry(domain, fields, first, shared, reason, 100))
        elif label == "fraud":
            listed.append(feed_fields.entry(domain, fields, first, shared))
        elif label in ("clean", "unreachable") and first:
            fraud = store.latest_with_label(domain, "fraud")
            since = fraud.checked_at if fraud else None
            if fraud is not None and since is not None and now - since < expire_after:
                latest = datetime.fromisoformat(fields[feed_fields.CHECKED_AT])
                until = (since + expire_after).date().isoformat()
                note = f"{label} since {latest:%Y-%m-%d}; listed until {until}"
                was = feed_fields.from_record(to_dict(fraud))
                reason = f"{was[feed_fields.REASON]} ({note})"
                listed.append(feed_fields.entry(domain, was, first, shared, reason))
            else:
                lapsed[domain] = f"{label} for more than {expire_after.days} days"
        elif label == "suspicious":
            watch.append(feed_fields.entry(domain, fields, first_watch or "", shared))
    already = {e.domain for e in listed}
    for domain, (action, why, who, _) in overrides.items():
        if action == "deny" and domain not in already:
            listed.append(FeedEntry(domain, 100, f"listed by analyst {who}: {why}", ""))
    listed.sort(key=by_domain)
    watch.sort(key=by_domain)
    return Listings(tuple(listed), tuple(watch), lapsed)
