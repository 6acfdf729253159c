"""The nightly crawl survives `kill -9`, refuses a second local crawl, and shares one run
between two workers (Redis frontier, PostgreSQL store, both real servers on loopback)."""

from __future__ import annotations

import fcntl
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawler.nightly import HELPERS_LOCK, RunError, crawl_lock, hold_as_helper
from crawler.sandbox.server import Sandbox, load_sites
from tests.conftest import REPO, run_cli

SITES = sorted(load_sites())


def _env(proxy: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("no_proxy",)}
    env.update(http_proxy=proxy, https_proxy=proxy, BUTCHERBLOCK_HOME="/nonexistent")
    return env


def _crawl_process(proxy: str, *args: str, output: int = subprocess.PIPE) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "crawler", "crawl", "--render", "never", "--no-publish", *args],
        env=_env(proxy),
        cwd=REPO,
        stdout=output,
        stderr=output,
        text=True,
    )


def _done(db: Path) -> tuple[int, int]:
    try:
        with sqlite3.connect(db, timeout=5) as connection:
            row = connection.execute("SELECT COUNT(done_at), COUNT(*) FROM frontier").fetchone()
            return int(row[0]), int(row[1])
    except sqlite3.OperationalError:  # not created yet
        return 0, 0


def _slow_crawl(sandbox_config: Path, tmp_path: Path) -> tuple[tuple[str, ...], Path]:
    """Arguments for a crawl of every sandbox site, two at a time (slow enough to interrupt),
    and the store it writes."""
    config = tmp_path / "slow.toml"
    config.write_text(
        sandbox_config.read_text() + "\n[crawler]\nmax_sites_in_flight = 2\n", encoding="utf-8"
    )
    seeds = tmp_path / "seeds.txt"
    seeds.write_text("\n".join(SITES) + "\n")
    args = ("--seeds", str(seeds), "--config", str(config), "--data-dir", str(tmp_path))
    return args, tmp_path / "butcherblock.sqlite3"


