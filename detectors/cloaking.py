"""Cloaking: a site that shows a crawler one page and a browser another.

Scam platforms hide from scanners: a visitor whose scripts do not run (a crawler) gets a
harmless blog or a "site under construction", and only a real browser, after a script
has set a cookie or passed a check, gets the trading platform. The crawler sees both
when it renders the home page, so the detector compares what each was shown. A page
that only adds to its static text when scripts run is not cloaking; one whose text is
replaced is. Weak on its own (the verdict never lists on it alone); telling beside others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from detectors.model import Capture, Evidence, Page, Signal

_WORD = re.compile(r"\w{3,}")


@dataclass(frozen=True)
class CloakingThresholds:
    """Thresholds from `[detectors.cloaking]` in the config."""

    min_chars: int = 250
    """Both versions need at least this much text: a script shell is not cloaking."""
    max_shared: float = 0.2
    """At most this share of the shorter version's words in the other: a different page."""
    score: int = 40


class CloakingDetector:
    name = "cloaking"

    def __init__(self, thresholds: CloakingThresholds) -> None:
        self.t = thresholds

    def detect(self, capture: Capture) -> list[Signal]:
        static = next((p for p in capture.pages if p.source == "static"), None)
        if static is None:
            return []
        rendered = next(
            (p for p in capture.pages if p.source == "rendered" and _same_page(p, static)), None
        )
        if rendered is None or min(len(static.text), len(rendered.text)) < self.t.min_chars:
            return []
        crawler_words, browser_words = _words(static.text), _words(rendered.text)
        shared = len(crawler_words & browser_words) / min(len(crawler_words), len(browser_words))
        if shared > self.t.max_shared:
            return []
        return [
            Signal(
                detector=self.name,
                score=self.t.score,
                summary=(
                    f"shows a crawler a different page than a browser: "
                    f"“{static.title}” without scripts, “{rendered.title}” with them "
                    f"({shared:.0%} of words shared)"
                ),
                evidence=(
                    Evidence(static.url, _excerpt(static), kind="text", source="static"),
                    Evidence(rendered.url, _excerpt(rendered), kind="text", source="rendered"),
                ),
                rule="cloaking.content-swap",
            )
        ]


def _same_page(a: Page, b: Page) -> bool:
    """The same host and path (a cloaking script may reload or add a query)."""
    first, second = urlsplit(a.url), urlsplit(b.url)
    return (first.hostname, first.path or "/") == (second.hostname, second.path or "/")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def _excerpt(page: Page) -> str:
    return f"{page.title}: {page.text[:200]}"
