"""Feed formats: each one class behind one interface, output sorted and deterministic.

A format yields its file in pieces (`chunks`), so a publish of a million listings streams
each file to disk instead of holding it. Domains reach a feed only inside a `Snapshot`, which
refuses any that fails `safe_domain`, so a hostile string (a newline, a quote, zone-file
syntax) can never break a file a resolver, firewall or SIEM loads. Block formats take
`fraud` listings; the watch files take `suspicious` ones and never mix with them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

import orjson

ITEMS_PER_CHUNK = 2000
_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$")


class UnsafeDomain(ValueError):
    """A string that is not a plain ASCII domain name was about to be written to a feed."""


def safe_domain(domain: str) -> str:
    if not _DOMAIN.fullmatch(domain):  # match() would let a trailing newline through
        raise UnsafeDomain(f"not a plain domain name: {domain!r}")
    return domain


class FeedEvidence(NamedTuple):
    """One piece of evidence as the feeds publish it."""

    url: str
    text: str


class FeedEntry(NamedTuple):
    """One listed domain as the feeds see it.

    Named tuples, not frozen dataclasses: as immutable, and under half the cost to build
    at a million listings. Times stay the ISO 8601 text the store keeps: the table formats
    write exactly that, and formatting a million datetimes twice per file was a fifth of a
    publish."""

    domain: str
    """Registrable domain, punycode."""
    score: int
    """Combined verdict score 0–100."""
    reason: str
    """The strongest signal's summary, one line."""
    checked_at: str
    """When the verdict behind the listing was taken (ISO 8601; "" if unknown)."""
    first_seen: str = ""
    """First verdict with this label (ISO 8601; "" if unknown)."""
    cluster: str = ""
    """Clone cluster id."""
    detectors: tuple[str, ...] = ()
    """Detectors that contributed."""
    evidence: tuple[FeedEvidence, ...] = ()
    """A few pieces of evidence (page URL and matched text)."""


@dataclass(frozen=True)
class Snapshot:
    """What one publish renders: block listings, watch listings, when, and the zone serial.

    Every domain is checked here, once, so no format can write an unsafe one."""

    listed: tuple[FeedEntry, ...]
    watch: tuple[FeedEntry, ...]
    generated_at: datetime
    serial: int

    def __post_init__(self) -> None:
        for entries in (self.listed, self.watch):
            for entry in entries:
                safe_domain(entry.domain)


class Memo(dict[Any, str]):
    """Text made once per file for values that repeat from one listing to the next (reasons,
    clusters, detector sets, scores): a million listings carry a few thousand of them."""

    def __init__(self, make: Callable[[Any], str]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, value: Any) -> str:
        text = self[value] = self.make(value)
        return text


def json_text(value: object) -> str:
    return orjson.dumps(value).decode()


class FeedFormat:
    """One feed file: `chunks` yields its text in order (as `str`, or as UTF-8 `bytes` where
    that is what the encoder made); `render` is the whole of it."""

    filename: str
    description: str

    def chunks(self, snapshot: Snapshot) -> Iterator[str | bytes]:
        raise NotImplementedError

    def render(self, snapshot: Snapshot) -> str:
        return "".join(c if isinstance(c, str) else c.decode() for c in self.chunks(snapshot))


def header(
    snapshot: Snapshot, entries: tuple[FeedEntry, ...], what: str = "fraud", mark: str = "#"
) -> str:
    stamp = snapshot.generated_at.isoformat()
    return f"{mark} butcherblock {what} feed — {len(entries)} domains — generated {stamp}\n"


def json_array_document(
    key: str,
    items: Iterable[object],
    before: dict[str, object] | None = None,
    after: dict[str, object] | None = None,
    inside: str = "",
) -> Iterator[str | bytes]:
    """A JSON object whose `key` holds a long array, one item a line: `before`'s members, the
    array, then `after`'s (the object itself the only member of `{inside: …}` if given).
    Keys are written in the order the dicts were built. orjson encodes a batch of items at
    a time (compact, UTF-8) and joins them in C, and the bytes go to disk undecoded."""

    def members(part: dict[str, object] | None) -> str:
        return json_text(part)[1:-1] if part else ""

    outer = "{" + json_text(inside) + ":" if inside else ""
    head = members(before)
    yield outer + "{" + (head + "," if head else "") + json_text(key) + ":["
    pending = iter(items)
    separator = "\n"
    while batch := list(itertools.islice(pending, ITEMS_PER_CHUNK)):
        yield separator
        yield b",\n".join(map(orjson.dumps, batch))
        separator = ",\n"
    tail = members(after)
    closing = "}}" if inside else "}"
    yield ("\n]" if separator == ",\n" else "]") + ("," + tail if tail else "") + closing + "\n"
