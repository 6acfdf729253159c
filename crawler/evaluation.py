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


@dataclass
class PassageScore:
    """Pay-to-withdraw decisions on labelled passages, for one language (or all)."""

    language: str
    passages: int = 0
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    missed: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        fired = self.true_positives + self.false_positives
        return self.true_positives / fired if fired else 1.0

    @property
    def recall(self) -> float:
        positives = self.true_positives + self.false_negatives
        return self.true_positives / positives if positives else 1.0


def evaluate_passages(
    passages: list[tuple[str, str, int, bool]],
) -> list[PassageScore]:
    """(id, language, label, predicted) → one score for all languages, then one per language."""
    scores: dict[str, PassageScore] = {"all": PassageScore("all")}
    for passage_id, language, label, predicted in passages:
        for key in ("all", language):
            score = scores.setdefault(key, PassageScore(key))
            score.passages += 1
            if predicted and label:
                score.true_positives += 1
            elif predicted:
                score.false_positives += 1
                score.false_alarms.append(passage_id)
            elif label:
                score.false_negatives += 1
                score.missed.append(passage_id)
    return [scores["all"], *(scores[k] for k in sorted(scores) if k != "all")]


def render_passage_table(splits: dict[str, list[PassageScore]]) -> str:
    """Precision and recall per language, the splits side by side."""
    names = list(splits)
    header = f"{'language':<10}" + "".join(
        f"{name + ' n':>12}{'precision':>10}{'recall':>8}" for name in names
    )
    languages = []
    for scores in splits.values():
        for score in scores:
            if score.language not in languages:
                languages.append(score.language)
    lines = [header]
    for language in languages:
        row = f"{language:<10}"
        for name in names:
            score = next((s for s in splits[name] if s.language == language), None)
            if score is None:
                row += f"{'-':>12}{'-':>10}{'-':>8}"
            else:
                row += f"{score.passages:>12}{score.precision:>10.2f}{score.recall:>8.2f}"
        lines.append(row)
    return "\n".join(lines)
