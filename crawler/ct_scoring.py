"""Scoring of certificate-transparency names: how much a new certificate's name looks like a
fake trading platform's, in the manner of x0rz's phishing_catcher.

Finance keywords, brand look-alikes (edit distance to brands.csv and to the kits' brand
names), scam-favoured TLDs and the shape of the name each add points; the weights are data
(`config/sources/ct-keywords.yaml`, explained there), the threshold is `sources.ct.threshold`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import tldextract
import yaml

from crawler.config import Config
from crawler.lookalikes import kit_brand_names
from detectors.brand_impersonation import load_brands


class CtKeywordsError(ValueError):
    """The keywords file cannot be used; the message names it."""


@lru_cache(maxsize=1)
def _extractor() -> tldextract.TLDExtract:
    """The bundled public suffix list only (no fetch), as in `feeds.domains`."""
    return tldextract.TLDExtract(
        suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True
    )


@dataclass(frozen=True)
class BrandName:
    """A name that scam domains imitate, and the domains where it is genuine."""

    token: str
    official: frozenset[str]


@dataclass(frozen=True)
class NameScore:
    score: int
    """0-100."""
    reasons: tuple[str, ...]
    """What scored, e.g. `keyword usdt +35`, `tld vip +30`: for analysts and the tests."""


class CtScorer:
    """Scores certificate names; the weights come from the keywords file, never from code."""

    def __init__(self, weights: dict[str, Any], threshold: int, brands: Iterable[BrandName] = ()):
        def table(key: str) -> dict[str, int]:
            return {str(k).lower(): int(v) for k, v in (weights.get(key) or {}).items()}

        self.threshold = threshold
        self.keywords = dict(sorted(table("keywords").items(), key=lambda kv: -len(kv[0])))
        """Longest first, so that `bitcoin` claims its letters before `coin` is looked for."""
        self.tokens = table("tokens")
        self.exact_tokens = table("exact_tokens")
        self.tlds = table("tlds")
        self.brand_weights = table("brands")
        self.shape = table("shape")
        self.ignore_labels = frozenset(str(v).lower() for v in weights.get("ignore_labels") or ())
        self.brands = tuple(brands)
        self._allowed = {b.token: self._edits_allowed(b.token) for b in self.brands}
        self._pieces = {t: _pieces(t, n) for t, n in self._allowed.items() if n}
        self._vocabulary = frozenset(self.keywords) | set(self.tokens) | set(self.exact_tokens)
        """Our own finance words are never look-alikes: `finance` is one edit from `binance`."""

    def _edits_allowed(self, token: str) -> int:
        """Edits a look-alike may be away from the brand: none for short names, 2 for long."""
        lengths = (
            self.brand_weights.get("min_length_2", 99),
            self.brand_weights.get("min_length_1", 99),
        )
        return 2 if len(token) >= lengths[0] else 1 if len(token) >= lengths[1] else 0

    @classmethod
    def from_file(cls, path: Path, threshold: int, brands: Iterable[BrandName] = ()) -> CtScorer:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise CtKeywordsError(f"cannot read the CT keywords file {path}: {exc}") from None
        if not isinstance(data, dict):
            raise CtKeywordsError(f"the CT keywords file {path} is not a YAML mapping")
        try:
            return cls(data, threshold, brands)
        except (AttributeError, TypeError, ValueError) as exc:
            raise CtKeywordsError(f"the CT keywords file {path} has a bad weight: {exc}") from None

    @classmethod
    def from_config(cls, config: Config) -> CtScorer:
        """The scorer `[sources.ct]` describes, with brands.csv and the kits' brand names."""
        brands = [
            BrandName(b.token, b.domains)
            for b in load_brands(config.paths("detectors.brands_file")[0])
            if b.token
        ]
        brands += [
            BrandName(token, frozenset())
            for name in kit_brand_names(config.paths("detectors.kit_dirs"))
            if (token := re.sub(r"[^a-z0-9]", "", name.lower()))
        ]
        return cls.from_file(
            config.paths("sources.ct.keywords_file")[0], config.get("sources.ct.threshold"), brands
        )

    def score(self, name: str) -> NameScore:
        """Score one valid, lower-case host name (no wildcard)."""
        parts = _extractor()(name)
        labels = [
            label
            for label in [*parts.subdomain.split("."), parts.domain]
            if label and label not in self.ignore_labels
        ]
        reasons = [
            *self._words(labels),
            *self._brands(labels, f"{parts.domain}.{parts.suffix}"),
            *self._tld(parts.suffix),
            *self._shape(labels, parts.domain),
        ]
        total = min(100, sum(w for _, w in reasons))
        return NameScore(total, tuple(f"{what} +{w}" for what, w in reasons))

    def _words(self, labels: list[str]) -> list[tuple[str, int]]:
        found: dict[str, int] = {}
        for label in labels:
            present = _substrings(label)
            taken = [False] * len(label)  # a word inside a longer matched word counts once
            for word, weight in self.keywords.items():
                if word not in present:
                    continue
                start = label.find(word)
                while start >= 0:
                    if not any(taken[start : start + len(word)]):
                        taken[start : start + len(word)] = [True] * len(word)
                        found[f"keyword {word}"] = weight
                    start = label.find(word, start + 1)
            for part in label.split("-"):
                if part in self.exact_tokens:
                    found[f"word {part}"] = self.exact_tokens[part]
                for word, weight in self.tokens.items():
                    if part == word or (
                        len(part) >= len(word) + 3
                        and (part.startswith(word) or part.endswith(word))
                    ):
                        found[f"word {word}"] = weight
        return list(found.items())

    def _brands(self, labels: list[str], domain: str) -> list[tuple[str, int]]:
        weights = self.brand_weights
        # Each hyphen-separated part, and each hyphenated label joined up (`bi-nance`).
        words = {p for label in labels for p in label.split("-") if p}
        words |= {label.replace("-", "") for label in labels if "-" in label}
        present = set().union(*(_substrings(w) for w in words))
        found: list[tuple[str, int]] = []
        for brand in self.brands:
            token = brand.token
            if domain in brand.official:
                continue
            if token in words if len(token) < 5 else token in present:
                found.append((f"brand {token} in name", weights.get("in_name", 0)))
                continue
            allowed = self._allowed.get(token, 0)
            # Pigeonhole: with at most `allowed` edits, one of `allowed + 1` pieces of the
            # token is left intact, so a name holding none of them cannot be near.
            if not allowed or present.isdisjoint(self._pieces[token]):
                continue
            distance = min(_near(token, w, allowed, self._vocabulary) for w in words)
            if distance <= allowed:
                found.append((f"look-alike of {token}", weights.get(f"distance_{distance}", 0)))
        return found

    def _tld(self, suffix: str) -> list[tuple[str, int]]:
        weight = self.tlds.get(suffix) or self.tlds.get(suffix.rsplit(".", 1)[-1])
        return [(f"tld {suffix}", weight)] if weight else []

    def _shape(self, labels: list[str], registrable_label: str) -> list[tuple[str, int]]:
        shape = self.shape
        found = []
        hyphens = sum(label.count("-") for label in labels if not label.startswith("xn--"))
        if hyphens >= shape.get("hyphens_from", 99):
            found.append((f"{hyphens} hyphens", hyphens * shape.get("per_hyphen", 0)))
        depth = len(labels) - 1
        if depth >= shape.get("subdomains_from", 99):
            found.append((f"{depth} subdomain levels", depth * shape.get("per_subdomain", 0)))
        digits = re.sub(r"mt[45]", "", registrable_label)
        if sum(c.isdigit() for c in digits) >= 2:
            found.append(("digits", shape.get("digits", 0)))
        if any(label.startswith("xn--") for label in labels):
            found.append(("punycode", shape.get("punycode", 0)))
        return found


