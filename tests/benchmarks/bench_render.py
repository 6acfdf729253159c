"""Render cost: `--render auto` versus `always`, with `never` (plain Scrapy fetches) as baseline.

Crawls the same sandbox sites once per mode in a fresh process and counts CPU time of the
process and its children (Chromium included), so the figures are per page actually rendered.
`BENCH_RENDER_SITES` (default 12) sites are taken evenly from the sorted list: `always` over
all 44 takes two and a half minutes, a quarter of what `make bench` may spend.
"""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from crawler.sandbox.server import Sandbox

REPO = Path(__file__).resolve().parents[2]
SITES = int(os.environ.get("BENCH_RENDER_SITES", "12"))


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def crawl(sites: list[str], web: Sandbox, config: Path, mode: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as data_dir:
        env = dict(os.environ, http_proxy=web.proxy_url, https_proxy=web.proxy_url)
        cpu, started = children_cpu(), time.monotonic()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "crawler",
                "scan",
                *sites,
                "--render",
                mode,
                "--config",
                str(config),
                "--data-dir",
                data_dir,
            ],
            check=True,
            capture_output=True,
            env=env,
            cwd=REPO,
        )
        wall, cpu = time.monotonic() - started, children_cpu() - cpu
        db = sqlite3.connect(Path(data_dir) / "butcherblock.sqlite3")
        sources: dict[str, int] = {}
        fraud = 0
        for capture, verdict in db.execute("SELECT capture, verdict FROM verdicts"):
            fraud += verdict == "fraud"
            for page in json.loads(capture)["pages"]:
                sources[page["source"]] = sources.get(page["source"], 0) + 1
        db.close()
    fetched = sum(sources.values())
    browser = sources.get("rendered", 0) + sources.get("probe", 0)
    return {"wall": wall, "cpu": cpu, "pages": fetched, "browser": browser, "fraud": fraud}


def main() -> str:
    with Sandbox() as web, tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "sandbox.toml"
        config.write_text(web.crawler_config(), encoding="utf-8")
        every = sorted(web.sites)
        step = max(1, len(every) / SITES)
        sites = [every[int(i * step)] for i in range(min(SITES, len(every)))]
        crawl(sites, web, config, "never")  # warm the file cache and imports
        rows = {mode: crawl(sites, web, config, mode) for mode in ("never", "auto", "always")}
    base = rows["never"]
    lines = [
        f"## Render cost ({len(sites)} of the {len(every)} sandbox sites, one crawl per mode)\n",
        "| mode | pages | rendered | listed | wall s | CPU s | pages/min | CPU s/page | "
        "CPU s per rendered page | CPU × never |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for mode, r in rows.items():
        per_render = (r["cpu"] - base["cpu"]) / r["browser"] if r["browser"] else 0.0
        cells = [
            mode,
            f"{r['pages']:.0f}",
            f"{r['browser']:.0f}",
            f"{r['fraud']:.0f}",
            f"{r['wall']:.1f}",
            f"{r['cpu']:.1f}",
            f"{60 * r['pages'] / r['wall']:.0f}",
            f"{r['cpu'] / r['pages']:.3f}",
            f"{per_render:.2f}",
            f"{r['cpu'] / base['cpu']:.1f}",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append(
        "\n`rendered` counts pages read in Chromium (rendered pages and probe steps); "
        "`listed` is how many sites ended as fraud. CPU includes Chromium. "
        "`CPU s per rendered page` is CPU above the `never` baseline per rendered page.\n"
    )
    return "\n".join(lines)
