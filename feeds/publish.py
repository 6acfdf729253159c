"""Publish the feeds: every format from one snapshot of the store, each file written atomically.

Each file goes to a temporary name in the same directory, is fsynced and renamed over the
old one, so a subscriber never reads a half-written feed. A publish that would shrink the
block list by more than `feeds.max_shrink` is refused unless forced (a broken crawl must not
empty everyone's blocklist), and every publish writes `CHANGES.json` (added / removed since
the previous one) and `SHA256SUMS`. The RPZ serial rises with every publish.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from feeds.formats import FeedFormat, Snapshot
from feeds.formats.registry import FORMATS
from feeds.listings import current_listings
from feeds.store import Store

STATE_FILE = ".publish-state.json"


class PublishRefused(RuntimeError):
    """The publish would do harm (e.g. shrink the feed too much); the message says why."""


@dataclass(frozen=True)
class PublishResult:
    """What a publish wrote."""

    directory: Path
    files: tuple[Path, ...]
    listed: int
    watched: int
    added: tuple[str, ...]
    removed: tuple[str, ...]
    serial: int


def publish(
    store: Store,
    directory: Path,
    now: datetime,
    force: bool = False,
    max_shrink: float = 0.3,
    expire_after: timedelta = timedelta(days=30),
    formats: tuple[FeedFormat, ...] = FORMATS,
) -> PublishResult:
    directory.mkdir(parents=True, exist_ok=True)
    state = _read_state(directory)
    listings = current_listings(store, now, expire_after)
    listed, watch = listings.listed, listings.watch
    previous = set(state.get("listed", []))
    current = {e.domain for e in listed}
    if previous and not force and len(current) < len(previous) * (1 - max_shrink):
        raise PublishRefused(
            f"the block list would shrink from {len(previous)} to {len(current)} domains "
            f"(more than {max_shrink:.0%}); check the last crawl, or publish with --force"
        )
    serial = max(int(state.get("serial", 0)) + 1, int(now.strftime("%Y%m%d00")))
    snapshot = Snapshot(listed, watch, now, serial)
    written = [atomic_write(directory / fmt.filename, fmt.render(snapshot)) for fmt in formats]
    added, removed = tuple(sorted(current - previous)), tuple(sorted(previous - current))
    changes = {
        "generated_at": now.isoformat(),
        "serial": serial,
        "added": added,
        "removed": removed,
        "why_removed": {d: listings.lapsed.get(d, "no longer judged fraud") for d in removed},
    }
    written.append(atomic_write(directory / "CHANGES.json", json.dumps(changes, indent=1) + "\n"))
    sums = "".join(f"{_sha256(p)}  {p.relative_to(directory)}\n" for p in written)
    written.append(atomic_write(directory / "SHA256SUMS", sums))
    atomic_write(directory / STATE_FILE, json.dumps({"serial": serial, "listed": sorted(current)}))
    return PublishResult(directory, tuple(written), len(listed), len(watch), added, removed, serial)


def _read_state(directory: Path) -> dict[str, object]:
    try:
        return dict(json.loads((directory / STATE_FILE).read_text(encoding="utf-8")))
    except FileNotFoundError:
        return {}
    except (ValueError, TypeError):
        raise PublishRefused(
            f"{directory / STATE_FILE} is damaged; remove it to start over"
        ) from None


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def atomic_write(path: Path, text: str) -> Path:
    """Write `text` to `path` so that readers see the old file or the new one, never a mix."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).chmod(0o644)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
    return path
