"""A publish killed with SIGKILL, or stopped by a full disk, never leaves a broken feed.

Every case runs the real `butcherblock feeds publish` in its own process over a real store:
after it, each feed file is the complete previous version or the complete new one (the
`SHA256SUMS` of the directory matches every file), the store passes SQLite's integrity check,
and the next publish completes.
"""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from detectors.model import Evidence, Signal, Verdict
from feeds.formats.registry import FORMATS
from feeds.publish import STATE_FILE
from feeds.store import Store
from tests.conftest import REPO, run_cli

NOW = datetime.now(UTC)
EXPECTED = {f.filename for f in FORMATS} | {"CHANGES.json", "SHA256SUMS", STATE_FILE}


def fill(data_dir: Path, start: int, count: int) -> None:
    """`count` fraud verdicts with evidence, through the store's own API."""
    store = Store.in_data_dir(data_dir)
    for i in range(start, start + count):
        signal = Signal(
            "withdrawal_fee",
            90,
            "Tax demanded before a withdrawal is released",
            (Evidence(f"http://scam-{i:06d}.com/withdraw", "pay the 20% tax first " * 8),),
        )
        store.record_verdict(
            Verdict(f"scam-{i:06d}.com", "fraud", 95, (signal,), "", NOW - timedelta(hours=1)),
            {},
        )
    store.close()


def publish_process(data_dir: Path, **popen: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "crawler", "feeds", "publish", "--data-dir", str(data_dir)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **popen,  # type: ignore[call-overload]
    )


def consistent_feed(data_dir: Path) -> int:
    """Check the feed directory is one whole publish; returns how many domains it lists."""
    feeds = data_dir / "feeds"
    names = {str(p.relative_to(feeds)) for p in feeds.rglob("*") if p.is_file()}
    assert names == EXPECTED, names ^ EXPECTED  # no temporary file is ever in the feed
    sums = (feeds / "SHA256SUMS").read_text().splitlines()
    assert len(sums) == len(EXPECTED) - 2
    for line in sums:
        digest, name = line.split("  ")
        assert hashlib.sha256((feeds / name).read_bytes()).hexdigest() == digest, name
    return len((feeds / "domains.txt").read_text().splitlines()) - 1


def assert_store_intact(data_dir: Path) -> None:
    db = sqlite3.connect(data_dir / "butcherblock.sqlite3")
    try:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        db.close()


def test_kill_9_at_any_point_of_a_publish_leaves_the_old_feed_or_the_new(
    tmp_path: Path,
) -> None:
    fill(tmp_path, 0, 8_000)
    started = time.monotonic()
    first = publish_process(tmp_path)
    assert first.wait(timeout=120) == 0, first.communicate()[1]
    first.communicate()
    duration = time.monotonic() - started
    listed, outcomes = consistent_feed(tmp_path), []
    for step, fraction in enumerate((0.1, 0.3, 0.5, 0.7, 0.85, 0.95)):
        fill(tmp_path, 8_000 + 100 * step, 100)  # the next publish differs from the last
        process = publish_process(tmp_path)
        time.sleep(duration * fraction)
        process.kill()
        process.communicate()
        now_listed = consistent_feed(tmp_path)
        assert now_listed in (listed, 8_000 + 100 * (step + 1)), now_listed
        outcomes.append("old" if now_listed == listed else "new")
        listed = now_listed
        assert_store_intact(tmp_path)
    assert "old" in outcomes, outcomes  # at least one kill landed mid-publish
    final = run_cli("feeds", "publish", "--data-dir", str(tmp_path), timeout=120)
    assert final.returncode == 0, final.stderr
    assert consistent_feed(tmp_path) == 8_600
    assert not (tmp_path / ".feeds.staging").exists()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """`butcherblock serve` over the test's data directory."""
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "crawler",
            "serve",
            "--port",
            str(port),
            "--data-dir",
            str(tmp_path),
        ],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/openapi.json", timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    yield base
    process.terminate()
    process.wait(timeout=10)


def test_a_file_size_limit_mid_publish_is_one_line_and_the_old_feed_is_served(
    tmp_path: Path, server: str
) -> None:
    """RLIMIT_FSIZE makes the publish's writes fail with EFBIG, as a full disk would."""
    fill(tmp_path, 0, 200)
    assert run_cli("feeds", "publish", "--data-dir", str(tmp_path)).returncode == 0
    before = urllib.request.urlopen(server + "/feeds/domains.txt").read()
    fill(tmp_path, 200, 2000)  # feed.json now needs well over the limit below

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (256_000, 256_000))

    process = publish_process(tmp_path, preexec_fn=small_files)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 2, (out, err)
    assert "Traceback" not in err and err.count("\n") == 1
    assert err.startswith("butcherblock: error: cannot write the feeds (")
    assert "File too large; the previous feed is intact" in err
    assert consistent_feed(tmp_path) == 200
    assert urllib.request.urlopen(server + "/feeds/domains.txt").read() == before
    assert not (tmp_path / ".feeds.staging").exists()
    assert_store_intact(tmp_path)
    again = run_cli("feeds", "publish", "--data-dir", str(tmp_path))
    assert again.returncode == 0, again.stderr
    assert consistent_feed(tmp_path) == 2200
    assert b"scam-002199.com" in urllib.request.urlopen(server + "/feeds/domains.txt").read()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 8 MB file system (tmpfs); needs root, as `make test` has on the project's machines."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_mid_publish_is_one_line_and_the_next_run_completes(small_disk: Path) -> None:
    data_dir = small_disk / "data"
    fill(data_dir, 0, 1000)
    assert run_cli("feeds", "publish", "--data-dir", str(data_dir)).returncode == 0
    before = {p.name: p.read_bytes() for p in (data_dir / "feeds").iterdir() if p.is_file()}
    feed_size = sum(len(b) for b in before.values())
    assert feed_size > 1_000_000
    fill(data_dir, 1000, 50)
    stats = os.statvfs(small_disk)
    filler = small_disk / "filler"
    # Leave room for the store's own writes, not for a second copy of the feed.
    filler.write_bytes(b"\0" * (stats.f_bavail * stats.f_frsize - feed_size // 2))
    result = run_cli("feeds", "publish", "--data-dir", str(data_dir))
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert "No space left on device; the previous feed is intact" in result.stderr
    assert consistent_feed(data_dir) == 1000
    after = {p.name: p.read_bytes() for p in (data_dir / "feeds").iterdir() if p.is_file()}
    assert after == before
    assert_store_intact(data_dir)
    filler.unlink()
    again = run_cli("feeds", "publish", "--data-dir", str(data_dir))
    assert again.returncode == 0, again.stderr
    assert consistent_feed(data_dir) == 1050
    shutil.rmtree(data_dir)


def test_a_symlinked_feed_directory_stays_a_link_to_the_new_feed(tmp_path: Path) -> None:
    """Operators link DATA_DIR/feeds to a web root; the swap happens where the link points."""
    data_dir, web_root = tmp_path / "data", tmp_path / "www" / "feeds"
    web_root.mkdir(parents=True)
    data_dir.mkdir()
    (data_dir / "feeds").symlink_to(web_root)
    fill(data_dir, 0, 3)
    for expected in (3, 5):
        result = run_cli("feeds", "publish", "--data-dir", str(data_dir))
        assert result.returncode == 0, result.stderr
        assert (data_dir / "feeds").is_symlink() and consistent_feed(data_dir) == expected
        fill(data_dir, expected, 2)
    assert not (tmp_path / "www" / ".feeds.staging").exists()
