"""Split page text into sentences, and sentences into the short windows a demand spans.

A pay-to-withdraw demand is rarely one sentence: one says the withdrawal is held, the
next names the tax, the next where to send it. Detectors read windows of consecutive
sentences. Scripts differ: Chinese and Japanese end sentences with full-width marks and no
space, Thai separates sentences (and clauses) with spaces and has no full stop, and a
decimal point (1.5%) or an abbreviation's dot must not end a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? … followed by a space (or the end), at a full-width or Devanagari
# or Arabic mark, or at a line break.
_BOUNDARY = re.compile(r"(?<=[.!?…])\s+|(?<=[。！？；])|(?<=[।؟])\s*|\n+")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_THAI_BREAK = re.compile(r"(?<=[\u0e00-\u0e7f\d%)])\s+(?=[\u0e00-\u0e7f])")
MAX_SENTENCE_CHARS = 400
"""A longer "sentence" (a list or a menu with no full stops) is cut at this length."""


@dataclass(frozen=True)
class Sentence:
    """One sentence of a page's text, with where it starts."""

    text: str
    start: int
    """Offset of the first character in the page text."""

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of `text`, stripped, in order, each at most MAX_SENTENCE_CHARS long."""
    sentences: list[Sentence] = []
    position = 0
    for piece in _BOUNDARY.split(text):
        start = text.find(piece, position) if piece else position
        position = start + len(piece)
        for part_start, part in _parts(piece, start):
            stripped = part.strip()
            if stripped:
                offset = part_start + part.index(stripped[0])
                sentences.append(Sentence(stripped, offset))
    return sentences


def _parts(piece: str, start: int) -> list[tuple[int, str]]:
    """Thai clauses (a space between Thai words ends one), then cuts of overlong pieces."""
    pieces = [(start, piece)]
    if _THAI.search(piece):
        pieces, cursor = [], 0
        for match in _THAI_BREAK.finditer(piece):
            pieces.append((start + cursor, piece[cursor : match.start()]))
            cursor = match.end()
        pieces.append((start + cursor, piece[cursor:]))
    result = []
    for offset, part in pieces:
        for cut in range(0, len(part), MAX_SENTENCE_CHARS):
            result.append((offset + cut, part[cut : cut + MAX_SENTENCE_CHARS]))
    return result


def windows(sentences: list[Sentence], max_sentences: int, max_chars: int) -> list[range]:
    """Runs of consecutive sentences, each starting at one sentence and as long as allowed.

    Every run starts at a sentence and takes the following ones while it has at most
    `max_sentences` and `max_chars` (a single long sentence is a window of its own).
    """
    result = []
    for first in range(len(sentences)):
        last, chars = first, len(sentences[first].text)
        while (
            last + 1 < len(sentences)
            and last + 1 - first < max_sentences
            and chars + len(sentences[last + 1].text) <= max_chars
        ):
            last += 1
            chars += len(sentences[last].text)
        result.append(range(first, last + 1))
    return result
