"""Refuse private, loopback and link-local crawl targets, redirects included (SSRF guard).

Candidates come from untrusted lists and public submissions, and a scam site can
redirect to http://169.254.169.254/ or point its DNS at 127.0.0.1. Every request,
including each redirect hop (Scrapy sends redirects back through the downloader
middlewares), is checked here. When a proxy carries the request, the proxy resolves
names; we still refuse IP literals and names that resolve locally to private space.
The guard applies to what is crawled, not to the configured proxy or registration
servers. `network.allow_private = true` (sandbox and tests only) switches it off.
"""

from __future__ import annotations

import asyncio
import socket

from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request
from scrapy.utils.httpobj import urlparse_cached

from feeds.domains import address_kind, is_ip, refusal_for_address, refusal_for_name


class RefusedTarget(IgnoreRequest):
    """A request to a private, loopback or link-local target was refused."""


def refusal_for_resolved(host: str, addresses: list[str]) -> str | None:
    """Why a name may not be crawled, given the addresses it resolves to (any private one)."""
    for address in addresses:
        if kind := address_kind(address):
            return f"{host} resolves to {address}, {kind}"
    return None


class PrivateTargetGuard:
    """Downloader middleware: raise RefusedTarget for requests to non-public targets."""

    def __init__(self) -> None:
        self._resolved: dict[str, str | None] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PrivateTargetGuard:
        if crawler.settings.getbool("BUTCHERBLOCK_ALLOW_PRIVATE"):
            raise NotConfigured("network.allow_private is set")
        return cls()

    async def process_request(self, request: Request) -> None:
        parsed = urlparse_cached(request)
        host = (parsed.hostname or "").lower()
        reason = await self.refusal(host)
        if reason:
            raise RefusedTarget(f"refused: {reason}")

    async def refusal(self, host: str) -> str | None:
        if not host:
            return "no host name"
        if is_ip(host):
            return refusal_for_address(host)
        if reason := refusal_for_name(host):
            return reason
        if host not in self._resolved:
            self._resolved[host] = await self._resolve_and_check(host)
        return self._resolved[host]

    async def _resolve_and_check(self, host: str) -> str | None:
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(
                host, None, type=socket.SOCK_STREAM
            )
        except (OSError, UnicodeError):
            # Unresolvable here: direct fetches fail on their own with a DNS error;
            # through a proxy, the proxy resolves it.
            return None
        return refusal_for_resolved(host, [str(info[4][0]) for info in infos])
