"""Publish the feeds: every format from one snapshot of the store, all switched in at once.

A publish writes every file into a staging directory beside the feeds (each file fsynced),
then swaps the two directories in one step (Linux `renameat2(RENAME_EXCHANGE)`): a subscriber,
and a publish killed at any instant, sees the whole previous feed or the whole new one, with
a `SHA256SUMS` that matches. Where the exchange is not supported, each file is renamed into
place on its own (`SHA256SUMS` last), so a reader still never sees a half-written file.
A publish that would shrink the block list by more than `feeds.max_shrink` is refused unless
forced (a broken crawl must not empty everyone's blocklist), and every publish writes
`CHANGES.json` (added / removed since the previous one). The RPZ serial rises every time.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import gc
import hashlib
import json
import os
import shutil
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import orjson

from feeds.formats import FeedFormat, Snapshot
from feeds.formats.registry import FORMATS
from feeds.listings import current_listings
from feeds.store import Store

STATE_FILE = ".publish-state.json"
WRITE_BATCH = 1 << 20  # characters per write
WRITES_AHEAD = 2  # batches formatted but not yet written, at most


class PublishRefused(RuntimeError):
    """The publish would do harm (e.g. shrink the feed too much); the message says why."""


class PublishError(RuntimeError):
    """The feeds could not be written (full disk, permissions); the previous feed is intact."""


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
    real = directory.resolve()  # a symlinked feed directory: swap what it points to, not the link
    with _publish_lock(real), _collector_paused():
        state = _read_state(directory)
        listings = current_listings(store, now, expire_after)
        listed, watch = listings.listed, listings.watch
        previous = set(state.get("listed", []))
        listed_now = [e.domain for e in listed]  # sorted and unique, as `listed` is
        current = set(listed_now)
        if previous and not force and len(current) < len(previous) * (1 - max_shrink):
            raise PublishRefused(
                f"the block list would shrink from {len(previous)} to {len(current)} domains "
                f"(more than {max_shrink:.0%}); check the last crawl, or publish with --force"
            )
        serial = max(int(state.get("serial", 0)) + 1, int(now.strftime("%Y%m%d00")))
        snapshot = Snapshot(listed, watch, now, serial)
        added = tuple(d for d in listed_now if d not in previous)  # in order already
        removed = tuple(sorted(previous - current))
        changes = {
            "generated_at": now.isoformat(),
            "serial": serial,
            "added": added,
            "removed": removed,
            "why_removed": {d: listings.lapsed.get(d, "no longer judged fraud") for d in removed},
        }
        files: dict[str, Iterable[str | bytes]] = {
            fmt.filename: fmt.chunks(snapshot) for fmt in formats
        }
        files["CHANGES.json"] = (json.dumps(changes, indent=1) + "\n",)
        state_text = orjson.dumps({"serial": serial, "listed": listed_now}).decode()
        names = _switch_in(real, files, state_text)
    written = tuple(directory / name for name in names)
    return PublishResult(directory, written, len(listed), len(watch), added, removed, serial)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Listings and the records they are built from hold no reference cycles, yet making
    millions of them sets off the cyclic garbage collector again and again, each time
    walking every listing so far: a tenth of a publish. It is paused for the publish."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _staging(directory: Path) -> Path:
    return directory.with_name(f".{directory.name}.staging")


@contextmanager
def _publish_lock(directory: Path) -> Iterator[None]:
    """One publish at a time per feed directory (they share the staging directory)."""
    lock = directory.with_name(f".{directory.name}.lock")
    try:
        directory.parent.mkdir(parents=True, exist_ok=True)
        handle = lock.open("a")
    except OSError as exc:
        raise PublishError(f"cannot write the feeds to {directory}: {exc.strerror}") from None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise PublishRefused(
                f"another publish is writing {directory}; try again when it has finished"
            ) from None
        yield


def _switch_in(directory: Path, files: dict[str, Iterable[str | bytes]], state: str) -> list[str]:
    """Stream `files` to the staging directory with `SHA256SUMS` of them and the publish
    state, then make them the feed in one step. Returns the names written (not the state)."""
    staging = _staging(directory)
    shutil.rmtree(staging, ignore_errors=True)  # left by a publish that was killed
    current = ""
    sums: list[str] = []
    try:
        staging.mkdir()
        for name, chunks in files.items():
            current = name
            sums.append(f"{_write_synced(staging / name, chunks)}  {name}\n")
        current = "SHA256SUMS"
        _write_synced(staging / current, sums)
        current = STATE_FILE
        _write_synced(staging / current, (state,))
        current = ""
        names = [*files, "SHA256SUMS"]
        for folder in {(staging / name).parent for name in names}:
            _fsync_dir(folder)
        if not directory.exists():
            staging.rename(directory)
        elif _exchange(staging, directory):
            shutil.rmtree(staging, ignore_errors=True)  # now the previous feed
        else:
            _rename_each(staging, directory, names)
        _fsync_dir(directory.parent)
        return names
    except BaseException as exc:
        shutil.rmtree(staging, ignore_errors=True)
        if not isinstance(exc, OSError):
            raise
        what = directory / current if current else directory
        raise PublishError(
            f"cannot write the feeds ({what}): {exc.strerror or exc}; the previous feed is intact"
        ) from None


def _exchange(staging: Path, directory: Path) -> bool:
    """Swap two directories atomically; False where the kernel or file system cannot."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except AttributeError:  # not glibc ≥ 2.28
        return False
    renameat2.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    at_fdcwd, rename_exchange = -100, 2
    if (
        renameat2(at_fdcwd, os.fsencode(staging), at_fdcwd, os.fsencode(directory), rename_exchange)
        == 0
    ):
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(directory))


