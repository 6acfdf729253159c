"""The headless browser: which pages to render, what a rendered page adds, the withdraw probe.

Most fake trading platforms are single-page apps whose help centre arrives as JSON and
whose fee demand appears only after a click. scrapy-playwright drives Debian's Chromium
for the requests that ask for it (`meta["playwright"]`); everything else stays a plain,
35× cheaper fetch (STACK-NOTES).

`auto` renders: the home page once (for the screenshot), every page of a site whose
static home page is a script shell or too thin to judge, and any page that offers a
withdraw flow, which `crawler.probe` then drives.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import imagehash
from PIL import Image
from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page as BrowserPage
from scrapy.http import HtmlResponse, Request

from crawler.page_parser import parse_page
from detectors.model import Page
from feeds.domains import (
    BadTarget,
    is_ip,
    refusal_for_address,
    refusal_for_name,
    registrable_domain,
)

RENDER_MODES = ("auto", "always", "never")
THIN_TEXT_CHARS = 250
APP_ROOT = re.compile(r"""<div[^>]+id=["'](?:app|root|__next|__nuxt)["'][^>]*>\s*</div>""", re.I)
# Withdraw controls and the fields of a withdraw form, in the languages these platforms use.
WITHDRAW_WORDS = re.compile(
    r"withdraw|cash\s?out|提现|提現|提币|提幣|出金|提款|retir|saque|sacar|resgat|rút tiền|"
    r"tarik|penarikan|pengeluaran|ถอน|출금|вывод|çekim|para çek|auszahl|retrait|سحب|निकासी",
    re.I,
)
AMOUNT_FIELD = re.compile(
    r"amount|sum|qty|quantity|number|金额|金額|数量|monto|cantidad|importe|valor|quantia|"
    r"số tiền|jumlah|nominal|จำนวน|금액|сумма|tutar|betrag|montant|المبلغ|राशि",
    re.I,
)
ADDRESS_FIELD = re.compile(
    r"address|wallet|addr|account|地址|钱包|錢包|dirección|direccion|billetera|cartera|endereço|"
    r"carteira|địa chỉ|ví|alamat|dompet|ที่อยู่|กระเป๋า|アドレス|ウォレット|주소|지갑|адрес|кошел|"
    r"adres|cüzdan|adresse|عنوان|محفظة|पता|वॉलेट",
    re.I,
)
MAX_EVENTS = 50
ANSWER_STILL_SECONDS = 0.6
MAX_API_BODY = 200_000
RENDERED_HTML_CHARS = 2_000_000

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-features=Translate,MediaRouter,OptimizationHints",
]


def static_needs_render(page: Page) -> bool:
    """A script shell (an empty app root) or a page too thin to judge without scripts."""
    if len(page.text) < THIN_TEXT_CHARS:
        return True
    return bool(APP_ROOT.search(page.html)) and len(page.text) < 4 * THIN_TEXT_CHARS


def offers_withdraw_flow(page: Page) -> bool:
    """A form with an amount field, or a withdraw control, worth driving in the browser."""
    for form in page.forms:
        names = " ".join(form.fields)
        if AMOUNT_FIELD.search(names) and (
            WITHDRAW_WORDS.search(page.text) or ADDRESS_FIELD.search(names)
        ):
            return True
    return bool(re.search(r"<button[^>]*>[^<]*(?:withdraw|提现|出金)", page.html, re.I))


@dataclass
class PageEvents:
    """What a page did while it rendered, collected by listeners set up in `init_page`."""

    site_domain: str
    console_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    popups: int = 0
    downloads: int = 0
    content_chars: int = 0
    """Size of the rendered document, before it is cut to the page's HTML cap."""
    api: list[tuple[str, int, str]] = field(default_factory=list)
    """(url, status, text) of same-site XHR/fetch JSON responses."""
    pending: set[asyncio.Task[Any]] = field(default_factory=set)
    fetching: int = 0
    """XHR/fetch requests the page has sent and not yet seen answered."""

    async def settle(self, timeout: float = 3.0) -> None:
        if self.pending:
            await asyncio.wait(self.pending, timeout=timeout)

    def take_api(self) -> list[tuple[str, int, str]]:
        taken, self.api = self.api, []
        return taken


async def init_page(page: BrowserPage, request: Request) -> None:
    """scrapy-playwright page-init hook: record console errors, dialogs, pop-ups, JSON responses."""
    events: PageEvents = request.meta["bb_events"]

    def on_console(message: Any) -> None:
        if message.type == "error" and len(events.console_errors) < MAX_EVENTS:
            events.console_errors.append(message.text[:300])

    def on_dialog(dialog: Any) -> None:
        if len(events.dialogs) < MAX_EVENTS:
            events.dialogs.append(f"{dialog.type}: {dialog.message[:500]}")
        _spawn(events, dialog.dismiss())

    def on_popup(popup: BrowserPage) -> None:
        events.popups += 1
        _spawn(events, popup.close())

    def on_download(download: Any) -> None:
        # The context has accept_downloads=False: Chromium cancels it; we count it.
        events.downloads += 1
        _spawn(events, download.cancel())

    def on_response(response: Any) -> None:
        if response.request.resource_type not in ("xhr", "fetch") or len(events.api) >= MAX_EVENTS:
            return
        if not _same_site(response.url, events.site_domain):
            return
        if "json" not in (response.headers.get("content-type") or ""):
            return
        _spawn(events, _read_json(response, events))

    def on_request(request: Any) -> None:
        if request.resource_type in ("xhr", "fetch"):
            events.fetching += 1

    def on_request_done(request: Any) -> None:
        if request.resource_type in ("xhr", "fetch"):
            events.fetching = max(0, events.fetching - 1)

    page.on("request", on_request)
    page.on("requestfinished", on_request_done)
    page.on("requestfailed", on_request_done)
    page.on("console", on_console)
    page.on("dialog", on_dialog)
    page.on("popup", on_popup)
    page.on("download", on_download)
    page.on("response", on_response)


