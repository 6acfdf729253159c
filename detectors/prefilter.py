"""Literal prefilters for rule regexes: strings a page must contain before a regex can match.

Most phrase regexes open with a case-insensitive alternation (`(?i)\\b(?:pay|paid|…)`), which
Python's `re` cannot skip ahead for, so every regex walks every page even though most pages
hold none of its words. Reading the parsed pattern gives, for each run of literals that every
match must contain, the set of alternatives; a page whose case-folded text lacks all of one
set cannot match. This is the "required literals" prefilter of Hyperscan and RE2's
FilteredRE2, done for the simple case.

The same reading gives the literals every match starts with. One Aho–Corasick pass a text
(pyahocorasick) finds every literal of every rule at once, with its positions, so a regex is
tried only where one of its starting literals occurs instead of at every character: the
matches are the same as `finditer`'s, found in a fraction of the time.

A prefilter only ever says "cannot match": when in doubt (an unusual construct, a literal
whose case folding is not one character), it keeps no set and the regex always runs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ahocorasick

try:  # the parser behind `re`; private but unchanged since Python 3.11
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover - a Python without it just gets no prefilters
    _parser = None  # type: ignore[assignment]

MIN_LITERAL = 3
"""Shorter literals are in nearly every page: testing them costs more than it saves."""
MAX_ALTERNATIVES = 64
MIN_START = 2
"""A match is tried where a starting literal occurs: two characters (`0x`, `mt`) are rare
enough in a page to be worth it, unlike the single letters that would be everywhere."""


def fold(text: str) -> str:
    """Case-fold like the prefilter's literals. `İ` folds to two characters where `re`'s
    case-insensitive match sees one `i`: map it first so a fold never hides a match."""
    return text.replace("\u0130", "i").casefold()


@dataclass(frozen=True)
class Prefilter:
    """Sets of case-folded literals; a haystack must contain one literal of every set."""

    required: tuple[frozenset[str], ...]
    starts: frozenset[str] = frozenset()
    """Case-folded literals every match begins with (empty: not known)."""

    @property
    def literals(self) -> frozenset[str]:
        return frozenset().union(self.starts, *self.required)


def any_required(prefilters: Iterable[Prefilter]) -> frozenset[str] | None:
    """Literals a text must hold one of for any of these patterns to match (a required set
    of each, joined), or None when one of them requires nothing: a matcher of many patterns
    is skipped in one set test instead of a test per pattern."""
    sets = [p.required[0] if p.required else None for p in prefilters]
    if not sets or None in sets:
        return None
    return frozenset().union(*sets)


def prefilter_for(pattern: re.Pattern[str]) -> Prefilter:
    """The prefilter of one compiled pattern (empty, always True, when none is known)."""
    if _parser is None:
        return Prefilter(())
    try:
        parsed = list(_parser.parse(pattern.pattern, pattern.flags))
    except (re.error, RecursionError, ValueError):  # pragma: no cover - it compiled already
        return Prefilter(())
    starts, _ = _prefixes(parsed)
    required = tuple(dict.fromkeys(_required(parsed)))
    prefilter = Prefilter(required, _long_enough(starts, MIN_START))
    _LITERALS.add(prefilter.literals)
    return prefilter


@dataclass(frozen=True, slots=True)
class LiteralScan:
    """Where the prefilters' literals occur in one text, all found in one pass."""

    text: str
    found: dict[str, list[int]]
    """Each literal in the case-folded text, with the positions where it starts."""
    present: frozenset[str]
    """The literals of `found`, as a set: a required group is tested in one C call."""
    aligned: bool
    """The folded text's positions are the text's own (no fold changed a length)."""

    def finditer(self, pattern: re.Pattern[str], prefilter: Prefilter) -> Iterator[re.Match[str]]:
        """The matches of `pattern.finditer(text)` without scanning where none can be:
        nothing when a required literal is missing, else a match tried only where a
        starting literal occurs."""
        for group in prefilter.required:
            if group.isdisjoint(self.present):
                return iter(())
        if not prefilter.starts or not self.aligned:
            return pattern.finditer(self.text)
        found = self.found
        positions = sorted({p for literal in prefilter.starts for p in found.get(literal, ())})
        return _matches_at(pattern, self.text, positions)


