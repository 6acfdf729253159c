"""The site spider: crawl each target's most telling pages and emit one Capture per site.

Scrapy schedules requests globally, so the spider keeps per-site state: how many
requests are in flight, the page budget, and a reserve of low-priority links. A
site is finished when nothing is in flight and nothing worth fetching is left;
then its Capture goes to the item pipelines (registration → detectors → store).

Rendering (see `crawler.renderer`): with `render = "auto"` the home page is rendered
once for the screenshot, a site whose static home page is a script shell is crawled
in the browser only, and a page that offers a withdraw flow is probed. Each site gets
its own browser context, closed when the site is done.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import heapq
import itertools
import re
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

import mmh3
import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse, Request, Response, TextResponse
from twisted.python.failure import Failure

from crawler.browser_pool import browser_page_closed
from crawler.bundle_paths import paths_in_bundle
from crawler.download_guard import (
    DownloadRefused,
    looks_binary,
    refusal_for_first_bytes,
    refusal_for_headers,
)
from crawler.explore import explore_clicks
from crawler.failures import describe_failure, is_refusal
from crawler.frontier import Frontier
from crawler.ocr import (
    OcrUnavailable,
    image_score,
    image_size,
    installed_languages,
    languages_for,
    read_text,
    worth_reading,
)
from crawler.ocr import settings_from as ocr_settings
from crawler.page_parser import favicon_url, parse_page, redecoded, stylesheets
from crawler.probe import probe_withdraw
from crawler.renderer import (
    PageEvents,
    api_page,
    init_page,
    offers_withdraw_flow,
    read_rendered,
    screenshot,
    static_needs_render,
)
from detectors.model import Capture, CrawlCost, Link, Page
from feeds.domains import BadTarget, Target, registrable_domain

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
HOME_PRIORITY = 1000
MAX_BUNDLE_CHARS = 2_000_000


@dataclass
class SiteState:
    """Per-site bookkeeping while a site is being crawled."""

    target: Target
    page_budget: int
    asset_budget: int
    render_budget: int
    render_all: bool = False
    """Every page of this site is rendered (render=always, or its home page is a script shell)."""
    fallbacks: list[str] = field(default_factory=list)
    start_url: str = ""
    pages: list[Page] = field(default_factory=list)
    assets: dict[str, str] = field(default_factory=dict)
    favicon_mmh3: int | None = None
    errors: list[str] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)
    reserve: list[tuple[int, int, str, bool]] = field(default_factory=list)
    """Links not fetched yet: (-score, order, url, render), best first."""
    in_flight: int = 0
    screenshot: str | None = None
    screenshot_phash: str | None = None
    browser_contexts: list[Any] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)
    requests: int = 0
    bytes_received: int = 0
    largest_body: int = 0
    stopped: int = 0
    popups_closed: int = 0
    downloads_refused: int = 0
    images: dict[str, tuple[int, str]] = field(default_factory=dict)
    """Same-site images not fetched yet: URL → (score, the page that shows it)."""
    image_fetches: int = 0
    images_read: int = 0
    explored: bool = False
    """The click explorer ran on one of this site's app pages."""

    def cost(self, screenshot_dir: Path) -> CrawlCost:
        disk = 0
        if self.screenshot:
            with contextlib.suppress(OSError):
                disk = (screenshot_dir / Path(self.screenshot).name).stat().st_size
        return CrawlCost(
            seconds=round(time.monotonic() - self.started, 3),
            requests=self.requests,
            bytes_received=self.bytes_received,
            largest_body=self.largest_body,
            kept_chars=sum(len(p.html) + len(p.text) + len(p.inline_js) for p in self.pages),
            disk_bytes=disk,
            stopped=self.stopped,
            popups_closed=self.popups_closed,
            downloads_refused=self.downloads_refused,
        )


