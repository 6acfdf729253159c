"""Concept lexicons: which ideas a sentence expresses, in any of the languages we know.

A detector that reads for meaning asks "does this sentence speak of a withdrawal being
held? of a payment? of something that cannot come out of the balance?", not "does it
contain these words in this order". The words for each concept, per language, are data in
`config/concepts/<family>/<lang>.yaml`:

    language: pt
    spaced: true              # words are separated by spaces: terms match whole words
    concepts:
      withdraw: [saque*, sacar, retirada*]
      charge: [taxa*, imposto*]

A term ending in `*` matches any word that starts with it (`saque*`: saque, saques). In an
unspaced script (Chinese, Japanese, Thai) a term matches anywhere. Matching is one
Aho-Corasick pass over the case-folded text for every term of every language; where terms
overlap, the longest wins, so "cannot be deducted" (outside the balance) hides the
"deducted" inside it (an honest fee taken from the amount).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import ahocorasick
import yaml


class LexiconError(ValueError):
    """A lexicon file is malformed; the message names the file and the problem."""


@dataclass(frozen=True)
class ConceptHit:
    """One term of a concept found in a text."""

    concept: str
    start: int
    end: int
    term: str
    language: str


@dataclass(frozen=True)
class _Term:
    concept: str
    term: str
    language: str
    whole_word: bool
    prefix: bool


def unspaced_script(char: str) -> bool:
    """A Thai, Chinese, Japanese or Korean character: scripts that do not put spaces between
    words (full-width forms included)."""
    code = ord(char)
    return (
        0x0E00 <= code <= 0x0E7F
        or 0x3000 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
    )


def _is_word_char(char: str) -> bool:
    """Part of a word of a spaced script. A Chinese, Japanese, Korean or Thai character next
    to a Latin term ends the term ("MetaQuotes只是…"), as a space would."""
    if unspaced_script(char):
        return False
    return char.isalnum() or char in "_'’-" or 0x0300 <= ord(char) <= 0x036F


class Lexicon:
    """Every concept's terms in every language of one family, matched in one pass."""

    def __init__(self, terms: list[_Term]) -> None:
        self.concepts = frozenset(t.concept for t in terms)
        self.languages = frozenset(t.language for t in terms)
        self._automaton = ahocorasick.Automaton()
        by_key: dict[str, list[_Term]] = defaultdict(list)
        for term in terms:
            by_key[term.term].append(term)
        for key, entries in by_key.items():
            self._automaton.add_word(key, tuple(entries))
        if by_key:
            self._automaton.make_automaton()
        self._last: tuple[str, list[ConceptHit]] | None = None

    @classmethod
    def load(cls, folder: Path) -> Lexicon:
        """All `*.yaml` lexicons in `folder`; a malformed one raises LexiconError."""
        terms: list[_Term] = []
        for file in sorted(folder.glob("*.yaml")):
            terms.extend(_read(file))
        if not terms:
            raise LexiconError(f"{folder}: no concept lexicons found")
        return cls(terms)

    def find(self, text: str) -> list[ConceptHit]:
        """Concept hits in `text`, in order; a hit inside a longer hit is dropped.

        The last answer is kept: the commentary filter and the detector read the same page
        text one after the other, and the scan is the larger part of their cost.
        """
        if not self.concepts:
            return []
        if self._last is not None and self._last[0] is text:
            return list(self._last[1])
        folded = fold(text)
        raw: dict[tuple[str, int, int], ConceptHit] = {}
        for end_index, entries in self._automaton.iter(folded):
            for entry in entries:
                start = end_index - len(entry.term) + 1
                end = end_index + 1
                if entry.whole_word:
                    if start > 0 and _is_word_char(folded[start - 1]):
                        continue
                    if entry.prefix:
                        while end < len(folded) and _is_word_char(folded[end]):
                            end += 1
                    elif end < len(folded) and _is_word_char(folded[end]):
                        continue
                hit = ConceptHit(entry.concept, start, end, entry.term, entry.language)
                raw.setdefault((hit.concept, start, end), hit)  # withdraw* and withdrawal*
        hits = _longest(list(raw.values()))
        self._last = (text, hits)
        return list(hits)


def fold(text: str) -> str:
    """Lower-case `text` without changing its length (so offsets stay valid)."""
    folded = text.lower()
    if len(folded) == len(text):
        return folded
    return "".join(char.lower()[0] for char in text)  # "İ".lower() is two characters


def _longest(hits: list[ConceptHit]) -> list[ConceptHit]:
    """Drop every hit that lies inside a longer one (of any concept)."""
    ordered = sorted(hits, key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[ConceptHit] = []
    reach = -1
    for hit in ordered:
        # Inside an earlier, longer hit; the same span for another concept is kept.
        same_span = any(k.start == hit.start and k.end == hit.end for k in kept[-4:])
        if hit.end <= reach and not same_span:
            continue
        kept.append(hit)
        reach = max(reach, hit.end)
    return kept


def _read(file: Path) -> list[_Term]:
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise LexiconError(f"{file}: cannot read: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("concepts"), dict):
        raise LexiconError(f"{file}: needs `language` and a `concepts` mapping")
    language = data.get("language")
    if language != file.stem:
        raise LexiconError(f"{file}: `language` must be the file name ({file.stem!r})")
    spaced = data.get("spaced", True)
    if not isinstance(spaced, bool):
        raise LexiconError(f"{file}: `spaced` must be true or false")
    terms = []
    for concept, words in data["concepts"].items():
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise LexiconError(f"{file}: concept {concept!r} must be a list of words")
        for word in words:
            prefix = word.endswith("*")
            term = fold(word.rstrip("*").strip())
            terms.append(_Term(str(concept), term, language, spaced, prefix and spaced))
    return terms
