"""Candidate sources: certificate-transparency exports and look-alike permutations."""

from __future__ import annotations

import dataclasses
import io
import json
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from crawler.candidates import gather
from crawler.config import Config, ConfigError, load_config
from crawler.ct_logs import CtExportError, CtStats, ct_candidates
from crawler.ct_scoring import CtKeywordsError, CtScorer
from crawler.lookalikes import (
    Impersonated,
    LookalikeError,
    LookalikeSettings,
    config_lookalikes,
    impersonated,
    lookalike_candidates,
)

REPO = Path(__file__).resolve().parents[2]
SANDBOX = REPO / "crawler" / "sandbox"
CT_DIR = SANDBOX / "ct"
SAMPLES = ["crtsh-sample.json", "crtsh-sample.csv", "certstream-sample.jsonl"]
LABELS = {
    site.name: tomllib.loads((site / "site.toml").read_text(encoding="utf-8"))["label"]
    for site in (SANDBOX / "sites").iterdir()
    if (site / "site.toml").is_file()
}


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory) -> Config:
    """Defaults plus the sandbox's kits (as `butcherblock sandbox` configures them)."""
    kits = [str(p) for p in sorted((SANDBOX / "kits").iterdir()) if p.is_dir()]
    path = tmp_path_factory.mktemp("sources") / "sources.toml"
    path.write_text(f"[detectors]\nkit_dirs = {json.dumps(kits)}\n", encoding="utf-8")
    return load_config(path)


@pytest.fixture(scope="module")
def scorer(config: Config) -> CtScorer:
    return CtScorer.from_config(config)


def domains(pairs: list[tuple[str, str]]) -> list[str]:
    return [domain for domain, _ in pairs]


# --- certificate-transparency exports ---------------------------------------------------------


@pytest.mark.parametrize("sample", SAMPLES)
def test_every_format_yields_the_scam_names_and_not_the_noise(
    sample: str, scorer: CtScorer
) -> None:
    stats = CtStats()
    pairs = list(ct_candidates(CT_DIR / sample, scorer, stats))
    found = domains(pairs)
    assert {source for _, source in pairs} == {f"ct:{sample}"}
    assert len(found) == len(set(found)), "one candidate per registrable domain"
    # The sandbox's sites that come out are all scams; half the scams have names that give
    # nothing away (aurora-fxpro.com, lumacoin-exchange.com) and are left to other sources.
    sandbox_found = {d for d in found if d in LABELS}
    assert {LABELS[d] for d in sandbox_found} == {"fraud"}
    assert sandbox_found == {
        "binance-vipearn.com",
        "coinharbor-vip.cc",
        "dautu-vangbac.vip",
        "optionpulse.vip",
        "primegold-markets.vip",
        "quantex-ai.vip",
        "usdt-liquidity-pool.io",
        "usdtwealth-ai.com",
    }
    assert set(found) - sandbox_found == {"binnance-earn.top"}  # a typo of Binance
    for honest in ("brightpath-bakery.com", "meridian-markets.com", "binance.com"):
        assert honest not in found
    assert (stats.names, stats.invalid, stats.domains, stats.candidates) == (64, 4, 25, 9)


def test_the_three_formats_agree(scorer: CtScorer) -> None:
    results = [sorted(domains(list(ct_candidates(CT_DIR / s, scorer)))) for s in SAMPLES]
    assert results[0] == results[1] == results[2]


@pytest.mark.parametrize(("sample", "bad"), list(zip(SAMPLES, (0, 1, 1), strict=True)))
def test_damaged_records_in_the_samples_are_counted(
    sample: str, bad: int, scorer: CtScorer
) -> None:
    stats = CtStats()
    list(ct_candidates(CT_DIR / sample, scorer, stats))
    assert stats.bad_records == bad


def test_wildcards_case_and_duplicates(scorer: CtScorer) -> None:
    export = json.dumps(
        [
            {"common_name": "*.QuantEx-AI.vip", "name_value": "*.quantex-ai.vip\nQUANTEX-AI.VIP"},
            {"common_name": "www.quantex-ai.vip", "name_value": "mail.quantex-ai.vip"},
            {"common_name": "*.*.usdtwealth-ai.com", "name_value": ""},
        ]
    )
    stats = CtStats()
    found = list(ct_candidates(io.StringIO(export), scorer, stats))
    assert found == [("quantex-ai.vip", "ct:stdin"), ("usdtwealth-ai.com", "ct:stdin")]
    assert (stats.names, stats.invalid, stats.domains) == (5, 0, 2)


