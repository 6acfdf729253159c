"""Lookup API latency under concurrent load on loopback, against a static feed file as baseline.

`butcherblock serve` runs in its own process over a store of 10,000 listings; a keep-alive
load generator with 32 concurrent connections asks for random domains (as reviewers would),
then for a small feed file (the cheapest thing the server does), for a fixed time each.
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
SECONDS = 8.0


async def _client(port: int, paths: list[str], until: float, latencies: list[float]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    while time.perf_counter() < until:
        path = random.choice(paths)  # noqa: S311 - load generation, not security
        started = time.perf_counter()
        writer.write(f"GET {path} HTTP/1.1\r\nHost: bench\r\n\r\n".encode())
        await writer.drain()
        length = 0
        while (line := await reader.readline()) not in (b"\r\n", b""):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        await reader.readexactly(length)
        latencies.append((time.perf_counter() - started) * 1000)
    writer.close()


async def _load(port: int, paths: list[str]) -> list[float]:
    latencies: list[float] = []
    until = time.perf_counter() + SECONDS
    await asyncio.gather(*(_client(port, paths, until, latencies) for _ in range(CONNECTIONS)))
    return latencies


def _row(name: str, latencies: list[float]) -> str:
    p99 = sorted(latencies)[int(0.99 * len(latencies))]
    return (
        f"| {name} | {len(latencies) / SECONDS:.0f} | {statistics.median(latencies):.1f} | "
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
            api = asyncio.run(_load(port, lookups))
            static = asyncio.run(_load(port, ["/feeds/watch-domains.txt"]))
        finally:
            server.terminate()
            server.wait(timeout=10)
    title = (
        f"## Lookup API under load ({CONNECTIONS} keep-alive connections, {SECONDS:.0f} s each, "
        f"{LISTINGS:,} listings, one uvicorn worker)\n"
    )
    return "\n".join(
        [
            title,
            "| request | requests/s | p50 ms | p99 ms |",
            "|---|---:|---:|---:|",
            _row("GET /feeds/watch-domains.txt (baseline)", static),
            _row("GET /api/v1/domains/{domain}", api),
            "\nTarget (issue 8): p99 under 20 ms at 500 requests/s.\n",
        ]
    )
