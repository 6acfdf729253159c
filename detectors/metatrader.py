"""MetaTrader and licence claims.

Sham brokers front a sublicensed or fake MetaTrader 4/5 "white label" and quote
invented regulator licence numbers. Real brokers offer MT4/MT5 too, so a mention
alone is never a signal (its rules have severity `info`); a claim that no register
backs is. MetaQuotes is a software vendor, not a regulator: "licensed by MetaQuotes"
sells nothing but credibility. Claim phrases live in `config/rules/metatrader/`,
licence-number extractors (one rule per regulator) in `config/rules/licence/`.
"""

from __future__ import annotations

from dataclasses import replace

from detectors.claims import ClaimKind, ClaimReader
from detectors.commentary import CommentaryFilter
from detectors.model import Capture, Evidence, Signal
from detectors.phrases import rule_hits, signal_from_hits
from detectors.registers import Registers
from detectors.rules import Rule

UNKNOWN_NUMBER_SCORE = 70
CLONE_FIRM_SCORE = 80
UNVERIFIABLE_SCORE = 20
MAX_CONTEXT = 4


class MetaTraderDetector:
    name = "metatrader"

    def __init__(
        self,
        claim_rules: list[Rule],
        claim_reader: ClaimReader,
        licence_rules: list[Rule],
        registers: Registers,
        commentary: CommentaryFilter,
    ) -> None:
        self.claim_rules = {rule.id: rule for rule in claim_rules}
        self.claim_reader = claim_reader
        self.licence_rules = licence_rules
        self.registers = registers
        self.commentary = commentary

    def detect(self, capture: Capture) -> list[Signal]:
        signals: list[Signal] = []
        context: list[Evidence] = []
        for rule_id, hits in sorted(
            rule_hits(capture, list(self.claim_rules.values()), self.commentary).items()
        ):
            rule = self.claim_rules[rule_id]
            if rule.score > 0:
                signals.append(signal_from_hits(self.name, rule, hits))
            else:  # mentions: their server names and download links are context, not signals
                context += [e for hit in hits for e in hit.evidence if e.kind == "extracted"]
        signals.extend(self._claim_signals(capture))
        signals.extend(self._licence_signals(capture))
        if signals and context:
            unique = tuple(dict.fromkeys(context))[:MAX_CONTEXT]
            signals[0] = replace(signals[0], evidence=signals[0].evidence + unique)
        return signals

    def _claim_signals(self, capture: Capture) -> list[Signal]:
        """MetaQuotes-licence and white-label claims, in any language of the lexicons."""
        skipped = self.commentary.commentary_pages(capture)
        found: dict[str, tuple[ClaimKind, list[Evidence]]] = {}
        for number, page in enumerate(capture.pages):
            if number in skipped or not page.text:
                continue
            for claim in self.claim_reader.claims(page.text):
                _, evidence = found.setdefault(claim.kind.rule, (claim.kind, []))
                item = Evidence(page.url, claim.text[:400], "text", page.source, page.step)
                if len(evidence) < MAX_CONTEXT and item not in evidence:
                    evidence.append(item)
        return [
            Signal(
                self.name,
                kind.score,
                f"{kind.name} ({_pages(evidence)})",
                tuple(evidence),
                kind.rule,
            )
            for kind, evidence in found.values()
        ]

    def _licence_signals(self, capture: Capture) -> list[Signal]:
        """Check every regulator number the site claims against the registers."""
        claims: dict[tuple[str, str], Evidence] = {}
        for hits in rule_hits(capture, self.licence_rules, self.commentary).values():
            for hit in hits:
                for regulator, numbers in hit.extracted.items():
                    context = next((e for e in hit.evidence if e.kind == "text"), None)
                    for number in numbers:
                        text = context.text if context else f"{regulator} {number}"
                        claims.setdefault((regulator, number), Evidence(hit.page.url, text))
        signals = []
        for (regulator, number), evidence in sorted(claims.items()):
            label = f"{regulator.upper()} {number}"
            if not self.registers.covers(regulator):
                signals.append(
                    Signal(
                        self.name,
                        UNVERIFIABLE_SCORE,
                        f"Claims licence {label}; no register data to check it against",
                        (evidence,),
                        rule=f"licence-unverifiable-{regulator}",
                    )
                )
                continue
            entry = self.registers.find(regulator, number)
            if entry is None:
                signals.append(
                    Signal(
                        self.name,
                        UNKNOWN_NUMBER_SCORE,
                        f"Claims licence {label}, which is not on the {regulator.upper()} register",
                        (evidence,),
                        rule=f"licence-not-on-register-{regulator}",
                    )
                )
            elif capture.domain not in entry.domains:
                signals.append(
                    Signal(
                        self.name,
                        CLONE_FIRM_SCORE,
                        f"Claims licence {label}, which belongs to {entry.firm} "
                        f"({', '.join(sorted(entry.domains))}): a clone-firm claim",
                        (evidence,),
                        rule=f"licence-clone-firm-{regulator}",
                    )
                )
        return signals


def _pages(evidence: list[Evidence]) -> str:
    count = len({e.url for e in evidence})
    return "1 page" if count == 1 else f"{count} pages"