class SiteSpider(scrapy.Spider):
    name = "butcherblock"

    def __init__(
        self,
        frontier: Frontier,
        *args: Any,
        deadline: float | None = None,
        max_sites: int | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.frontier = frontier
        self.deadline = deadline
        """time.monotonic() after which no new site is started (`crawl --max-duration`)."""
        self.max_sites = max_sites
        self.sites: dict[int, SiteState] = {}
        self.sites_started = 0
        self.stopped_by: str | None = None
        """Why sites were left in the frontier: `max-duration` or `max-sites`."""
        self._order = itertools.count()

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> SiteSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_headers, signal=signals.headers_received)
        crawler.signals.connect(spider.on_bytes, signal=signals.bytes_received)
        return spider

    async def start(self) -> AsyncIterator[Request]:
        settings = self.settings
        self.priority_words = [w.lower() for w in settings.getlist("BUTCHERBLOCK_PRIORITY_WORDS")]
        self.priority_pattern = re.compile("|".join(map(re.escape, self.priority_words)), re.I)
        self.render_mode = settings.get("BUTCHERBLOCK_RENDER")
        self.browser: dict[str, Any] = settings.getdict("BUTCHERBLOCK_BROWSER")
        self.screenshot_dir = settings["BUTCHERBLOCK_CONFIG"].data_dir / "screenshots"
        self.ocr = ocr_settings(settings.getdict("BUTCHERBLOCK_OCR"))
        if self.ocr.enabled:
            try:
                installed_languages(self.ocr.tesseract)
            except (OcrUnavailable, OSError, subprocess.SubprocessError) as error:
                self.logger.warning(f"text in images is not read: {error}")
                self.ocr = replace(self.ocr, enabled=False)
        always = self.render_mode == "always"
        max_in_flight = settings.getint("BUTCHERBLOCK_MAX_SITES_IN_FLIGHT")
        for key in itertools.count():
            # Bound the sites in progress: it bounds browser contexts and memory, and a new site
            # only starts once another is done (scrapy-playwright's own context limit can deadlock).
            while len(self.sites) >= max_in_flight:
                await asyncio.sleep(0.02)
            if self.deadline is not None and time.monotonic() >= self.deadline:
                self.stopped_by = "max-duration"
                return
            if self.max_sites is not None and self.sites_started >= self.max_sites:
                self.stopped_by = "max-sites"
                return
            claim = self.frontier.claim()  # a site is claimed only when it can start at once
            if claim is None:
                return
            target = claim.target
            self.sites_started += 1
            state = SiteState(
                target=target,
                page_budget=settings.getint("BUTCHERBLOCK_MAX_PAGES_PER_SITE"),
                asset_budget=settings.getint("BUTCHERBLOCK_MAX_ASSETS_PER_SITE"),
                render_budget=self.browser["max_rendered_pages_per_site"],
                render_all=always,
                fallbacks=list(target.start_urls[1:]),
            )
            self.sites[key] = state
            url = target.start_urls[0]
            yield self._page_request(key, state, url, HOME_PRIORITY, home=True, render=always)

    # -- requests ---------------------------------------------------------------

    def _page_request(
        self,
        key: int,
        state: SiteState,
        url: str,
        priority: int,
        home: bool = False,
        render: bool = False,
        probe: bool = False,
    ) -> Request:
        state.page_budget -= 1
        if not render:
            state.seen.add(url)
            return self._request(key, state, url, self.parse_page, priority, {"home": home})
        state.render_budget -= 1
        state.seen.add("rendered:" + url)
        meta = {
            "home": home,
            "playwright": True,
            "playwright_include_page": True,
            "playwright_context": f"site-{key}",
            "playwright_context_kwargs": {
                "accept_downloads": False,
                "ignore_https_errors": True,
                "service_workers": "block",
                "viewport": {"width": 1280, "height": 900},
            },
            "playwright_page_init_callback": init_page,
            "bb_events": PageEvents(state.target.domain),
            "bb_probe": probe,
            "bb_screenshot": home,
            "bb_app": state.render_all or "#" in url,
        }
        return self._request(key, state, url, self.parse_rendered, priority, meta)

    def _asset_request(self, key: int, state: SiteState, url: str, kind: str) -> Request:
        state.asset_budget -= 1
        state.seen.add(url)
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
        state.requests += 1
        return Request(
            url,
            callback=callback,
            errback=self.on_error,
            priority=priority,
            dont_filter=True,
            meta={"site": key, **meta},
        )

    def _can_render(self, state: SiteState) -> bool:
        if self.render_mode == "never" or state.page_budget <= 0:
            return False
        if time.monotonic() - state.started > self.browser["max_site_seconds"]:
            return False
        return state.render_budget > 0 or self.render_mode == "always"

    # -- callbacks ----------------------------------------------------------------

    def parse_page(self, response: Response) -> Iterator[Any]:
        key = response.meta["site"]
        state = self.sites[key]
        home = bool(response.meta.get("home"))
        if home and not state.start_url:
            state.start_url = response.meta.get("redirect_urls", [response.url])[0]
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
        if not isinstance(response, TextResponse) or not content_type.startswith(HTML_TYPES):
            state.errors.append(
                f"{response.url}: not a web page ({content_type or 'no content type'})"
            )
            if home:
                state.pages.append(Page(url=response.url, status=response.status))
        elif looks_binary(response.body):
            state.errors.append(f"{response.url}: binary content served as {content_type}")
            if home:
                state.pages.append(Page(url=response.url, status=response.status))
        else:
            state.largest_body = max(state.largest_body, len(response.body))
            response, declared = redecoded(response)
            if declared:
                state.errors.append(
                    f"{response.url}: the bytes are not {declared} as declared; "
                    f"read as {response.encoding}"
                )
            page = parse_page(response)
            state.pages.append(page)
            self._note_images(state, page)
            if self.render_mode == "auto":
                yield from self._render_requests(key, state, page, home)
            yield from self._follow_links(key, state, page)
            if home:
                yield from self._asset_requests(key, state, page, response)
        yield from self._settle(key, state)

    def _render_requests(
        self, key: int, state: SiteState, page: Page, home: bool
    ) -> Iterator[Request]:
        """`auto`: render the home page once; render a shell site; probe a withdraw flow."""
        probe = offers_withdraw_flow(page)
        if home:
            state.render_all = static_needs_render(page)
        if (home or probe) and self._can_render(state):
            yield self._page_request(
                key, state, page.url, HOME_PRIORITY, home=home, render=True, probe=probe
            )

    async def parse_rendered(self, response: Response) -> AsyncIterator[Any]:
        key = response.meta["site"]
        state = self.sites[key]
        browser_page = response.meta.get("playwright_page")
        pages: list[Page] = []
        if response.meta.get("home") and not state.start_url:
            state.start_url = response.request.url if response.request else response.url
        try:
            if refusal := _egress_refusal(response):
                state.errors.append(f"{response.url}: refused: {refusal}")
            elif browser_page is not None:
                # A script that loops for ever after `load` leaves every browser call waiting.
                budget = self._read_budget()
                pages = await asyncio.wait_for(
                    self._read_browser_page(state, browser_page, response), budget
                )
        except TimeoutError:
            state.errors.append(
                f"{response.url}: render failed: the page stopped answering "
                f"(reading it took over {budget:.0f} s)"
            )
        finally:
            if browser_page is not None:
                await _close_page(browser_page)
            _tally_browser_events(state, response.meta)
            self.crawler.signals.send_catch_log(browser_page_closed, request=response.request)
        seen_api = {(p.url, p.text) for p in state.pages if p.source == "api"}
        state.pages.extend(p for p in pages if p.source != "api" or (p.url, p.text) not in seen_api)
        for page in pages:
            self._note_images(state, page)
        for page in pages[:1]:
            for request in self._follow_links(key, state, page):
                yield request
            if response.meta.get("home") and not state.assets and state.favicon_mmh3 is None:
                for request in self._asset_requests(key, state, page):
                    yield request
        for item in self._settle(key, state):
            yield item

    def _read_budget(self) -> float:
        """Seconds a rendered page may take to be read: settling, screenshot, the probe."""
        browser = self.browser
        probe = browser["probe_steps"] * browser["probe_seconds"]
        return browser["settle_seconds"] + probe + browser["explore_seconds"] + 15

    async def _read_browser_page(
        self, state: SiteState, browser_page: Any, response: Response
    ) -> list[Page]:
        """The rendered page, its JSON responses, the screenshot and the probe, as Pages."""
        events: PageEvents = response.meta["bb_events"]
        if browser_page.context not in state.browser_contexts:
            state.browser_contexts.append(browser_page.context)
        settle = self.browser["settle_seconds"]
        app = bool(response.meta.get("bb_app"))
        pages = await read_rendered(browser_page, events, settle, response.status, app)
        if response.meta.get("bb_screenshot"):
            path = self.screenshot_dir / f"{state.target.domain}.png"
            phash = await screenshot(browser_page, path)
            if phash is not None:
                state.screenshot = f"screenshots/{path.name}"
                state.screenshot_phash = phash or None
        # Probe where the static page offered a withdraw flow, or where the rendered one does
        # (a single-page app's withdraw screen, or any page with render = "always").
        if response.meta.get("bb_probe") or (pages and offers_withdraw_flow(pages[0])):
            steps, seconds = self.browser["probe_steps"], self.browser["probe_seconds"]
            probed = await probe_withdraw(browser_page, events, steps, seconds)
            if probed is not None:
                pages.append(probed)
        # An app page: open what its click handlers open (tab bars, help entries), once a site.
        if app and not state.explored and self.browser["explore_clicks"] > 0:
            state.explored = True
            pages += await explore_clicks(
                browser_page,
                events,
                self.priority_pattern,
                self.browser["explore_clicks"],
                self.browser["explore_seconds"],
            )
        return pages

    def _note_images(self, state: SiteState, page: Page) -> None:
        if not self.ocr.enabled or page.source == "image":
            return
        for url in page.images:
            if url not in state.seen and url not in state.images and self._same_site(state, url):
                score = image_score(url, page.url, self.priority_words)
                state.images[url] = (score, page.url)

    def _image_requests(self, key: int, state: SiteState) -> Iterator[Request]:
        budget = self.ocr.max_image_fetches - state.image_fetches
        ranked = sorted(state.images.items(), key=lambda item: -item[1][0])[: max(budget, 0)]
        state.images.clear()
        for url, (_, page_url) in ranked:
            state.image_fetches += 1
            state.seen.add(url)
            yield self._request(key, state, url, self.parse_image, -50, {"bb_shown_on": page_url})

    async def parse_image(self, response: Response) -> AsyncIterator[Any]:
        """OCR one image; its text becomes an `image` page the detectors read like any other."""
        key = response.meta["site"]
        state = self.sites[key]
        body = response.body
        state.largest_body = max(state.largest_body, len(body))
        size = image_size(body, self.ocr.max_pixels) if response.status == 200 else None
        skip = worth_reading(size, self.ocr) if len(body) <= self.ocr.max_image_bytes else "too big"
        if skip is None and state.images_read < self.ocr.max_images_per_site:
            state.images_read += 1
            sample = " ".join(p.text for p in state.pages[:6])
            text = await read_text(body, languages_for(sample, self.ocr.tesseract), self.ocr)
            if text:
                state.pages.append(
                    Page(
                        url=response.url,
                        status=response.status,
                        text=text,
                        source="image",
                        step=f"text in image shown on {response.meta['bb_shown_on']}",
                    )
                )
        for item in self._settle(key, state):
            yield item

    def parse_asset(self, response: Response) -> Iterator[Any]:
        key = response.meta["site"]
        state = self.sites[key]
        state.largest_body = max(state.largest_body, len(response.body))
        if response.status == 200 and response.body:
            if response.meta["asset"] == "favicon":
                state.favicon_mmh3 = mmh3.hash(base64.encodebytes(response.body))
            else:
                state.assets[response.url] = hashlib.sha256(response.body).hexdigest()
                if isinstance(response, TextResponse) or response.url.endswith(".js"):
                    yield from self._bundle_requests(key, state, response)
        yield from self._settle(key, state)

    def _bundle_requests(self, key: int, state: SiteState, response: Response) -> Iterator[Any]:
        """The app's own routes (as hash routes) and API paths (GET), named in its bundle."""
        script = response.body[:MAX_BUNDLE_CHARS].decode("utf-8", "replace")
        routes, apis = paths_in_bundle(script)
        home = state.start_url or response.url
        links = tuple(Link(urljoin(home, "#/" + route), route) for route in routes)
        if links:
            yield from self._follow_links(
                key, state, Page(url=home, status=200, links=links, source="rendered")
            )
        ranked = sorted(apis, key=lambda path: -self._link_score(path, ""))
        for path in ranked:
            url = urljoin(home, path)
            if state.page_budget <= 0:
                break
            if url in state.seen or not self._same_site(state, url):
                continue
            state.page_budget -= 1
            state.seen.add(url)
            step = f"GET of a path named in {response.url}"
            yield self._request(key, state, url, self.parse_api, 0, {"bb_step": step})

    def parse_api(self, response: Response) -> Iterator[Any]:
        key = response.meta["site"]
        state = self.sites[key]
        state.largest_body = max(state.largest_body, len(response.body))
        if response.status == 200 and isinstance(response, TextResponse):
            page = api_page(response.url, response.status, response.text, response.meta["bb_step"])
            if page.text:
                state.pages.append(page)
        yield from self._settle(key, state)

    def on_error(self, failure: Failure) -> Iterator[Any]:
        request = failure.request  # type: ignore[attr-defined]
        key = request.meta["site"]
        state = self.sites[key]
        rendered = bool(request.meta.get("playwright"))
        falling_back = bool(
            request.meta.get("home") and state.fallbacks and not is_refusal(failure)
        )
        browser_page = request.meta.get("playwright_page")
        if browser_page is not None:
            context = browser_page.context
            _in_background(_close_page(browser_page))
            # scrapy-playwright keeps one browser (and context limit) per scheme: a context of
            # the scheme this site is abandoning would otherwise hold a slot until the site ends.
            if falling_back:
                _in_background(_close_quietly(context))
            elif context not in state.browser_contexts:
                state.browser_contexts.append(context)
        _tally_browser_events(state, request.meta)
        self.crawler.signals.send_catch_log(browser_page_closed, request=request)
        if falling_back:
            state.errors.append(f"{request.url}: {describe_failure(failure)}")
            state.page_budget += 1
            state.render_budget += rendered
            url = state.fallbacks.pop(0)
            yield self._page_request(key, state, url, HOME_PRIORITY, home=True, render=rendered)
        elif "asset" not in request.meta:
            prefix = "render failed: " if rendered else ""
            state.errors.append(f"{request.url}: {prefix}{describe_failure(failure)}")
        yield from self._settle(key, state)

    # -- download guard (crawler.download_guard) -----------------------------------------

    def on_headers(self, headers: Any, request: Request) -> None:
        """`headers_received`: stop attachments and executables before their body is read."""
        state = self.sites.get(request.meta.get("site", -1))
        if state is None:
            return
        # Per response: a redirected request carries the meta of the hop before it.
        request.meta["bb_encoded"] = bool(headers.get(b"Content-Encoding"))
        request.meta["bb_bytes"] = 0
        reason = refusal_for_headers(
            headers.get(b"Content-Type", b"").decode("latin-1"),
            headers.get(b"Content-Disposition", b"").decode("latin-1"),
        )
        if reason:
            state.stopped += 1
            raise DownloadRefused(reason)

    def on_bytes(self, data: bytes, request: Request) -> None:
        """`bytes_received`: count the site's bytes; stop a body that starts like a program."""
        state = self.sites.get(request.meta.get("site", -1))
        if state is None:
            return
        first = not request.meta.get("bb_bytes")
        request.meta["bb_bytes"] = request.meta.get("bb_bytes", 0) + len(data)
        state.bytes_received += len(data)
        if first and not request.meta.get("bb_encoded"):
            reason = refusal_for_first_bytes(data)
            if reason:
                state.stopped += 1
                raise DownloadRefused(reason)

    # -- link selection ---------------------------------------------------------------

    def _follow_links(self, key: int, state: SiteState, page: Page) -> Iterator[Request]:
        """Fetch the best-scoring new same-site links now; keep the rest in the reserve."""
        candidates = []
        for link in page.links:
            url, fragment = urldefrag(link.url)
            # A hash route (#/help/tax) is a page of a single-page app: only the browser sees it.
            hash_route = page.source == "rendered" and fragment.startswith(("/", "!/"))
            if hash_route:
                url = link.url
            render = hash_route or state.render_all
            if (("rendered:" + url) if render else url) in state.seen:
                continue
            if not self._same_site(state, url) or _skipped(url):
                continue
            state.seen.add(("rendered:" + url) if render else url)
            candidates.append((self._link_score(url, link.text), next(self._order), url, render))
        for score, order, url, render in sorted(candidates, key=lambda c: (-c[0], c[1])):
            if score > 0 and (self._can_render(state) if render else state.page_budget > 0):
                yield self._page_request(key, state, url, score, render=render)
            else:
                heapq.heappush(state.reserve, (-score, order, url, render))

    def _asset_requests(
        self, key: int, state: SiteState, page: Page, document: TextResponse | None = None
    ) -> Iterator[Request]:
        """Favicon and same-site scripts and stylesheets of the home page, for fingerprints.
        `document`: the page's own response, whose parsed tree is reused (a rendered page
        has none, so its HTML is parsed again)."""
        if document is None:
            document = HtmlResponse(url=page.url, body=page.html.encode("utf-8"), encoding="utf-8")
        icon = favicon_url(document)
        if state.asset_budget > 0 and icon not in state.seen and self._same_site(state, icon):
            yield self._asset_request(key, state, icon, "favicon")
        for url in [*page.scripts, *stylesheets(document)]:
            if state.asset_budget <= 0:
                break
            if url not in state.seen and self._same_site(state, url):
                yield self._asset_request(key, state, url, "asset")

    def _link_score(self, url: str, text: str) -> int:
        parts = urlsplit(url)
        haystack = f"{parts.path} {parts.fragment} {text}".lower()
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
            _, _, url, render = heapq.heappop(state.reserve)
            if render and not self._can_render(state):
                continue
            yield self._page_request(key, state, url, priority=0, render=render)
        if state.in_flight == 0 and state.images:
            yield from self._image_requests(key, state)  # the best images, once pages are done
        if state.in_flight == 0:
            del self.sites[key]
            for context in state.browser_contexts:
                _in_background(_close_quietly(context))
            yield Capture(
                domain=state.target.domain,
                start_url=state.start_url or state.target.start_urls[-1],
                fetched_at=datetime.now(UTC),
                pages=tuple(state.pages),
                assets=dict(state.assets),
                favicon_mmh3=state.favicon_mmh3,
                errors=tuple(state.errors),
                screenshot=state.screenshot,
                screenshot_phash=state.screenshot_phash,
                cost=state.cost(self.screenshot_dir),
            )


