"""Restart Chromium after a number of rendered pages, to keep its memory bounded.

A downloader middleware: each rendered request is counted; once the count reaches
`browser.restart_after_pages`, new rendered requests wait until every open page is
closed, then the browser is closed and scrapy-playwright launches a fresh one for the
next request. The spider reports closed pages with the `browser_page_closed` signal.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Request

logger = logging.getLogger(__name__)

browser_page_closed = object()
"""Signal sent by the spider after it closes a rendered page (argument: `request`)."""


class BrowserRecycler:
    def __init__(self, crawler: Crawler, every: int) -> None:
        self.crawler = crawler
        self.every = every
        self.rendered = 0
        self.open_pages = 0
        crawler.signals.connect(self._page_closed, signal=browser_page_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BrowserRecycler:
        every = crawler.settings.getint("BUTCHERBLOCK_BROWSER_RESTART_PAGES")
        if crawler.settings.get("BUTCHERBLOCK_RENDER") == "never" or every <= 0:
            raise NotConfigured("no rendering, or no restarts configured")
        return cls(crawler, every)

    async def process_request(self, request: Request) -> None:
        if not request.meta.get("playwright"):
            return
        if self.rendered >= self.every:
            while self.open_pages > 0:
                await asyncio.sleep(0.05)
            if self.rendered >= self.every:  # the first waiter restarts; the others just go on
                await self._restart()
        self.rendered += 1
        self.open_pages += 1
        request.meta["bb_counted_page"] = True

    def _page_closed(self, request: Request, **_: Any) -> None:
        if request.meta.pop("bb_counted_page", False):
            self.open_pages -= 1

    async def _restart(self) -> None:
        handler: Any = self.crawler.engine.downloader.handlers._get_handler("http")  # type: ignore[union-attr]
        browser = getattr(handler, "browser", None)
        self.rendered = 0
        if browser is None:
            return
        with contextlib.suppress(Exception):
            await browser.close()
        self.crawler.stats.inc_value("butcherblock/browser_restarts")  # type: ignore[union-attr]
        logger.info("restarted Chromium after %d rendered pages", self.every)
