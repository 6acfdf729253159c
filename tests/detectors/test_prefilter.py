"""The literal scan finds exactly the matches `finditer` finds, though it skips a regex when
a literal every match needs is missing and tries it only where its starting literals occur.

Checked on every part of every corpus page for every rule pattern, and on generated text
built from the patterns' own literals in mixed case, with Unicode look-alikes around them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.prefilter import prefilter_for, scan
from detectors.rules import PARTS, page_part
from tests.detectors.test_rules import ALL_RULES, sample_pages

PATTERNS = sorted(
    {p for rule in ALL_RULES for m in rule.matchers for p in m.patterns},
    key=lambda p: p.pattern,
)
PREFILTERS = {pattern: prefilter_for(pattern) for pattern in PATTERNS}


def test_most_rule_patterns_get_a_prefilter() -> None:
    with_one = [p for p in PATTERNS if prefilter_for(p).required]
    assert len(with_one) >= 0.8 * len(PATTERNS)


def test_the_prefilter_reads_required_literals_and_alternations() -> None:
    pattern = re.compile(r"(?i)\b(?:pay|paid)\w*\b[^.]{0,100}?\b(?:tax|dut(?:y|ies))\b")
    assert prefilter_for(pattern).required == (
        frozenset({"pay", "paid"}),
        frozenset({"tax", "duty", "duties"}),
    )
    assert prefilter_for(re.compile(r"\d{1,3}\s?%")).required == ()  # nothing to require
    # ß folds to two characters: the literals stop before it
    assert prefilter_for(re.compile(r"(?i)stra(?:ß|ss)e")).required == (
        frozenset({"stra", "strass"}),
    )
    # a set of single characters is their alternation; look-arounds consume nothing
    word = prefilter_for(re.compile(r"(?i)(?<!\w)n[uú]mero(?!\w)"))
    assert word.required == (frozenset({"numero", "número"}),)
    assert word.starts == frozenset({"numero", "número"})
    # a group's own required literals count even after an unbounded repeat inside it
    assert prefilter_for(re.compile(r"(\S+(?:mt[45]setup\.exe|mql5\.com))")).required == (
        frozenset({"mt4setup.exe", "mt5setup.exe", "mql5.com"}),
    )
    # two-character starts are kept for where to try the regex, not as required
    hex_address = prefilter_for(re.compile(r"\b0x[0-9a-f]{40}\b"))
    assert (hex_address.required, hex_address.starts) == ((), frozenset({"0x"}))


def _spans(matches: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_the_scan_finds_what_finditer_finds_on_every_corpus_page() -> None:
    pages = [page for site in sample_pages().values() for page in site]
    checked = skipped = anchored = 0
    for page in pages:
        for part in PARTS:
            haystack = page_part(page, part)
            literals = scan(haystack)
            for pattern in PATTERNS:
                prefilter = PREFILTERS[pattern]
                checked += 1
                skipped += any(g.isdisjoint(literals.present) for g in prefilter.required)
                expected = _spans(pattern.finditer(haystack))
                assert _spans(literals.finditer(pattern, prefilter)) == expected, (
                    pattern.pattern,
                    page.url,
                    part,
                )
                anchored += bool(expected and prefilter.starts)
    assert skipped > checked / 2  # most scans are skipped for a missing literal
    assert anchored > 100  # and many matches were found by trying starts only


CASE_TRICKS = ["\u0130", "\u212a", "\u017f", "\u00df", "\u1e9e", "I", "i", " ", ".", "\n"]


@st.composite
def near_matches(draw: st.DrawFn) -> tuple[re.Pattern[str], str]:
    pattern = draw(st.sampled_from(PATTERNS))
    prefilter = prefilter_for(pattern)
    groups = [*prefilter.required, *([prefilter.starts] if prefilter.starts else [])]
    pieces = [
        literal
        for group in groups
        for literal in draw(st.lists(st.sampled_from(sorted(group)), max_size=2))
    ]
    noise = st.text(alphabet=st.sampled_from(CASE_TRICKS) | st.characters(), max_size=6)
    text = "".join(draw(noise) + draw(st.sampled_from([p, p.upper(), p.title()])) for p in pieces)
    return pattern, text + draw(noise)


@settings(max_examples=400, deadline=None)
@given(near_matches())
def test_generated_text_gets_the_same_matches_from_the_scan(
    case: tuple[re.Pattern[str], str],
) -> None:
    pattern, text = case
    found = _spans(scan(text).finditer(pattern, prefilter_for(pattern)))
    assert found == _spans(pattern.finditer(text))


def test_a_matcher_skipped_by_its_gate_has_no_match_in_its_part() -> None:
    """`Matcher.gate` skips every pattern of a matcher in one set test: it may only do so
    where none of them matches anywhere in the page part."""
    matchers = [m for rule in ALL_RULES for m in rule.matchers]
    gated = [m for m in matchers if m.gate is not None]
    assert len(gated) >= len(matchers) / 2
    pages = [page for site in sample_pages().values() for page in site]
    skipped = 0
    for page in pages:
        for matcher in gated:
            haystack = page_part(page, matcher.part)
            if matcher.gate.isdisjoint(scan(haystack).present):  # type: ignore[union-attr]
                skipped += 1
                assert not any(p.search(haystack) for p in matcher.patterns), (
                    matcher.patterns,
                    page.url,
                )
                assert matcher.hits(haystack) == []
    assert skipped > len(pages) * len(gated) / 2
