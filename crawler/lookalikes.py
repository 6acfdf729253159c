"""Look-alike permutations of impersonated brands as a candidate source for the nightly crawl.

Pig-butchering platforms pose as a well-known exchange or broker (`binnance.com`,
`binance-vip.com`, `binance.top`) or redeploy a kit under a near copy of the kit's own brand.
dnstwist generates the permutations; it is used for generation only, with no DNS, WHOIS or
HTTP: whether a name is registered is for the crawl to find out.
"""

from __future__ import annotations

import re
import socket
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import zip_longest
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from crawler.config import Config
from detectors.brand_impersonation import load_brands


class LookalikeError(ValueError):
    """The `[sources.lookalikes]` settings cannot be used; the message names the setting."""


@dataclass(frozen=True)
class LookalikeSettings:
    """`[sources.lookalikes]` of the config."""

    max_per_brand: int
    """At most this many permutations per brand (all its official domains together)."""
    fuzzers: tuple[str, ...]
    """dnstwist fuzzers, most useful first: each contributes in turn until the cap."""
    words: tuple[str, ...]
    """Words the `dictionary` fuzzer adds to a name (`binance-vip`)."""
    tlds: tuple[str, ...]
    """TLDs for the `tld-swap` fuzzer, and the TLDs a kit's bare brand name is tried under."""

    @classmethod
    def from_config(cls, config: Config) -> LookalikeSettings:
        values = config.get("sources.lookalikes")
        return cls(
            max_per_brand=values["max_per_brand"],
            fuzzers=tuple(values["fuzzers"]),
            words=tuple(values["words"]),
            tlds=tuple(values["tlds"]),
        )


@dataclass(frozen=True)
class Impersonated:
    """A brand to permute: its name, the domains to start from, the domains never yielded."""

    name: str
    seeds: tuple[str, ...]
    official: frozenset[str]


def kit_brand_names(kit_dirs: Iterable[Path]) -> list[str]:
    """The `brands:` of every kit fingerprint (YAML files directly in each directory)."""
    names: list[str] = []
    for directory in kit_dirs:
        for path in sorted(Path(directory).glob("*.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            names += [str(b) for b in data.get("brands") or () if str(b).strip()]
    return list(dict.fromkeys(names))


def impersonated(
    brands_file: Path, kit_dirs: Iterable[Path], tlds: Iterable[str]
) -> list[Impersonated]:
    """Brokers and exchanges from brands.csv (seeds: their official domains), then kit brands
    (seeds: the bare name under each of `tlds`; a kit has no official domain to spare)."""
    targets = [
        Impersonated(b.name, tuple(sorted(b.domains)), b.domains)
        for b in load_brands(brands_file)
        if b.domains
    ]
    for name in kit_brand_names(kit_dirs):
        token = re.sub(r"[^a-z0-9-]", "", name.lower())
        if token:
            targets.append(Impersonated(name, tuple(f"{token}.{t}" for t in tlds), frozenset()))
    return targets


def lookalike_candidates(
    brands: Iterable[Impersonated], settings: LookalikeSettings
) -> Iterator[tuple[str, str]]:
    """(permutation, `lookalike:<brand>`), at most `max_per_brand` a brand, official domains
    (of any brand) never. Fuzzers take turns in the configured order, so a small cap still
    gets omissions, repetitions, transpositions and TLD swaps, not 30 one-letter additions.
    An unknown fuzzer name raises LookalikeError now, before anything is crawled."""
    fuzzer_class = _dnstwist().Fuzzer
    for name in settings.fuzzers:
        if name not in ("tld-swap", "various") and not hasattr(
            fuzzer_class, f"_{name.replace('-', '_')}"
        ):
            raise LookalikeError(
                f"setting 'sources.lookalikes.fuzzers': unknown dnstwist fuzzer '{name}'"
            )
    return _permutations(list(brands), settings, fuzzer_class)


def config_lookalikes(config: Config) -> Iterator[tuple[str, str]]:
    """`lookalike_candidates` for the brands, kits and `[sources.lookalikes]` of `config`."""
    settings = LookalikeSettings.from_config(config)
    brands = impersonated(
        config.paths("detectors.brands_file")[0],
        config.paths("detectors.kit_dirs"),
        settings.tlds,
    )
    return lookalike_candidates(brands, settings)


def _permutations(
    brands: list[Impersonated], settings: LookalikeSettings, fuzzer_class: Any
) -> Iterator[tuple[str, str]]:
    official = frozenset().union(*(b.official for b in brands))
    for brand in brands:
        per_fuzzer: dict[str, list[str]] = {f: [] for f in settings.fuzzers}
        for seed in brand.seeds:
            fuzzer = fuzzer_class(
                seed, dictionary=list(settings.words), tld_dictionary=list(settings.tlds)
            )
            # A kit's bare name is itself worth a crawl; a brand's official domain never is.
            fuzzer.generate(
                fuzzers=[*settings.fuzzers, *(["*original"] if not brand.official else [])]
            )
            for permutation in sorted(fuzzer.domains, key=lambda p: p["domain"]):
                per_fuzzer.setdefault(permutation["fuzzer"], []).append(permutation["domain"])
        yielded: set[str] = set()
        source = f"lookalike:{brand.name}"
        ordered = [per_fuzzer.pop("*original", []), *per_fuzzer.values()]
        for domain in _take_turns(ordered):
            if len(yielded) >= settings.max_per_brand:
                break
            if domain in yielded or domain in official:
                continue
            yielded.add(domain)
            yield domain, source


def _take_turns(lists: list[list[str]]) -> Iterator[str]:
    for row in zip_longest(*lists):
        yield from (domain for domain in row if domain is not None)


def _dnstwist() -> ModuleType:
    """Import dnstwist without the global socket timeout it sets at import time."""
    previous = socket.getdefaulttimeout()
    try:
        import dnstwist  # deferred: importing it sets a global socket timeout

        module: Any = dnstwist
    finally:
        socket.setdefaulttimeout(previous)
    return module
