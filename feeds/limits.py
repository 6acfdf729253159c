"""Request limits for the public server: a token bucket per client address, a body-size cap.

Pure ASGI middleware, so a refused request never reaches the application: a client over its
rate gets 429 with `Retry-After`, a body over the cap gets 413, before anything is parsed.
The bucket (rather than a fixed window) lets a reviewer's page make its few requests at once
while a scraper looping on the lookup API is held to the configured rate.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_CLIENTS = 10_000
"""Buckets kept before idle (full) ones are forgotten, so many clients cannot grow memory."""


class TokenBuckets:
    """`rate` tokens per second up to `burst` for each key; a request spends one."""

    def __init__(
        self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate, self.burst, self.clock = rate, max(burst, 1), clock
        self.buckets: dict[str, tuple[float, float]] = {}

    def take(self, key: str) -> float:
        """0 when the request may go ahead, else the seconds until it could."""
        now = self.clock()
        tokens, last = self.buckets.get(key, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - last) * self.rate)
        if tokens >= 1:
            self.buckets[key] = (tokens - 1, now)
            if len(self.buckets) > MAX_CLIENTS:
                self._forget_idle(now)
            return 0.0
        self.buckets[key] = (tokens, now)
        return (1 - tokens) / self.rate

    def _forget_idle(self, now: float) -> None:
        full = [
            key
            for key, (tokens, last) in self.buckets.items()
            if tokens + (now - last) * self.rate >= self.burst
        ]
        for key in full:
            del self.buckets[key]


class RequestLimits:
    """ASGI middleware: per-client rate limit (429) and request-body cap (413)."""

    def __init__(
        self, app: ASGIApp, max_body_bytes: int, requests_per_minute: int, burst: int
    ) -> None:
        self.app = app
        self.max_body = max_body_bytes
        self.buckets = (
            TokenBuckets(requests_per_minute / 60, burst) if requests_per_minute > 0 else None
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        if self.buckets and (wait := self.buckets.take(client[0] if client else "unknown")):
            seconds = math.ceil(wait)
            await _refuse(
                send,
                429,
                f"too many requests from this address; retry in {seconds} s",
                [(b"retry-after", str(seconds).encode())],
            )
            return
        declared = dict(scope.get("headers", [])).get(b"content-length", b"0")
        if not declared.isdigit() or int(declared) > self.max_body:
            await _refuse(send, 413, f"request body larger than {self.max_body} bytes")
            return
        body = bytearray()
        while True:  # the body is read here, bounded, so a chunked upload cannot exceed it
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            body += message.get("body", b"")
            if len(body) > self.max_body:
                await _refuse(send, 413, f"request body larger than {self.max_body} bytes")
                return
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": bytes(body), "more_body": False}

        await self.app(scope, replay, send)


async def _refuse(
    send: Send, status: int, error: str, headers: list[tuple[bytes, bytes]] | None = None
) -> None:
    payload = json.dumps({"error": error}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
                (b"connection", b"close"),
                *(headers or []),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})
