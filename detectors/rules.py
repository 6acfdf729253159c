"""Detection rules kept as data, in the shape of nuclei templates.

One YAML file per rule under `config/rules/<family>/<id>.yaml`:

    id: withdrawal-tax-before-release        # must equal the file stem
    info:
      name: Tax demanded before a withdrawal is released
      severity: high                         # info | low | medium | high | critical
      description: ...
      references: [https://...]
      languages: [en]
    matchers-condition: and                  # and | or (default or)
    matchers:
      - type: regex                          # regex | word
        part: text                           # text | title | html | url | inline_js | links
        regex: ['(?i)...']
        exclude-sentence: [never, scam]      # a hit whose sentence has one of these does not count
      - type: word
        part: text
        words: [scam, fraud, victim]
        min-count: 3                         # how many distinct words must appear (default 1)
        negative: true                       # the page must NOT match this matcher
    extractors:
      - type: regex
        name: rate
        part: text
        group: 1
        regex: ['(\\d{1,2})\\s?%']

A rule matches a page; the evidence is each hit with some context around it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from detectors.model import Evidence, Page
from detectors.prefilter import Prefilter, any_required, prefilter_for, scan

PARTS = ("text", "title", "html", "url", "inline_js", "links")
SEVERITY_SCORES = {"info": 0, "low": 25, "medium": 50, "high": 75, "critical": 90}
CONTEXT_CHARS = 90
_SENTENCE_MARKS = ".!?。！？\n"
_SENTENCE_END = re.compile(f"[{re.escape(_SENTENCE_MARKS)}]")


class RuleError(ValueError):
    """A rule file is malformed; the message names the file and the problem."""


@dataclass(frozen=True)
class Matcher:
    """One test on one part of a page."""

    kind: str
    """`regex` or `word`."""
    part: str
    """Which part of the page it reads (see PARTS)."""
    patterns: tuple[re.Pattern[str], ...]
    """Compiled regexes (words are compiled to case-insensitive literal patterns)."""
    min_count: int = 1
    """Distinct patterns that must hit (word matchers); any one for regex."""
    negative: bool = False
    """Invert: the matcher passes when nothing hits."""
    exclude_sentence: tuple[str, ...] = ()
    """Lower-case cues; a hit whose sentence contains one is ignored."""
    prefilters: tuple[Prefilter, ...] = field(default=(), compare=False, repr=False)
    """One per pattern: literals a page must contain before the regex is worth running
    (derived from the patterns)."""

    gate: frozenset[str] | None = field(default=None, init=False, compare=False, repr=False)
    """Literals a haystack must hold one of for any pattern to match (None: not known);
    derived from the prefilters."""

    def __post_init__(self) -> None:
        if len(self.prefilters) != len(self.patterns):
            object.__setattr__(self, "prefilters", tuple(map(prefilter_for, self.patterns)))
        object.__setattr__(self, "gate", any_required(self.prefilters))

    def hits(self, haystack: str) -> list[re.Match[str]]:
        """Matches that count, at most one per pattern (first occurrence that counts)."""
        found: list[re.Match[str]] = []
        literals = scan(haystack)
        if self.gate is not None and self.gate.isdisjoint(literals.present):
            return found
        prose = self.part in ("text", "title")
        for pattern, prefilter in zip(self.patterns, self.prefilters, strict=True):
            for match in literals.finditer(pattern, prefilter):
                if prose and _quoted(haystack, match):
                    continue  # “licensed by MetaQuotes” in quotation marks is quoted, not claimed
                if self.exclude_sentence and _sentence_has(haystack, match, self.exclude_sentence):
                    continue
                found.append(match)
                break
        return found

    def passes(self, haystack: str) -> tuple[bool, list[re.Match[str]]]:
        found = self.hits(haystack)
        ok = len(found) >= (self.min_count if self.kind == "word" else 1)
        if self.negative:
            return (not ok, [])
        return (ok, found)


@dataclass(frozen=True)
class Extractor:
    """Pulls a named value (licence number, wallet address) out of a page as evidence."""

    name: str
    part: str
    patterns: tuple[re.Pattern[str], ...]
    group: int = 0
    prefilters: tuple[Prefilter, ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        if len(self.prefilters) != len(self.patterns):
            object.__setattr__(self, "prefilters", tuple(map(prefilter_for, self.patterns)))

    def extract(self, haystack: str) -> list[str]:
        values: list[str] = []
        literals = scan(haystack)
        for pattern, prefilter in zip(self.patterns, self.prefilters, strict=True):
            for match in literals.finditer(pattern, prefilter):
                value = match.group(self.group).strip()
                if value and value not in values:
                    values.append(value)
        return values


@dataclass(frozen=True)
class Rule:
    """A detection rule loaded from one YAML file."""

    id: str
    family: str
    name: str
    severity: str
    description: str
    references: tuple[str, ...]
    languages: tuple[str, ...]
    condition: str
    matchers: tuple[Matcher, ...]
    extractors: tuple[Extractor, ...]
    path: Path

    @property
    def score(self) -> int:
        return SEVERITY_SCORES[self.severity]

    def match(self, page: Page) -> RuleHit | None:
        """Evaluate the rule on one page; None when it does not match."""
        every = self.condition == "and"
        results = []
        for matcher in self.matchers:
            result = matcher.passes(page_part(page, matcher.part))
            if every and not result[0]:
                return None  # the rest cannot make an `and` rule match
            results.append(result)
        if not every and not any(ok for ok, _ in results):
            return None
        evidence: list[Evidence] = []
        # Regex hits are the evidence; word lists are co-conditions, quoted only when alone.
        for kinds in (("regex",), ("word",)):
            for matcher, (ok, found) in zip(self.matchers, results, strict=True):
                if ok and matcher.kind in kinds:
                    haystack = page_part(page, matcher.part)
                    evidence.extend(
                        Evidence(page.url, _context(haystack, m), "text", page.source, page.step)
                        for m in found
                    )
            if evidence:
                break
        extracted: dict[str, list[str]] = {}
        for extractor in self.extractors:
            values = extractor.extract(page_part(page, extractor.part))
            if values:
                extracted[extractor.name] = values
                evidence.extend(
                    Evidence(
                        page.url, f"{extractor.name}: {v}", "extracted", page.source, page.step
                    )
                    for v in values
                )
        return RuleHit(self, page, tuple(evidence), extracted)


@dataclass(frozen=True)
class RuleHit:
    """A rule that matched a page, with its evidence and extracted values."""

    rule: Rule
    page: Page
    evidence: tuple[Evidence, ...]
    extracted: dict[str, list[str]]


def page_part(page: Page, part: str) -> str:
    """The string a matcher reads for `part`."""
    if part == "links":
        return "\n".join(f"{link.url} {link.text}" for link in page.links)
    return str(getattr(page, part))


def load_rules(directory: Path, family: str | None = None) -> list[Rule]:
    """Load every rule under `directory` (or one family sub-folder), sorted by id."""
    root = directory / family if family else directory
    if not root.is_dir():
        return []
    return sorted((load_rule(p) for p in sorted(root.rglob("*.yaml"))), key=lambda r: r.id)


def load_rule(path: Path) -> Rule:
    """Parse and validate one rule file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RuleError(f"{path}: cannot read rule: {exc}") from None
    if not isinstance(data, dict):
        raise RuleError(f"{path}: a rule must be a YAML mapping")
    try:
        return _build_rule(path, data)
    except (KeyError, TypeError, re.error) as exc:
        raise RuleError(f"{path}: {type(exc).__name__}: {exc}") from None


