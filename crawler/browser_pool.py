"""The browser's resources: how many pages are open at once, and when Chromium restarts.

A downloader middleware in front of scrapy-playwright. A rendered request waits while
`browser.max_open_pages` pages are open (rendering is CPU-bound: on 2 cores, more pages at
once only make each slower, and a starved page misses its timeouts). After
`browser.restart_after_pages` rendered pages, new ones wait until every open page is closed,
then the browser is closed and scrapy-playwright launches a fresh one, which keeps Chromium's
memory bounded on long crawls. The spider reports closed pages with `browser_page_closed`.
Waiting here cannot deadlock: open pages close without needing anything that waits.

`BoundedBrowserHandler` puts a deadline on each whole render: scrapy-playwright reads the
page after `load` with no timeout of its own, and a script that loops for ever once the
page has loaded would hold that read, and the site, and the crawl, for ever.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Request, Response
from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

logger = logging.getLogger(__name__)

browser_page_closed = object()
"""Signal sent by the spider after it closes a rendered page (argument: `request`)."""


class BrowserPool:
    def __init__(self, crawler: Crawler, max_open_pages: int, every: int) -> None:
        self.crawler = crawler
        self.max_open_pages = max(1, max_open_pages)
        self.every = every
        self.rendered = 0
        self.open_pages = 0
        self._restart_lock = asyncio.Lock()
        crawler.signals.connect(self._page_closed, signal=browser_page_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BrowserPool:
        if crawler.settings.get("BUTCHERBLOCK_RENDER") == "never":
            raise NotConfigured("no rendering")
        browser = crawler.settings.getdict("BUTCHERBLOCK_BROWSER")
        return cls(crawler, browser["max_open_pages"], browser["restart_after_pages"])

    async def process_request(self, request: Request) -> None:
        if not request.meta.get("playwright") or request.meta.get("bb_counted_page"):
            return  # not a browser request, or a retry of one already counted
        if self.every and self.rendered >= self.every:
            # One request restarts; the others wait on the lock until the new browser can be used.
            async with self._restart_lock:
                if self.rendered >= self.every:
                    while self.open_pages > 0:
                        await asyncio.sleep(0.05)
                    await self._restart()
        while self.open_pages >= self.max_open_pages:
            await asyncio.sleep(0.02)
        self.rendered += 1
        self.open_pages += 1
        request.meta["bb_counted_page"] = True

    def _page_closed(self, request: Request, **_: Any) -> None:
        if request.meta.pop("bb_counted_page", False):
            self.open_pages -= 1

    async def _restart(self) -> None:
        """Close the browser of each scheme's handler (Scrapy builds one handler per scheme)."""
        handlers: Any = self.crawler.engine.downloader.handlers  # type: ignore[union-attr]
        browsers = {
            id(b): b
            for s in ("http", "https")
            if (b := getattr(handlers._get_handler(s), "browser", None))
        }
        for browser in browsers.values():
            with contextlib.suppress(Exception):
                await browser.close()
        # scrapy-playwright forgets a closed browser in its `disconnected` callback, which runs
        # asynchronously: the next page must not be opened on the old one.
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(
            getattr(handlers._get_handler(s), "browser", None) is not None
            for s in ("http", "https")
        ):
            await asyncio.sleep(0.02)
        self.rendered = 0  # only now: requests that arrived meanwhile waited on the lock
        if browsers:
            self.crawler.stats.inc_value("butcherblock/browser_restarts")  # type: ignore[union-attr]
            logger.info("restarted Chromium after %d rendered pages", self.every)


class RenderStalled(Exception):
    """A rendered page gave no response within its deadline (a script that never yields)."""


class BoundedBrowserHandler(ScrapyPlaywrightDownloadHandler):
    """scrapy-playwright's download handler with a deadline on every rendered request."""

    async def download_request(self, request: Request) -> Response:  # type: ignore[override]
        if not request.meta.get("playwright"):
            return await super().download_request(request)
        browser = self._crawler.settings.getdict("BUTCHERBLOCK_BROWSER")
        seconds = browser["render_timeout"] + 10
        try:
            return await asyncio.wait_for(super().download_request(request), seconds)
        except TimeoutError:
            raise RenderStalled(
                f"the page stopped answering (no response within {seconds:.0f} s)"
            ) from None
