"""Plain-words descriptions of why a fetch failed, for captures and run reports."""

from __future__ import annotations

import re

from playwright.async_api import Error as PlaywrightError
from scrapy.core.downloader.handlers.http11 import TunnelError
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadTimeoutError,
    IgnoreRequest,
)
from twisted.internet import error
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from crawler.browser_pool import RenderStalled
from crawler.download_guard import DownloadRefused
from crawler.netguard import RefusedTarget

TOO_BIG = "larger than the response-size limit (crawler.max_response_bytes), not kept"
BOMB = "inflates past the response-size limit when decompressed (a decompression bomb), not kept"

_CAUSES: list[tuple[type[BaseException], str]] = [
    (RefusedTarget, ""),
    (DownloadRefused, ""),
    (RenderStalled, ""),
    (DownloadCancelledError, TOO_BIG),
    (TunnelError, "the proxy refused an HTTPS tunnel"),
    (error.DNSLookupError, "DNS lookup failed"),
    (CannotResolveHostError, "DNS lookup failed"),
    (DownloadTimeoutError, "timed out"),
    (error.ConnectionRefusedError, "connection refused"),
    (error.TCPTimedOutError, "connection timed out"),
    (error.TimeoutError, "timed out"),
    (ResponseNeverReceived, "the server closed the connection without answering"),
    (ResponseFailed, "the response was cut off"),
    (error.ConnectionLost, "connection lost"),
    (error.ConnectError, "could not connect"),
]


def describe_failure(failure: Failure) -> str:
    """One line: what went wrong with this request."""
    for exc_type, words in _CAUSES:
        if failure.check(exc_type):
            return words or _first_line(failure.value)
    if failure.check(IgnoreRequest):
        message = _first_line(failure.value)
        return BOMB if "during decompression" in message else message or "request dropped"
    if failure.check(PlaywrightError):
        message = _first_line(failure.value)
        if match := re.search(r"net::ERR_[A-Z_]+|Timeout \d+ms exceeded", message):
            return f"browser: {match.group(0)}"
        return f"browser: {message}"
    return f"{type(failure.value).__name__}: {_first_line(failure.value)}"


def _first_line(value: BaseException) -> str:
    text = str(value).strip()
    return text.splitlines()[0][:300] if text else ""


def is_refusal(failure: Failure) -> bool:
    """True when our own guard refused the request (no point trying another scheme)."""
    return bool(failure.check(RefusedTarget))
