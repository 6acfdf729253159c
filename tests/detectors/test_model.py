"""Records round-trip through JSON unchanged."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from detectors.model import (
    Capture,
    Evidence,
    Form,
    Link,
    Page,
    Registration,
    Signal,
    Verdict,
    from_dict,
    to_dict,
)

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def test_capture_round_trip() -> None:
    capture = Capture(
        domain="aurora-fxpro.com",
        start_url="http://aurora-fxpro.com/",
        fetched_at=NOW,
        pages=(
            Page(
                url="http://aurora-fxpro.com/",
                status=200,
                title="T",
                text="提现",
                headers={"server": "x"},
                links=(Link("http://aurora-fxpro.com/a", "A"),),
                forms=(Form("http://x/", "post", ("amount:number",)),),
                scripts=("http://aurora-fxpro.com/app.js",),
            ),
        ),
        assets={"http://aurora-fxpro.com/app.js": "ab" * 32},
        favicon_mmh3=-123,
        registration=Registration("aurora-fxpro.com", "rdap", created=NOW, privacy=True),
        errors=("https://aurora-fxpro.com/: refused",),
    )
    assert from_dict(Capture, json.loads(json.dumps(to_dict(capture)))) == capture


def test_verdict_round_trip() -> None:
    verdict = Verdict(
        domain="x.com",
        verdict="fraud",
        score=97,
        checked_at=NOW,
        reason="r",
        signals=(Signal("withdrawal_fee", 75, "s", (Evidence("http://x.com/", "t"),), "rule-id"),),
    )
    assert from_dict(Verdict, json.loads(json.dumps(to_dict(verdict)))) == verdict
