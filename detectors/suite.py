"""Build every detector from the data in the config folders and run them on a capture."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from detectors.brand_impersonation import BrandImpersonationDetector, load_brands
from detectors.claimed_history import ClaimedHistoryDetector
from detectors.claims import ClaimReader
from detectors.classifier import TextClassifier
from detectors.cloaking import CloakingDetector, CloakingThresholds
from detectors.clone_template import CloneTemplateDetector, load_kits
from detectors.commentary import CommentaryFilter
from detectors.concepts import Lexicon
from detectors.interface import Detector
from detectors.metatrader import MetaTraderDetector
from detectors.model import Capture, Signal, Verdict
from detectors.pay_to_withdraw import PayToWithdrawDetector, PayToWithdrawReader
from detectors.red_flags import RedFlagsDetector
from detectors.registers import Registers
from detectors.rules import load_rules
from detectors.verdict import VerdictPolicy, judge
from detectors.young_domain import AgeThresholds, YoungDomainDetector


@dataclass(frozen=True)
class SuiteData:
    """Where the detectors' data lives; resolved by the application from its config."""

    rules_dir: Path
    brands_file: Path
    kit_dirs: list[Path]
    register_dirs: list[Path]
    concepts_dir: Path
    pay_to_withdraw_model: Path
    age: AgeThresholds
    policy: VerdictPolicy
    cloaking: CloakingThresholds


def pay_to_withdraw_reader(data: SuiteData) -> PayToWithdrawReader:
    return PayToWithdrawReader(
        Lexicon.load(data.concepts_dir / "pay-to-withdraw"),
        TextClassifier.load(data.pay_to_withdraw_model),
    )


class DetectorSuite:
    """All detectors, built once per run; `detect` and `judge` are pure."""

    def __init__(self, data: SuiteData) -> None:
        reader = pay_to_withdraw_reader(data)
        commentary = CommentaryFilter(load_rules(data.rules_dir, "context"), reader.lexicon)
        self.data = data
        self.policy = data.policy
        self.detectors: list[Detector] = [
            CloneTemplateDetector(load_kits(data.kit_dirs)),
            MetaTraderDetector(
                load_rules(data.rules_dir, "metatrader"),
                ClaimReader(Lexicon.load(data.concepts_dir / "claims")),
                load_rules(data.rules_dir, "licence"),
                Registers.load(data.register_dirs),
                commentary,
            ),
            YoungDomainDetector(data.age),
            ClaimedHistoryDetector(),
            PayToWithdrawDetector(reader, commentary),
            RedFlagsDetector(load_rules(data.rules_dir, "red-flags"), commentary),
            BrandImpersonationDetector(load_brands(data.brands_file)),
            CloakingDetector(data.cloaking),
        ]

    def detect(self, capture: Capture) -> list[Signal]:
        return [signal for d in self.detectors for signal in d.detect(capture)]

    def judge(self, capture: Capture) -> Verdict:
        """The verdict on the detectors alone (the crawl adds what the clone index knows)."""
        return judge(capture, self.detect(capture), self.policy)
