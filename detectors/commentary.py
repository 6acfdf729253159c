"""Recognise pages that talk *about* scams rather than run one.

Consumer-protection articles and regulators' warnings quote the scammers word for
word ("you must pay a 20% tax before you can withdraw"). Phrase detectors skip
pages that the `context` rule family marks as commentary.
"""

from __future__ import annotations

from detectors.model import Page
from detectors.rules import Rule, RuleHit


class CommentaryFilter:
    """Tells whether a page is commentary (a warning, an article about fraud)."""

    def __init__(self, context_rules: list[Rule]) -> None:
        self.rules = context_rules

    def why_commentary(self, page: Page) -> RuleHit | None:
        """The context rule that marks `page` as commentary, if any."""
        for rule in self.rules:
            hit = rule.match(page)
            if hit is not None:
                return hit
        return None
