"""Platform red flags beyond the fee demand: fixed daily returns, seconds contracts,
invitation-only sign-up, messenger-only contact, public deposit addresses, approve drainers.

Each is weak on its own (the verdict never lists on them alone) but they are what the
scam kits are built from. Rules in `config/rules/red-flags/`.
"""

from __future__ import annotations

from dataclasses import replace

from detectors.commentary import CommentaryFilter
from detectors.model import Capture, Signal
from detectors.phrases import rule_hits, signal_from_hits
from detectors.rules import Rule, RuleHit


class RedFlagsDetector:
    name = "red_flags"

    def __init__(self, rules: list[Rule], commentary: CommentaryFilter) -> None:
        self.rules = {rule.id: rule for rule in rules}
        self.commentary = commentary

    def detect(self, capture: Capture) -> list[Signal]:
        signals = []
        for rule_id, hits in sorted(
            rule_hits(capture, list(self.rules.values()), self.commentary).items()
        ):
            signal = signal_from_hits(self.name, self.rules[rule_id], hits)
            yearly = _yearly_figure(hits)
            if yearly:
                signal = replace(signal, summary=f"{signal.summary}: {yearly}")
            signals.append(signal)
        return signals


def _yearly_figure(hits: list[RuleHit]) -> str:
    """`2% a day ≈ 137,641% a year`: the compounding a fixed daily return implies."""
    rates = [
        float(value.replace(",", "."))
        for hit in hits
        for value in hit.extracted.get("daily_percent", [])
    ]
    if not rates:
        return ""
    daily = max(rates)
    yearly = ((1 + daily / 100) ** 365 - 1) * 100
    return f"{daily:g}% a day ≈ {yearly:,.0f}% a year compounded"
