"""The run report as one self-contained HTML page: inline CSS, no script, nothing from the web.

Domains, reasons and rejected inputs come from hostile sites and files, so every string that
goes into the page passes through `html.escape`; the page's own markup is the only markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING

from crawler.report_history import History

if TYPE_CHECKING:
    from crawler.run_report import RunSummary

NUMERIC = ' class="n"'
STYLE = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2330;
       background: #f6f7f9; margin: 0; }
main { max-width: 980px; margin: 0 auto; padding: 24px 28px 48px; background: #fff; }
h1 { font-size: 1.5em; margin: 0 0 4px; }
h2 { font-size: 1.15em; margin: 32px 0 10px; padding-bottom: 4px;
     border-bottom: 1px solid #dde1e7; }
.sub { color: #5b6576; margin: 0 0 18px; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(100px, 1fr));
           gap: 10px; margin: 0; padding: 0; }
.figures div { border: 1px solid #dde1e7; border-radius: 6px; padding: 8px 12px;
               display: flex; flex-direction: column; justify-content: space-between; }
.figures dt { font-size: .8em; color: #5b6576; }
.figures dd { margin: 0; font-size: 1.4em; font-weight: 600; }
.fraud { color: #b3261e; } .suspicious { color: #a8670a; } .unreachable { color: #5b6576; }
table { border-collapse: collapse; width: 100%; margin: 6px 0; }
th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid #e6e9ee;
         vertical-align: middle; }
th { background: #f0f2f5; font-weight: 600; font-size: .9em; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
code { font: .92em ui-monospace, "SFMono-Regular", Menlo, monospace; overflow-wrap: anywhere; }
img.chart { width: 100%; max-width: 800px; height: auto; display: block; margin: 6px 0; }
img.thumb { width: 200px; height: auto; border: 1px solid #dde1e7; display: block; }
.none { color: #5b6576; font-style: italic; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 0 28px; }
ul.domains { padding-left: 18px; margin: 4px 0; }
"""


@dataclass(frozen=True)
class Images:
    """File names (relative to the page) of the pictures drawn for it; None when not drawn."""

    listings: str | None = None
    clusters: str | None = None
    stages: str | None = None
    thumbnails: dict[str, str] = field(default_factory=dict)
    """Cluster id → thumbnail of its example member."""


def render_html(
    summary: RunSummary, history: History | None, images: Images, prefix: str = ""
) -> str:
    """The page; `prefix` is put before every image file name (for a copy in another folder)."""
    counts = summary.verdict_counts()
    sources = ", ".join(f"{n} {s}" for s, n in sorted(summary.by_source().items()))
    figures = [
        ("sites crawled", len(summary.verdicts), ""),
        ("fraud", counts["fraud"], "fraud"),
        ("suspicious", counts["suspicious"], "suspicious"),
        ("clean", counts["clean"], ""),
        ("unreachable", counts["unreachable"], "unreachable"),
        ("new listings", f"+{len(summary.added)}", "fraud"),
        ("removed listings", f"−{len(summary.removed)}", ""),
    ]
    if history is not None:
        figures.append(("clusters that grew", len(history.grew), ""))
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>butcherblock crawl {summary.started:%Y-%m-%d %H:%M} UTC</title>",
        f"<style>{STYLE}</style></head><body><main>",
        f"<h1>butcherblock crawl — {summary.started:%Y-%m-%d %H:%M} UTC</h1>",
        f'<p class="sub">{len(summary.candidates)} candidates ({_e(sources or "none")}); '
        f"feed: {_e(summary.publish_note)}</p>",
        '<dl class="figures">',
        *(
            f'<div><dt>{_e(label)}</dt><dd class="{css}">{_e(value)}</dd></div>'
            for label, value, css in figures
        ),
        "</dl>",
        "<h2>Listings over time</h2>",
        *_listings(history, images, prefix),
        '<div class="cols"><section><h2>New listings</h2>',
        *_domains(summary.added),
        "</section><section><h2>Removed listings</h2>",
        *_domains(summary.removed),
        "</section></div>",
        "<h2>Clusters that grew</h2>",
        *_grew(history),
        "<h2>Biggest kit clusters</h2>",
        *_biggest(history, images, prefix),
        "<h2>Failures by cause</h2>",
        *_table(
            ("cause", "sites"),
            [(cause, n) for cause, n in summary.failures()],
            "no site failed",
        ),
    ]
    if summary.rejected:
        parts += [
            "<h2>Inputs that were not domains or URLs</h2>",
            '<ul class="domains">',
            *(f"<li><code>{_e(r)}</code></li>" for r in summary.rejected),
            "</ul>",
        ]
    parts += ["<h2>Time per stage</h2>"]
    if images.stages:
        total = sum(summary.stages.values())
        parts.append(
            _img(prefix + images.stages, f"Seconds per stage; {total:.1f} s in all.", "chart")
        )
    parts += [
        *_table(
            ("stage", "seconds"),
            [(stage, f"{s:.1f}") for stage, s in summary.stages.items()],
            "no stage timed",
        ),
        "</main></body></html>",
        "",
    ]
    return "\n".join(parts)


