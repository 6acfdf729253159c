"""Lookup API latency under load on loopback, against a static feed file as baseline.

`butcherblock serve` runs in its own process over a store of 10,000 listings. Two loads, each
for random domains (as reviewers would ask) and for a small feed file (the cheapest thing the
server does):
- a fixed rate of 500 requests a second (open loop: each request is due at its own time, and
  its latency counts from then, so a stalled server cannot hide its queue; issue 8's target);
- a closed loop of 32 keep-alive connections sending as fast as answers come: the capacity.
"""

from __future__ import annotations

import asyncio
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

from feeds.publish import publish
from feeds.store import Store
from tests.benchmarks.bench_publish import fill

REPO = Path(__file__).resolve().parents[2]
LISTINGS = 10_000
CONNECTIONS = 32
SECONDS = 5.0
WARM_UP_SECONDS = 1.0
"""Unmeasured load on every path first: the first requests after start-up pay one-off
costs (code paths run for the first time, files read into the page cache) that a server
in service has long paid."""
RATE = 500
RATE_CONNECTIONS = 64


Connection = tuple[asyncio.StreamReader, asyncio.StreamWriter]


async def _get(connection: Connection, path: str) -> None:
    reader, writer = connection
    writer.write(f"GET {path} HTTP/1.1\r\nHost: bench\r\n\r\n".encode())
    await writer.drain()
    length = 0
    while (line := await reader.readline()) not in (b"\r\n", b""):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    await reader.readexactly(length)


async def _client(port: int, paths: list[str], until: float, latencies: list[float]) -> None:
    connection = await asyncio.open_connection("127.0.0.1", port)
    while time.perf_counter() < until:
        started = time.perf_counter()
        await _get(connection, random.choice(paths))  # noqa: S311 - load, not security
        latencies.append((time.perf_counter() - started) * 1000)
    connection[1].close()


async def _fixed_rate(port: int, paths: list[str]) -> tuple[list[float], float]:
    """Send RATE requests a second for SECONDS; latency from each request's due time."""
    idle: asyncio.Queue[Connection] = asyncio.Queue()
    for _ in range(RATE_CONNECTIONS):
        idle.put_nowait(await asyncio.open_connection("127.0.0.1", port))
    latencies: list[float] = []

    async def one(due: float, path: str) -> None:
        connection = await idle.get()  # waiting for a free connection counts as latency
        await _get(connection, path)
        latencies.append((time.perf_counter() - due) * 1000)
        idle.put_nowait(connection)

    start = time.perf_counter()
    tasks = []
    for i in range(int(RATE * SECONDS)):
        due = start + i / RATE
        await asyncio.sleep(max(0.0, due - time.perf_counter()))
        tasks.append(asyncio.create_task(one(due, random.choice(paths))))  # noqa: S311
    await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - start
    while not idle.empty():
        idle.get_nowait()[1].close()
    return latencies, elapsed


async def _load(port: int, paths: list[str], seconds: float = SECONDS) -> list[float]:
    latencies: list[float] = []
    until = time.perf_counter() + seconds
    await asyncio.gather(*(_client(port, paths, until, latencies) for _ in range(CONNECTIONS)))
    return latencies


def _row(name: str, latencies: list[float], seconds: float = SECONDS) -> str:
    p99 = sorted(latencies)[int(0.99 * len(latencies))]
    return (
        f"| {name} | {len(latencies) / seconds:.0f} | {statistics.median(latencies):.1f} | "
        f"{p99:.1f} |"
    )


def main() -> str:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        fill(data, LISTINGS)
        publish(Store.in_data_dir(data), data / "feeds", datetime.now(UTC), force=True)
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        config = data / "bench.toml"  # one load generator must not be rate limited as one client
        config.write_text("[server]\nrequests_per_minute = 0\n", encoding="utf-8")
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "crawler",
                "serve",
                "--port",
                str(port),
                "--data-dir",
                str(data),
                "--config",
                str(config),
            ],
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            for _ in range(100):
                try:
                    urllib.request.urlopen(
                        f"http://127.0.0.1:{port}/openapi.json", timeout=1
                    ).close()
                    break
                except OSError:
                    time.sleep(0.1)
            lookups = [f"/api/v1/domains/scam-{i:07d}.com" for i in range(LISTINGS)]
            feed = ["/feeds/watch-domains.txt"]
            asyncio.run(_load(port, feed + lookups, WARM_UP_SECONDS))
            static_rate, static_seconds = asyncio.run(_fixed_rate(port, feed))
            api_rate, api_seconds = asyncio.run(_fixed_rate(port, lookups))
            static = asyncio.run(_load(port, feed))
            api = asyncio.run(_load(port, lookups))
        finally:
            server.terminate()
            server.wait(timeout=10)
    p99 = sorted(api_rate)[int(0.99 * len(api_rate))]
    verdict = "met" if p99 < 20 else "**not met**"
    return "\n".join(
        [
            f"## Lookup API on loopback ({LISTINGS:,} listings, one uvicorn worker)\n",
            "| load | request | requests/s | p50 ms | p99 ms |",
            "|---|---|---:|---:|---:|",
            _row(
                f"{RATE}/s fixed | GET /feeds/watch-domains.txt (baseline)",
                static_rate,
                static_seconds,
            ),
            _row(f"{RATE}/s fixed | GET /api/v1/domains/{{domain}}", api_rate, api_seconds),
            _row(f"{CONNECTIONS} connections, closed loop | GET /feeds/watch-domains.txt", static),
            _row(f"{CONNECTIONS} connections, closed loop | GET /api/v1/domains/{{domain}}", api),
            f"\nTarget (issue 8): p99 under 20 ms at {RATE} requests/s: {verdict}. At a fixed "
            "rate latency counts from when each request was due; the closed loop shows capacity "
            f"(its latency is queueing). The loads follow {WARM_UP_SECONDS:.0f} s of unmeasured "
            "warm-up on both paths.\n",
        ]
    )
