"""Site fingerprints and the clone index: which sites seen before share this one's template.

The fingerprint reads the DOM's shape (tags and class names in document order, not the
text, which every clone rebrands), shingles it, and keeps a MinHash of the shingles. The
index answers "which sites have a similar shape" through MinHash LSH (datasketch), so a
lookup costs the same at 10 sites or 1,000,000, never a loop over all pairs. Same favicon
or same JS/CSS bundle plus a similar shape, or a near-identical shape alone, is a clone.

The index is a plain in-memory object: the crawler fills it from the store and hands it to
the clone detector, which only reads it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import lxml.html
import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from detectors.model import Capture

NUM_PERM = 64
SEED = 7
SCHEME = "affine32"
"""datasketch's hashing scheme; stored signatures are only comparable under the same one."""
SHINGLE = 4
LSH_THRESHOLD = 0.6
SHAPE_ALONE = 0.9
"""Similarity of DOM shape that makes a clone without any shared asset."""
SHAPE_WITH_ASSET = 0.6
"""Similarity that makes a clone when the favicon or a JS/CSS bundle is shared too."""
MIN_SHINGLES = 20
"""Pages with fewer shingles (an empty SPA shell) say nothing about their template."""


@dataclass(frozen=True)
class Fingerprint:
    """What the clone index keeps of one site."""

    domain: str
    shape: np.ndarray | None
    """MinHash values of the DOM-shape shingles, or None when the page is too small."""
    favicon: int | None = None
    assets: frozenset[str] = frozenset()
    """SHA-256 of same-site scripts and stylesheets."""

    def shape_bytes(self) -> bytes | None:
        return None if self.shape is None else self.shape.astype(np.uint32).tobytes()


@dataclass(frozen=True)
class CloneMatch:
    """A site seen before that shares this one's template."""

    domain: str
    similarity: float
    """Estimated Jaccard similarity of the DOM shapes (0..1)."""
    shared: tuple[str, ...]
    """What else is shared: `favicon`, `asset <sha256>`."""
    cluster: str
    verdict: str
    """That site's latest verdict (`fraud`, `clean`, ...)."""


def fingerprint(capture: Capture) -> Fingerprint:
    """Fingerprint the richest version of the home page (rendered, when it was)."""
    homes = [p for p in capture.pages if p.html and p.source in ("static", "rendered")][:3]
    html = max((p.html for p in homes), key=len, default="")
    return Fingerprint(
        domain=capture.domain,
        shape=shape_signature(html),
        favicon=capture.favicon_mmh3,
        assets=frozenset(capture.assets.values()),
    )


def shape_signature(html: str) -> np.ndarray | None:
    tokens = _shape_tokens(html)
    shingles = {
        "|".join(tokens[i : i + SHINGLE]).encode() for i in range(len(tokens) - SHINGLE + 1)
    }
    if len(shingles) < MIN_SHINGLES:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    minhash.update_batch(list(shingles))
    return minhash.hashvalues.astype(np.uint32)


def _shape_tokens(html: str) -> list[str]:
    if not html.strip():
        return []
    try:
        root = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return []
    tokens = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "noscript"):
            continue
        classes = ".".join(sorted(element.get("class", "").split()))
        tokens.append(f"{element.tag}.{classes}" if classes else element.tag)
    return tokens


@dataclass
class CloneIndex:
    """Sub-linear lookup of sites with a similar template, plus exact favicon/asset maps."""

    lsh: MinHashLSH = field(
        default_factory=lambda: MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    )
    shapes: dict[str, LeanMinHash] = field(default_factory=dict)
    favicons: dict[str, int] = field(default_factory=dict)
    assets: dict[str, frozenset[str]] = field(default_factory=dict)
    clusters: dict[str, str] = field(default_factory=dict)
    verdicts: dict[str, str] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.clusters)

    def add(self, fp: Fingerprint, cluster: str, verdict: str) -> None:
        """Insert or replace a site."""
        if fp.domain in self.shapes:
            self.lsh.remove(fp.domain)
            del self.shapes[fp.domain]
        if fp.shape is not None:
            minhash = LeanMinHash(seed=SEED, hashvalues=fp.shape, scheme=SCHEME)
            self.lsh.insert(fp.domain, minhash)
            self.shapes[fp.domain] = minhash
        if fp.favicon is not None:
            self.favicons[fp.domain] = fp.favicon
        self.assets[fp.domain] = fp.assets
        self.clusters[fp.domain] = cluster
        self.verdicts[fp.domain] = verdict

    def set_verdict(self, domain: str, verdict: str) -> None:
        if domain in self.clusters:
            self.verdicts[domain] = verdict

    def members(self, cluster: str) -> list[str]:
        return sorted(d for d, c in self.clusters.items() if c == cluster)

    def query(self, fp: Fingerprint) -> list[CloneMatch]:
        """Sites seen before (other than this one) that share the template, best first."""
        if fp.shape is None:
            return []
        probe = LeanMinHash(seed=SEED, hashvalues=fp.shape, scheme=SCHEME)
        matches = []
        for domain in self.lsh.query(probe):
            if domain == fp.domain:
                continue
            similarity = probe.jaccard(self.shapes[domain])
            shared = []
            if fp.favicon is not None and self.favicons.get(domain) == fp.favicon:
                shared.append("favicon")
            shared += [
                f"asset {h}" for h in sorted(fp.assets & self.assets.get(domain, frozenset()))
            ]
            if similarity >= SHAPE_ALONE or (shared and similarity >= SHAPE_WITH_ASSET):
                matches.append(
                    CloneMatch(
                        domain,
                        similarity,
                        tuple(shared),
                        self.clusters[domain],
                        self.verdicts.get(domain, "unknown"),
                    )
                )
        return sorted(matches, key=lambda m: (-m.similarity, m.domain))
