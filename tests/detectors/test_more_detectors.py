"""Red flags, brand impersonation and claimed history on hand-made captures."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from crawler.config import CONFIG_DIR
from crawler.evaluation import evaluate
from detectors.brand_impersonation import BrandImpersonationDetector, load_brands
from detectors.claimed_history import ClaimedHistoryDetector
from detectors.commentary import CommentaryFilter
from detectors.model import Capture, Evidence, Page, Registration, Signal, Verdict
from detectors.red_flags import RedFlagsDetector
from detectors.rules import load_rules

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
RULES = CONFIG_DIR / "rules"


def capture(
    domain: str, text: str = "", title: str = "", registered_days_ago: int | None = None
) -> Capture:
    registration = None
    if registered_days_ago is not None:
        registration = Registration(
            domain, "rdap", created=NOW - timedelta(days=registered_days_ago)
        )
    page = Page(url=f"http://{domain}/", status=200, text=text, title=title)
    return Capture(domain, f"http://{domain}/", NOW, pages=(page,), registration=registration)


def red_flags() -> RedFlagsDetector:
    return RedFlagsDetector(
        load_rules(RULES, "red-flags"), CommentaryFilter(load_rules(RULES, "context"))
    )


def test_fixed_daily_return_is_turned_into_a_yearly_figure() -> None:
    (signal,) = red_flags().detect(
        capture("x.com", "Members earn a stable 2% daily profit on every plan.")
    )
    assert signal.rule == "fixed-daily-return"
    assert "2% a day ≈ 137,641% a year compounded" in signal.summary


def test_messenger_contact_with_a_legal_entity_is_not_a_red_flag() -> None:
    only_chat = "Customer service: Telegram @help_desk, WhatsApp +44 7700 900123."
    with_entity = only_chat + " Quickpay Ltd, company number 09876543, registered office 1 High St."
    assert [s.rule for s in red_flags().detect(capture("x.com", only_chat))] == [
        "messenger-only-contact"
    ]
    assert red_flags().detect(capture("x.com", with_entity)) == []


def test_deposit_addresses_are_extracted_as_evidence() -> None:
    text = "Deposit USDT (TRC20) to TXy8q1Lw9bKzVb3Q6N2dF7cJm4RtPaHs5E only."
    (signal,) = red_flags().detect(capture("x.com", text))
    assert any(
        e.kind == "extracted" and "TXy8q1Lw9bKzVb3Q6N2dF7cJm4RtPaHs5E" in e.text
        for e in signal.evidence
    )


def test_unlimited_approve_in_page_script_is_a_drainer() -> None:
    page = Page(
        url="http://pool.io/",
        status=200,
        text="Join mining",
        inline_js="token.methods.approve(spender, '0x" + "f" * 64 + "').send()",
    )
    cap = Capture("pool.io", "http://pool.io/", NOW, pages=(page,))
    assert [s.rule for s in red_flags().detect(cap)] == ["unlimited-approve-drainer"]


def test_brand_in_a_lookalike_domain_is_impersonation_but_not_on_the_real_domain() -> None:
    detector = BrandImpersonationDetector(load_brands(CONFIG_DIR / "brands.csv"))
    (signal,) = detector.detect(capture("binance-vipearn.com"))
    assert signal.rule == "brand-in-domain-binance" and "binance.com" in signal.evidence[0].text
    assert detector.detect(capture("binance.com")) == []
    assert detector.detect(capture("bookxchange.com")) == []  # OKX only as a whole part


def test_history_claim_contradicted_by_a_young_registration() -> None:
    detector = ClaimedHistoryDetector()
    text = "Established in 2009, we serve clients in 40 countries. © 2009–2026 Gold Harvest."
    (signal,) = detector.detect(capture("goldharvest-fund.net", text, registered_days_ago=20))
    assert "since 2009" in signal.summary
    assert detector.detect(capture("oldfirm.com", text, registered_days_ago=5000)) == []


def test_evaluate_counts_precision_recall_and_false_positives() -> None:
    def verdict(domain: str, label: str, detectors: list[str]) -> Verdict:
        signals = tuple(Signal(d, 50, "x", (Evidence("", "y"),)) for d in detectors)
        return Verdict(domain=domain, verdict=label, score=0, signals=signals)  # type: ignore[arg-type]

    verdicts = [
        verdict("a.com", "fraud", ["withdrawal_fee", "young_domain"]),
        verdict("b.com", "clean", ["young_domain"]),
        verdict("c.com", "clean", []),
    ]
    scores = {
        s.name: s
        for s in evaluate(verdicts, {"a.com": "fraud", "b.com": "clean", "c.com": "fraud"})
    }
    assert (scores["verdict = fraud"].precision, scores["verdict = fraud"].recall) == (1.0, 0.5)
    assert scores["verdict = fraud"].missed_sites == ["c.com"]
    assert scores["young_domain"].false_positive_sites == ["b.com"]
    assert scores["withdrawal_fee"].recall == 0.5