def scan(text: str) -> LiteralScan:
    """The literals of every prefilter made so far, found in `text` (kept for the last few
    texts: a page's parts are read by many patterns in turn)."""
    return _LITERALS.scan(text)


def _matches_at(
    pattern: re.Pattern[str], haystack: str, positions: list[int]
) -> Iterator[re.Match[str]]:
    """finditer's matches when every match starts at one of `positions` (sorted): the next
    match is the first one found at a position at or after the previous match's end."""
    end = 0
    for position in positions:
        if position < end:
            continue
        match = pattern.match(haystack, position)
        if match is not None:
            yield match
            end = match.end()


class _LiteralIndex:
    """Every literal of every prefilter made, in one Aho–Corasick automaton."""

    def __init__(self) -> None:
        self._literals: set[str] = set()
        self._automaton: Any = None

    def add(self, literals: Iterable[str]) -> None:
        new = set(literals) - self._literals
        if new:
            self._literals |= new
            self._automaton = None  # built again, with the new ones, on the next scan
            self.scan.cache_clear()

    @lru_cache(maxsize=16)  # noqa: B019 - one index for the process, never collected
    def scan(self, text: str) -> LiteralScan:
        if self._automaton is None:
            automaton = ahocorasick.Automaton()
            for literal in self._literals:
                automaton.add_word(literal, (literal, len(literal) - 1))
            if self._literals:
                automaton.make_automaton()
            self._automaton = automaton
        folded = fold(text)
        found: defaultdict[str, list[int]] = defaultdict(list)
        if self._literals:
            for end, (literal, back) in self._automaton.iter(folded):
                found[literal].append(end - back)
        return LiteralScan(text, found, frozenset(found), len(folded) == len(text))


_LITERALS = _LiteralIndex()


def _long_enough(literals: set[str], ascii_minimum: int = MIN_LITERAL) -> frozenset[str]:
    """`literals` when every one is long enough to be rare in a page, else none (two CJK
    characters are rare enough)."""
    if all(len(s) >= (ascii_minimum if s.isascii() else MIN_LITERAL - 1) for s in literals):
        return frozenset(literals)
    return frozenset()


_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT) if _parser is not None else ()
"""\\b, ^, $ and look-arounds match no characters of their own."""


def _required(sequence: list[tuple[Any, Any]]) -> list[frozenset[str]]:
    """Runs of literals every match of `sequence` contains, each as its alternatives."""
    groups: list[frozenset[str]] = []
    current = {""}

    def flush() -> None:
        nonlocal current
        if _long_enough(current):
            groups.append(frozenset(current))
        current = {""}

    for item in sequence:
        if item[0] in _ZERO_WIDTH:  # the literals either side stay adjacent in the match
            continue
        starts, complete = _prefixes([item])
        combined = {a + b for a in current for b in starts}
        if len(combined) > MAX_ALTERNATIVES:
            flush()
            combined = starts
        current = combined
        if not complete:
            flush()
            if item[0] is _c.SUBPATTERN:  # a group entered once: what it needs, the match needs
                groups.extend(_required(list(item[1][-1])))
    flush()
    return groups


def _prefixes(sequence: list[tuple[Any, Any]]) -> tuple[set[str], bool]:
    """The case-folded strings every match of `sequence` starts with, and whether those
    strings are the whole match (only literals and alternations of literals)."""
    results = {""}
    for op, value in sequence:
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL:
            folded = _folded_char(value)
            if folded is None:
                return results, False
            results = {s + folded for s in results}
            continue
        if op is _c.IN:  # a set of single characters ([45], [uú]) is their alternation
            inner = _folded_set(value)
            if inner is None:
                return results, False
            complete = True
        elif op is _c.SUBPATTERN:
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


def _folded_char(code: int) -> str | None:
    """The character's case fold, or None when it is not one character (ß) or not what
    `re` matches case-insensitively: leave those to the regex."""
    char = chr(code)
    folded = fold(char)
    return folded if len(folded) == 1 and folded == char.lower() else None


def _folded_set(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The case folds of a character set made only of single characters, else None."""
    folded = set()
    for op, value in items:
        char = _folded_char(value) if op is _c.LITERAL else None
        if char is None:
            return None  # a range, a category or a negation: not a few literals
        folded.add(char)
    return folded