_BACKGROUND: set[asyncio.Future[Any]] = set()


def _in_background(coroutine: Any) -> None:
    """Run a clean-up coroutine without waiting for it, keeping a reference until it ends."""
    task = asyncio.ensure_future(coroutine)
    _BACKGROUND.add(task)
    task.add_done_callback(_BACKGROUND.discard)


async def _close_page(page: Any) -> None:
    """Close a browser page, giving up after a few seconds (a hung renderer goes with its
    context when the site is done)."""
    try:
        await asyncio.wait_for(page.close(), 5)
    except Exception:  # noqa: BLE001 - a page that will not close is left to its context
        return


async def _close_quietly(context: Any) -> None:
    """Close a site's browser context; it may already be gone with a crashed browser."""
    try:
        await context.close()
    except Exception:  # noqa: BLE001 - nothing useful to do about a context that will not close
        return


def _tally_browser_events(state: SiteState, meta: dict[str, Any]) -> None:
    """Add what a rendered page did (pop-ups, downloads, its size) to the site's cost."""
    events: PageEvents | None = meta.get("bb_events")
    if events is None:
        return
    state.popups_closed += events.popups
    state.downloads_refused += events.downloads
    state.largest_body = max(state.largest_body, events.content_chars)


_EGRESS_REFUSAL = re.compile(r"refused by butcherblock: ([^<\n]{1,200})")


def _egress_refusal(response: Response) -> str | None:
    """Why the egress guard stopped the browser (a redirect or link to a private target)."""
    if response.status != 403 or not isinstance(response, TextResponse):
        return None
    match = _EGRESS_REFUSAL.search(response.text[:2000])
    return match.group(1) if match else None


def _skipped(url: str) -> bool:
    path = urlsplit(url).path.lower()
    dot = path.rfind(".")
    return dot != -1 and path[dot:] in SKIPPED_EXTENSIONS