def test_garbage_lines_are_skipped_and_counted(scorer: CtScorer) -> None:
    update = {"message_type": "certificate_update", "data": {"leaf_cert": {"all_domains": []}}}
    lines = [
        json.dumps({"message_type": "heartbeat"}),
        json.dumps(update | {"data": {"leaf_cert": {"all_domains": ["usdt-earn.top"]}}}),
        "not json at all",
        "[1, 2, 3]",
        json.dumps({"message_type": "certificate_update", "data": {"leaf_cert": None}}),
        json.dumps(update | {"data": {"leaf_cert": {"all_domains": ["10.0.0.1", "x_y.top"]}}}),
        "",
        json.dumps({"message_type": "dns_entries", "data": ["crypto-quant.vip"]}),
    ]
    stats = CtStats()
    found = list(ct_candidates(io.StringIO("\n".join(lines)), scorer, stats))
    assert domains(found) == ["usdt-earn.top", "crypto-quant.vip"]
    assert (stats.bad_records, stats.invalid, stats.names) == (3, 2, 4)


def test_a_damaged_json_array_is_salvaged(scorer: CtScorer) -> None:
    good = json.dumps({"common_name": "coin-profit.vip", "name_value": "coin-profit.vip"})
    later = json.dumps({"common_name": "usdt-quant.top", "name_value": "usdt-quant.top"})
    text = f'[{good}, {{"common_name": "broken", "name_value": }}, {later}, {{"common_name": "tru'
    stats = CtStats()
    assert domains(list(ct_candidates(io.StringIO(text), scorer, stats))) == [
        "coin-profit.vip",
        "usdt-quant.top",
    ]
    assert stats.bad_records == 2


def test_a_signal_in_the_subdomain_yields_the_full_name(scorer: CtScorer) -> None:
    export = "common_name\nbinance.com-verify.secure-login.xyz\nwww.secure-login.xyz\n"
    assert list(ct_candidates(io.StringIO(export), scorer)) == [
        ("binance.com-verify.secure-login.xyz", "ct:stdin")
    ]


def test_scoring_puts_lookalikes_and_keywords_above_noise(scorer: CtScorer) -> None:
    def score(name: str) -> int:
        return scorer.score(name).score

    above = ["binnance.com", "coinbase-support.top", "xn--bnance-lva.com", "okx-vip.cc"]
    above += ["usdtwealth-ai.com", "quantex-ai.vip", "novatrade-mt5.com", "touzi-licai.com"]
    below = ["brightpath-bakery.com", "mail.lumen-yoga-studio.com", "learn-python.org"]
    below += ["thai-food.com", "pandaexpress.com", "orbit-rewards.com", "quickmarkets.com"]
    below += ["accounts.binance.com", "binance.us", "meridian-markets.com", "cryptotax-guide.com"]
    for name in above:
        assert score(name) >= scorer.threshold, (name, scorer.score(name).reasons)
    for name in below:
        assert score(name) < scorer.threshold, (name, scorer.score(name).reasons)
    assert score("binnance.com") > score("meridian-markets.com") > score("brightpath-bakery.com")
    assert "look-alike of binance +65" in scorer.score("binnance.com").reasons
    assert score("a-b-c-d-e.example.com") > score("abcde.example.com")  # many hyphens
    assert score("a.b.c.d.example.com") > score("d.example.com")  # deep subdomains


def test_one_finance_word_alone_never_reaches_the_threshold(scorer: CtScorer) -> None:
    for word in scorer.keywords | scorer.tokens | scorer.exact_tokens:
        assert scorer.score(f"{word}-example.com").score < scorer.threshold, word


@pytest.mark.parametrize(
    "content",
    [
        "just some text\nwith lines\n",
        '{"hello": "world"}\n{"foo": 1}\n',
        "[1, 2, 3]",
        "\x89PNG\r\n\x1a\n\x00\x00binary",
    ],
)
def test_a_file_in_no_known_format_is_one_clear_error(
    content: str, scorer: CtScorer, tmp_path: Path
) -> None:
    path = tmp_path / "export.dat"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CtExportError) as caught:
        ct_candidates(path, scorer)  # raised on the call, before any candidate is taken
    message = str(caught.value)
    assert "export.dat" in message and "\n" not in message


def test_a_missing_export_is_one_clear_error(scorer: CtScorer, tmp_path: Path) -> None:
    with pytest.raises(CtExportError, match=r"^CT export not found: .*nowhere\.json$"):
        ct_candidates(tmp_path / "nowhere.json", scorer)
    assert issubclass(CtExportError, ValueError)


def test_an_empty_export_yields_nothing(scorer: CtScorer) -> None:
    stats = CtStats()
    assert list(ct_candidates(io.StringIO(""), scorer, stats)) == []
    assert stats == CtStats()


