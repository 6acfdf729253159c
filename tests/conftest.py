"""Shared fixtures: the sandbox web on loopback, a CLI runner, and a no-internet guard."""

from __future__ import annotations

import ipaddress
import json
import os
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import hypothesis
import pytest

from crawler.sandbox.server import Sandbox

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True, scope="session")
def _no_internet() -> Iterator[None]:
    """Fail loudly if anything in the test process connects beyond loopback."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: Any) -> Any:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            host = address[0]
            try:
                loopback = ipaddress.ip_address(host).is_loopback
            except ValueError:
                loopback = host == "localhost"
            if not loopback:
                raise AssertionError(f"test tried to reach the network: {address!r}")
        return real_connect(self, address)

    socket.socket.connect = guarded  # type: ignore[method-assign]
    yield
    socket.socket.connect = real_connect  # type: ignore[method-assign]


@pytest.fixture(scope="session")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as web:
        yield web


@pytest.fixture(scope="session")
def sandbox_config(sandbox: Sandbox, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("config") / "sandbox.toml"
    path.write_text(sandbox.crawler_config(), encoding="utf-8")
    return path


def run_cli(
    *args: str, proxy: str | None = None, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run `butcherblock ARGS` in a fresh process (Scrapy's reactor starts once per process)."""
    environment = {
        k: v
        for k, v in os.environ.items()
        if k.lower() not in ("http_proxy", "https_proxy", "no_proxy")
    }
    environment["BUTCHERBLOCK_HOME"] = environment.get(
        "BUTCHERBLOCK_HOME", "/nonexistent-use-data-dir"
    )
    if proxy:
        environment["http_proxy"] = environment["https_proxy"] = proxy
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "crawler", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=environment,
        cwd=REPO,
        check=False,
    )


def json_lines(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pytest.fixture(scope="session")
def redis_server_url() -> Iterator[str]:
    from tests.services import ServiceMissing, redis_server

    try:
        with redis_server() as url:
            yield url
    except ServiceMissing as exc:
        pytest.skip(str(exc))


@pytest.fixture
def redis_url(redis_server_url: str) -> str:
    """The session's Redis, emptied for one test: a run another test left unfinished would
    otherwise be carried over into this test's run."""
    import redis

    client = redis.Redis.from_url(redis_server_url)
    try:
        client.flushdb()
    finally:
        client.close()
    return redis_server_url


@pytest.fixture(scope="session")
def postgres_server_url() -> Iterator[str]:
    from tests.services import ServiceMissing, postgres_server

    try:
        with postgres_server() as url:
            yield url
    except ServiceMissing as exc:
        pytest.skip(str(exc))


@pytest.fixture
def postgres_url(postgres_server_url: str, request: pytest.FixtureRequest) -> str:
    """A fresh, empty database on the session's PostgreSQL for one test."""
    import re

    import psycopg

    name = "t_" + re.sub(r"[^a-z0-9]", "_", request.node.name.lower())[:40]
    with psycopg.connect(postgres_server_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return postgres_server_url.rsplit("/", 1)[0] + "/" + name


# Property tests: modest example counts keep `make test` fast; nothing is written into the
# repository (no example database; Hypothesis's own cache goes to the temporary directory),
# and a failure prints the shrunk example and how to reproduce it.
os.environ.setdefault(
    "HYPOTHESIS_STORAGE_DIRECTORY", str(Path(tempfile.gettempdir()) / "butcherblock-hypothesis")
)
hypothesis.settings.register_profile(
    "butcherblock", database=None, deadline=None, max_examples=150, print_blob=True
)
hypothesis.settings.load_profile("butcherblock")
