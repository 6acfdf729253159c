"""Publish the feeds: every format from one snapshot of the store, written atomically.

Each file is written to a temporary name in the same directory, fsynced, then
renamed over the old one, so a subscriber never reads a half-written feed.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from feeds.formats import FORMATS, FeedEntry, FeedFormat
from feeds.store import Store


@dataclass(frozen=True)
class PublishResult:
    """What a publish wrote."""

    directory: Path
    files: tuple[Path, ...]
    listed: int


def listed_entries(store: Store) -> list[FeedEntry]:
    """Domains whose latest verdict is `fraud`, sorted by domain."""
    return [
        FeedEntry(v.domain, v.score, v.signals[0].summary if v.signals else v.reason, v.checked_at)
        for v in store.latest_verdicts()
        if v.verdict == "fraud"
    ]


def publish(
    store: Store, directory: Path, now: datetime, formats: tuple[FeedFormat, ...] = FORMATS
) -> PublishResult:
    entries = sorted(listed_entries(store), key=lambda e: e.domain)
    directory.mkdir(parents=True, exist_ok=True)
    rendered = {fmt.filename: fmt.render(entries, now) for fmt in formats}
    written = [atomic_write(directory / name, text) for name, text in rendered.items()]
    return PublishResult(directory, tuple(written), len(entries))


def atomic_write(path: Path, text: str) -> Path:
    """Write `text` to `path` so that readers see the old file or the new one, never a mix."""
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
