"""`make bench`: run every benchmark in this folder, print one markdown report, keep a copy.

Each `bench_*.py` module has `main() -> str` returning a markdown section; each measures
its baseline in the same run so ratios hold on a noisy machine. Not part of `make test`.
"""

from __future__ import annotations

import importlib
import os
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from crawler.config import resolve_data_dir


def machine() -> str:
    cpu = "unknown CPU"
    with Path("/proc/cpuinfo").open() as info:
        for line in info:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = int(Path("/proc/meminfo").read_text().split()[1]) // (1024 * 1024)
    return f"{os.cpu_count()} cores ({cpu}), {memory} GiB, Python {platform.python_version()}"


def main() -> None:
    wanted = sys.argv[1:]
    modules = sorted(p.stem for p in Path(__file__).parent.glob("bench_*.py"))
    sections = [
        f"# butcherblock benchmarks\n\n{datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine()}\n"
    ]
    took: list[tuple[str, float]] = []
    for name in modules:
        if wanted and not any(w in name for w in wanted):
            continue
        print(f"running {name}…", file=sys.stderr, flush=True)
        started = time.monotonic()
        sections.append(importlib.import_module(f"tests.benchmarks.{name}").main())
        took.append((name, time.monotonic() - started))
        print(f"{name}: {took[-1][1]:.0f} s", file=sys.stderr, flush=True)
    total = sum(seconds for _, seconds in took)
    sections.append(
        f"## Time per benchmark\n\n{', '.join(f'{n} {s:.0f} s' for n, s in took)}; "
        f"**total {total / 60:.1f} min**.\n"
    )
    report = "\n".join(sections)
    print(report)
    out = resolve_data_dir(None) / "benchmarks.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report, encoding="utf-8")
    print(f"\n(written to {out})", file=sys.stderr)


if __name__ == "__main__":
    main()
