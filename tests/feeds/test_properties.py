"""Property tests: domain normalisation and every feed writer, fed hostile strings.

Hypothesis generates inputs no one would think to write down (control characters, zone-file
syntax, homoglyphs, absurd lengths); each property says what must hold for all of them.
"""

from __future__ import annotations

import csv
import io
import ipaddress
import json
import re
from datetime import UTC, datetime, timedelta, timezone

import dns.rdatatype
import dns.zone
import stix2
from hypothesis import given, settings
from hypothesis import strategies as st

from feeds.domains import (
    BadTarget,
    mixed_scripts,
    normalise_host,
    parse_target,
    registrable_domain,
    unicode_form,
)
from feeds.formats import FeedEntry, FeedEvidence, Snapshot, UnsafeDomain, safe_domain
from feeds.formats.lists import AdblockList, DomainsText, HostsFile, WatchDomainsText
from feeds.formats.registry import FORMATS
from feeds.formats.rpz import RpzZone
from feeds.formats.tables import CSV_COLUMNS, FeedCsv, FeedJson, WatchCsv, WatchJson
from feeds.formats.threat_intel import MispEvent, MispManifest, StixBundle

# What a hostile input mixes in: control and bidi characters, zone-file and shell syntax,
# Cyrillic and Greek look-alikes, full-width dots, and plain domain characters.
HOSTILE = "\n\r\t\x00\x1b\x7f ;$()@*\"'\\/:[]%#_\u202e\u200b\u00a0。．аеορü①"
DOMAINISH = st.text(alphabet=st.sampled_from("abcxyz019-." + HOSTILE), max_size=80)
LONG_LABEL = st.integers(min_value=60, max_value=300).map(lambda n: "a" * n + ".com")
RAW = st.one_of(
    DOMAINISH,
    st.builds(
        lambda s, d: s + d, st.sampled_from(["http://", "https://", "ftp://", "xn--"]), DOMAINISH
    ),
    LONG_LABEL,
    st.text(max_size=300),
)
PLAIN_NAME = re.compile(r"^[a-z0-9.-]+$")


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


@given(RAW)
def test_parse_target_refuses_with_its_own_error_or_returns_a_plain_ascii_name(raw: str) -> None:
    try:
        target = parse_target(raw)
    except BadTarget as exc:
        assert "\n" not in str(exc) and str(exc).isprintable()
        return
    for name in (target.domain, target.host):
        assert _is_ip(name) or PLAIN_NAME.fullmatch(name), name
        assert name == name.lower() and name.isascii()
    for url in target.start_urls:  # a path may be Unicode (Scrapy percent-encodes it)
        assert url.isprintable() and not any(c.isspace() for c in url), url
        assert url.split("/")[2].isascii()


@given(RAW)
def test_normalisation_is_idempotent(raw: str) -> None:
    try:
        target = parse_target(raw)
    except BadTarget:
        return
    assert parse_target(target.domain).domain == target.domain
    assert parse_target(target.host).host == target.host
    assert normalise_host(target.host) == target.host


@given(DOMAINISH)
def test_host_helpers_raise_nothing_but_bad_target(raw: str) -> None:
    try:
        host = normalise_host(raw)
        domain = registrable_domain(host)
    except BadTarget:
        return
    assert registrable_domain(domain) == domain
    assert isinstance(mixed_scripts(domain), tuple)
    assert unicode_form(domain)


@given(RAW)
def test_what_parse_target_accepts_a_feed_accepts(raw: str) -> None:
    """A crawlable, public domain is always one the feed writers can publish."""
    try:
        domain = parse_target(raw).domain
    except BadTarget:
        return
    if not _is_ip(domain) and "." in domain:
        assert safe_domain(domain) == domain


# -- feed writers ------------------------------------------------------------------------

LABEL = st.from_regex(r"\A[a-z0-9](?:[a-z0-9-]{0,20}[a-z0-9])?\Z")
DOMAIN = st.builds(
    lambda labels, tld: ".".join([*labels, tld]),
    st.lists(LABEL, min_size=1, max_size=3),
    st.sampled_from(["com", "net", "co.uk", "xn--p1ai", "io"]),
)
TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=40) | st.text(
    alphabet=st.sampled_from(HOSTILE + "<>&=+-x"), max_size=30
)
WHEN = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.just(UTC)
)
ENTRY = st.builds(
    FeedEntry,
    domain=DOMAIN,
    score=st.integers(0, 100),
    reason=TEXT,
    checked_at=st.just("") | WHEN.map(datetime.isoformat),
    first_seen=st.just("") | WHEN.map(datetime.isoformat),
    cluster=TEXT,
    detectors=st.lists(TEXT, max_size=3).map(tuple),
    evidence=st.lists(st.builds(FeedEvidence, TEXT, TEXT), max_size=2).map(tuple),
)


def _unique(entries: list[FeedEntry]) -> tuple[FeedEntry, ...]:
    """The store keys listings by domain: one entry per domain, sorted."""
    return tuple(sorted({e.domain: e for e in entries}.values(), key=lambda e: e.domain))


SNAPSHOT = st.builds(
    Snapshot,
    listed=st.lists(ENTRY, max_size=5).map(_unique),
    watch=st.lists(ENTRY, max_size=3).map(_unique),
    generated_at=WHEN,
    serial=st.integers(1, 2**31 - 1),
)


def _body(text: str, comment: str) -> list[str]:
    return [line for line in text.split("\n")[:-1] if not line.startswith(comment)]


