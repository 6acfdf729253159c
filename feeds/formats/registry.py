"""Every feed format one publish writes, in the order it writes them."""

from __future__ import annotations

from feeds.formats import FeedFormat
from feeds.formats.lists import AdblockList, DomainsText, HostsFile, WatchDomainsText
from feeds.formats.rpz import RpzZone
from feeds.formats.tables import FeedCsv, FeedJson, WatchCsv, WatchJson
from feeds.formats.threat_intel import MispEvent, MispManifest, StixBundle

FORMATS: tuple[FeedFormat, ...] = (
    DomainsText(),
    HostsFile(),
    AdblockList(),
    RpzZone(),
    FeedCsv(),
    FeedJson(),
    StixBundle(),
    MispEvent(),
    MispManifest(),
    WatchDomainsText(),
    WatchCsv(),
    WatchJson(),
)
