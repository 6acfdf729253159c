"""Run one crawl in this process and collect its results.

Scrapy's reactor can start once per process, so each CLI command runs at most one crawl.
"""

from __future__ import annotations

import signal
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, replace
from typing import Any
from urllib.request import getproxies

from scrapy import signals
from scrapy.crawler import CrawlerProcess

from crawler.config import Config
from crawler.egress import EgressGuard
from crawler.frontier import Frontier
from crawler.pipelines import ScanResult
from crawler.settings import scrapy_settings
from crawler.spider import SiteSpider
from detectors.model import Verdict


@dataclass(frozen=True)
class CrawlOutcome:
    verdicts: list[Verdict]
    """Verdicts of the judged sites, in the order they finished. Only the verdicts: a
    capture keeps whole pages, and holding every one made memory grow with the sites
    crawled (26 kB a site on the generated web, far more on real sites). Without their
    signals unless asked for (`keep_signals`): the evidence of every signal of every site
    still grew a nightly crawl by megabytes a thousand sites, and its run report needs
    only each site's label and reason (the store has the rest)."""
    stopped_by: str | None
    """`max-duration`, `max-sites` or `signal` (SIGTERM, SIGINT) when the crawl stopped with
    sites left in the frontier; None otherwise."""
    by_process: tuple[int, ...] = ()
    """Sites each process judged, this one first, when helpers crawled beside it."""


def crawl(
    config: Config,
    frontier: Frontier,
    log_level: str = "CRITICAL",
    on_result: Callable[[ScanResult], None] | None = None,
    deadline: float | None = None,
    max_sites: int | None = None,
    keep_signals: bool = False,
    on_signal: Callable[[], None] | None = None,
) -> CrawlOutcome:
    """Crawl, judge and store the frontier's sites until it is empty or a bound is reached;
    `on_signal` is called at once on SIGTERM or SIGINT, before Scrapy's graceful stop."""
    verdicts: list[Verdict] = []
    closed: dict[str, str] = {}

    def note_close(reason: str, **_: Any) -> None:
        closed["reason"] = reason

    def collect(item: Any, **_: Any) -> None:
        if isinstance(item, ScanResult):
            verdicts.append(item.verdict if keep_signals else replace(item.verdict, signals=()))
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
        crawler.signals.connect(note_close, signal=signals.spider_closed)
        process.crawl(crawler, frontier=frontier, deadline=deadline, max_sites=max_sites)
        if on_signal is not None:
            from twisted.internet import reactor

            # Scrapy installs its handlers once the reactor has started: chain ours after that.
            reactor.callWhenRunning(reactor.callLater, 0, _chain_signals, on_signal)
        process.start()
        spider = crawler.spider
    stopped_by = getattr(spider, "stopped_by", None)
    if closed.get("reason") == "shutdown":  # SIGTERM or SIGINT: Scrapy stopped gracefully
        stopped_by = "signal"
    return CrawlOutcome(verdicts, stopped_by)


def _chain_signals(first: Callable[[], None]) -> None:
    for number in (signal.SIGTERM, signal.SIGINT):
        then = signal.getsignal(number)

        def handler(signum: int, frame: Any, then: Any = then) -> None:
            first()
            if callable(then):
                then(signum, frame)

        signal.signal(number, handler)
