"""The baseline of the crawl benchmarks: plain Scrapy fetching a list of URLs, nothing more.

`python -m tests.benchmarks.plain_scrapy URLS_FILE` fetches every URL in the file (one a
line) through `http_proxy`, with butcherblock's download settings, and prints how many
responses it got. No parsing, no detectors, no store: the most a Scrapy crawl can do here.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import scrapy
from scrapy.crawler import CrawlerProcess

from crawler.config import load_config
from crawler.settings import ASYNCIO_REACTOR


class FetchOnly(scrapy.Spider):
    name = "plain"

    def __init__(self, urls: list[str], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.urls = urls
        self.responses = 0

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.urls:
            yield scrapy.Request(url, callback=self.parse, dont_filter=True)

    def parse(self, response: Any) -> None:
        self.responses += 1


def settings() -> dict[str, Any]:
    """The same download settings butcherblock's crawler uses (config/default.toml)."""
    crawler = load_config(None).section("crawler")
    return {
        "TWISTED_REACTOR": ASYNCIO_REACTOR,
        "LOG_LEVEL": "ERROR",
        "TELNETCONSOLE_ENABLED": False,
        "ROBOTSTXT_OBEY": False,
        "USER_AGENT": crawler["user_agent"],
        "CONCURRENT_REQUESTS": crawler["concurrent_requests"],
        "CONCURRENT_REQUESTS_PER_DOMAIN": crawler["concurrent_requests_per_site"],
        "DOWNLOAD_TIMEOUT": crawler["download_timeout"],
        "RETRY_TIMES": crawler["retries"],
        "HTTPERROR_ALLOW_ALL": True,
        "COOKIES_ENABLED": True,
    }


def main() -> None:
    urls = Path(sys.argv[1]).read_text(encoding="utf-8").split()
    process = CrawlerProcess(settings=settings())
    crawler = process.create_crawler(FetchOnly)
    process.crawl(crawler, urls=urls)
    process.start()
    print(crawler.spider.responses)


if __name__ == "__main__":
    main()