def _build_rule(path: Path, data: dict[str, Any]) -> Rule:
    allowed = {"id", "info", "matchers-condition", "matchers", "extractors"}
    _no_unknown(path, "rule", data, allowed)
    if data["id"] != path.stem:
        raise RuleError(f"{path}: id {data['id']!r} must equal the file name {path.stem!r}")
    info = data["info"]
    _no_unknown(
        path, "info", info, {"name", "severity", "description", "references", "languages", "tags"}
    )
    severity = info["severity"]
    if severity not in SEVERITY_SCORES:
        raise RuleError(f"{path}: severity {severity!r} is not one of {sorted(SEVERITY_SCORES)}")
    condition = data.get("matchers-condition", "or")
    if condition not in ("and", "or"):
        raise RuleError(f"{path}: matchers-condition must be 'and' or 'or'")
    matchers = tuple(_build_matcher(path, m) for m in data["matchers"])
    if not matchers:
        raise RuleError(f"{path}: a rule needs at least one matcher")
    extractors = tuple(_build_extractor(path, e) for e in data.get("extractors", []))
    return Rule(
        id=data["id"],
        family=path.parent.name,
        name=info["name"],
        severity=severity,
        description=" ".join(str(info.get("description", "")).split()),
        references=tuple(info.get("references", [])),
        languages=tuple(info.get("languages", [])),
        condition=condition,
        matchers=matchers,
        extractors=extractors,
        path=path,
    )


