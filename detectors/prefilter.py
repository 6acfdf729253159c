"""Literal prefilters for rule regexes: strings a page must contain before a regex can match.

Most phrase regexes open with a case-insensitive alternation (`(?i)\\b(?:pay|paid|…)`), which
Python's `re` cannot skip ahead for, so every regex walks every page even though most pages
hold none of its words. Reading the parsed pattern gives, for each run of literals that every
match must contain, the set of alternatives; a page whose case-folded text lacks all of one
set cannot match, and a substring test (`in`) costs a fraction of a regex scan. This is the
"required literals" prefilter of Hyperscan and RE2's FilteredRE2, done for the simple case.

A prefilter only ever says "cannot match": when in doubt (an unusual construct, a literal
whose case folding is not one character), it keeps no set and the regex always runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

try:  # the parser behind `re`; private but unchanged since Python 3.11
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover - a Python without it just gets no prefilters
    _parser = None  # type: ignore[assignment]

MIN_LITERAL = 3
"""Shorter literals are in nearly every page: testing them costs more than it saves."""
MAX_ALTERNATIVES = 64


@lru_cache(maxsize=16)
def fold(text: str) -> str:
    """Case-fold like the prefilter's literals. `İ` folds to two characters where `re`'s
    case-insensitive match sees one `i`: map it first so a fold never hides a match."""
    return text.replace("\u0130", "i").casefold()


@dataclass(frozen=True)
class Prefilter:
    """Sets of case-folded literals; a haystack must contain one literal of every set."""

    required: tuple[frozenset[str], ...]

    def may_match(self, folded: str) -> bool:
        """False only when the pattern cannot match the text `folded` came from."""
        return all(any(literal in folded for literal in group) for group in self.required)


def prefilter_for(pattern: re.Pattern[str]) -> Prefilter:
    """The prefilter of one compiled pattern (empty, always True, when none is known)."""
    if _parser is None:
        return Prefilter(())
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError, ValueError):  # pragma: no cover - it compiled already
        return Prefilter(())
    return Prefilter(tuple(_required(list(parsed))))


def _required(sequence: list[tuple[Any, Any]]) -> list[frozenset[str]]:
    """Runs of literals every match of `sequence` contains, each as its alternatives."""
    groups: list[frozenset[str]] = []
    current = {""}

    def flush() -> None:
        nonlocal current
        if all(len(s) >= (MIN_LITERAL if s.isascii() else MIN_LITERAL - 1) for s in current):
            groups.append(frozenset(current))  # two CJK characters are rare enough
        current = {""}

    for item in sequence:
        if item[0] is _c.AT:  # \b, ^, $: zero-width, the literals either side stay adjacent
            continue
        starts, complete = _prefixes([item])
        combined = {a + b for a in current for b in starts}
        if len(combined) > MAX_ALTERNATIVES:
            flush()
            combined = starts
        current = combined
        if not complete:
            flush()
    flush()
    return groups


def _prefixes(sequence: list[tuple[Any, Any]]) -> tuple[set[str], bool]:
    """The case-folded strings every match of `sequence` starts with, and whether those
    strings are the whole match (only literals and alternations of literals)."""
    results = {""}
    for op, value in sequence:
        if op is _c.AT:
            continue
        if op is _c.LITERAL:
            char = chr(value)
            folded = fold(char)
            if len(folded) != 1 or folded != char.lower():
                return results, False  # a fold of several characters: leave it to the regex
            results = {s + folded for s in results}
            continue
        if op is _c.SUBPATTERN:
            inner, complete = _prefixes(list(value[-1]))
        elif op is _c.BRANCH:  # a match takes one branch, so it starts with one of theirs
            branches = [_prefixes(list(branch)) for branch in value[1]]
            inner = set().union(*(starts for starts, _ in branches))
            complete = all(done for _, done in branches)
        else:
            return results, False
        combined = {s + i for s in results for i in inner}
        if len(combined) > MAX_ALTERNATIVES:
            return results, False
        results = combined
        if not complete:
            return results, False
    return results, True