def _listings(history: History | None, images: Images, prefix: str) -> list[str]:
    if history is None:
        return [_none("not available: the report was written without the store")]
    if not history.days or not images.listings:
        return [_none("no verdicts stored yet")]
    first, last = history.days[0], history.days[-1]
    alt = (
        f"Domains listed as fraud per day from {first.day} to {last.day}: "
        f"{first.listed} then, {last.listed} now; {last.watched} watched as suspicious now."
    )
    return [
        _img(prefix + images.listings, alt, "chart"),
        f"<p>{last.listed} listed and {last.watched} watched at the end of {last.day}; "
        f"{first.listed} and {first.watched} on {first.day}. A domain counts as listed on a day "
        "when its newest verdict by the end of that day (UTC) is fraud.</p>",
    ]


def _grew(history: History | None) -> list[str]:
    if history is None:
        return [_none("not available: the report was written without the store")]
    rows = [
        (
            c.cluster,
            _Code(c.example),
            f"{c.before} → {c.size}",
            f"+{c.added}",
            c.listed,
        )
        for c in history.grew
    ]
    return _table(
        ("cluster", "example member", "sites", "new", "listed"), rows, "no cluster gained members"
    )


def _biggest(history: History | None, images: Images, prefix: str) -> list[str]:
    if history is None:
        return [_none("not available: the report was written without the store")]
    if not history.biggest:
        return [_none("no cluster has two or more sites yet")]
    parts = []
    if images.clusters:
        alt = "Sites per cluster, listed ones first: " + "; ".join(
            f"{c.cluster} {c.size} ({c.listed} listed)" for c in history.biggest
        )
        parts.append(_img(prefix + images.clusters, alt, "chart"))
    rows = []
    for c in history.biggest:
        thumb = images.thumbnails.get(c.cluster)
        picture = (
            _Raw(_img(prefix + thumb, f"Home page of {c.example}", "thumb"))
            if thumb
            else _Raw(_none("no screenshot"))
        )
        rows.append((picture, c.cluster, _Code(c.example), c.size, c.listed))
    parts += _table(("example", "cluster", "member shown", "sites", "listed"), rows, "")
    return parts


def _domains(domains: Iterable[str]) -> list[str]:
    items = [f"<li><code>{_e(d)}</code></li>" for d in domains]
    return ['<ul class="domains">', *items, "</ul>"] if items else [_none("none")]


class _Raw(str):
    """Markup this module built itself: put into the page as is."""


class _Code(str):
    """A hostile string shown as code: escaped, then wrapped."""


def _table(headers: tuple[str, ...], rows: list[tuple[object, ...]], empty: str) -> list[str]:
    if not rows:
        return [_none(empty)]
    numeric = [all(_numeric(r[i]) for r in rows) for i in range(len(headers))]
    head = "".join(
        f'<th{NUMERIC if n else ""} scope="col">{_e(h)}</th>'
        for h, n in zip(headers, numeric, strict=True)
    )
    body = [
        "<tr>"
        + "".join(
            f"<td{NUMERIC if n else ''}>{_cell(v)}</td>" for v, n in zip(row, numeric, strict=True)
        )
        + "</tr>"
        for row in rows
    ]
    return ["<table>", f"<thead><tr>{head}</tr></thead>", "<tbody>", *body, "</tbody></table>"]


def _numeric(value: object) -> bool:
    """Counts, seconds, `+3` and `7 → 10` line up on the right."""
    return isinstance(value, int) or bool(re.fullmatch(r"[+−]?[\d.]+(?: → \d+)?", str(value)))


def _cell(value: object) -> str:
    if isinstance(value, _Raw):
        return str(value)
    if isinstance(value, _Code):
        return f"<code>{_e(value)}</code>"
    return _e(value)


def _img(src: str, alt: str, css: str) -> str:
    return f'<img class="{css}" src="{_e(src)}" alt="{_e(alt)}">'


def _none(text: str) -> str:
    return f'<p class="none">{_e(text)}</p>'


def _e(value: object) -> str:
    return escape(str(value), quote=True)
