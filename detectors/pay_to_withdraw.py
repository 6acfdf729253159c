"""Pay-to-withdraw, read for its meaning: a withdrawal held until the user pays from outside.

The defining trait of pig-butchering platforms (FBI IC3 PSA I-030724-PSA; FTC, "What to
know about cryptocurrency and scams"; FCA ScamSmart): the victim's "profits" are released
only after a tax, an unfreeze fee, a verification deposit, a credit-score repair, a margin
or an upgrade is paid, separately from the balance. Scam kits say it in every language and
every word order, over two or three sentences, so this detector does not match phrases.
It asks which ideas (concepts, `config/concepts/pay-to-withdraw/`) a window of consecutive
sentences expresses: a withdrawal or held funds, a payment, a charge, and the payment
coming first or from outside the balance. A learned classifier (`detectors/classifier.py`,
trained by `butcherblock train` on `config/corpus/pay-to-withdraw/train.jsonl`) weighs
those concepts and the window's character n-grams, so that a demand is told from what
shares its words: a fee deducted from the amount, a KYC document check, a tax form, a
warning or a news report that quotes the demand.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from detectors.classifier import Explanation, TextClassifier
from detectors.commentary import CommentaryFilter
from detectors.concepts import ConceptHit, Lexicon
from detectors.model import Capture, Evidence, Page, Signal
from detectors.sentences import Sentence, split_sentences, windows

MAX_WINDOW_SENTENCES = 3
MAX_WINDOW_CHARS = 480
MAX_EVIDENCE = 6
RULE_ID = "pay-to-withdraw"


@dataclass(frozen=True)
class Demand:
    """A window of sentences the classifier reads as a pay-to-withdraw demand."""

    text: str
    concepts: dict[str, tuple[str, ...]]
    """Concept → the terms of it found in the window."""
    explanation: Explanation


def could_be_demand(concepts: set[str]) -> bool:
    """The least a demand needs: money taken out (or held, or to be released); something to
    pay, named as a charge (tax, fee, deposit…), or a payment tied to a hold ("pay 95,000 to
    unfreeze"); and something that makes the payment a condition: the money is held, the
    payment comes first, is required, comes from outside the balance, or releases the money.

    A window without it is never scored: a fee schedule that only says what a withdrawal
    costs, or a withdraw form that says where the money will be sent, is not a demand; and
    the classifier's cost stays with the few windows that could be one.
    """
    money_out = "withdraw" in concepts or (
        "funds" in concepts and bool(concepts & {"hold", "release"})
    )
    conditional = bool(concepts & {"outside", "hold", "condition", "release", "obligation"})
    to_pay = "charge" in concepts or (
        "pay" in concepts
        and "hold" in concepts
        and bool(concepts & {"condition", "obligation", "release"})
    )
    return money_out and conditional and to_pay and len(concepts) >= 4


class PayToWithdrawReader:
    """Finds demand windows in a text; shared by the detector and the sentence evaluation."""

    def __init__(self, lexicon: Lexicon, model: TextClassifier) -> None:
        self.lexicon = lexicon
        self.model = model

    def demands(self, text: str) -> list[Demand]:
        """Every demand window of `text`, overlapping windows merged into the strongest."""
        sentences = split_sentences(text)
        if not sentences:
            return []
        per_sentence = _concepts_per_sentence(sentences, self.lexicon.find(text))
        found: list[tuple[range, Demand]] = []
        for window in windows(sentences, MAX_WINDOW_SENTENCES, MAX_WINDOW_CHARS):
            terms: dict[str, set[str]] = {}
            for index in window:
                for hit in per_sentence[index]:
                    terms.setdefault(hit.concept, set()).add(hit.term)
            if not could_be_demand(set(terms)):
                continue
            window_text = " ".join(sentences[i].text for i in window)
            if self.model.probability(window_text, terms) < self.model.threshold:
                continue
            explanation = self.model.explain(window_text, terms)
            demand = Demand(
                window_text, {c: tuple(sorted(t)) for c, t in sorted(terms.items())}, explanation
            )
            if found and found[-1][0].stop > window.start:  # overlaps the previous demand
                if explanation.probability > found[-1][1].explanation.probability:
                    found[-1] = (window, demand)
                continue
            found.append((window, demand))
        return [demand for _, demand in found]


def _concepts_per_sentence(
    sentences: list[Sentence], hits: list[ConceptHit]
) -> list[list[ConceptHit]]:
    starts = [s.start for s in sentences]
    result: list[list[ConceptHit]] = [[] for _ in sentences]
    for hit in hits:
        index = bisect_right(starts, hit.start) - 1
        if index >= 0 and hit.start < sentences[index].end:
            result[index].append(hit)
    return result


class PayToWithdrawDetector:
    """One signal for a site whose pages demand payment before a withdrawal is released."""

    name = "withdrawal_fee"

    def __init__(self, reader: PayToWithdrawReader, commentary: CommentaryFilter) -> None:
        self.reader = reader
        self.commentary = commentary

    def detect(self, capture: Capture) -> list[Signal]:
        skipped = self.commentary.commentary_pages(capture)
        evidence: list[Evidence] = []
        best = 0.0
        pages: set[str] = set()
        for number, page in enumerate(capture.pages):
            if number in skipped or not page.text:
                continue
            for demand in self.reader.demands(page.text):
                best = max(best, demand.explanation.probability)
                pages.add(page.url)
                if len(evidence) < MAX_EVIDENCE:
                    evidence.append(_evidence(page, demand))
        if not evidence:
            return []
        where = "1 page" if len(pages) == 1 else f"{len(pages)} pages"
        return [
            Signal(
                detector=self.name,
                score=min(95, round(50 + 45 * best) + (5 if len(pages) > 1 else 0)),
                summary=f"Payment demanded before a withdrawal is released ({where})",
                evidence=tuple(evidence),
                rule=RULE_ID,
            )
        ]


def _evidence(page: Page, demand: Demand) -> Evidence:
    concepts = "; ".join(f"{c}: {', '.join(t[:3])}" for c, t in demand.concepts.items())
    weights = ", ".join(f"{name} {weight:+.2f}" for name, weight in demand.explanation.top)
    text = demand.text if len(demand.text) <= 400 else demand.text[:399] + "…"
    if page.source == "image":
        text = f"text in image: {text}"
    return Evidence(
        url=page.url,
        text=(
            f"{text} [p={demand.explanation.probability:.2f}; concepts: {concepts}; "
            f"weighed most: {weights}]"
        ),
        kind="text",
        source=page.source,
        step=page.step,
    )