def _build_matcher(path: Path, data: dict[str, Any]) -> Matcher:
    allowed = {"type", "part", "regex", "words", "min-count", "negative", "exclude-sentence"}
    _no_unknown(path, "matcher", data, allowed)
    kind, part = data["type"], data.get("part", "text")
    _check_part(path, part)
    if kind == "regex":
        patterns = tuple(re.compile(p) for p in data["regex"])
    elif kind == "word":
        patterns = tuple(re.compile(_word_pattern(w), re.IGNORECASE) for w in data["words"])
    else:
        raise RuleError(f"{path}: matcher type {kind!r} is not 'regex' or 'word'")
    return Matcher(
        kind=kind,
        part=part,
        patterns=patterns,
        min_count=int(data.get("min-count", 1)),
        negative=bool(data.get("negative", False)),
        exclude_sentence=tuple(str(c).lower() for c in data.get("exclude-sentence", [])),
    )


def _build_extractor(path: Path, data: dict[str, Any]) -> Extractor:
    _no_unknown(path, "extractor", data, {"type", "name", "part", "regex", "group"})
    if data["type"] != "regex":
        raise RuleError(f"{path}: extractor type must be 'regex'")
    part = data.get("part", "text")
    _check_part(path, part)
    return Extractor(
        name=data["name"],
        part=part,
        patterns=tuple(re.compile(p) for p in data["regex"]),
        group=int(data.get("group", 0)),
    )


def _word_pattern(word: str) -> str:
    escaped = re.escape(word)
    # Word boundaries only make sense for scripts with spaces between words.
    if word.isascii():
        return rf"(?<!\w){escaped}(?!\w)"
    return escaped


def _check_part(path: Path, part: str) -> None:
    if part not in PARTS:
        raise RuleError(f"{path}: part {part!r} is not one of {', '.join(PARTS)}")


def _no_unknown(path: Path, what: str, data: Any, allowed: Iterable[str]) -> None:
    if not isinstance(data, dict):
        raise RuleError(f"{path}: {what} must be a mapping")
    unknown = sorted(set(data) - set(allowed))
    if unknown:
        raise RuleError(f"{path}: unknown key {unknown[0]!r} in {what}")


def _sentence_has(haystack: str, match: re.Match[str], cues: tuple[str, ...]) -> bool:
    start = max(haystack.rfind(mark, 0, match.start()) for mark in _SENTENCE_MARKS) + 1
    end_match = _SENTENCE_END.search(haystack, match.end())
    end = end_match.start() if end_match else len(haystack)
    sentence = haystack[start:end].lower()
    return any(cue in sentence for cue in cues)


_OPENING_QUOTES = "“‘«「『"
_CLOSING_QUOTES = "”’»」』"
QUOTE_REACH = 120


def _quoted(haystack: str, match: re.Match[str]) -> bool:
    """The hit sits inside a quotation (“… licensed by MetaQuotes Ltd.”) in the same sentence."""
    window = haystack[max(0, match.start() - QUOTE_REACH) : match.start()]
    opened = max(window.rfind(q) for q in _OPENING_QUOTES if q not in _CLOSING_QUOTES)
    if opened == -1 or any(q in window[opened + 1 :] for q in _CLOSING_QUOTES):
        return _straight_quoted(haystack, match)
    after = haystack[match.end() : match.end() + QUOTE_REACH]
    return any(q in after for q in _CLOSING_QUOTES)


def _straight_quoted(haystack: str, match: re.Match[str]) -> bool:
    """Straight quotes open and close alike: only a hit wrapped directly in them counts."""
    before = haystack[max(0, match.start() - 2) : match.start()].rstrip()
    after = haystack[match.end() : match.end() + 2].lstrip()
    return bool(before) and before[-1] in "\"'" and bool(after) and after[0] in "\"'"


def _context(haystack: str, match: re.Match[str]) -> str:
    start = max(0, match.start() - CONTEXT_CHARS)
    end = min(len(haystack), match.end() + CONTEXT_CHARS)
    snippet = " ".join(haystack[start:end].split())
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(haystack) else ""
    return f"{prefix}{snippet}{suffix}"
