"""Feed formats: each one class behind one interface, output sorted and deterministic.

Domains reach a feed only through `safe_domain`, so a hostile string (a newline, a quote,
zone-file syntax) can never break a file a resolver, firewall or SIEM loads. Block formats
take `fraud` listings; the watch files take `suspicious` ones and never mix with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$")


class UnsafeDomain(ValueError):
    """A string that is not a plain ASCII domain name was about to be written to a feed."""


def safe_domain(domain: str) -> str:
    if not _DOMAIN.match(domain):
        raise UnsafeDomain(f"not a plain domain name: {domain!r}")
    return domain


@dataclass(frozen=True)
class FeedEvidence:
    """One piece of evidence as the feeds publish it."""

    url: str
    text: str


@dataclass(frozen=True)
class FeedEntry:
    """One listed domain as the feeds see it."""

    domain: str
    """Registrable domain, punycode."""
    score: int
    """Combined verdict score 0–100."""
    reason: str
    """The strongest signal's summary, one line."""
    checked_at: datetime | None
    """When the verdict behind the listing was taken."""
    first_seen: datetime | None = None
    """First verdict with this label."""
    cluster: str = ""
    """Clone cluster id."""
    detectors: tuple[str, ...] = ()
    """Detectors that contributed."""
    evidence: tuple[FeedEvidence, ...] = field(default=())
    """A few pieces of evidence (page URL and matched text)."""


@dataclass(frozen=True)
class Snapshot:
    """What one publish renders: block listings, watch listings, when, and the zone serial."""

    listed: tuple[FeedEntry, ...]
    watch: tuple[FeedEntry, ...]
    generated_at: datetime
    serial: int


class FeedFormat(Protocol):
    filename: str
    description: str

    def render(self, snapshot: Snapshot) -> str: ...


def header(
    snapshot: Snapshot, entries: tuple[FeedEntry, ...], what: str = "fraud", mark: str = "#"
) -> str:
    stamp = snapshot.generated_at.isoformat()
    return f"{mark} butcherblock {what} feed — {len(entries)} domains — generated {stamp}\n"
