"""Run a family of phrase rules over a capture's pages and turn hits into signals.

Shared by the phrase-based detectors (withdrawal fee, MetaTrader claims) so each
of them keeps only what is specific to it.
"""

from __future__ import annotations

from collections import defaultdict

from detectors.commentary import CommentaryFilter
from detectors.model import Capture, Evidence, Signal
from detectors.rules import Rule, RuleHit

MAX_EVIDENCE_PER_SIGNAL = 6


def rule_hits(
    capture: Capture, rules: list[Rule], commentary: CommentaryFilter
) -> dict[str, list[RuleHit]]:
    """Hits per rule id over every non-commentary page, in page order."""
    hits: dict[str, list[RuleHit]] = defaultdict(list)
    skipped = commentary.commentary_pages(capture)
    for number, page in enumerate(capture.pages):
        if number in skipped:
            continue
        for rule in rules:
            hit = rule.match(page)
            if hit is not None:
                hits[rule.id].append(hit)
    return hits


def signal_from_hits(detector: str, rule: Rule, hits: list[RuleHit]) -> Signal:
    """One signal per rule: the rule's severity score, evidence from every page it hit."""
    evidence: list[Evidence] = []
    for hit in hits:
        for item in hit.evidence:
            if item not in evidence:
                evidence.append(item)
    pages = len({hit.page.url for hit in hits})
    where = "1 page" if pages == 1 else f"{pages} pages"
    return Signal(
        detector=detector,
        score=rule.score,
        summary=f"{rule.name} ({where})",
        evidence=tuple(evidence[:MAX_EVIDENCE_PER_SIGNAL]),
        rule=rule.id,
    )