async def _read_json(response: Any, events: PageEvents) -> None:
    try:
        body = await response.text()
    except PlaywrightError:
        return
    events.api.append((response.url, response.status, body[:MAX_API_BODY]))


def _spawn(events: PageEvents, coroutine: Any) -> None:
    task = asyncio.ensure_future(coroutine)
    events.pending.add(task)
    task.add_done_callback(events.pending.discard)
    task.add_done_callback(_ignore_errors)


def _ignore_errors(task: asyncio.Future[Any]) -> None:
    if not task.cancelled():
        task.exception()  # a closed page or dialog is not an error worth reporting


def _same_site(url: str, domain: str) -> bool:
    host = urlsplit(url).hostname or ""
    try:
        return registrable_domain(host) == domain
    except BadTarget:
        return False


@dataclass(frozen=True)
class BrowserRequestFilter:
    """PLAYWRIGHT_ABORT_REQUEST: keep the browser off private targets and heavy media.

    The network guard sees only the requests Scrapy sends; sub-resources, redirects and
    scripted fetches inside the page come here. Names are judged without DNS (the proxy
    resolves), IP literals by address.
    """

    allow_private: bool

    def __call__(self, request: Any) -> bool:
        if request.resource_type in ("media", "font"):
            return True
        host = (urlsplit(request.url).hostname or "").lower()
        if self.allow_private or not host or request.url.startswith(("data:", "blob:")):
            return False
        reason = refusal_for_address(host) if is_ip(host) else refusal_for_name(host)
        return reason is not None


async def read_rendered(
    page: BrowserPage,
    events: PageEvents,
    settle_seconds: float,
    status: int = 200,
    app: bool = True,
) -> list[Page]:
    """The page as the browser shows it, plus one `api` page per same-site JSON response.

    `app`: the page draws itself from scripts (a shell site, a hash route), so wait for it to
    settle; a page whose static HTML already had its content is read once the network is quiet.
    """
    if app:
        await _settle(page, events, settle_seconds)
    else:
        await _quiet(page, min(settle_seconds, 1.0))
        await events.settle(timeout=1.0)
    html = await page.content()
    events.content_chars = len(html)
    # A scripted DOM can be enormous (a million nodes is 10 MB of HTML); what the detectors
    # read is capped anyway, so parse no more than a few times that cap.
    html = html[:RENDERED_HTML_CHARS]
    response = HtmlResponse(url=page.url, body=html.encode("utf-8"), encoding="utf-8")
    rendered = parse_page(response, source="rendered")
    pages = [
        Page(
            url=rendered.url,
            status=status,
            title=rendered.title,
            text=rendered.text,
            html=rendered.html,
            links=rendered.links,
            images=rendered.images,
            forms=rendered.forms,
            scripts=rendered.scripts,
            inline_js=rendered.inline_js,
            source="rendered",
            console_errors=tuple(events.console_errors),
            dialogs=tuple(events.dialogs),
        )
    ]
    pages += [
        api_page(url, status, body, f"fetched by {page.url}")
        for url, status, body in events.take_api()
    ]
    return pages


async def screenshot(page: BrowserPage, path: Path) -> str | None:
    """Save a PNG of the page; return its perceptual hash (None when it could not be taken)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        png = await page.screenshot(path=str(path), timeout=5000)
    except (PlaywrightError, OSError):
        return None
    try:
        return str(imagehash.phash(Image.open(io.BytesIO(png))))
    except (OSError, ValueError):
        return ""


def api_page(url: str, status: int, body: str, step: str) -> Page:
    return Page(url=url, status=status, text=json_strings(body), source="api", step=step)


def json_strings(body: str) -> str:
    """Every string value in a JSON body, tags stripped: what the app would show."""
    try:
        data = json.loads(body)
    except ValueError:
        return ""
    strings: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, str):
            strings.append(re.sub(r"<[^>]+>", " ", node))
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
    return " ".join(" ".join(strings).split())


async def _settle(page: BrowserPage, events: PageEvents, seconds: float) -> None:
    """Wait for a single-page app to draw itself: network quiet, then text that holds still.

    On a busy machine an app may issue its first fetch after the network already looked idle,
    so idleness alone is not enough; a page that is still thin gets a longer quiet window.
    """
    end = time.monotonic() + seconds
    await _quiet(page, seconds)
    last, still_since = await body_text(page), time.monotonic()
    while time.monotonic() < end:
        window = ANSWER_STILL_SECONDS if len(last) >= THIN_TEXT_CHARS else 3 * ANSWER_STILL_SECONDS
        quiet = not events.pending and not events.fetching
        if time.monotonic() - still_since >= window and quiet:
            return
        await asyncio.sleep(0.15)
        text = await body_text(page)
        if text != last:
            last, still_since = text, time.monotonic()
    await events.settle(timeout=1.0)


async def body_text(page: BrowserPage) -> str:
    try:
        return await page.inner_text("body", timeout=2000)
    except PlaywrightError:
        return ""


async def _quiet(page: BrowserPage, seconds: float) -> None:
    """Wait until the network is idle (SPAs fetch after `load`), bounded."""
    if seconds <= 0:
        return
    with contextlib.suppress(PlaywrightError):
        await page.wait_for_load_state("networkidle", timeout=seconds * 1000)
