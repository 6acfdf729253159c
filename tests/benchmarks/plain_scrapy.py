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
from crawler.settings import scrapy_settings


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
    """butcherblock's own Scrapy settings (config/default.toml), without its components:
    the same downloads, none of the work done on them."""
    plain = scrapy_settings(load_config(None), "ERROR")
    for ours in ("DOWNLOADER_MIDDLEWARES", "ITEM_PIPELINES"):
        plain.pop(ours)
    return {k: v for k, v in plain.items() if not k.startswith("BUTCHERBLOCK_")}


def main() -> None:
    urls = Path(sys.argv[1]).read_text(encoding="utf-8").split()
    process = CrawlerProcess(settings=settings())
    crawler = process.create_crawler(FetchOnly)
    process.crawl(crawler, urls=urls)
    process.start()
    print(crawler.spider.responses)


if __name__ == "__main__":
    main()
