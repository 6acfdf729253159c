"""Pay-to-withdraw: a fee, tax or deposit that must be paid *before* a balance is released.

The defining trait of pig-butchering platforms (see the FTC's and the FCA's
consumer warnings cited in each rule): the victim's "profits" can only be withdrawn
after paying a tax, an unfreeze fee, a verification deposit or a credit-score
repair from outside the balance. Honest brokers deduct fees from the amount.
The phrases are rules in `config/rules/withdrawal-fee/`.
"""

from __future__ import annotations

from detectors.commentary import CommentaryFilter
from detectors.model import Capture, Signal
from detectors.phrases import rule_hits, signal_from_hits
from detectors.rules import Rule


class WithdrawalFeeDetector:
    name = "withdrawal_fee"

    def __init__(self, rules: list[Rule], commentary: CommentaryFilter) -> None:
        self.rules = {rule.id: rule for rule in rules}
        self.commentary = commentary

    def detect(self, capture: Capture) -> list[Signal]:
        hits = rule_hits(capture, list(self.rules.values()), self.commentary)
        return [
            signal_from_hits(self.name, self.rules[rule_id], rule_hits_)
            for rule_id, rule_hits_ in sorted(hits.items())
            if self.rules[rule_id].score > 0
        ]
