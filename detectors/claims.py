"""MetaTrader credential claims, read for their meaning in any language we have words for.

"Licensed by MetaQuotes" sells nothing but credibility: MetaQuotes is the software vendor
of MetaTrader 4/5 and licenses no broker in the regulatory sense (its own site says it is
not a broker). Sham brokers say it, and present a "licensed MT5 white label" as if it were a
regulator's licence, in every language their victims read. The words are concept lexicons
(`config/concepts/claims/`); a claim is one sentence that names
MetaQuotes and a licence, or the platform, a white label and a licence, and does not
question it (a warning that "MetaQuotes is not a regulator" is not a claim).
"""

from __future__ import annotations

from dataclasses import dataclass

from detectors.concepts import Lexicon
from detectors.sentences import split_sentences, windows

MAX_SENTENCES = 1
MAX_CHARS = 400


@dataclass(frozen=True)
class ClaimKind:
    rule: str
    name: str
    score: int
    needs: frozenset[str]


KINDS = (
    ClaimKind(
        "licensed-by-metaquotes",
        "Claims to be licensed or regulated by MetaQuotes",
        50,
        frozenset({"metaquotes", "licensed"}),
    ),
    ClaimKind(
        "white-label-claim",
        "Presents a licensed MetaTrader white label or sublicence as a credential",
        25,
        frozenset({"platform", "white_label", "licensed"}),
    ),
)


@dataclass(frozen=True)
class Claim:
    kind: ClaimKind
    text: str
    terms: dict[str, tuple[str, ...]]


class ClaimReader:
    """Finds credential claims in a text; one per kind, the first window that makes it."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def claims(self, text: str) -> list[Claim]:
        sentences = split_sentences(text)
        hits = self.lexicon.find(text)
        if not hits:
            return []
        found: dict[str, Claim] = {}
        for window in windows(sentences, MAX_SENTENCES, MAX_CHARS):
            start, end = sentences[window.start].start, sentences[window.stop - 1].end
            terms: dict[str, set[str]] = {}
            for hit in hits:
                if start <= hit.start < end:
                    terms.setdefault(hit.concept, set()).add(hit.term)
            if "reported" in terms:
                continue
            for kind in KINDS:
                if kind.rule not in found and kind.needs <= set(terms):
                    found[kind.rule] = Claim(
                        kind,
                        " ".join(sentences[i].text for i in window),
                        {c: tuple(sorted(t)) for c, t in sorted(terms.items())},
                    )
        return list(found.values())
