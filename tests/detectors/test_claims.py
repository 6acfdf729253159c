"""MetaTrader credential claims by meaning, in the languages of the claims lexicons."""

from __future__ import annotations

from functools import cache

import pytest
import yaml

from crawler.config import CONFIG_DIR
from detectors.claims import ClaimReader
from detectors.concepts import Lexicon

LEXICONS = CONFIG_DIR / "concepts" / "claims"


@cache
def reader() -> ClaimReader:
    return ClaimReader(Lexicon.load(LEXICONS))


def test_every_claims_lexicon_has_the_five_concepts() -> None:
    files = sorted(LEXICONS.glob("*.yaml"))
    assert len(files) >= 10
    for file in files:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        assert set(data["concepts"]) == {
            "metaquotes",
            "platform",
            "licensed",
            "white_label",
            "reported",
        }, file.name


@pytest.mark.parametrize(
    "text",
    [
        "We are a broker licensed by MetaQuotes for MetaTrader 5.",
        "本平台为MetaQuotes官方授权的MT5白标券商。",
        "Somos una corredora autorizada por MetaQuotes.",
        "Мы являемся лицензированным партнёром MetaQuotes.",
    ],
)
def test_a_claim_to_be_licensed_by_metaquotes_is_found(text: str) -> None:
    assert "licensed-by-metaquotes" in {c.kind.rule for c in reader().claims(text)}


@pytest.mark.parametrize(
    "text",
    [
        "MetaQuotes is not a regulator: a broker 'licensed by MetaQuotes' is a red flag.",
        "MetaQuotes不是监管机构，它只是软件开发商。",
        "MetaTrader 4 and MetaTrader 5 are software provided under licence by MetaQuotes Ltd.",
        "We operate our own MT5 trading server under a server licence from MetaQuotes Ltd.",
    ],
)
def test_warnings_and_software_licences_are_not_claims(text: str) -> None:
    assert reader().claims(text) == []
