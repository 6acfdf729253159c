"""Crawl throughput and memory on a generated sandbox web served by nginx (generated_web.py).

1. Throughput: `butcherblock crawl` (static detectors, store, clone index, registration
   lookups) on 1,000 sites, against plain Scrapy fetching exactly the pages butcherblock
   fetched, in the same run. Target (issue 8): at least 0.8 of plain Scrapy's pages/s.
   The same crawl with `--processes 2` shows what the second core adds.
2. The nightly crawl of 10,000 sites in one process (SQLite store and frontier), and of
   fewer with `--processes 2` and with two workers (Redis frontier, PostgreSQL store):
   sites per minute, peak memory, and the memory of the crawl as it goes, sampled at each
   quarter of the sites, which must not grow with the number of sites (issues 6 and 8).

Every crawl is its own process; its peak RSS is its own VmHWM (tests.benchmarks.peak), its
RSS along the way is sampled from /proc. Sizes: BENCH_CRAWL_SITES (default 1000),
BENCH_NIGHTLY_SITES (default 10000), BENCH_PROCESSES_SITES (the nightly `--processes 2`
run) and BENCH_WORKER_SITES (the two-worker run).
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.benchmarks.generated_web import GeneratedWeb, generated_web
from tests.benchmarks.peak import MARK, peak_from
from tests.services import ServiceMissing, postgres_server, redis_server

REPO = Path(__file__).resolve().parents[2]
THROUGHPUT_SITES = int(os.environ.get("BENCH_CRAWL_SITES", "1000"))
NIGHTLY_SITES = int(os.environ.get("BENCH_NIGHTLY_SITES", "10000"))
PROCESSES_SITES = int(os.environ.get("BENCH_PROCESSES_SITES", "5000"))
WORKER_SITES = int(os.environ.get("BENCH_WORKER_SITES", "1000"))
"""The `--processes 2` and two-worker runs are smaller: they show the speed-up a second
process gives, while the one-process run at NIGHTLY_SITES shows that memory does not grow;
all within make bench's 10-minute budget."""
NIGHTLY_CRAWLER = """
# The nightly benchmark measures how the crawl scales with sites, not pages per site:
# two pages and one asset per site keep 10,000 sites within the bench's time budget.
max_pages_per_site = 2
max_assets_per_site = 1
"""
"""Lines of the nightly benchmark's [crawler] section."""


_CRAWLED = re.compile(r"crawled ([\d,]+) site\(s\):")


@dataclass
class Measured:
    """One crawl process: its wall time, CPU, peak memory and memory along the way."""

    wall: float
    cpu: float
    peak_mb: float
    output: str
    rss_by_progress: list[tuple[int, float]] = field(default_factory=list)
    """(sites done, RSS MB) sampled while it ran."""
    helpers: list[Helper] = field(default_factory=list)
    """The crawl helper processes it started (`crawl --processes`), as sampled."""

    @property
    def peaks(self) -> list[float]:
        return [self.peak_mb, *(h.peak_mb for h in self.helpers)]

    @property
    def samples(self) -> list[list[tuple[int, float]]]:
        return [self.rss_by_progress, *(h.rss_by_progress for h in self.helpers)]


@dataclass
class Helper:
    """A helper process of a crawl: its peak (VmHWM, as last read) and RSS along the way."""

    peak_mb: float = 0.0
    rss_by_progress: list[tuple[int, float]] = field(default_factory=list)


