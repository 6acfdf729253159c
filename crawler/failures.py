"""Plain-words descriptions of why a fetch failed, for captures and run reports."""

from __future__ import annotations

from scrapy.core.downloader.handlers.http11 import TunnelError
from scrapy.exceptions import IgnoreRequest
from twisted.internet import error
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from crawler.netguard import RefusedTarget

_CAUSES: list[tuple[type[BaseException], str]] = [
    (RefusedTarget, ""),
    (TunnelError, "the proxy refused an HTTPS tunnel"),
    (error.DNSLookupError, "DNS lookup failed"),
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
            return words or str(failure.value)
    if failure.check(IgnoreRequest):
        return str(failure.value) or "request dropped"
    return f"{type(failure.value).__name__}: {failure.value}"


def is_refusal(failure: Failure) -> bool:
    """True when our own guard refused the request (no point trying another scheme)."""
    return bool(failure.check(RefusedTarget))
