"""Item pipelines: each site's Capture is enriched, judged and stored, in that order.

Registered with order numbers in `crawler/settings.py`, built by `from_crawler`.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler

from crawler.clustering import IndexFollower, judge_among_clones, rejudge_siblings, remember
from crawler.config import Config
from crawler.registration import RegistrationLookup
from crawler.suite import build_suite
from detectors.clone_index import fingerprint
from detectors.model import Capture, Verdict, to_dict
from feeds.store import Store


@dataclass(frozen=True)
class ScanResult:
    """A judged site: what was captured and what we concluded."""

    capture: Capture
    verdict: Verdict
    rejudged: tuple[Verdict, ...] = ()
    """Clone siblings judged again because this site was listed (already stored)."""


def capture_summary(capture: Capture) -> dict[str, Any]:
    """What the store keeps of a capture: enough to show evidence, not whole pages."""
    return {
        "start_url": capture.start_url,
        "pages": [
            {"url": p.url, "status": p.status, "title": p.title, "source": p.source, "step": p.step}
            for p in capture.pages
        ],
        "screenshot": capture.screenshot,
        "console_errors": sorted({e for p in capture.pages for e in p.console_errors}),
        "dialogs": [d for p in capture.pages for d in p.dialogs],
        "errors": list(capture.errors),
        "favicon_mmh3": capture.favicon_mmh3,
        "assets": capture.assets,
        "cost": to_dict(capture.cost),
    }


class _StorePipeline:
    """Base: one store connection per pipeline, closed with the spider."""

    def __init__(self, crawler: Crawler) -> None:
        self.config: Config = crawler.settings["BUTCHERBLOCK_CONFIG"]
        self.store = Store.open(self.config.get("store.url"), self.config.data_dir)
        crawler.signals.connect(self.store.close, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Any:
        return cls(crawler)


class RegistrationPipeline(_StorePipeline):
    """Adds the registration record (cached in the store) to each Capture."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        reg = self.config.section("registration")
        self.lookup = RegistrationLookup(
            reg["rdap_base_url"], reg["whois_server"], float(reg["timeout"])
        )
        self.max_age = timedelta(days=reg["cache_days"])

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, Capture):
            return item
        record = self.store.cached_registration(item.domain, item.fetched_at, self.max_age)
        if record is None:
            record = await asyncio.to_thread(self.lookup.lookup, item.domain)
            if record.source != "none":
                self.store.save_registration(record, item.fetched_at)
        return replace(item, registration=record)


class JudgePipeline(_StorePipeline):
    """Runs every detector on the Capture, asks the clone index once, combines the signals
    into a Verdict, and keeps the clone clusters: the site joins one, and a fraud listing
    re-judges its siblings."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.follower = IndexFollower.load(self.store)
        self.index = self.follower.index
        self.suite = build_suite(self.config)
        self.policy = self.suite.policy
        self.stats = crawler.stats

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, Capture):
            return item
        self.follower.catch_up()  # what other processes of the run judged meanwhile
        fp = fingerprint(item)  # once: it serves the clone signal and the cluster
        verdict = judge_among_clones(item, self.suite.detect(item), fp, self.index, self.policy)
        remember(self.store, self.index, fp, verdict, item.fetched_at)
        self.follower.judged_here(item.domain)
        rejudged = rejudge_siblings(self.store, self.index, self.policy, verdict)
        if self.stats is not None and rejudged:
            self.stats.inc_value("butcherblock/siblings_rejudged", len(rejudged))
        return ScanResult(item, verdict, tuple(rejudged))


class VerdictStorePipeline(_StorePipeline):
    """Keeps every verdict, with its signals and a capture summary, in the store; then, and
    only then, the site is done in the frontier (a crash in between crawls it again)."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.crawler = crawler

    def process_item(self, item: Any) -> Any:
        if isinstance(item, ScanResult):
            self.store.record_verdict(item.verdict, capture_summary(item.capture))
            self.crawler.spider.frontier.done(item.verdict.domain)
        return item
