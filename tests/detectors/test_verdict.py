"""The verdict: no single weak signal lists a site; evidence and weights explain it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from crawler.config import load_config
from crawler.suite import build_suite
from detectors.model import Capture, Evidence, Page, Registration, Signal
from detectors.verdict import VerdictPolicy, judge

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
POLICY = VerdictPolicy(weights={"withdrawal_fee": 1.0, "young_domain": 0.5, "metatrader": 0.8})


def capture(
    text: str = "Welcome", created_days_ago: int | None = None, domain: str = "example-broker.com"
) -> Capture:
    registration = None
    if created_days_ago is not None:
        registration = Registration(
            domain=domain,
            source="rdap",
            created=NOW - timedelta(days=created_days_ago),
            expires=NOW + timedelta(days=300),
        )
    return Capture(
        domain=domain,
        start_url=f"http://{domain}/",
        fetched_at=NOW,
        pages=(Page(url=f"http://{domain}/", status=200, text=text),),
        registration=registration,
    )


def signal(detector: str, score: int) -> Signal:
    return Signal(detector, score, "x", (Evidence("http://x/", "y"),))


def test_a_single_detector_never_makes_fraud_however_strong() -> None:
    verdict = judge(capture(), [signal("withdrawal_fee", 90), signal("withdrawal_fee", 90)], POLICY)
    assert verdict.score >= 90
    assert verdict.verdict == "suspicious" and "only 1 detector" in verdict.reason


def test_two_corroborating_detectors_make_fraud() -> None:
    verdict = judge(capture(), [signal("withdrawal_fee", 75), signal("young_domain", 60)], POLICY)
    assert verdict.verdict == "fraud"
    assert verdict.signals[0].detector == "withdrawal_fee"


def test_unreachable_when_no_page_answered() -> None:
    dead = Capture(
        domain="gone.com",
        start_url="http://gone.com/",
        fetched_at=NOW,
        errors=("http://gone.com/: DNS lookup failed",),
    )
    verdict = judge(dead, [], POLICY)
    assert (
        verdict.verdict == "unreachable" and verdict.reason == "http://gone.com/: DNS lookup failed"
    )


def test_allowlisted_broker_stays_clean() -> None:
    policy = VerdictPolicy(weights=POLICY.weights, allowlist=frozenset({"example-broker.com"}))
    verdict = judge(capture(), [signal("withdrawal_fee", 90), signal("young_domain", 60)], policy)
    assert verdict.verdict == "clean" and "allowlist" in verdict.reason


def test_full_suite_young_domain_alone_or_metatrader_alone_is_not_fraud(tmp_path) -> None:
    suite = build_suite(load_config(data_dir=tmp_path))
    young = suite.judge(capture("A new bakery in town.", created_days_ago=3))
    assert young.verdict == "clean" and [s.detector for s in young.signals] == ["young_domain"]
    mt = suite.judge(
        capture("Trade on MetaTrader 4 and MetaTrader 5. Fees are deducted from the amount.", 4000)
    )
    assert mt.verdict == "clean" and mt.signals == ()


def test_full_suite_lists_pay_to_withdraw_on_a_young_domain(tmp_path) -> None:
    suite = build_suite(load_config(data_dir=tmp_path))
    text = (
        "Before your withdrawal can be released you must pay the 20% capital gains tax. "
        "The tax cannot be deducted from your account balance."
    )
    verdict = suite.judge(capture(text, created_days_ago=10))
    assert verdict.verdict == "fraud"
    assert {s.rule for s in verdict.signals} >= {"pay-to-withdraw", "young-domain"}
    demand = next(s for s in verdict.signals if s.rule == "pay-to-withdraw")
    assert any("20% capital gains tax" in e.text for e in demand.evidence)
