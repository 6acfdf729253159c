"""Recognise pages that talk *about* scams rather than run one.

Consumer-protection articles, regulators' warnings, news and victims' forums quote the
scammers word for word ("you must pay a 20% tax before you can withdraw"). Phrase
detectors skip pages marked as commentary. A page is commentary when a `context` rule
marks it, or when it uses several distinct words of reporting and warning (scam, police,
victim, "they told me", "never pay"…) from the concept lexicons, in any of their
languages: in the train corpus no scam platform's page has more than two, and most honest
pages that quote demands have three or more.
"""

from __future__ import annotations

from detectors.concepts import Lexicon
from detectors.model import Capture, Page
from detectors.rules import Rule, RuleHit

REPORTING_TERMS = 3
"""Distinct `reported` terms from which a page is commentary."""


class CommentaryFilter:
    """Tells whether a page is commentary (a warning, an article about fraud)."""

    def __init__(self, context_rules: list[Rule], lexicon: Lexicon | None = None) -> None:
        self.rules = context_rules
        self.lexicon = lexicon
        self._last: tuple[Capture, frozenset[int]] | None = None

    def commentary_pages(self, capture: Capture) -> frozenset[int]:
        """Indexes of the capture's commentary pages, decided once per capture.

        Several detectors ask about the same capture in turn; the last answer is kept
        (with the capture itself, so it cannot be confused with another one).
        """
        if self._last is None or self._last[0] is not capture:
            marked = frozenset(i for i, p in enumerate(capture.pages) if self.is_commentary(p))
            self._last = (capture, marked)
        return self._last[1]

    def is_commentary(self, page: Page) -> bool:
        return (
            self.why_commentary(page) is not None or self.reporting_terms(page) >= REPORTING_TERMS
        )

    def reporting_terms(self, page: Page) -> int:
        """How many distinct words of reporting or warning the page uses."""
        if self.lexicon is None or not page.text:
            return 0
        return len({h.term for h in self.lexicon.find(page.text) if h.concept == "reported"})

    def why_commentary(self, page: Page) -> RuleHit | None:
        """The context rule that marks `page` as commentary, if any."""
        for rule in self.rules:
            hit = rule.match(page)
            if hit is not None:
                return hit
        return None
