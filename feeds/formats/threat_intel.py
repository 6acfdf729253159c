"""Threat-intelligence formats: a STIX 2.1 bundle and a MISP feed event.

Ids are UUIDv5 of the domain (and of the feed for the bundle and the event), so the same
listing keeps the same id from one publish to the next and consumers update, not duplicate.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import orjson

from feeds.formats import FeedEntry, FeedFormat, Memo, Snapshot, json_array_document, json_text

NAMESPACE = uuid.UUID("6f1b8f3e-5d0c-4b8e-9a43-0b5b7c1f2e90")
NAMESPACE_BYTES = NAMESPACE.bytes
_VARIANT = {f"{n:x}": "89ab"[n & 3] for n in range(16)}
EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


def uuid5(name: str) -> str:
    """`str(uuid.uuid5(NAMESPACE, name))` (RFC 4122 §4.3) without building UUID objects,
    which cost more than the hash at a million listings: the version nibble becomes 5 and
    the variant bits 10."""
    h = hashlib.sha1(NAMESPACE_BYTES + name.encode()).hexdigest()  # noqa: S324 - RFC 4122 names SHA-1
    return f"{h[:8]}-{h[8:12]}-5{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:32]}"


def _id(kind: str, name: str) -> str:
    return f"{kind}--{uuid5(name)}"


class StixBundle(FeedFormat):
    """Written as JSON text, not with the stix2 library: it validates every pattern with a
    full parser, too slow for a million indicators; the tests parse what we write with
    stix2 instead. Each indicator is one template (`_Indicators`)."""

    filename = "feed.stix.json"
    description = "STIX 2.1 bundle: one indicator (domain-name pattern) per domain"

    def chunks(self, snapshot: Snapshot) -> Iterator[str | bytes]:
        identity_id = _id("identity", "butcherblock")
        identity = {  # keys in sorted order in every object (the golden file pins it)
            "created": _stamp(EPOCH),
            "id": identity_id,
            "identity_class": "system",
            "modified": _stamp(EPOCH),
            "name": "butcherblock",
            "spec_version": "2.1",
            "type": "identity",
        }
        indicators = map(_Indicators(identity_id, snapshot.generated_at), snapshot.listed)
        return json_array_document(
            "objects",
            itertools.chain((identity,), indicators),
            before={"id": _id("bundle", f"feed-{snapshot.serial}")},
            after={"type": "bundle"},
        )


class _Indicators:
    """One STIX indicator's JSON text per listing, keys in sorted order.

    A template, not a dict for orjson: building a dict of seventeen keys cost ten times its
    encoding, and a bundle has a million of them. Every text from a listing goes through
    orjson; only the domain (checked by `Snapshot`) and hex ids are pasted as they are."""

    def __init__(self, identity: str, now: datetime) -> None:
        self.identity = json_text(identity)
        self.now = _stamp(now)
        self.numbers = Memo(json_text)
        self.texts = Memo(json_text)
        self.labels = Memo(
            lambda detectors: json_text(["pig-butchering", *(f"detector:{d}" for d in detectors)])
        )
        self.references = Memo(
            lambda cluster: json_text([{"external_id": cluster, "source_name": "butcherblock"}])
        )

    def __call__(self, entry: FeedEntry) -> orjson.Fragment:
        domain = entry.domain
        first = entry.first_seen or entry.checked_at
        created = _stamp_text(first) if first else self.now
        last = entry.checked_at
        # Canonical UTC stamps sort as the moments they name.
        modified = max(created, _stamp_text(last)) if last and last != first else created
        created = json_text(created)
        references = (
            f'"external_references":{self.references[entry.cluster]},' if entry.cluster else ""
        )
        return orjson.Fragment(
            f'{{"confidence":{self.numbers[entry.score]},"created":{created},'
            f'"created_by_ref":{self.identity},"description":{self.texts[entry.reason]},'
            f'{references}"id":"indicator--{uuid5(domain)}",'
            f'"indicator_types":["malicious-activity"],"labels":{self.labels[entry.detectors]},'
            f'"modified":{json_text(modified)},"name":"Fake trading platform: {domain}",'
            f'"pattern":"[domain-name:value = \'{domain}\']","pattern_type":"stix",'
            f'"pattern_version":"2.1","spec_version":"2.1","type":"indicator",'
            f'"valid_from":{created}}}'
        )


def _stamp(moment: datetime) -> str:
    """STIX timestamps: UTC, millisecond precision, `Z`."""
    if moment.tzinfo is not UTC:  # the store's times are UTC: skip the conversion for them
        moment = moment.astimezone(UTC)
    return moment.isoformat(timespec="milliseconds")[:23] + "Z"


def _stamp_text(text: str) -> str:
    """`_stamp` of an ISO 8601 text. UTC times as the store writes them (`isoformat()`, to
    the second or the microsecond) are sliced, not parsed: formatting a datetime costs ten
    times as much, and a bundle has a million of them."""
    if text.endswith("+00:00") and text[10:11] == "T":
        if len(text) == 25:
            return text[:19] + ".000Z"
        if len(text) == 32:
            return text[:23] + "Z"
    return _stamp(datetime.fromisoformat(text))


class MispEvent(FeedFormat):
    """A MISP feed event; `misp/manifest.json` (MispManifest) lists it for MISP's feed fetcher."""

    filename = "misp/event.json"
    description = "MISP feed event with one domain attribute per listing"

    def chunks(self, snapshot: Snapshot) -> Iterator[str | bytes]:
        timestamp = json_text(_timestamp(snapshot))
        comments = Memo(lambda reason: json_text(reason[:250]))
        attributes = (  # a template as for STIX indicators; keys in sorted order
            orjson.Fragment(
                f'{{"category":"Network activity","comment":{comments[e.reason]},'
                f'"timestamp":{timestamp},"to_ids":true,"type":"domain",'
                f'"uuid":"{uuid5(f"misp-{e.domain}")}","value":"{e.domain}"}}'
            )
            for e in snapshot.listed
        )
        return json_array_document(
            "Attribute", attributes, after=misp_event(snapshot), inside="Event"
        )


class MispManifest(FeedFormat):
    filename = "misp/manifest.json"
    description = "MISP feed manifest (point a MISP feed at the misp/ folder)"

    def chunks(self, snapshot: Snapshot) -> Iterator[str]:
        event = misp_event(snapshot)
        keep = ("info", "date", "threat_level_id", "analysis", "timestamp", "Orgc", "Tag")
        manifest = {event["uuid"]: {k: event[k] for k in keep}}
        yield json.dumps(manifest, indent=1, sort_keys=True) + "\n"


def _timestamp(snapshot: Snapshot) -> str:
    return str(int(snapshot.generated_at.timestamp()))


def misp_event(snapshot: Snapshot) -> dict[str, object]:
    """The event's own fields; its attributes (one per listing) are streamed beside them."""
    return {  # keys in sorted order
        "Orgc": {"name": "butcherblock", "uuid": uuid5("butcherblock-org")},
        "Tag": [{"name": "tlp:clear"}, {"name": "pig-butchering"}],
        "analysis": "2",
        "date": snapshot.generated_at.date().isoformat(),
        "info": "butcherblock: fake trading and crypto-investment platforms",
        "published": True,
        "threat_level_id": "2",
        "timestamp": _timestamp(snapshot),
        "uuid": uuid5("butcherblock-fraud-feed"),
    }
