"""Publish time and peak memory for large stores: every format versus domains.txt alone.

The store is filled with synthetic fraud verdicts (one signal, one piece of evidence each,
with the feed fields `Store.record_verdict` keeps beside each verdict);
each publish runs in its own process, and its peak memory is its own VmHWM (see
tests.benchmarks.peak: ru_maxrss would include the parent's).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

from feeds import feed_fields
from feeds.store import Store

SIZES = tuple(int(s) for s in os.environ.get("BENCH_PUBLISH_SIZES", "100000,1000000").split(","))
REPO = Path(__file__).resolve().parents[2]
CHILD = """
import sys, time
from datetime import UTC, datetime
from pathlib import Path
from feeds.publish import publish
from feeds.store import Store
from feeds.formats.lists import DomainsText
from feeds.formats.registry import FORMATS
from tests.benchmarks.peak import own_peak_mb
data, which = Path(sys.argv[1]), sys.argv[2]
formats = FORMATS if which == "all" else (DomainsText(),)
store = Store.in_data_dir(data)
started = time.perf_counter()
result = publish(store, data / ("feeds-" + which), datetime.now(UTC), force=True, formats=formats)
print(result.listed, time.perf_counter() - started, own_peak_mb())
"""


def fill(data_dir: Path, count: int) -> None:
    Store.in_data_dir(data_dir).close()
    db = sqlite3.connect(data_dir / "butcherblock.sqlite3")
    when = "2026-11-23T12:00:00+00:00"

    def rows():
        for i in range(count):
            domain = f"scam-{i:07d}.com"
            record = {
                "domain": domain,
                "verdict": "fraud",
                "score": 95,
                "url": f"http://{domain}/",
                "checked_at": when,
                "reason": "score 95",
                "cluster": f"c-{i % 5000:06d}",
                "signals": [
                    {
                        "detector": "withdrawal_fee",
                        "score": 90,
                        "rule": "pay-to-withdraw",
                        "summary": "Fee must be paid separately, not deducted from the balance",
                        "evidence": [
                            {
                                "url": f"http://{domain}/withdraw.html",
                                "kind": "text",
                                "text": "…the tax cannot be deducted from your balance…",
                                "source": "static",
                                "step": "",
                            }
                        ],
                    }
                ],
            }
            stored = orjson.dumps(record).decode()
            yield domain, "fraud", 95, when, stored, "{}", feed_fields.encode(record)

    db.executemany(
        "INSERT INTO verdicts (domain, verdict, score, checked_at, record, capture, listing)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows(),
    )
    db.commit()
    db.close()


def run(data_dir: Path, which: str) -> tuple[float, float]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir), which],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    ).stdout.split()
    return float(out[1]), float(out[2])


def main() -> str:
    lines = [
        "## Publish (every format vs domains.txt alone, fraud listings, own process each)\n",
        "| listings | fill s | domains.txt s | all formats s | × domains.txt | peak MB (all) |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for size in SIZES:
        with tempfile.TemporaryDirectory() as tmp:
            data = Path(tmp)
            started = time.perf_counter()
            fill(data, size)
            filled = time.perf_counter() - started
            base, _ = run(data, "domains")
            every, peak = run(data, "all")
        cells = [
            f"{size:,}",
            f"{filled:.1f}",
            f"{base:.1f}",
            f"{every:.1f}",
            f"{every / base:.1f}",
            f"{peak:.0f}",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("\nTarget (issue 8): 1,000,000 listings in every format in under 30 s and 1 GB.\n")
    return "\n".join(lines)


if __name__ == "__main__":
    print(main())
