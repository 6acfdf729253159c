"""The run report of a nightly crawl, in markdown and HTML, kept in `DATA_DIR/reports/`.

Each run gets a folder `reports/crawl-YYYYmmdd-HHMMSS/` holding `report.md`, `report.html` and
the PNG charts and thumbnails the page shows; `reports/latest.html` is a copy of the newest page
(its images point into the run's folder) for an operator to bookmark.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from crawler import report_charts
from crawler.candidates import Candidate
from crawler.report_history import History, read_history
from crawler.report_html import Images, render_html
from detectors.model import Verdict
from feeds.publish import atomic_write
from feeds.store import Store

LATEST = "latest.html"


class ReportError(RuntimeError):
    """The report cannot be written (disk full, no permission); the message says where and why."""


@dataclass(frozen=True)
class RunSummary:
    """What one crawl did, as the crawl command saw it."""

    started: datetime
    """When the run began (UTC); names the report's folder."""
    candidates: list[Candidate]
    """Sites gathered for the run, after de-duplication and the limit."""
    rejected: list[str]
    """Inputs that were not domains or URLs, one line each (hostile text)."""
    verdicts: list[Verdict]
    """The verdicts of the sites crawled."""
    stages: dict[str, float]
    """Stage name → seconds."""
    added: tuple[str, ...]
    """Domains the publish added to the block list."""
    removed: tuple[str, ...]
    """Domains the publish removed from it."""
    publish_note: str
    """How the publish went (`serial …`, or why there was none)."""
    finished: datetime | None = field(default=None, kw_only=True)
    """When the run ended; the report is written at the end, so None means "now"."""

    def verdict_counts(self) -> Counter[str]:
        return Counter(v.verdict for v in self.verdicts)

    def by_source(self) -> Counter[str]:
        """Candidates per kind of source (`seeds:a.txt` and `seeds:b.txt` are both `seeds`)."""
        return Counter(c.source.split(":", 1)[0] for c in self.candidates)

    def failures(self) -> list[tuple[str, int]]:
        """(cause, sites) of the unreachable sites, most common first."""
        causes = Counter(
            v.reason.split(": ", 1)[-1] for v in self.verdicts if v.verdict == "unreachable"
        )
        return causes.most_common()


@dataclass(frozen=True)
class ReportFiles:
    """What `write_report` wrote."""

    folder: Path
    markdown: Path
    html: Path
    latest: Path
    """`reports/latest.html`, the copy of `html` to bookmark."""
    images: tuple[Path, ...]


def render(summary: RunSummary, history: History | None = None) -> str:
    """The markdown report; `history` (from the store) adds clusters and listing counts."""
    verdicts = summary.verdict_counts()
    by_source = ", ".join(f"{n} {s}" for s, n in sorted(summary.by_source().items()))
    lines = [
        f"# butcherblock crawl — {summary.started:%Y-%m-%d %H:%M} UTC",
        "",
        f"- candidates: {len(summary.candidates)} ({by_source})",
        f"- crawled: {len(summary.verdicts)} — "
        + ", ".join(f"{verdicts[k]} {k}" for k in ("fraud", "suspicious", "clean", "unreachable")),
        f"- feed: +{len(summary.added)} −{len(summary.removed)} ({summary.publish_note})",
        *_listed_now(history),
        "",
        "## New listings",
        "",
        *([f"- `{d}`" for d in summary.added] or ["none"]),
        "",
        "## Removed listings",
        "",
        *([f"- `{d}`" for d in summary.removed] or ["none"]),
        *_clusters(history),
        "",
        "## Failures by cause",
        "",
        *([f"- {n} × {cause}" for cause, n in summary.failures()] or ["none"]),
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


def _listed_now(history: History | None) -> list[str]:
    if history is None or not history.days:
        return []
    first, last = history.days[0], history.days[-1]
    return [
        f"- listed: {last.listed} (watched {last.watched}) at the end of {last.day};"
        f" {first.listed} on {first.day}"
    ]


def _clusters(history: History | None) -> list[str]:
    if history is None:
        return []
    grew = [
        f"- {c.cluster} (`{c.example}`): {c.before} → {c.size} sites (+{c.added}),"
        f" {c.listed} listed"
        for c in history.grew
    ]
    biggest = [f"| {c.cluster} | `{c.example}` | {c.size} | {c.listed} |" for c in history.biggest]
    return [
        "",
        "## Clusters that grew",
        "",
        *(grew or ["none"]),
        "",
        "## Biggest kit clusters",
        "",
        *(
            ["| cluster | member shown | sites | listed |", "|---|---|---:|---:|", *biggest]
            if biggest
            else ["none"]
        ),
    ]


def write_report(summary: RunSummary, data_dir: Path, store: Store | None = None) -> ReportFiles:
    """Write the run's folder (markdown, HTML, charts, thumbnails) and `reports/latest.html`.

    Without a store the report has no history: no listings over time and no clusters.
    Raises ReportError, with a one-line message, when a file cannot be written.
    """
    reports = data_dir / "reports"
    folder = reports / f"crawl-{summary.started:%Y%m%d-%H%M%S}"
    finished = summary.finished or datetime.now(UTC)
    history = read_history(store, summary.started, finished) if store is not None else None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        images, drawn = _draw(folder, summary, history, data_dir)
        markdown = folder / "report.md"
        markdown.write_text(render(summary, history), encoding="utf-8")
        html = folder / "report.html"
        html.write_text(render_html(summary, history, images), encoding="utf-8")
        latest = atomic_write(
            reports / LATEST, render_html(summary, history, images, prefix=f"{folder.name}/")
        )
    except OSError as exc:
        raise ReportError(
            f"cannot write the run report to {folder}: {exc.strerror or exc}"
        ) from None
    return ReportFiles(folder, markdown, html, latest, tuple(drawn))


def write(summary: RunSummary, data_dir: Path, store: Store | None = None) -> Path:
    """Write the report (see `write_report`); returns `report.md`, with `report.html` beside it."""
    return write_report(summary, data_dir, store).markdown


def _draw(
    folder: Path, summary: RunSummary, history: History | None, data_dir: Path
) -> tuple[Images, list[Path]]:
    drawn: list[Path] = []
    listings = clusters = stages = None
    thumbnails: dict[str, str] = {}
    if summary.stages:
        stages = report_charts.stages_chart(summary.stages, folder / "stages.png").name
        drawn.append(folder / stages)
    if history is not None and history.days:
        listings = report_charts.listings_chart(history.days, folder / "listings.png").name
        drawn.append(folder / listings)
    if history is not None and history.biggest:
        clusters = report_charts.clusters_chart(history.biggest, folder / "clusters.png").name
        drawn.append(folder / clusters)
        for rank, cluster in enumerate(history.biggest, 1):
            source = _inside(data_dir, cluster.screenshot)
            thumb = source and report_charts.thumbnail(source, folder / f"thumb-{rank}.png")
            if thumb:
                thumbnails[cluster.cluster] = thumb.name
                drawn.append(thumb)
    return Images(listings, clusters, stages, thumbnails), drawn


def _inside(data_dir: Path, relative: str | None) -> Path | None:
    """The stored screenshot path, only if it stays inside the data directory."""
    if not relative:
        return None
    path = (data_dir / relative).resolve()
    return path if path.is_relative_to(data_dir.resolve()) else None
