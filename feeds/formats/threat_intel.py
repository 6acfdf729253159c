"""Threat-intelligence formats: a STIX 2.1 bundle and a MISP feed event.

Ids are UUIDv5 of the domain (and of the feed for the bundle and the event), so the same
listing keeps the same id from one publish to the next and consumers update, not duplicate.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

from feeds.formats import FeedEntry, Snapshot, safe_domain

NAMESPACE = uuid.UUID("6f1b8f3e-5d0c-4b8e-9a43-0b5b7c1f2e90")
EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


def _id(kind: str, name: str) -> str:
    return f"{kind}--{uuid.uuid5(NAMESPACE, name)}"


class StixBundle:
    """Written as plain JSON: the stix2 library validates every pattern with a full parser,
    too slow for a million indicators; the tests parse what we write with stix2 instead."""

    filename = "feed.stix.json"
    description = "STIX 2.1 bundle: one indicator (domain-name pattern) per domain"

    def render(self, snapshot: Snapshot) -> str:
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
        objects = [
            identity,
            *(self._indicator(e, identity_id, snapshot.generated_at) for e in snapshot.listed),
        ]
        bundle = {
            "type": "bundle",
            "id": _id("bundle", f"feed-{snapshot.serial}"),
            "objects": objects,
        }
        return json.dumps(bundle, indent=1, sort_keys=True, ensure_ascii=False) + "\n"

    @staticmethod
    def _indicator(entry: FeedEntry, identity: str, now: datetime) -> dict[str, object]:
        domain = safe_domain(entry.domain)
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
    return (
        moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
    )


class MispEvent:
    """A MISP feed event; `misp/manifest.json` (MispManifest) lists it for MISP's feed fetcher."""

    filename = "misp/event.json"
    description = "MISP feed event with one domain attribute per listing"

    def render(self, snapshot: Snapshot) -> str:
        return json.dumps({"Event": misp_event(snapshot)}, indent=1, sort_keys=True) + "\n"


class MispManifest:
    filename = "misp/manifest.json"
    description = "MISP feed manifest (point a MISP feed at the misp/ folder)"

    def render(self, snapshot: Snapshot) -> str:
        event = misp_event(snapshot)
        keep = ("info", "date", "threat_level_id", "analysis", "timestamp", "Orgc", "Tag")
        manifest = {event["uuid"]: {k: event[k] for k in keep}}
        return json.dumps(manifest, indent=1, sort_keys=True) + "\n"


def misp_event(snapshot: Snapshot) -> dict[str, object]:
    timestamp = str(int(snapshot.generated_at.timestamp()))
    attributes = [
        {
            "uuid": str(uuid.uuid5(NAMESPACE, f"misp-{safe_domain(e.domain)}")),
            "type": "domain",
            "category": "Network activity",
            "to_ids": True,
            "value": e.domain,
            "comment": e.reason[:250],
            "timestamp": timestamp,
        }
        for e in snapshot.listed
    ]
    return {
        "uuid": str(uuid.uuid5(NAMESPACE, "butcherblock-fraud-feed")),
        "info": "butcherblock: fake trading and crypto-investment platforms",
        "date": snapshot.generated_at.date().isoformat(),
        "threat_level_id": "2",
        "analysis": "2",
        "published": True,
        "timestamp": timestamp,
        "Orgc": {"name": "butcherblock", "uuid": str(uuid.uuid5(NAMESPACE, "butcherblock-org"))},
        "Tag": [{"name": "tlp:clear"}, {"name": "pig-butchering"}],
        "Attribute": attributes,
    }