def test_kill_9_mid_crawl_then_the_next_crawl_finishes_without_repeating_a_site(
    sandbox: Sandbox, sandbox_config: Path, tmp_path: Path
) -> None:
    args, db = _slow_crawl(sandbox_config, tmp_path)

    first = _crawl_process(sandbox.proxy_url, *args, output=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _done(db)[0] < 6 and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    # While it runs, a second crawl on the same data directory is refused in one line.
    second = run_cli("crawl", *args, proxy=sandbox.proxy_url)
    assert second.returncode == 2
    assert second.stderr.startswith("butcherblock: error: another crawl is running on ")
    assert first.poll() is None, "the crawl finished before it could be killed"
    first.send_signal(signal.SIGKILL)
    first.wait(10)
    done_at_kill, total = _done(db)
    assert 6 <= done_at_kill < total == len(SITES)
    with sqlite3.connect(db) as connection:
        kept = dict(connection.execute("SELECT domain, id FROM verdicts").fetchall())
    assert len(kept) >= done_at_kill  # every site marked done has its verdict

    again = run_cli("crawl", *args, proxy=sandbox.proxy_url, timeout=300)
    assert again.returncode == 0, again.stderr
    assert f"{len(SITES)} candidate site(s), 0 new to the run" in again.stdout
    assert f"{len(SITES) - done_at_kill} site(s) to crawl" in again.stdout
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        counts = dict(
            connection.execute("SELECT domain, COUNT(*) FROM verdicts GROUP BY domain").fetchall()
        )
        ids = dict(connection.execute("SELECT domain, MIN(id) FROM verdicts GROUP BY domain"))
    assert sorted(counts) == SITES  # every site judged
    repeated = [d for d in kept if counts[d] != 1]
    assert repeated == [], "sites finished before the kill were crawled again"
    assert all(ids[d] == kept[d] for d in kept)  # and their verdicts are the ones from before
    assert _done(db) == (len(SITES), len(SITES))


def test_two_workers_share_one_run_through_redis_and_postgresql(
    sandbox: Sandbox, sandbox_config: Path, redis_url: str, postgres_url: str, tmp_path: Path
) -> None:
    import psycopg

    config = tmp_path / "distributed.toml"
    config.write_text(
        sandbox_config.read_text()
        + f'\n[crawler]\nmax_sites_in_flight = 3\nfrontier = "{redis_url}"\n'
        + f'\n[store]\nurl = "{postgres_url}"\n',
        encoding="utf-8",
    )
    seeds = tmp_path / "seeds.txt"
    seeds.write_text("\n".join(SITES) + "\n")
    workers = [
        _crawl_process(
            sandbox.proxy_url,
            "--seeds",
            str(seeds),
            "--run",
            "two-workers",
            "--worker",
            name,
            "--config",
            str(config),
            "--data-dir",
            str(tmp_path / name),
        )
        for name in ("a", "b")
    ]
    outputs = [worker.communicate(timeout=300) for worker in workers]
    for worker, (_, err) in zip(workers, outputs, strict=True):
        assert worker.returncode == 0, err
    assert all(", 0 carried over from earlier runs" in out for out, _ in outputs), outputs
    crawled = [int(out.split("crawled ", 1)[1].split(" site(s)")[0]) for out, _ in outputs]
    assert sum(crawled) == len(SITES) and min(crawled) > 0, crawled  # both worked, none twice
    with psycopg.connect(postgres_url) as connection:
        rows = connection.execute(
            "SELECT domain, COUNT(*) FROM verdicts GROUP BY domain ORDER BY domain"
        ).fetchall()
    assert [domain for domain, _ in rows] == SITES  # every verdict stored
    assert {count for _, count in rows} == {1}  # every site crawled exactly once


@pytest.mark.parametrize("processes", ["1", "2"])
def test_sigterm_stops_the_crawl_promptly_and_leaves_the_rest_in_the_frontier(
    sandbox: Sandbox, sandbox_config: Path, tmp_path: Path, processes: str
) -> None:
    config = tmp_path / "slow.toml"
    config.write_text(
        sandbox_config.read_text() + "\n[crawler]\nmax_sites_in_flight = 2\n", encoding="utf-8"
    )
    seeds = tmp_path / "seeds.txt"
    seeds.write_text("\n".join(SITES) + "\n")
    db = tmp_path / "butcherblock.sqlite3"
    crawl = _crawl_process(
        sandbox.proxy_url,
        "--seeds",
        str(seeds),
        "--config",
        str(config),
        "--data-dir",
        str(tmp_path),
        "--processes",
        processes,
    )
    deadline = time.monotonic() + 120
    while _done(db)[0] < 3 and crawl.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert crawl.poll() is None, "the crawl finished before the signal"
    crawl.send_signal(signal.SIGTERM)
    sent = time.monotonic()
    out, err = crawl.communicate(timeout=120)
    assert time.monotonic() - sent < 60  # sites in flight finish within their own bounds
    assert crawl.returncode == 0, err
    assert "Traceback" not in err
    done, total = _done(db)
    assert done < total
    assert f"{total - done} site(s) left (stopped by a signal)" in out
    # Nothing is left running, and the next crawl finishes the run without repeating a site.
    again = run_cli(*crawl.args[3:], proxy=sandbox.proxy_url, timeout=300)
    assert again.returncode == 0, again.stderr
    assert f"{total - done} site(s) to crawl" in again.stdout
    with sqlite3.connect(db) as connection:
        counts = dict(connection.execute("SELECT domain, COUNT(*) FROM verdicts GROUP BY domain"))
    assert sorted(counts) == SITES and set(counts.values()) == {1}


def _labels(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as connection:
        return dict(connection.execute("SELECT domain, verdict FROM verdicts ORDER BY id"))


def test_two_processes_share_a_local_run_and_judge_every_site_once(
    sandbox: Sandbox, sandbox_config: Path, tmp_path: Path
) -> None:
    seeds = tmp_path / "seeds.txt"
    seeds.write_text("\n".join(SITES) + "\n")
    common = ("crawl", "--render", "never", "--no-publish", "--seeds", str(seeds))
    common += ("--config", str(sandbox_config))
    # --max-sites is split between the processes: each must crawl its half, however long the
    # helper takes to start on a busy machine.
    two = run_cli(
        *common,
        "--processes",
        "2",
        "--max-sites",
        str(len(SITES)),
        "--data-dir",
        str(tmp_path / "two"),
        proxy=sandbox.proxy_url,
        timeout=300,
    )
    assert two.returncode == 0, two.stderr
    assert "Traceback" not in two.stderr and "failed" not in two.stderr
    found = re.search(r"crawled (\d+) site\(s\) in 2 processes \((\d+) \+ (\d+)\)", two.stdout)
    assert found is not None, two.stdout
    crawled, own, helper = map(int, found.groups())
    assert crawled == own + helper == len(SITES) and own == helper == len(SITES) // 2
    db = tmp_path / "two" / "butcherblock.sqlite3"
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        counts = dict(connection.execute("SELECT domain, COUNT(*) FROM verdicts GROUP BY domain"))
    assert sorted(counts) == SITES and set(counts.values()) == {1}  # every site, none twice
    assert _done(db) == (len(SITES), len(SITES))

    one = run_cli(
        *common, "--data-dir", str(tmp_path / "one"), proxy=sandbox.proxy_url, timeout=300
    )
    assert one.returncode == 0, one.stderr
    assert f"crawled {len(SITES)} site(s): " in one.stdout  # no process count for one
    assert _labels(db) == _labels(tmp_path / "one" / "butcherblock.sqlite3")


def _helpers_running(data_dir: Path) -> bool:
    """Whether a helper process holds the data directory's helper lock."""
    with (data_dir / HELPERS_LOCK).open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
        return False


def _helpers_gone(data_dir: Path, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while _helpers_running(data_dir):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def test_a_new_crawl_waits_for_the_helpers_of_a_killed_one(tmp_path: Path) -> None:
    held = hold_as_helper(tmp_path)  # a helper of a crawl that was killed, still working
    refused = r"helper processes of an earlier crawl on .* are still finishing"
    with pytest.raises(RunError, match=refused), crawl_lock(tmp_path):
        pass
    held.close()  # the helper ended
    with crawl_lock(tmp_path):
        assert (tmp_path / "crawl.lock").read_text() == str(os.getpid())


def test_kill_9_of_a_two_process_crawl_leaves_helpers_that_take_no_new_site(
    sandbox: Sandbox, sandbox_config: Path, tmp_path: Path
) -> None:
    args, db = _slow_crawl(sandbox_config, tmp_path)
    first = _crawl_process(sandbox.proxy_url, *args, "--processes", "2", output=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while first.poll() is None and time.monotonic() < deadline:
        if _done(db)[0] >= 6 and _helpers_running(tmp_path):  # the helper is crawling too
            break
        time.sleep(0.05)
    assert first.poll() is None, "the crawl finished before it could be killed"
    first.send_signal(signal.SIGKILL)
    first.wait(10)
    done_at_kill, total = _done(db)
    # The orphaned helper judges the (at most 2) sites it has in flight and ends.
    assert _helpers_gone(tmp_path, 60), "the helper went on without its crawl command"
    done, total = _done(db)
    assert done_at_kill <= done <= done_at_kill + 2 < total == len(SITES)

    again = run_cli("crawl", *args, proxy=sandbox.proxy_url, timeout=300)
    assert again.returncode == 0, again.stderr
    with sqlite3.connect(db) as connection:
        counts = dict(connection.execute("SELECT domain, COUNT(*) FROM verdicts GROUP BY domain"))
    assert sorted(counts) == SITES and set(counts.values()) == {1}  # none judged twice