def test_stdin_with_bad_bytes(scorer: CtScorer, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = b"common_name\nusdt-quant.vip\n\xff\xfebroken.vip\nbrightpath-bakery.com\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))
    stats = CtStats()
    assert list(ct_candidates("-", scorer, stats)) == [("usdt-quant.vip", "ct:stdin")]
    assert (stats.names, stats.invalid) == (3, 1)


def test_candidates_pass_through_gather(scorer: CtScorer) -> None:
    candidates, rejected = gather(ct_candidates(CT_DIR / "crtsh-sample.json", scorer))
    assert rejected == []
    assert len(candidates) == 9


def test_threshold_and_keywords_file_come_from_config(tmp_path: Path) -> None:
    keywords = tmp_path / "words.yaml"
    keywords.write_text("keywords:\n  bakery: 80\n", encoding="utf-8")
    override = tmp_path / "ct.toml"
    override.write_text(
        f'[sources.ct]\nthreshold = 70\nkeywords_file = "{keywords}"\n', encoding="utf-8"
    )
    scorer = CtScorer.from_config(load_config(override))
    assert scorer.threshold == 70
    assert scorer.score("brightpath-bakery.com").score == 80
    assert scorer.score("usdtwealth-ai.com").score == 0
    keywords.write_text("keywords:\n  bakery: lots\n", encoding="utf-8")
    with pytest.raises(CtKeywordsError, match=r"^the CT keywords file .*words\.yaml has a bad"):
        CtScorer.from_config(load_config(override))
    bogus = tmp_path / "bogus.toml"
    bogus.write_text("[sources.ct]\nthreshhold = 5\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"sources\.ct\.threshhold"):
        load_config(bogus)


# --- look-alike permutations ------------------------------------------------------------------


def settings(config: Config, **changes: Any) -> LookalikeSettings:
    return dataclasses.replace(LookalikeSettings.from_config(config), **changes)


BINANCE = Impersonated("Binance", ("binance.com",), frozenset({"binance.com", "binance.us"}))


def test_permutations_include_typical_typos(config: Config) -> None:
    found = domains(list(lookalike_candidates([BINANCE], settings(config, max_per_brand=5000))))
    for typo in ("binnance.com", "binace.com", "biannce.com", "binanse.com", "bimance.com"):
        assert typo in found
    for scam_style in ("binance-vip.com", "binanceearn.com", "binance.vip", "binance-usdt.com"):
        assert scam_style in found
    assert "binance.com" not in found and "binance.us" not in found
    assert len(found) == len(set(found))


def test_permutations_are_bounded_and_fuzzers_take_turns(config: Config) -> None:
    fuzzers = ("omission", "repetition", "transposition", "dictionary", "tld-swap")
    first = domains(
        list(lookalike_candidates([BINANCE], settings(config, fuzzers=fuzzers, max_per_brand=5)))
    )
    # the first (alphabetical) permutation of each fuzzer in turn, not five of one kind
    assert first == ["biance.com", "bbinance.com", "biannce.com", "ai-binance.com", "binance.app"]
    every = list(lookalike_candidates([BINANCE], settings(config, max_per_brand=10_000)))
    assert 100 < len(every) < 10_000  # the fuzzers' own output is finite and small


def test_every_brand_and_kit_is_permuted_offline(config: Config) -> None:
    """Runs under the no-internet guard of tests/conftest.py: dnstwist only generates."""
    limit = LookalikeSettings.from_config(config).max_per_brand
    pairs = list(config_lookalikes(config))
    per_source: dict[str, int] = {}
    for _, source in pairs:
        per_source[source] = per_source.get(source, 0) + 1
    assert max(per_source.values()) <= limit
    assert {"lookalike:Binance", "lookalike:OKX", "lookalike:OptionPulse"} <= set(per_source)
    official = {d for b in impersonated(REPO / "config" / "brands.csv", [], []) for d in b.official}
    assert official.isdisjoint(domains(pairs))
    # a kit's own name under a scam-favoured TLD is a candidate (the sandbox's optionpulse.vip)
    assert ("optionpulse.vip", "lookalike:OptionPulse") in pairs
    candidates, rejected = gather(pairs)
    assert rejected == []
    assert len(candidates) == len(set(domains(pairs)))


def test_an_unknown_fuzzer_is_one_clear_error(config: Config) -> None:
    with pytest.raises(LookalikeError, match="unknown dnstwist fuzzer 'typo-magic'"):
        lookalike_candidates([BINANCE], settings(config, fuzzers=("omission", "typo-magic")))


def test_importing_dnstwist_leaves_the_socket_timeout_alone() -> None:
    """dnstwist sets a global socket timeout when imported; we must undo it (no side effects)."""
    code = (
        "import socket\n"
        "from crawler.config import load_config\n"
        "from crawler.lookalikes import config_lookalikes\n"
        "next(iter(config_lookalikes(load_config())))\n"
        "import dnstwist\n"
        "assert socket.getdefaulttimeout() is None, socket.getdefaulttimeout()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr
