"""Scrapy settings for butcherblock, built from the merged config.

Every component is registered here by dotted path and order number, as Scrapy's
own default_settings does.
"""

from __future__ import annotations

from typing import Any

from crawler.config import Config
from crawler.renderer import CHROMIUM_ARGS, BrowserRequestFilter

ASYNCIO_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"

DOWNLOADER_MIDDLEWARES = {
    # After HttpProxyMiddleware (750) so it sees the final request; redirects come back through it.
    "crawler.netguard.PrivateTargetGuard": 760,
    # After the guard, so refused requests never count as browser pages.
    "crawler.browser_pool.BrowserPool": 770,
}
ITEM_PIPELINES = {
    "crawler.pipelines.RegistrationPipeline": 100,
    "crawler.pipelines.JudgePipeline": 200,
    "crawler.pipelines.VerdictStorePipeline": 300,
}


def scrapy_settings(
    config: Config, log_level: str = "CRITICAL", browser_proxy: str | None = None
) -> dict[str, Any]:
    crawler = config.section("crawler")
    settings = {
        "BOT_NAME": "butcherblock",
        "TWISTED_REACTOR": ASYNCIO_REACTOR,
        "LOG_LEVEL": log_level,
        "TELNETCONSOLE_ENABLED": False,
        # Scam sites disallow nothing useful and we fetch a dozen pages: robots.txt
        # would only cost a request per site.
        "ROBOTSTXT_OBEY": False,
        "USER_AGENT": crawler["user_agent"],
        "CONCURRENT_REQUESTS": crawler["concurrent_requests"],
        "CONCURRENT_REQUESTS_PER_DOMAIN": crawler["concurrent_requests_per_site"],
        "DOWNLOAD_TIMEOUT": crawler["download_timeout"],
        "DOWNLOAD_MAXSIZE": crawler["max_response_bytes"],
        "DOWNLOAD_WARNSIZE": 0,
        # A page's callback yields a few requests and at most one Capture; Scrapy starts this
        # many tasks for every response's output (100 by default; 4 saved 3% of a 500-site crawl).
        "CONCURRENT_ITEMS": 4,
        # Scrapy reads a generator callback's source (inspect, ast) to warn about `return x`
        # in it; its cache is keyed by the bound method, which dies with each request, so it
        # parsed parse_page again for every response (1.5% of a crawl).
        "WARN_ON_GENERATOR_RETURN_VALUE": False,
        "RETRY_TIMES": crawler["retries"],
        "REDIRECT_MAX_TIMES": crawler["max_redirects"],
        "HTTPERROR_ALLOW_ALL": True,
        "COOKIES_ENABLED": True,
        "DOWNLOADER_MIDDLEWARES": DOWNLOADER_MIDDLEWARES,
        "ITEM_PIPELINES": ITEM_PIPELINES,
        "BUTCHERBLOCK_CONFIG": config,
        "BUTCHERBLOCK_ALLOW_PRIVATE": config.get("network.allow_private"),
        "BUTCHERBLOCK_MAX_PAGES_PER_SITE": crawler["max_pages_per_site"],
        "BUTCHERBLOCK_MAX_SITES_IN_FLIGHT": crawler["max_sites_in_flight"],
        "BUTCHERBLOCK_MAX_ASSETS_PER_SITE": crawler["max_assets_per_site"],
        "BUTCHERBLOCK_PRIORITY_WORDS": crawler["priority_words"],
        "BUTCHERBLOCK_RENDER": crawler["render"],
        "BUTCHERBLOCK_BROWSER": config.section("browser"),
        "BUTCHERBLOCK_OCR": config.section("ocr"),
    }
    if crawler["render"] != "never":
        settings.update(browser_settings(config, browser_proxy))
    return settings


def browser_settings(config: Config, proxy: str | None) -> dict[str, Any]:
    """scrapy-playwright on Debian's Chromium, used only by requests with meta["playwright"].

    `proxy` is the egress guard (crawler.egress) every browser request goes through.
    """
    browser = config.section("browser")
    launch: dict[str, Any] = {
        "executable_path": browser["chromium_path"],
        "headless": True,
        "args": CHROMIUM_ARGS,
    }
    if proxy:
        # Chromium bypasses proxies for loopback unless told not to; the guard must see those too.
        launch["proxy"] = {"server": proxy, "bypass": "<-loopback>"}
    handler = "crawler.browser_pool.BoundedBrowserHandler"
    return {
        "DOWNLOAD_HANDLERS": {"http": handler, "https": handler},
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_LAUNCH_OPTIONS": launch,
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": browser["pages_per_context"],
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": browser["render_timeout"] * 1000,
        "PLAYWRIGHT_ABORT_REQUEST": BrowserRequestFilter(config.get("network.allow_private")),
    }