def _near(token: str, word: str, allowed: int, vocabulary: frozenset[str]) -> int:
    """Edit distance from `token` to `word` (at most `allowed`, else `allowed + 1`), or 1 when
    a slice of a longer word is one edit away, keeps the brand's first and last letter, and
    starts the word or leaves one of our finance words (`binnancevip`, `vipbinnance`; but not
    `ickmarkets` in `quickmarkets` for icmarkets)."""
    if word in vocabulary:
        return allowed + 1
    best = _distance(token, word, allowed + 1)
    if best >= 2 and word in token:
        return allowed + 1  # a shorter word the brand contains: `markets` is not `icmarkets`
    if best <= 1 or len(word) <= len(token) - 1:
        return best
    n = len(token)
    for length in (n, n - 1, n + 1):
        for start in range(len(word) - length + 1):
            piece = word[start : start + length]
            rest = word[:start] + word[start + length :]
            if (
                (start == 0 or rest in vocabulary)
                and piece[0] == token[0]
                and piece[-1] == token[-1]
                and piece not in vocabulary
                and _distance(token, piece, 2) <= 1
            ):
                return 1
    return best


def _pieces(token: str, allowed: int) -> frozenset[str]:
    step = len(token) // (allowed + 1)
    return frozenset(
        token[i * step : (i + 1) * step if i < allowed else len(token)] for i in range(allowed + 1)
    )


def _substrings(text: str) -> set[str]:
    return {text[i:j] for i in range(len(text)) for j in range(i + 1, len(text) + 1)}


def _distance(a: str, b: str, cap: int) -> int:
    """Levenshtein distance, giving up (returning `cap`) once every path costs `cap` or more."""
    if abs(len(a) - len(b)) >= cap:
        return cap
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) >= cap:
            return cap
        previous = current
    return min(previous[-1], cap)
