"""The records that flow through butcherblock: Capture in, Signal and Verdict out.

They live here, at the bottom of the dependency graph, because the crawler builds
them, the detectors read them and the feeds store them. All are frozen dataclasses
and round-trip through JSON (`to_dict` / `from_dict`).
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, TypeVar

VerdictLabel = Literal["fraud", "suspicious", "clean", "unreachable"]
VERDICT_LABELS: tuple[str, ...] = ("fraud", "suspicious", "clean", "unreachable")


@dataclass(frozen=True)
class Link:
    """A hyperlink seen on a page."""

    url: str
    """Absolute URL the link points at."""
    text: str = ""
    """Visible anchor text (whitespace collapsed)."""


@dataclass(frozen=True)
class Form:
    """A form on a page; the crawler never submits one with real data."""

    action: str
    """Absolute URL the form posts to."""
    method: str = "get"
    """HTTP method, lower case."""
    fields: tuple[str, ...] = ()
    """`name:type` of each input, e.g. `amount:number`, `password:password`."""


@dataclass(frozen=True)
class Page:
    """One fetched page of a site."""

    url: str
    """Final URL after redirects."""
    status: int
    """HTTP status code."""
    title: str = ""
    """Contents of `<title>`, whitespace collapsed."""
    text: str = ""
    """Visible text: what a visitor reads, without scripts and styles."""
    html: str = ""
    """The HTML as served (or as rendered, when `source` says so), size-capped."""
    headers: dict[str, str] = field(default_factory=dict)
    """Response headers, names lower-cased, first value only."""
    links: tuple[Link, ...] = ()
    """Links found on the page, in document order."""
    forms: tuple[Form, ...] = ()
    """Forms found on the page."""
    scripts: tuple[str, ...] = ()
    """Absolute URLs of external scripts."""
    images: tuple[str, ...] = ()
    """Absolute URLs of `<img>` sources, in document order (notices served as pictures)."""
    inline_js: str = ""
    """Inline script source, concatenated and size-capped."""
    source: str = "static"
    """How the page was obtained: `static` (plain fetch), `rendered` (after scripts ran),
    `api` (a same-site JSON response the app fetched), `probe` (the withdraw-flow probe),
    `image` (text read by OCR from an image; `url` is the image's)."""
    step: str = ""
    """For `api` and `probe` pages: what the browser did to get this answer."""
    console_errors: tuple[str, ...] = ()
    """Console errors logged while the page rendered."""
    dialogs: tuple[str, ...] = ()
    """Dialogs the page opened (`alert`, `confirm`, `prompt`; all dismissed) as `type: message`."""


@dataclass(frozen=True)
class Registration:
    """What the registry (RDAP) or WHOIS says about a registrable domain."""

    domain: str
    """The registrable domain looked up."""
    source: str
    """`rdap`, `whois`, or `none` when neither answered."""
    created: datetime | None = None
    """Registration date (earliest one reported), timezone-aware."""
    expires: datetime | None = None
    """Expiry date, timezone-aware."""
    registrar: str | None = None
    """Registrar name as reported."""
    privacy: bool = False
    """True when registrant contact data is redacted or behind a privacy service."""
    error: str | None = None
    """Why the lookup failed, in plain words, when it did."""


@dataclass(frozen=True)
class CrawlCost:
    """What crawling one site cost, so that a hostile site's toll is on record, and bounded."""

    seconds: float = 0.0
    """Wall time from the site's first request to its capture."""
    requests: int = 0
    """Requests sent for the site: pages, renders and assets."""
    bytes_received: int = 0
    """Body bytes read off the network by plain fetches, stopped and cut-off ones included."""
    largest_body: int = 0
    """The largest body held in memory at once (after decompression; a rendered page's HTML)."""
    kept_chars: int = 0
    """HTML, text and inline script kept on the capture's pages."""
    disk_bytes: int = 0
    """Written to disk for the site: its screenshot. Downloads are never saved."""
    stopped: int = 0
    """Responses stopped before their body was read: downloads, executables, oversize."""
    popups_closed: int = 0
    """Pop-up windows the site opened in the browser, each closed at once."""
    downloads_refused: int = 0
    """Downloads the site started in the browser, each refused."""


@dataclass(frozen=True)
class Capture:
    """Everything the crawler learned about one site, handed to the detectors."""

    domain: str
    """Registrable domain (public-suffix aware), the key of every listing."""
    start_url: str
    """The URL the crawl of this site began with (after the https→http fallback)."""
    fetched_at: datetime
    """When the crawl of this site finished; the detectors' notion of "now"."""
    pages: tuple[Page, ...] = ()
    """Pages fetched, home page first."""
    assets: dict[str, str] = field(default_factory=dict)
    """Same-site script/stylesheet URL → SHA-256 of its body."""
    favicon_mmh3: int | None = None
    """Favicon hash in Shodan's form: mmh3 of the base64-encoded body."""
    registration: Registration | None = None
    """Registration record, filled by the registration enricher."""
    errors: tuple[str, ...] = ()
    """Fetches that failed, as `url: reason`."""
    screenshot: str | None = None
    """PNG of the rendered home page, relative to the data directory."""
    screenshot_phash: str | None = None
    """Perceptual hash (imagehash pHash, hex) of that screenshot, for look-alike matching."""
    cost: CrawlCost = field(default_factory=CrawlCost)
    """What the crawl of this site cost (time, bytes, memory, disk)."""


@dataclass(frozen=True)
class Evidence:
    """A pointer at the exact thing that made a detector fire."""

    url: str
    """Page the evidence was found on; empty for registration or fingerprint evidence."""
    text: str
    """The matched text with some context, or the fact / fingerprint that matched."""
    kind: str = "text"
    """`text`, `registration`, `fingerprint`, `link` or `extracted`."""
    source: str = ""
    """For page evidence: `static`, `rendered`, `api`, `probe` or `image` (see Page.source)."""
    step: str = ""
    """For `api` and `probe` evidence: the browser step that produced it."""


@dataclass(frozen=True)
class Signal:
    """One detector's finding about a site."""

    detector: str
    """Stable detector name, e.g. `withdrawal_fee`."""
    score: int
    """Strength of the finding, 0–100, before the verdict's detector weight."""
    summary: str
    """One line in plain words."""
    evidence: tuple[Evidence, ...] = ()
    """Where it was seen; never empty for a signal that counts."""
    rule: str = ""
    """Id of the rule or check that fired, for tracing and false-positive reports."""


@dataclass(frozen=True)
class Verdict:
    """The judgement of one site, with the signals that made it."""

    domain: str
    """Registrable domain judged."""
    verdict: VerdictLabel
    """`fraud` (block feeds), `suspicious` (watch feed), `clean` or `unreachable`."""
    score: int
    """Combined score 0–100."""
    signals: tuple[Signal, ...] = ()
    """Signals that contributed, strongest first."""
    url: str = ""
    """The start URL that was crawled."""
    checked_at: datetime | None = None
    """When the capture behind this verdict was taken."""
    reason: str = ""
    """One line explaining the label (thresholds met, allowlist, unreachable cause)."""
    cluster: str = ""
    """Clone cluster (sites sharing one template) the site belongs to; stable over runs."""


T = TypeVar("T")


def to_dict(record: Any) -> Any:
    """Turn a record (or a tuple/dict of them) into JSON-ready data."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, datetime):
        return record.isoformat()
    if isinstance(record, tuple | list):
        return [to_dict(item) for item in record]
    if isinstance(record, dict):
        return {str(k): to_dict(v) for k, v in record.items()}
    return record


def from_dict(cls: type[T], data: Any) -> T:
    """Rebuild a record of type `cls` from `to_dict` output."""
    return typing.cast(T, _decode(cls, data))


@functools.cache
def _hints(tp: type) -> dict[str, Any]:
    """Field name → type, computed once per record class (get_type_hints is slow)."""
    names = {f.name for f in dataclasses.fields(tp)}
    return {k: v for k, v in typing.get_type_hints(tp).items() if k in names}


def _decode(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(tp) if a is not type(None)]
        return _decode(members[0], value)
    if origin is Literal:
        return value
    if origin is tuple:
        (item_type, *_) = typing.get_args(tp)
        return tuple(_decode(item_type, v) for v in value)
    if origin is dict:
        key_type, value_type = typing.get_args(tp)
        return {_decode(key_type, k): _decode(value_type, v) for k, v in value.items()}
    if tp is datetime:
        return datetime.fromisoformat(value)
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        return tp(**{k: _decode(hints[k], v) for k, v in value.items() if k in hints})
    return value
