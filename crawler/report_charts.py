"""The pictures of the HTML run report: charts drawn with matplotlib, and screenshot thumbnails.

Each is a PNG file written next to the report, so the page needs nothing from the internet.
Matplotlib is driven through its object API with the Agg canvas: no pyplot, no global figure
state, no display needed on a headless server.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image

from crawler.report_history import Cluster, DayCount

if TYPE_CHECKING:
    from matplotlib.axes import Axes

LISTED = "#b3261e"
WATCHED = "#e8a33d"
OTHER = "#9aa4b1"
STAGE = "#3b6ea8"
THUMBNAIL = (240, 150)
DPI = 100
SAVE_DPI = 150
"""Sharper than the figure's own DPI, so charts stay crisp when the page scales them."""


def listings_chart(days: Sequence[DayCount], path: Path) -> Path:
    """Listed and watched domains per day, as two stepped lines."""
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    when = [d.day for d in days]
    listed, watched = [d.listed for d in days], [d.watched for d in days]
    with _chart(path, 8, 3) as axes:
        axes.step(when, listed, where="post", color=LISTED, label="listed (fraud)")
        axes.fill_between(when, listed, step="post", color=LISTED, alpha=0.12, linewidth=0)
        axes.step(when, watched, where="post", color=WATCHED, label="watched (suspicious)")
        locator = AutoDateLocator()
        axes.xaxis.set_major_locator(locator)
        axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))
        axes.set_ylim(0, max([*listed, *watched, 1]) * 1.15)
        axes.yaxis.get_major_locator().set_params(integer=True)
        axes.set_ylabel("domains")
        axes.legend(loc="upper left", frameon=False)
    return path


def clusters_chart(clusters: Sequence[Cluster], path: Path) -> Path:
    """The biggest kit clusters as horizontal bars: listed members, then the rest."""
    rows = list(range(len(clusters)))
    listed = [c.listed for c in clusters]
    with _chart(path, 8, 0.9 + 0.42 * len(clusters)) as axes:
        axes.barh(rows, listed, color=LISTED, label="listed")
        rest = [c.size - c.listed for c in clusters]
        axes.barh(rows, rest, left=listed, color=OTHER, label="not listed")
        for row, c in zip(rows, clusters, strict=True):
            axes.text(c.size, row, f" {c.size}", va="center")
        axes.set_yticks(rows, [f"{c.cluster} · {c.example}" for c in clusters])
        axes.invert_yaxis()
        axes.xaxis.get_major_locator().set_params(integer=True)
        axes.set_xlim(0, max(c.size for c in clusters) * 1.12)
        axes.set_xlabel("sites in the cluster")
        axes.legend(loc="lower right", frameon=False)
    return path


def stages_chart(stages: dict[str, float], path: Path) -> Path:
    """Seconds per stage of the run as horizontal bars, in the order the stages ran."""
    rows = list(range(len(stages)))
    seconds = list(stages.values())
    with _chart(path, 8, 0.9 + 0.42 * len(stages)) as axes:
        axes.barh(rows, seconds, color=STAGE)
        for row, value in zip(rows, seconds, strict=True):
            axes.text(value, row, f" {value:.1f} s", va="center")
        axes.set_yticks(rows, list(stages))
        axes.invert_yaxis()
        axes.set_xlim(0, max(*seconds, 0.1) * 1.18)
        axes.set_xlabel("seconds")
    return path


def thumbnail(screenshot: Path, path: Path) -> Path | None:
    """The top of a screenshot, scaled down; None when the file is missing or not an image."""
    try:
        with Image.open(screenshot) as image:
            width, height = image.size
            top = image.convert("RGB").crop(
                (0, 0, width, min(height, width * THUMBNAIL[1] // THUMBNAIL[0]))
            )
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
    top.thumbnail(THUMBNAIL)
    top.save(path, "PNG", optimize=True)
    return path


@contextmanager
def _chart(path: Path, width: float, height: float) -> Iterator[Axes]:
    """A figure with one set of axes, saved to `path` as PNG when the block ends."""
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    # Domain and stage names are data: a `$` in one must never switch on mathtext.
    with matplotlib.rc_context({"text.parse_math": False, "font.size": 9}):
        figure = Figure(figsize=(width, height), dpi=DPI, layout="constrained")
        FigureCanvasAgg(figure)
        axes = figure.subplots()
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
        yield axes
        figure.savefig(path, format="png", dpi=SAVE_DPI, metadata={"Software": None})
