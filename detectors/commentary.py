"""Recognise pages that talk *about* scams rather than run one.

Consumer-protection articles and regulators' warnings quote the scammers word for
word ("you must pay a 20% tax before you can withdraw"). Phrase detectors skip
pages that the `context` rule family marks as commentary.
"""

from __future__ import annotations

from detectors.model import Capture, Page
from detectors.rules import Rule, RuleHit


class CommentaryFilter:
    """Tells whether a page is commentary (a warning, an article about fraud)."""

    def __init__(self, context_rules: list[Rule]) -> None:
        self.rules = context_rules
        self._last: tuple[Capture, frozenset[int]] | None = None

    def commentary_pages(self, capture: Capture) -> frozenset[int]:
        """Indexes of the capture's commentary pages, decided once per capture.

        Several detectors ask about the same capture in turn; the last answer is kept
        (with the capture itself, so it cannot be confused with another one).
        """
        if self._last is None or self._last[0] is not capture:
            marked = frozenset(i for i, p in enumerate(capture.pages) if self.why_commentary(p))
            self._last = (capture, marked)
        return self._last[1]

    def why_commentary(self, page: Page) -> RuleHit | None:
        """The context rule that marks `page` as commentary, if any."""
        for rule in self.rules:
            hit = rule.match(page)
            if hit is not None:
                return hit
        return None
