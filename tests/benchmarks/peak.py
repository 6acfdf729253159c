"""`python -m tests.benchmarks.peak MODULE ARGS…`: run MODULE as `python -m` would, and print
its peak RSS on stderr as it exits (`peak-rss-mb N`).

A child's ru_maxrss cannot be trusted: Linux carries the parent's high-water mark across fork
and exec, so every crawl started after the clone-index benchmark (3 GB in the parent) reported
3,336 MB. VmHWM belongs to the address space exec creates, so it is the process's own.
"""

from __future__ import annotations

import atexit
import re
import runpy
import sys
from pathlib import Path

MARK = "peak-rss-mb"
_LINE = re.compile(rf"^{MARK} ([\d.]+)$", re.MULTILINE)


def own_peak_mb() -> float:
    """This process's peak resident memory (VmHWM), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def peak_from(output: str) -> float:
    """The peak a process run under this module printed (the last, if several)."""
    found = _LINE.findall(output)
    if not found:
        raise RuntimeError(f"no '{MARK}' line in the output: {output[-500:]}")
    return float(found[-1])


def main() -> None:
    module, sys.argv = sys.argv[1], [sys.argv[1], *sys.argv[2:]]
    atexit.register(lambda: print(f"\n{MARK} {own_peak_mb():.1f}", file=sys.stderr, flush=True))
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