def _rename_each(staging: Path, directory: Path, names: list[str]) -> None:
    """The fallback: each file renamed into place; the checksums and the state last."""
    last = ("SHA256SUMS", STATE_FILE)
    for name in [*(n for n in names if n not in last), *last]:
        (directory / name).parent.mkdir(parents=True, exist_ok=True)
        (staging / name).replace(directory / name)
    shutil.rmtree(staging, ignore_errors=True)


def _write_synced(path: Path, chunks: Iterable[str | bytes]) -> str:
    """Write the chunks in batches of about a megabyte, fsync, and return their SHA-256.

    A second thread hashes and writes each batch while the next one is formatted (hashlib
    and file writes release the GIL): they are an eighth of a million-listing publish."""
    path.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    with path.open("wb") as handle, ThreadPoolExecutor(1, "feed-writer") as writer:

        def put(data: bytes) -> None:
            digest.update(data)
            handle.write(data)

        pending: deque[Future[None]] = deque()
        for data in _batches(chunks):
            pending.append(writer.submit(put, data))
            if len(pending) > WRITES_AHEAD:
                pending.popleft().result()  # re-raises a failed write here
        while pending:
            pending.popleft().result()
        handle.flush()
        os.fsync(handle.fileno())
    path.chmod(0o644)
    return digest.hexdigest()


def _batches(chunks: Iterable[str | bytes]) -> Iterator[bytes]:
    """Text chunks joined to about a megabyte, then encoded; UTF-8 chunks as they are."""
    batch: list[str] = []
    size = 0
    for chunk in chunks:
        if isinstance(chunk, bytes):
            if batch:
                yield "".join(batch).encode()
                batch, size = [], 0
            yield chunk
            continue
        batch.append(chunk)
        size += len(chunk)
        if size >= WRITE_BATCH:
            yield "".join(batch).encode()
            batch, size = [], 0
    yield "".join(batch).encode()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _read_state(directory: Path) -> dict[str, object]:
    try:
        return dict(json.loads((directory / STATE_FILE).read_text(encoding="utf-8")))
    except FileNotFoundError:
        return {}
    except (ValueError, TypeError):
        raise PublishRefused(
            f"{directory / STATE_FILE} is damaged; remove it to start over"
        ) from None


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
    _fsync_dir(path.parent)
    return path
