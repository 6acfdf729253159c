"""The run report of a nightly crawl, in markdown, kept in `DATA_DIR/reports/`."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from crawler.candidates import Candidate
from detectors.model import Verdict


@dataclass(frozen=True)
class RunSummary:
    started: datetime
    candidates: list[Candidate]
    rejected: list[str]
    verdicts: list[Verdict]
    stages: dict[str, float]
    """Stage name → seconds."""
    added: tuple[str, ...]
    removed: tuple[str, ...]
    publish_note: str


def render(summary: RunSummary) -> str:
    verdicts = Counter(v.verdict for v in summary.verdicts)
    sources = Counter(c.source.split(":", 1)[0] for c in summary.candidates)
    failures = Counter(
        v.reason.split(": ", 1)[-1] for v in summary.verdicts if v.verdict == "unreachable"
    )
    by_source = ", ".join(f"{n} {s}" for s, n in sorted(sources.items()))
    lines = [
        f"# butcherblock crawl — {summary.started:%Y-%m-%d %H:%M} UTC",
        "",
        f"- candidates: {len(summary.candidates)} ({by_source})",
        f"- crawled: {len(summary.verdicts)} — "
        + ", ".join(f"{verdicts[k]} {k}" for k in ("fraud", "suspicious", "clean", "unreachable")),
        f"- feed: +{len(summary.added)} −{len(summary.removed)} ({summary.publish_note})",
        "",
        "## New listings",
        "",
        *([f"- `{d}`" for d in summary.added] or ["none"]),
        "",
        "## Removed listings",
        "",
        *([f"- `{d}`" for d in summary.removed] or ["none"]),
        "",
        "## Failures by cause",
        "",
        *([f"- {n} × {cause}" for cause, n in failures.most_common()] or ["none"]),
        *(
            [
                "",
                "## Inputs that were not domains or URLs",
                "",
                *(f"- {r}" for r in summary.rejected),
            ]
            if summary.rejected
            else []
        ),
        "",
        "## Time per stage",
        "",
        "| stage | seconds |",
        "|---|---:|",
        *(f"| {stage} | {seconds:.1f} |" for stage, seconds in summary.stages.items()),
        "",
    ]
    return "\n".join(lines)


def write(summary: RunSummary, data_dir: Path) -> Path:
    folder = data_dir / "reports"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"crawl-{summary.started:%Y%m%d-%H%M%S}.md"
    path.write_text(render(summary), encoding="utf-8")
    return path
