"""Build the detector suite from the application's config (paths, thresholds, allowlist)."""

from __future__ import annotations

from pathlib import Path

from crawler.config import Config
from detectors.cloaking import CloakingThresholds
from detectors.suite import DetectorSuite, SuiteData
from detectors.verdict import VerdictPolicy
from detectors.young_domain import AgeThresholds


def read_allowlist(paths: list[Path]) -> frozenset[str]:
    domains: set[str] = set()
    for path in paths:
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                entry = line.split("#", 1)[0].strip().lower()
                if entry:
                    domains.add(entry)
    return frozenset(domains)


def build_suite(config: Config) -> DetectorSuite:
    verdict = dict(config.section("verdict"))
    weights = verdict.pop("weights")
    return DetectorSuite(
        SuiteData(
            rules_dir=config.paths("detectors.rules_dir")[0],
            brands_file=config.paths("detectors.brands_file")[0],
            kit_dirs=config.paths("detectors.kit_dirs"),
            register_dirs=config.paths("detectors.register_dirs"),
            concepts_dir=config.paths("detectors.concepts_dir")[0],
            pay_to_withdraw_model=config.paths("detectors.pay_to_withdraw_model")[0],
            age=AgeThresholds(**config.get("detectors.young_domain")),
            cloaking=CloakingThresholds(**config.get("detectors.cloaking")),
            policy=VerdictPolicy(
                weights=weights,
                allowlist=read_allowlist(config.paths("detectors.allowlist_files")),
                **verdict,
            ),
        ),
    )
