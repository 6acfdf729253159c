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
EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


def uuid5(name: str) -> str:
    """`str(uuid.uuid5(NAMESPACE, name))` (RFC 4122 §4.3) without building UUID objects,
    which cost more than the hash at a million listings."""
    digest = bytearray(hashlib.sha1(NAMESPACE.bytes + name.encode()).digest()[:16])  # noqa: S324 - RFC 4122 names SHA-1
    digest[6] = (digest[6] & 0x0F) | 0x50
    digest[8] = (digest[8] & 0x3F) | 0x80
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _id(kind: str, name: str) -> str:
    return f"{kind}--{uuid5(name)}"


class StixBundle(FeedFormat):
    """Written as plain JSON: the stix2 library validates every pattern with a full parser,
    too slow for a million indicators; the tests parse what we write with stix2 instead."""

    filename = "feed.stix.json"
    description = "STIX 2.1 bundle: one indicator (domain-name pattern) per domain"

    def chunks(self, snapshot: Snapshot) -> Iterator[str]:
        identity_id = _id("identity", "butcherblock")
        identity = {
            "type": "identity",
            "spec_version": "2.1",
            "id": identity_id,
            "created": _stamp(EPOCH),
            "modified": _stamp(EPOCH),
            "name": "butcherblock",
            "identity_class": "system",
        }
        now = snapshot.generated_at
        indicators = (self._indicator(e, identity_id, now) for e in snapshot.listed)
        return json_array_document(
            "objects",
            itertools.chain((identity,), indicators),
            before={"id": _id("bundle", f"feed-{snapshot.serial}")},
            after={"type": "bundle"},
            sort_keys=True,
        )

    @staticmethod
    def _indicator(entry: FeedEntry, identity: str, now: datetime) -> dict[str, object]:
        domain = entry.domain
        first = entry.first_seen or entry.checked_at or now
        last = max(entry.checked_at or first, first)
        indicator: dict[str, object] = {
            "type": "indicator",
            "spec_version": "2.1",
            "id": _id("indicator", domain),
            "created_by_ref": identity,
            "created": _stamp(first),
            "modified": _stamp(last),
            "valid_from": _stamp(first),
            "name": f"Fake trading platform: {domain}",
            "description": entry.reason,
            "indicator_types": ["malicious-activity"],
            "pattern": f"[domain-name:value = '{domain}']",
            "pattern_type": "stix",
            "pattern_version": "2.1",
            "confidence": entry.score,
            "labels": ["pig-butchering", *(f"detector:{d}" for d in entry.detectors)],
        }
        if entry.cluster:
            indicator["external_references"] = [
                {"source_name": "butcherblock", "external_id": entry.cluster}
            ]
        return indicator


def _stamp(moment: datetime) -> str:
    """STIX timestamps: UTC, millisecond precision, `Z`."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="milliseconds") + "Z"


class MispEvent(FeedFormat):
    """A MISP feed event; `misp/manifest.json` (MispManifest) lists it for MISP's feed fetcher."""

    filename = "misp/event.json"
    description = "MISP feed event with one domain attribute per listing"

    def chunks(self, snapshot: Snapshot) -> Iterator[str]:
        timestamp = _timestamp(snapshot)
        attributes = (
            {
                "uuid": uuid5(f"misp-{e.domain}"),
                "type": "domain",
                "category": "Network activity",
                "to_ids": True,
                "value": e.domain,
                "comment": e.reason[:250],
                "timestamp": timestamp,
            }
            for e in snapshot.listed
        )
        return json_array_document(
            "Attribute", attributes, after=misp_event(snapshot), inside="Event", sort_keys=True
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
    return {
        "uuid": uuid5("butcherblock-fraud-feed"),
        "info": "butcherblock: fake trading and crypto-investment platforms",
        "date": snapshot.generated_at.date().isoformat(),
        "threat_level_id": "2",
        "analysis": "2",
        "published": True,
        "timestamp": _timestamp(snapshot),
        "Orgc": {"name": "butcherblock", "uuid": uuid5("butcherblock-org")},
        "Tag": [{"name": "tlp:clear"}, {"name": "pig-butchering"}],
    }
