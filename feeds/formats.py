"""Feed formats: each one class behind one interface, output sorted and deterministic.

Domains reach a feed only through `safe_domain`, so a hostile string (a newline,
a quote, zone-file syntax) can never break a file a resolver or firewall loads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$")


class UnsafeDomain(ValueError):
    """A string that is not a plain ASCII domain name was about to be written to a feed."""


def safe_domain(domain: str) -> str:
    if not _DOMAIN.match(domain) or (domain.startswith("xn--") and "." not in domain):
        raise UnsafeDomain(f"not a plain domain name: {domain!r}")
    return domain


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


class FeedFormat(Protocol):
    filename: str
    description: str

    def render(self, entries: list[FeedEntry], generated_at: datetime) -> str: ...


class DomainsText:
    """One domain per line, for tools that take a plain list."""

    filename = "domains.txt"
    description = "plain list, one domain per line"

    def render(self, entries: list[FeedEntry], generated_at: datetime) -> str:
        return _header(entries, generated_at) + "".join(
            f"{safe_domain(e.domain)}\n" for e in entries
        )


class HostsFile:
    """A hosts(5) file that sinks each domain and its www name to 0.0.0.0."""

    filename = "hosts"
    description = "hosts file, 0.0.0.0 sinkhole"

    def render(self, entries: list[FeedEntry], generated_at: datetime) -> str:
        lines = [_header(entries, generated_at)]
        for entry in entries:
            domain = safe_domain(entry.domain)
            lines.append(f"0.0.0.0 {domain}\n0.0.0.0 www.{domain}\n")
        return "".join(lines)


def _header(entries: list[FeedEntry], generated_at: datetime) -> str:
    stamp = generated_at.isoformat()
    return f"# butcherblock fraud feed — {len(entries)} domains — generated {stamp}\n"


FORMATS: tuple[FeedFormat, ...] = (DomainsText(), HostsFile())
