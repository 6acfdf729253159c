"""A small logistic-regression text classifier, stored as JSON, explainable feature by feature.

Features are the concepts a window of sentences expresses (and each pair of them), plus
hashed character n-grams, which reach words no lexicon lists in any script. The weights
are a JSON file (never a pickle: this program loads files that others may swap), written
by `butcherblock train` with a fixed seed so the file is reproduced byte for byte.
Scoring needs nothing but this module: no scikit-learn at run time.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import mmh3

from detectors.concepts import fold

NGRAM_SIZES = (2, 3, 4)
HASH_BUCKETS = 1 << 18
CONCEPT_VALUE = 3.0
"""A concept feature's value (an n-gram's is 1): the concepts carry the meaning across
languages, so regularisation should shrink them less than the many n-grams."""
_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"\d")


class ModelError(ValueError):
    """A model file is missing, not JSON, or not in this module's format."""


def concept_features(concepts: Iterable[str]) -> list[str]:
    """Named features of a window: each concept, and each pair of concepts, present."""
    present = sorted(set(concepts))
    names = [f"c:{c}" for c in present]
    names += [f"c:{a}+{b}" for i, a in enumerate(present) for b in present[i + 1 :]]
    return names


def ngram_features(text: str) -> dict[int, str]:
    """Hash bucket → one n-gram that falls in it, for the character n-grams of `text`.

    Digits are folded to 0 (an amount is not a word), spaces to one space, case folded.
    """
    normal = _DIGITS.sub("0", _SPACES.sub(" ", fold(text))).strip()
    padded = f" {normal} "
    buckets: dict[int, str] = {}
    for size in NGRAM_SIZES:
        for start in range(len(padded) - size + 1):
            gram = padded[start : start + size]
            bucket = mmh3.hash(gram, signed=False) % HASH_BUCKETS
            buckets.setdefault(bucket, gram)
    return buckets


@dataclass(frozen=True)
class Explanation:
    """What a classifier's score rests on."""

    probability: float
    top: tuple[tuple[str, float], ...]
    """The features that weighed most, strongest first, as (feature, weight)."""


@dataclass(frozen=True)
class TextClassifier:
    """Weights of a logistic regression over named and n-gram features."""

    bias: float
    named: dict[str, float]
    ngrams: dict[int, float]
    threshold: float = 0.5
    """Probability from which a window counts as the class."""
    meta: dict[str, object] = field(default_factory=dict)
    """How the model was made: corpus, its hash, the settings, cross-validated figures."""

    @classmethod
    def load(cls, path: Path) -> TextClassifier:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(
                bias=float(data["bias"]),
                named={str(k): float(v) for k, v in data["named"].items()},
                ngrams={int(k): float(v) for k, v in data["ngrams"].items()},
                threshold=float(data.get("threshold", 0.5)),
                meta=dict(data.get("meta", {})),
            )
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as e:
            raise ModelError(f"{path}: not a classifier model ({e})") from e

    def to_json(self) -> str:
        """Deterministic JSON: sorted keys, weights rounded, one line per weight table entry."""
        data = {
            "bias": round(self.bias, 6),
            "threshold": round(self.threshold, 4),
            "meta": self.meta,
            "named": {k: round(v, 6) for k, v in sorted(self.named.items())},
            "ngrams": {str(k): round(v, 6) for k, v in sorted(self.ngrams.items())},
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0) + "\n"

    def probability(self, text: str, concepts: Iterable[str]) -> float:
        """The probability for a window (the cheap path: no explanation is built)."""
        named = self.named
        logit = self.bias + CONCEPT_VALUE * sum(
            named.get(name, 0.0) for name in concept_features(concepts)
        )
        weights = self.ngrams
        logit += sum(weights.get(bucket, 0.0) for bucket in ngram_features(text))
        return 1 / (1 + math.exp(-max(min(logit, 50), -50)))

    def explain(self, text: str, concepts: Iterable[str], top: int = 6) -> Explanation:
        """The probability for a window, and the features that weighed most."""
        contributions: list[tuple[str, float]] = []
        for name in concept_features(concepts):
            weight = self.named.get(name)
            if weight:
                contributions.append((name, weight * CONCEPT_VALUE))
        for bucket, gram in ngram_features(text).items():
            weight = self.ngrams.get(bucket)
            if weight:
                contributions.append((f"'{gram.strip()}'", weight))
        logit = self.bias + sum(weight for _, weight in contributions)
        probability = 1 / (1 + math.exp(-max(min(logit, 50), -50)))
        strongest = sorted(contributions, key=lambda item: -abs(item[1]))[:top]
        return Explanation(probability, tuple((n, round(w, 3)) for n, w in strongest))
