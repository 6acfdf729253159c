"""Candidate sources for the nightly crawl: seed files, due re-checks, the submissions queue.

Each source yields (target, source name); the crawl de-duplicates by registrable domain, the
first source to name a domain wins (re-checks and submissions first: they are what users wait on).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from feeds.domains import BadTarget, Target, parse_target


@dataclass(frozen=True)
class Candidate:
    target: Target
    source: str
    """Where it came from: `recheck`, `submission`, `seeds:<file>`."""


def seed_file(path: Path) -> Iterator[tuple[str, str]]:
    with path.open(encoding="utf-8", errors="replace") as handle:
        yield from seed_lines(handle, f"seeds:{path.name}")


def seed_lines(lines: Iterable[str], source: str) -> Iterator[tuple[str, str]]:
    """One domain or URL a line; `#` starts a comment; blank lines are skipped."""
    for line in lines:
        entry = line.split("#", 1)[0].strip()
        if entry:
            yield entry, source


def gather(
    sources: Iterable[tuple[str, str]], limit: int | None = None
) -> tuple[list[Candidate], list[str]]:
    """De-duplicated candidates (in source order) and one line per input that was not a target."""
    seen: set[str] = set()
    candidates: list[Candidate] = []
    rejected: list[str] = []
    for raw, source in sources:
        try:
            target = parse_target(raw)
        except BadTarget as exc:
            rejected.append(f"{source}: {exc}")
            continue
        if target.domain in seen or (limit is not None and len(candidates) >= limit):
            continue  # past the limit, inputs are still checked so the report names bad ones
        seen.add(target.domain)
        candidates.append(Candidate(target, source))
    return candidates, rejected