def _status_mb(pid: int, key: str) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _helper_pids(pid: int) -> list[int]:
    """The crawl helpers among a process's children (not multiprocessing's resource tracker)."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    helpers = []
    for child in map(int, children):
        try:
            command = Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue
        if b"spawn_main" in command:
            helpers.append(child)
    return helpers


def _run(args: list[str], proxy: str) -> subprocess.Popen[str]:
    """`python -m MODULE ARGS` (args[0] is "-m"), under tests.benchmarks.peak."""
    env = dict(os.environ, http_proxy=proxy, https_proxy=proxy)
    env.pop("no_proxy", None)
    return subprocess.Popen(
        [sys.executable, "-m", "tests.benchmarks.peak", *args[1:]],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _wait(
    processes: list[subprocess.Popen[str]], progress: Callable[[], int] | None = None
) -> list[Measured]:
    """Wait for every process, sampling RSS (and progress) twice a second."""
    started = time.monotonic()
    samples: dict[int, list[tuple[int, float]]] = {p.pid: [] for p in processes}
    helpers: dict[int, dict[int, Helper]] = {p.pid: {} for p in processes}
    results: dict[int, Measured] = {}
    outputs = {p.pid: "" for p in processes}
    while len(results) < len(processes):
        done = progress() if progress is not None else 0
        for process in processes:
            if process.pid in results:
                continue
            rss = _status_mb(process.pid, "VmRSS:")
            if rss is not None:
                samples[process.pid].append((done, rss))
            for child in _helper_pids(process.pid):
                helper = helpers[process.pid].setdefault(child, Helper())
                rss, peak = _status_mb(child, "VmRSS:"), _status_mb(child, "VmHWM:")
                if rss is not None and peak is not None:
                    helper.rss_by_progress.append((done, rss))
                    helper.peak_mb = max(helper.peak_mb, peak)
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid == 0:
                continue
            process.returncode = os.waitstatus_to_exitcode(status)
            outputs[pid] = process.stdout.read() if process.stdout else ""
            if process.returncode != 0:
                raise RuntimeError(f"{process.args[1:4]} failed: {outputs[pid][-2000:]}")
            results[pid] = Measured(
                wall=time.monotonic() - started,
                cpu=usage.ru_utime + usage.ru_stime,
                peak_mb=peak_from(outputs[pid]),
                output=outputs[pid],
                rss_by_progress=samples[pid],
                helpers=list(helpers[pid].values()),
            )
        time.sleep(0.5)
    return [results[p.pid] for p in processes]


def _crawl_args(seeds: Path, config: Path, data_dir: Path, *extra: str) -> list[str]:
    return [
        "-m",
        "crawler",
        "crawl",
        "--seeds",
        str(seeds),
        "--render",
        "never",
        "--no-publish",
        "--config",
        str(config),
        "--data-dir",
        str(data_dir),
        *extra,
    ]


def _static_pages(db: Path) -> tuple[list[str], int]:
    """Every page butcherblock fetched without the browser, from its stored captures, and
    how many asset requests (scripts, stylesheets, favicons) it made besides."""
    with sqlite3.connect(db) as connection:
        return _static_pages_of([c for (c,) in connection.execute("SELECT capture FROM verdicts")])


def _static_pages_of(stored: list[Any]) -> tuple[list[str], int]:
    captures = [c if isinstance(c, dict) else json.loads(c) for c in stored]
    pages = [
        page["url"]
        for capture in captures
        for page in capture["pages"]
        if page["source"] == "static" and page["status"]
    ]
    assets = sum(len(c["assets"]) + (c["favicon_mmh3"] is not None) for c in captures)
    return pages, assets


def _seeds(web: GeneratedWeb, count: int, folder: Path) -> Path:
    seeds = folder / f"seeds-{count}.txt"
    seeds.write_text("".join(f"http://{host}/\n" for host in web.hosts[:count]), encoding="utf-8")
    return seeds


def throughput(web: GeneratedWeb, tmp: Path) -> str:
    config = tmp / "web.toml"
    config.write_text(web.crawler_config(), encoding="utf-8")
    seeds = _seeds(web, THROUGHPUT_SITES, tmp)
    data = tmp / "throughput"
    ours = _wait([_run(_crawl_args(seeds, config, data), web.proxy_url)])[0]
    pages, assets = _static_pages(data / "butcherblock.sqlite3")
    urls = tmp / "pages.txt"
    urls.write_text("\n".join(pages) + "\n", encoding="utf-8")
    plain = _wait([_run(["-m", "tests.benchmarks.plain_scrapy", str(urls)], web.proxy_url)])[0]
    plain_pages = int(plain.output.split(MARK)[0].split()[-1])  # its one line, then the peak
    ours_rate, plain_rate = len(pages) / ours.wall, plain_pages / plain.wall
    verdict = "met" if ours_rate >= 0.8 * plain_rate else "**not met**"
    data = tmp / "throughput-2"
    two = _wait([_run(_crawl_args(seeds, config, data, "--processes", "2"), web.proxy_url)])[0]
    two_processes_pages, _ = _static_pages(data / "butcherblock.sqlite3")
    rows = [
        ("plain Scrapy, fetch only (baseline)", plain_pages, plain, [plain]),
        ("butcherblock crawl (static detectors + store)", len(pages), ours, [ours]),
        ("the same, `--processes 2` (SQLite store)", len(two_processes_pages), two, [two]),
    ]
    lines = [
        f"## Crawl throughput ({THROUGHPUT_SITES:,} generated sites, nginx on loopback)\n",
        "| crawler | pages | wall s | CPU s | pages/s | CPU ms/page | peak MB | × baseline |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, count, overall, processes in rows:
        rate, cpu = count / overall.wall, sum(m.cpu for m in processes)
        peaks = " + ".join(f"{peak:.0f}" for m in processes for peak in m.peaks)
        lines.append(
            f"| {name} | {count:,} | {overall.wall:.1f} | {cpu:.1f} | {rate:.0f} | "
            f"{1000 * cpu / count:.1f} | {peaks} | {rate / plain_rate:.2f} |"
        )
    lines.append(
        f"\nTarget: at least 0.8 × plain Scrapy's pages/s: {verdict} (one process). Wall time "
        "includes start-up; butcherblock also fetches each home page's favicon and scripts "
        "(not counted as pages) and asks RDAP about every site. With two processes (a "
        "crawl and its helper) CPU counts both and peak memory is each "
        "one's; they share the machine's two cores with nginx.\n\n"
        + f"Its {assets:,} asset downloads make {1 + assets / len(pages):.2f} requests a page "
        "counted: were each request to cost what a fetch-only one does and nothing more, it "
        f"would reach {len(pages) / (len(pages) + assets):.2f} × the fetch-only baseline.\n"
    )
    return "\n".join(lines)


def _done_counter(db: Path) -> Callable[[], int]:
    def done() -> int:
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as connection:
                return int(connection.execute("SELECT COUNT(done_at) FROM frontier").fetchone()[0])
        except sqlite3.Error:
            return 0

    return done


def _by_quarter(samples: list[tuple[int, float]], total: int) -> str:
    cells = []
    for quarter in (1, 2, 3, 4):
        reached = [rss for done, rss in samples if done >= quarter * total // 4]
        cells.append(f"{reached[0]:.0f}" if reached else "–")
    return " / ".join(cells)


def _quarter_rss(samples: list[tuple[int, float]], total: int) -> tuple[float, float] | None:
    """RSS when a quarter of the sites were done and at the end."""
    reached = [rss for done, rss in samples if done >= total // 4]
    return (reached[0], samples[-1][1]) if reached and samples else None


def _clone_index_mb_per_thousand(count: int = 5_000) -> float:
    """The clone index's memory per 1,000 sites: it keeps every stored site's fingerprint
    (a shape and a text signature, favicon, assets) in memory for its lookups. Counted by
    tracemalloc, not RSS: memory freed by earlier benchmarks would hide RSS growth."""
    import tracemalloc

    import numpy as np

    from detectors.clone_index import NUM_PERM, CloneIndex, Fingerprint

    rng = np.random.default_rng(8)
    signatures = rng.integers(0, 2**32, size=(2 * count, NUM_PERM), dtype=np.uint64)
    signatures = signatures.astype(np.uint32)
    tracemalloc.start()
    index = CloneIndex()
    for i in range(count):
        asset = frozenset({f"{i:064x}"})
        fp = Fingerprint(f"site{i}.com", signatures[2 * i], i, asset, signatures[2 * i + 1])
        index.add(fp, f"c{i}", "unknown")
    grown, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del index
    return 1000 * grown / count / 2**20


def nightly(web: GeneratedWeb, tmp: Path) -> str:
    config = tmp / "nightly.toml"
    config.write_text(f"{web.crawler_config()}\n[crawler]\n{NIGHTLY_CRAWLER}", encoding="utf-8")
    seeds = _seeds(web, NIGHTLY_SITES, tmp)
    data = tmp / "nightly"
    local = _wait(
        [_run(_crawl_args(seeds, config, data), web.proxy_url)],
        _done_counter(data / "butcherblock.sqlite3"),
    )[0]
    print(f"one process: {local.wall:.1f} s, peak {local.peak_mb:.0f} MB", file=sys.stderr)
    data = tmp / "nightly-2"
    seeds = _seeds(web, PROCESSES_SITES, tmp)
    two = _wait(
        [_run(_crawl_args(seeds, config, data, "--processes", "2"), web.proxy_url)],
        _done_counter(data / "butcherblock.sqlite3"),
    )[0]
    print(f"two processes: {two.wall:.1f} s", file=sys.stderr)
    rows = [
        ("one process (SQLite store and frontier)", NIGHTLY_SITES, local, [local]),
        ("`--processes 2` (SQLite store and frontier)", PROCESSES_SITES, two, [two]),
    ]
    try:
        slowest, workers, _ = _two_workers(web, tmp, WORKER_SITES, NIGHTLY_CRAWLER, "nightly")
        rows.append(
            ("two workers (Redis frontier, PostgreSQL store)", WORKER_SITES, slowest, workers)
        )
        skipped = ""
    except ServiceMissing as exc:
        skipped = f"\nTwo workers skipped: {exc}.\n"
    lines = [
        "## Nightly crawl (generated sites, 2 pages and 1 asset a site)\n",
        "| mode | sites | sites/min | wall s | CPU s | peak MB per process | "
        "RSS MB at ¼ / ½ / ¾ / all sites |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for name, sites, overall, processes in rows:
        peaks = " + ".join(f"{peak:.0f}" for m in processes for peak in m.peaks)
        quarters = "; ".join(_by_quarter(r, sites) for m in processes for r in m.samples)
        cpu = sum(m.cpu for m in processes)
        lines.append(
            f"| {name} | {sites:,} | {60 * sites / overall.wall:,.0f} | {overall.wall:.1f} | "
            f"{cpu:.1f} | {peaks} | {quarters} |"
        )
    lines.append(
        skipped + "\nRSS is sampled twice a second and shown when the run had done a quarter, "
        "half, three quarters and all of its sites (per process, for two): what the "
        "sites in flight hold is bounded by max_sites_in_flight."
    )
    quarters = _quarter_rss(local.rss_by_progress, NIGHTLY_SITES)
    if quarters is not None:
        growth = (quarters[1] - quarters[0]) / (0.75 * NIGHTLY_SITES / 1000)
        lines.append(
            f"From a quarter of the sites to the end, one process grew {growth:.1f} MB per "
            f"1,000 sites; the clone index, which holds every stored site's fingerprint in "
            f"memory for its lookups, takes {_clone_index_mb_per_thousand():.1f} MB per 1,000 "
            "(measured here on its own): memory grows with the sites the store knows, not "
            "with a run's length.\n"
        )
    return "\n".join(lines)


def _two_workers(
    web: GeneratedWeb, tmp: Path, sites: int, crawler_lines: str, run: str
) -> tuple[Measured, list[Measured], int]:
    """Two `crawl` processes sharing a Redis frontier and a PostgreSQL store, as on two
    machines: (the slower one, both, the static pages they fetched)."""
    import psycopg

    with redis_server() as redis_url, postgres_server() as postgres_url:
        with psycopg.connect(postgres_url, autocommit=True) as connection:
            connection.execute(f"CREATE DATABASE {run}")
        store_url = postgres_url.rsplit("/", 1)[0] + f"/{run}"
        config = tmp / f"{run}.toml"
        config.write_text(
            f'{web.crawler_config()}\n[crawler]\n{crawler_lines}\nfrontier = "{redis_url}"\n\n'
            f'[store]\nurl = "{store_url}"\n',
            encoding="utf-8",
        )
        seeds = _seeds(web, sites, tmp)

        def done() -> int:
            import redis

            client = redis.Redis.from_url(redis_url)
            try:
                return int(client.scard(f"butcherblock:run:{run}:done"))
            finally:
                client.close()

        workers = [
            _run(
                _crawl_args(seeds, config, tmp / f"{run}-{name}", "--run", run, "--worker", name),
                web.proxy_url,
            )
            for name in ("a", "b")
        ]
        measured = _wait(workers, done)
        # Each worker ends with "crawled N site(s): …" (its progress lines say "N of M").
        crawled = sum(int(_CRAWLED.findall(m.output)[-1].replace(",", "")) for m in measured)
        if crawled != sites:
            raise RuntimeError(f"two workers crawled {crawled} of {sites} sites")
        with psycopg.connect(store_url) as connection:
            captures = [c for (c,) in connection.execute("SELECT capture FROM verdicts")]
    pages, _ = _static_pages_of(captures)
    slowest = max(measured, key=lambda m: m.wall)
    return slowest, measured, len(pages)


def main() -> str:
    with tempfile.TemporaryDirectory(prefix="bb-bench-crawl-") as folder:
        tmp = Path(folder)
        sizes = (THROUGHPUT_SITES, NIGHTLY_SITES, PROCESSES_SITES, WORKER_SITES)
        with generated_web(max(sizes)) as web:
            return throughput(web, tmp) + "\n" + nightly(web, tmp)


if __name__ == "__main__":
    print(main())
