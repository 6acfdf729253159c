"""Refuse private, loopback and link-local crawl targets, redirects included (SSRF guard).

Candidates come from untrusted lists and public submissions, and a scam site can
redirect to http://169.254.169.254/ or point its DNS at 127.0.0.1. Every request,
including each redirect hop (Scrapy sends redirects back through the downloader
middlewares), is checked here. Through a proxy, names are judged without DNS (IP literals in
any spelling, local and single-label names): the proxy resolves them from its own network,
so a lookup here says little about where it connects, and it cost the crawl dearly (a
resolver that drops queries under load held one site in ten for glibc's 5 s retry).
Direct requests are refused when their name resolves here to private space.
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


def refusal_for_numeric(host: str) -> str | None:
    """`127.1`, `0x7f.1`, `2130706433`: IPv4 in spellings `ipaddress` refuses but the C
    resolver (and many proxies) accept; read as numbers only, never sent to DNS."""
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM, flags=socket.AI_NUMERICHOST)
    except (OSError, UnicodeError):
        return None
    return refusal_for_resolved(host, [str(info[4][0]) for info in infos])


class PrivateTargetGuard:
    """Downloader middleware: raise RefusedTarget for requests to non-public targets."""

    def __init__(self) -> None:
        self._lookups: dict[str, asyncio.Future[str | None]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PrivateTargetGuard:
        if crawler.settings.getbool("BUTCHERBLOCK_ALLOW_PRIVATE"):
            raise NotConfigured("network.allow_private is set")
        return cls()

    async def process_request(self, request: Request) -> None:
        parsed = urlparse_cached(request)
        host = (parsed.hostname or "").lower()
        reason = await self.refusal(host, proxied=bool(request.meta.get("proxy")))
        if reason:
            raise RefusedTarget(f"refused: {reason}")

    async def refusal(self, host: str, proxied: bool = False) -> str | None:
        if not host:
            return "no host name"
        if is_ip(host):
            return refusal_for_address(host)
        if reason := refusal_for_name(host) or refusal_for_numeric(host):
            return reason
        if proxied:
            return None
        lookup = self._lookups.get(host)
        if lookup is None:  # one lookup per host, shared by every request to it
            lookup = asyncio.ensure_future(self._resolve_and_check(host))
            self._lookups[host] = lookup
        return await lookup

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
