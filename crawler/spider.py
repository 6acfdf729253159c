"""The site spider: crawl each target's most telling pages and emit one Capture per site.

Scrapy schedules requests globally, so the spider keeps per-site state: how many
requests are in flight, the page budget, and a reserve of low-priority links. A
site is finished when nothing is in flight and nothing worth fetching is left;
then its Capture goes to the item pipelines (registration → detectors → store).
"""

from __future__ import annotations

import base64
import hashlib
import heapq
import itertools
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urldefrag, urlsplit

import mmh3
import scrapy
from scrapy.http import Request, Response, TextResponse
from twisted.python.failure import Failure

from crawler.failures import describe_failure, is_refusal
from crawler.page_parser import favicon_url, parse_page, stylesheets
from crawler.targets import BadTarget, Target, registrable_domain
from detectors.model import Capture, Page

# Never fetch what could be an executable or an archive (the crawler never downloads them).
SKIPPED_EXTENSIONS = frozenset(
    (
        ".exe .msi .apk .ipa .dmg .pkg .deb .rpm .jar .bin .iso "  # executables, installers
        ".zip .rar .7z .gz .tgz .bz2 .xz "  # archives
        ".pdf .doc .docx .xls .xlsx .mp4 .mp3 .avi .mov "  # documents, media
        ".png .jpg .jpeg .gif .webp .svg .woff .woff2 .ttf"  # images, fonts
    ).split()
)
HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
RESERVE_BATCH = 2


@dataclass
class SiteState:
    """Per-site bookkeeping while a site is being crawled."""

    target: Target
    page_budget: int
    asset_budget: int
    fallbacks: list[str] = field(default_factory=list)
    start_url: str = ""
    pages: list[Page] = field(default_factory=list)
    assets: dict[str, str] = field(default_factory=dict)
    favicon_mmh3: int | None = None
    errors: list[str] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)
    reserve: list[tuple[int, int, str]] = field(default_factory=list)
    in_flight: int = 0