# Generating a snapshot costs more than checking it, so one property checks every writer.
@settings(max_examples=100)
@given(SNAPSHOT)
def test_every_feed_writer_output_parses_back(snapshot: Snapshot) -> None:
    for fmt in FORMATS:
        text = fmt.render(snapshot)
        assert text == fmt.render(snapshot), f"{fmt.filename} is not deterministic"
        assert text.endswith("\n"), fmt.filename
    _check_plain_lists(snapshot)
    _check_rpz(snapshot)
    _check_csv(snapshot)
    _check_json(snapshot)
    _check_misp(snapshot)


def _check_plain_lists(snapshot: Snapshot) -> None:
    domains = [e.domain for e in snapshot.listed]
    assert _body(DomainsText().render(snapshot), "#") == domains
    assert _body(WatchDomainsText().render(snapshot), "#") == [e.domain for e in snapshot.watch]
    assert _body(HostsFile().render(snapshot), "#") == [
        line for d in domains for line in (f"0.0.0.0 {d}", f"0.0.0.0 www.{d}")
    ]
    assert _body(AdblockList().render(snapshot), "!") == [f"||{d}^" for d in domains]


def _check_rpz(snapshot: Snapshot) -> None:
    zone = dns.zone.from_text(RpzZone().render(snapshot), origin="rpz.test.", relativize=True)
    names = {str(name) for name in zone.nodes} - {"@"}
    assert names == {n for e in snapshot.listed for n in (e.domain, f"*.{e.domain}")}
    for name in names:
        (rdata,) = zone.find_rdataset(name, dns.rdatatype.CNAME)
        assert str(rdata.target) == "."
    assert zone.get_soa().serial == snapshot.serial


def _check_csv(snapshot: Snapshot) -> None:
    for fmt, entries in ((FeedCsv(), snapshot.listed), (WatchCsv(), snapshot.watch)):
        text = fmt.render(snapshot)
        rows = list(csv.reader(io.StringIO(text, newline="")))
        assert rows[0] == list(CSV_COLUMNS)
        assert len(rows) == len(entries) + 1
        assert len(text.splitlines()) == len(entries) + 1  # one physical line per row, too
        for row, entry in zip(rows[1:], entries, strict=True):
            assert len(row) == len(CSV_COLUMNS) and row[0] == entry.domain
            assert row[1] == str(entry.score)
            for cell in row[4:]:
                assert cell[:1] not in ("=", "+", "-", "@"), "a spreadsheet would run it"
        # Rows are written as f-strings for speed: csv.writer, given the same cells, must agree.
        reference = io.StringIO()
        csv.writer(reference, lineterminator="\n").writerows(rows)
        assert text == reference.getvalue()


def _check_json(snapshot: Snapshot) -> None:
    for fmt, entries in ((FeedJson(), snapshot.listed), (WatchJson(), snapshot.watch)):
        document = json.loads(fmt.render(snapshot))
        assert document["count"] == len(entries)
        for item, entry in zip(document["domains"], entries, strict=True):
            assert (item["domain"], item["reason"], item["cluster"]) == (
                entry.domain,
                entry.reason,
                entry.cluster,
            )
            assert item["evidence"] == [{"url": e.url, "text": e.text} for e in entry.evidence]


def _check_misp(snapshot: Snapshot) -> None:
    event = json.loads(MispEvent().render(snapshot))["Event"]
    assert [a["value"] for a in event["Attribute"]] == [e.domain for e in snapshot.listed]
    assert [a["comment"] for a in event["Attribute"]] == [e.reason[:250] for e in snapshot.listed]
    manifest = json.loads(MispManifest().render(snapshot))
    assert list(manifest) == [event["uuid"]]


@settings(max_examples=30)  # the stix2 library parses every pattern with a full grammar: slow
@given(SNAPSHOT)
def test_stix_bundle_parses_with_the_stix2_library(snapshot: Snapshot) -> None:
    bundle = stix2.parse(StixBundle().render(snapshot), allow_custom=False)
    indicators = [o for o in bundle.objects if o.type == "indicator"]
    assert [i.pattern for i in indicators] == [
        f"[domain-name:value = '{e.domain}']" for e in snapshot.listed
    ]
    assert [i.description for i in indicators] == [e.reason for e in snapshot.listed]


ANY_ZONE = st.datetimes(
    min_value=datetime(2020, 1, 1),
    max_value=datetime(2030, 1, 1),
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=8)), timezone(-timedelta(hours=3.5))]),
)


@given(first=ANY_ZONE, last=ANY_ZONE)
def test_stix_times_are_the_listing_times_in_utc_milliseconds(
    first: datetime, last: datetime
) -> None:
    entry = FeedEntry("x.com", 90, "r", last.isoformat(), first.isoformat())
    indicator = json.loads(StixBundle().render(Snapshot((entry,), (), WHEN_FIXED, 1)))["objects"][1]

    def stamp(moment: datetime) -> str:
        utc = moment.astimezone(UTC)
        return f"{utc:%Y-%m-%dT%H:%M:%S}.{utc.microsecond // 1000:03d}Z"

    assert indicator["created"] == indicator["valid_from"] == stamp(first)
    assert indicator["modified"] == stamp(max(first, last))


@given(st.text(alphabet=st.sampled_from("ab.-" + HOSTILE), max_size=30))
def test_a_hostile_domain_string_never_reaches_any_feed(domain: str) -> None:
    try:
        safe_domain(domain)
    except UnsafeDomain:
        # Formats only ever see a Snapshot, and no Snapshot can hold the string.
        entries = (FeedEntry("fine.com", 90, "x", ""), FeedEntry(domain, 99, "x", ""))
        for listed, watch in ((entries, ()), ((), entries)):
            try:
                Snapshot(listed, watch, WHEN_FIXED, 1)
            except UnsafeDomain:
                continue
            raise AssertionError(f"a snapshot took {domain!r}") from None
        return
    assert PLAIN_NAME.fullmatch(domain) and ".." not in domain and "." in domain


WHEN_FIXED = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
