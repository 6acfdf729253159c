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

from feeds.formats import FeedEntry, FeedFormat, Snapshot, json_array_document

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
    """Written as plain JSON: the stix2 library validates every pattern with a full parser,
    too slow for a million indicators; the tests parse what we write with stix2 instead."""

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
        now = snapshot.generated_at
        indicators = (self._indicator(e, identity_id, now) for e in snapshot.listed)
        return json_array_document(
            "objects",
            itertools.chain((identity,), indicators),
            before={"id": _id("bundle", f"feed-{snapshot.serial}")},
            after={"type": "bundle"},
        )

    @staticmethod
    def _indicator(entry: FeedEntry, identity: str, now: datetime) -> dict[str, object]:
        domain = entry.domain
        first = entry.first_seen or entry.checked_at
        created = _stamp_text(first) if first else _stamp(now)
        last = entry.checked_at
        if last and last != first:
            modified = _stamp(max(datetime.fromisoformat(last), datetime.fromisoformat(first)))
        else:
            modified = created
        cluster = (
            {"external_references": [{"external_id": entry.cluster, "source_name": "butcherblock"}]}
            if entry.cluster
            else {}
        )
        return {
            "confidence": entry.score,
            "created": created,
            "created_by_ref": identity,
            "description": entry.reason,
            **cluster,
            "id": _id("indicator", domain),
            "indicator_types": ["malicious-activity"],
            "labels": ["pig-butchering", *(f"detector:{d}" for d in entry.detectors)],
            "modified": modified,
            "name": f"Fake trading platform: {domain}",
            "pattern": f"[domain-name:value = '{domain}']",
            "pattern_type": "stix",
            "pattern_version": "2.1",
            "spec_version": "2.1",
            "type": "indicator",
            "valid_from": created,
        }


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
        timestamp = _timestamp(snapshot)
        attributes = (
            {  # keys in sorted order (the golden file pins it)
                "category": "Network activity",
                "comment": e.reason[:250],
                "timestamp": timestamp,
                "to_ids": True,
                "type": "domain",
                "uuid": uuid5(f"misp-{e.domain}"),
                "value": e.domain,
            }
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
