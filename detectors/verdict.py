"""Combine signals into an explainable verdict.

Each detector's signals combine as independent evidence (noisy-OR), each detector
is weighted, and the weighted detectors combine the same way. `fraud` needs a high
score *and* corroboration from at least two detectors, because every single weak
signal has innocent explanations: real brokers offer MetaTrader and publish fee
schedules; new honest businesses register domains every day.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from detectors.model import Capture, Page, Signal, Verdict


@dataclass(frozen=True)
class VerdictPolicy:
    """Weights and thresholds from `[verdict]` in the config."""

    weights: dict[str, float] = field(default_factory=dict)
    """Detector name → weight in 0..1; a detector without a weight counts fully."""
    fraud_threshold: int = 70
    suspicious_threshold: int = 40
    min_detectors_for_fraud: int = 2
    """How many detectors must each contribute at least `corroborating_score`."""
    corroborating_score: int = 20
    kit_clone_score: int = 85
    """A `clone_template` signal this strong (a known kit's own favicon and bundles, or a listed
    site's kit) lists a site by itself: kits are redeployed with new brands and no new text."""
    allowlist: frozenset[str] = frozenset()
    """Registrable domains of regulated brokers that are never listed."""


def weighted_scores(signals: list[Signal], policy: VerdictPolicy) -> dict[str, float]:
    """Detector name → weighted score in 0..100."""
    by_detector: dict[str, list[Signal]] = defaultdict(list)
    for signal in signals:
        by_detector[signal.detector].append(signal)
    result = {}
    for detector, items in by_detector.items():
        remaining = 1.0
        for signal in items:
            remaining *= 1 - min(max(signal.score, 0), 100) / 100
        result[detector] = 100 * (1 - remaining) * policy.weights.get(detector, 1.0)
    return result


def judge(capture: Capture, signals: list[Signal], policy: VerdictPolicy) -> Verdict:
    """The verdict for one capture."""
    ordered = tuple(
        sorted(
            signals,
            key=lambda s: (-s.score * policy.weights.get(s.detector, 1.0), s.detector, s.rule),
        )
    )
    base = {"domain": capture.domain, "url": capture.start_url, "checked_at": capture.fetched_at}
    if not any(page.status < 400 for page in capture.pages):
        cause = capture.errors[0] if capture.errors else "no page answered"
        return Verdict(verdict="unreachable", score=0, signals=ordered, reason=cause, **base)
    per_detector = weighted_scores(list(ordered), policy)
    remaining = 1.0
    for value in per_detector.values():
        remaining *= 1 - value / 100
    score = round(100 * (1 - remaining))
    corroborating = sorted(d for d, v in per_detector.items() if v >= policy.corroborating_score)
    if capture.domain in policy.allowlist:
        return Verdict(
            verdict="clean",
            score=score,
            signals=ordered,
            reason="on the allowlist of regulated brokers",
            **base,
        )
    kit = next(
        (
            s
            for s in ordered
            if s.detector == "clone_template" and s.score >= policy.kit_clone_score
        ),
        None,
    )
    if score >= policy.fraud_threshold and len(corroborating) >= policy.min_detectors_for_fraud:
        label, reason = (
            "fraud",
            f"score {score} ≥ {policy.fraud_threshold}, corroborated by {', '.join(corroborating)}",
        )
    elif score >= policy.fraud_threshold and kit is not None:
        label, reason = "fraud", f"score {score} ≥ {policy.fraud_threshold}: {kit.summary.lower()}"
    elif score >= policy.suspicious_threshold:
        label = "suspicious"
        if score >= policy.fraud_threshold:
            reason = f"score {score}, but only {len(corroborating)} detector(s) agree"
        else:
            reason = f"score {score} ≥ {policy.suspicious_threshold}"
    else:
        label, reason = "clean", f"score {score} < {policy.suspicious_threshold}"
    return Verdict(verdict=label, score=score, signals=ordered, reason=reason, **base)


def rejudge(previous: Verdict, extra: Signal, policy: VerdictPolicy, why: str) -> Verdict:
    """Judge a stored verdict again with one more signal (a sibling clone was listed).

    The capture is not kept, but its signals are, and judging needs nothing else from it.
    """
    capture = Capture(
        domain=previous.domain,
        start_url=previous.url,
        fetched_at=previous.checked_at or datetime.now(UTC),
        pages=(Page(url=previous.url, status=200),),
    )
    signals = [s for s in previous.signals if s.rule != extra.rule] + [extra]
    verdict = judge(capture, signals, policy)
    return replace(
        verdict, reason=f"re-judged because {why}: {verdict.reason}", cluster=previous.cluster
    )
