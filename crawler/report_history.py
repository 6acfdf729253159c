"""What the store says about the past, for the run report: listings per day and kit clusters.

Read-only, and portable SQL only (`?` placeholders, no SQLite date or JSON functions): the store
will also run on PostgreSQL, so dates and JSON are parsed here, in Python.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from feeds.store import Store

HISTORY_DAYS = 90
TOP_CLUSTERS = 8
EXAMPLE_CANDIDATES = 5
"""Members tried, per cluster, to find one with a screenshot."""


@dataclass(frozen=True)
class DayCount:
    """How many domains were listed and watched at the end of one day (UTC)."""

    day: date
    listed: int
    """Domains whose newest verdict up to the end of the day was `fraud`."""
    watched: int
    """Domains whose newest verdict up to the end of the day was `suspicious`."""


@dataclass(frozen=True)
class Cluster:
    """A clone cluster: sites built from one kit."""

    cluster: str
    """The stable cluster id from the fingerprints table."""
    size: int
    """Members now."""
    listed: int
    """Members whose latest verdict is `fraud`."""
    before: int
    """Members first judged before the run began (or never judged)."""
    example: str
    """One member to show: a listed one with a screenshot when there is one."""
    screenshot: str | None
    """The example's latest screenshot, relative to the data directory."""

    @property
    def added(self) -> int:
        return self.size - self.before


@dataclass(frozen=True)
class History:
    """The store's past as the report shows it."""

    days: tuple[DayCount, ...]
    """One entry per day of the window, oldest first; empty when the store has no verdicts."""
    biggest: tuple[Cluster, ...]
    """The largest clusters of two or more sites, largest first."""
    grew: tuple[Cluster, ...]
    """Clusters of two or more that gained members during the run, most new members first."""


def read_history(
    store: Store,
    started: datetime,
    finished: datetime,
    days: int = HISTORY_DAYS,
    top: int = TOP_CLUSTERS,
) -> History:
    rows = [
        (domain, label, _utc(checked))
        for domain, label, checked in store.db.execute(
            "SELECT domain, verdict, checked_at FROM verdicts ORDER BY id", ()
        ).fetchall()
    ]
    series = _daily(rows, finished.astimezone(UTC).date(), days) if rows else ()
    first: dict[str, datetime] = {}
    latest: dict[str, str] = {}
    for domain, label, checked in rows:
        first[domain] = min(first.get(domain, checked), checked)
        latest[domain] = label  # rows are in id order: the last one is the latest verdict
    members: dict[str, list[str]] = defaultdict(list)
    for cluster, domain in store.db.execute(
        "SELECT cluster, domain FROM fingerprints", ()
    ).fetchall():
        members[cluster].append(domain)
    start = started.astimezone(UTC)
    sized = {
        cluster: (
            len(domains),
            sum(latest.get(d) == "fraud" for d in domains),
            sum(d not in first or first[d] < start for d in domains),
        )
        for cluster, domains in members.items()
        if len(domains) >= 2  # a site that matches nobody founds a cluster of one: not a kit
    }
    biggest = sorted(sized, key=lambda c: (-sized[c][0], -sized[c][1], c))[:top]
    grew = sorted(
        (c for c, (size, _, before) in sized.items() if size > before),
        key=lambda c: (-(sized[c][0] - sized[c][2]), -sized[c][0], c),
    )

    shown = {
        cid: Cluster(cid, *sized[cid], *_example(store, members[cid], latest))
        for cid in dict.fromkeys([*biggest, *grew])
    }
    return History(tuple(series), tuple(shown[c] for c in biggest), tuple(shown[c] for c in grew))


def _daily(rows: list[tuple[str, str, datetime]], last: date, days: int) -> list[DayCount]:
    """Sweep the verdicts in time order; count each domain by its newest verdict at day's end.

    Kept simple on purpose: analyst overrides and the feed's grace period for listed sites that
    went offline are not replayed, so this is what the crawler judged, not what the feed carried.
    """
    events = sorted(range(len(rows)), key=lambda i: (rows[i][2], i))
    state: dict[str, str] = {}
    counts: dict[str, int] = defaultdict(int)
    series, i = [], 0
    for offset in range(days - 1, -1, -1):
        day = last - timedelta(days=offset)
        end = datetime.combine(day + timedelta(days=1), time(), UTC)
        while i < len(events) and rows[events[i]][2] < end:
            domain, label, _ = rows[events[i]]
            if domain in state:
                counts[state[domain]] -= 1
            state[domain] = label
            counts[label] += 1
            i += 1
        series.append(DayCount(day, counts["fraud"], counts["suspicious"]))
    return series


def _example(store: Store, domains: list[str], latest: dict[str, str]) -> tuple[str, str | None]:
    """A listed member first, then by name; the first of a few that has a screenshot."""
    ordered = sorted(domains, key=lambda d: (latest.get(d) != "fraud", d))
    for domain in ordered[:EXAMPLE_CANDIDATES]:
        for (capture,) in store.db.execute(
            "SELECT capture FROM verdicts WHERE domain = ? ORDER BY id DESC", (domain,)
        ).fetchall():
            shot = _screenshot(capture)
            if shot:
                return domain, shot
    return ordered[0], None


def _screenshot(capture: str) -> str | None:
    try:
        shot = json.loads(capture).get("screenshot")
    except (ValueError, AttributeError):
        return None
    return shot if isinstance(shot, str) and shot else None


def _utc(text: str) -> datetime:
    """Stored times are ISO 8601; a time without an offset is taken as UTC."""
    moment = datetime.fromisoformat(text)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
