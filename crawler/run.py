"""Run one crawl in this process and collect its results.

Scrapy's reactor can start once per process, so each CLI command runs at most one crawl.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack
from typing import Any
from urllib.request import getproxies

from scrapy import signals
from scrapy.crawler import CrawlerProcess

from crawler.config import Config
from crawler.egress import EgressGuard
from crawler.pipelines import ScanResult
from crawler.settings import scrapy_settings
from crawler.spider import SiteSpider
from feeds.domains import Target


def crawl(
    config: Config,
    targets: list[Target],
    log_level: str = "CRITICAL",
    on_result: Callable[[ScanResult], None] | None = None,
) -> list[ScanResult]:
    """Crawl, judge and store every target; results in the order they finished."""
    results: list[ScanResult] = []

    def collect(item: Any, **_: Any) -> None:
        if isinstance(item, ScanResult):
            results.append(item)
            if on_result is not None:
                on_result(item)

    with ExitStack() as stack:
        browser_proxy = None
        if config.get("crawler.render") != "never":
            proxies = getproxies()
            guard = EgressGuard(
                config.get("network.allow_private"), proxies.get("http") or proxies.get("https")
            )
            browser_proxy = stack.enter_context(guard)
        process = CrawlerProcess(settings=scrapy_settings(config, log_level, browser_proxy))
        crawler = process.create_crawler(SiteSpider)
        crawler.signals.connect(collect, signal=signals.item_scraped)
        process.crawl(crawler, targets=targets)
        process.start()
    return results