class SiteSpider(scrapy.Spider):
    name = "butcherblock"

    def __init__(self, targets: list[Target], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.targets = targets
        self.sites: dict[int, SiteState] = {}
        self._order = itertools.count()

    async def start(self) -> AsyncIterator[Request]:
        settings = self.settings
        words = [w.lower() for w in settings.getlist("BUTCHERBLOCK_PRIORITY_WORDS")]
        self.priority_words = words
        for key, target in enumerate(self.targets):
            state = SiteState(
                target=target,
                page_budget=settings.getint("BUTCHERBLOCK_MAX_PAGES_PER_SITE"),
                asset_budget=settings.getint("BUTCHERBLOCK_MAX_ASSETS_PER_SITE"),
                fallbacks=list(target.start_urls[1:]),
            )
            self.sites[key] = state
            yield self._page_request(key, state, target.start_urls[0], priority=1000, home=True)

    # -- requests ---------------------------------------------------------------

    def _page_request(
        self, key: int, state: SiteState, url: str, priority: int, home: bool = False
    ) -> Request:
        state.page_budget -= 1
        return self._request(key, state, url, self.parse_page, priority, {"home": home})

    def _asset_request(self, key: int, state: SiteState, url: str, kind: str) -> Request:
        state.asset_budget -= 1
        return self._request(key, state, url, self.parse_asset, -100, {"asset": kind})

    def _request(
        self,
        key: int,
        state: SiteState,
        url: str,
        callback: Any,
        priority: int,
        meta: dict[str, Any],
    ) -> Request:
        state.in_flight += 1
        state.seen.add(url)
        return Request(
            url,
            callback=callback,
            errback=self.on_error,
            priority=priority,
            dont_filter=True,
            meta={"site": key, **meta},
        )

    # -- callbacks ----------------------------------------------------------------

    def parse_page(self, response: Response) -> Iterator[Any]:
        key = response.meta["site"]
        state = self.sites[key]
        if response.meta.get("home") and not state.start_url:
            state.start_url = response.meta.get("redirect_urls", [response.url])[0]
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
        if not isinstance(response, TextResponse) or not content_type.startswith(HTML_TYPES):
            state.errors.append(
                f"{response.url}: not a web page ({content_type or 'no content type'})"
            )
            if response.meta.get("home"):
                state.pages.append(Page(url=response.url, status=response.status))
        else:
            page = parse_page(response)
            state.pages.append(page)
            yield from self._follow_links(key, state, page)
            if response.meta.get("home"):
                yield from self._asset_requests(key, state, response)
        yield from self._settle(key, state)

    def parse_asset(self, response: Response) -> Iterator[Any]:
        key = response.meta["site"]
        state = self.sites[key]
        if response.status == 200 and response.body:
            if response.meta["asset"] == "favicon":
                state.favicon_mmh3 = mmh3.hash(base64.encodebytes(response.body))
            else:
                state.assets[response.url] = hashlib.sha256(response.body).hexdigest()
        yield from self._settle(key, state)

    def on_error(self, failure: Failure) -> Iterator[Any]:
        request = failure.request  # type: ignore[attr-defined]
        key = request.meta["site"]
        state = self.sites[key]
        if request.meta.get("home") and state.fallbacks and not is_refusal(failure):
            state.errors.append(f"{request.url}: {describe_failure(failure)}")
            state.page_budget += 1
            yield self._page_request(key, state, state.fallbacks.pop(0), priority=1000, home=True)
        elif "asset" not in request.meta:
            state.errors.append(f"{request.url}: {describe_failure(failure)}")
        yield from self._settle(key, state)

    # -- link selection ---------------------------------------------------------------

    def _follow_links(self, key: int, state: SiteState, page: Page) -> Iterator[Request]:
        for link in page.links:
            url = urldefrag(link.url)[0]
            if url in state.seen or not self._same_site(state, url) or _skipped(url):
                continue
            state.seen.add(url)
            score = self._link_score(url, link.text)
            if score > 0 and state.page_budget > 0:
                yield self._page_request(key, state, url, priority=score)
            else:
                heapq.heappush(state.reserve, (-score, next(self._order), url))

    def _asset_requests(
        self, key: int, state: SiteState, response: TextResponse
    ) -> Iterator[Request]:
        icon = favicon_url(response)
        if state.asset_budget > 0 and self._same_site(state, icon):
            yield self._asset_request(key, state, icon, "favicon")
        page = state.pages[-1]
        for url in [*page.scripts, *stylesheets(response)]:
            if state.asset_budget <= 0:
                break
            if url not in state.seen and self._same_site(state, url):
                yield self._asset_request(key, state, url, "asset")

    def _link_score(self, url: str, text: str) -> int:
        haystack = f"{urlsplit(url).path} {urlsplit(url).fragment} {text}".lower()
        for index, word in enumerate(self.priority_words):
            if word in haystack:
                return 100 + len(self.priority_words) - index
        return 0

    @staticmethod
    def _same_site(state: SiteState, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return False
        try:
            return registrable_domain(parts.hostname.lower()) == state.target.domain
        except BadTarget:
            return False

    # -- completion -------------------------------------------------------------

    def _settle(self, key: int, state: SiteState) -> Iterator[Any]:
        """Account for one finished request; emit the Capture when the site is done."""
        state.in_flight -= 1
        while state.in_flight < RESERVE_BATCH and state.page_budget > 0 and state.reserve:
            _, _, url = heapq.heappop(state.reserve)
            yield self._page_request(key, state, url, priority=0)
        if state.in_flight == 0:
            del self.sites[key]
            yield Capture(
                domain=state.target.domain,
                start_url=state.start_url or state.target.start_urls[-1],
                fetched_at=datetime.now(UTC),
                pages=tuple(state.pages),
                assets=dict(state.assets),
                favicon_mmh3=state.favicon_mmh3,
                errors=tuple(state.errors),
            )


def _skipped(url: str) -> bool:
    path = urlsplit(url).path.lower()
    dot = path.rfind(".")
    return dot != -1 and path[dot:] in SKIPPED_EXTENSIONS
