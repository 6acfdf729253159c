"""Detector cost per page over the labelled corpus, with HTML parsing as the baseline.

Every page of every sandbox site is parsed once (the baseline: what any crawler pays) and
then judged by the full detector suite as a one-page capture.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from scrapy.http import HtmlResponse

from crawler.config import load_config
from crawler.page_parser import parse_page
from crawler.sandbox.server import load_sites
from crawler.suite import build_suite
from detectors.model import Capture


def _pages() -> list[tuple[str, str, bytes]]:
    pages = []
    for host, site in load_sites().items():
        seen = set()
        for root in site.roots:
            for path in sorted(root.rglob("*.html")):
                rel = str(path.relative_to(root))
                if rel not in seen:
                    seen.add(rel)
                    pages.append((host, f"http://{host}/{rel}", site.render(path)))
    return pages


def _percentile(values: list[float], q: float) -> float:
    return sorted(values)[min(len(values) - 1, int(q * len(values)))]


def main() -> str:
    with tempfile.TemporaryDirectory() as tmp:
        suite = build_suite(load_config(data_dir=Path(tmp)))
    raw = _pages()
    parse_ms, detect_ms = [], []
    now = datetime.now(UTC)
    for _ in range(3):  # three passes, keep every timing
        for host, url, body in raw:
            started = time.perf_counter()
            page = parse_page(HtmlResponse(url=url, body=body, encoding="utf-8"))
            parsed = time.perf_counter()
            suite.judge(Capture(host, url, now, pages=(page,)))
            done = time.perf_counter()
            parse_ms.append((parsed - started) * 1000)
            detect_ms.append((done - parsed) * 1000)
    rows = [("HTML parse (baseline)", parse_ms), ("all detectors + verdict", detect_ms)]
    lines = [
        f"## Detector cost per page ({len(raw)} corpus pages × 3 passes)\n",
        "| stage | median ms | p99 ms | × parse (median) |",
        "|---|---:|---:|---:|",
    ]
    base = statistics.median(parse_ms)
    for name, values in rows:
        median = statistics.median(values)
        lines.append(
            f"| {name} | {median:.2f} | {_percentile(values, 0.99):.2f} | {median / base:.1f} |"
        )
    lines.append("\nTarget (issues 8, 22): median under 5 ms a page, with the classifier on.\n")
    return "\n".join(lines)
