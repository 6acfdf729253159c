"""The parts of the nightly job that outlive a crash: which run this is, who may crawl it,
and the frontier that remembers what is left.

A run is named by the UTC date it starts (or `crawl --run NAME`): everything gathered in it
goes into its frontier, and a domain is crawled at most once per run, so a crawl killed at
02:00 and started again finishes the night's work without repeating it. Sites a stopped run
left behind are carried into the next run.
"""

from __future__ import annotations

import fcntl
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO

from crawler.config import Config
from crawler.frontier import RedisFrontier, StoreFrontier, open_frontier

LOCAL_WORKER = "local"
"""The one worker of a local crawl; the lock makes sure it is alone, so it may take back
every claim a killed predecessor left."""

_DURATION = re.compile(r"^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$")


class RunError(RuntimeError):
    """A crawl cannot start; the message says why in one line."""


def parse_duration(text: str) -> timedelta:
    """`90m`, `2h`, `1h30m`, `45s` or plain seconds."""
    match = _DURATION.match(text.strip().lower())
    if not text.strip() or match is None or not any(match.groups()):
        raise RunError(f"'{text}' is not a duration (examples: 90m, 2h, 1h30m, 3600)")
    hours, minutes, seconds = (int(g or 0) for g in match.groups())
    return timedelta(hours=hours, minutes=minutes, seconds=seconds)


def run_name(explicit: str | None, now: datetime) -> str:
    if explicit is None:
        return f"{now.astimezone(UTC):%Y-%m-%d}"
    if not re.fullmatch(r"[A-Za-z0-9._-]{1,64}", explicit):
        raise RunError(f"'{explicit}' is not a run name (letters, digits, . _ -; at most 64)")
    return explicit


def is_local(config: Config) -> bool:
    """SQLite store and the frontier in it: one crawling process per data directory."""
    return not config.get("store.url") and not config.get("crawler.frontier")


HELPERS_LOCK = "crawl-helpers.lock"
"""Held shared by the helper processes of a local crawl (`crawl --processes`) while they live."""


def hold_as_helper(data_dir: Path) -> IO[str]:
    """Mark this process as a helper of the crawl on `data_dir` until it exits (keep the
    returned file open): a crawl killed with its helpers still finishing their sites
    must not be followed by one that takes their claims back while they work."""
    handle = (data_dir / HELPERS_LOCK).open("a")
    fcntl.flock(handle, fcntl.LOCK_SH)
    return handle


def _no_helpers_left(data_dir: Path) -> None:
    with (data_dir / HELPERS_LOCK).open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RunError(
                f"helper processes of an earlier crawl on {data_dir} are still finishing "
                "their sites; wait for them or use another --data-dir"
            ) from None
        fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def crawl_lock(data_dir: Path) -> Iterator[None]:
    """Refuse a second local crawl on the same data directory (cron overlapping a slow night)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "crawl.lock"
    with path.open("a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise RunError(
                f"another crawl is running on {data_dir} (pid {holder}); "
                "wait for it or use another --data-dir"
            ) from None
        try:
            _no_helpers_left(data_dir)
        except RunError:
            fcntl.flock(handle, fcntl.LOCK_UN)
            raise
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def start_run(
    config: Config, run: str, worker: str | None
) -> tuple[StoreFrontier | RedisFrontier, int, int]:
    """Open the run's frontier; take back this worker's claims left by a crash and carry in
    what earlier runs left. Returns (frontier, claims taken back, sites carried over)."""
    local = is_local(config)
    name = LOCAL_WORKER if local else (worker or f"{os.uname().nodename}-{os.getpid()}")
    frontier = open_frontier(
        config.get("crawler.frontier"),
        config.get("store.url"),
        config.data_dir,
        run,
        name,
        timedelta(seconds=config.get("crawler.claim_lease_seconds")),
    )
    released = frontier.release_own_claims()
    carried = frontier.carry_over_unfinished()
    return frontier, released, carried
