"""Judge the detectors against a labelled corpus: precision, recall and false positives.

A detector "fires" on a site when it produced any signal with a positive score; the
verdict row counts `fraud` verdicts. Labels come from the sandbox's `site.toml` files.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from detectors.model import Verdict


@dataclass
class Score:
    """Counts for one detector (or the verdict) over the corpus."""

    name: str
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    false_positive_sites: list[str] = field(default_factory=list)
    missed_sites: list[str] = field(default_factory=list)

    @property
    def fired(self) -> int:
        return self.true_positives + self.false_positives

    @property
    def precision(self) -> float:
        return self.true_positives / self.fired if self.fired else 1.0

    @property
    def recall(self) -> float:
        positives = self.true_positives + self.false_negatives
        return self.true_positives / positives if positives else 1.0


def evaluate(verdicts: list[Verdict], labels: dict[str, str]) -> list[Score]:
    """The verdict's score first, then one per detector, by name."""
    names = sorted({s.detector for v in verdicts for s in v.signals if s.score > 0})
    scores = [Score("verdict = fraud"), *(Score(name) for name in names)]
    for verdict in verdicts:
        fraud = labels.get(verdict.domain) == "fraud"
        fired = {s.detector for s in verdict.signals if s.score > 0}
        _count(scores[0], verdict.domain, fraud, verdict.verdict == "fraud")
        for score in scores[1:]:
            _count(score, verdict.domain, fraud, score.name in fired)
    return scores


def _count(score: Score, domain: str, fraud: bool, fired: bool) -> None:
    if fired and fraud:
        score.true_positives += 1
    elif fired:
        score.false_positives += 1
        score.false_positive_sites.append(domain)
    elif fraud:
        score.false_negatives += 1
        score.missed_sites.append(domain)


def render_table(scores: list[Score]) -> str:
    lines = [
        f"{'':<22}{'fired':>6}{'TP':>5}{'FP':>5}{'FN':>5}{'precision':>11}{'recall':>8}",
    ]
    for s in scores:
        lines.append(
            f"{s.name:<22}{s.fired:>6}{s.true_positives:>5}{s.false_positives:>5}"
            f"{s.false_negatives:>5}{s.precision:>11.2f}{s.recall:>8.2f}"
        )
    return "\n".join(lines)
