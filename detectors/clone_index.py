"""Site fingerprints and the clone index: which sites seen before share this one's template.

The fingerprint keeps a MinHash of the DOM's shape (tags and class names in document order),
a MinHash of the visible text's word shingles (clones rebrand a few words, not the copy), the
favicon and bundle hashes, and a perceptual hash of the screenshot. The index finds candidates
through MinHash LSH (datasketch) on shape and on text, so a lookup costs about the same at 10
sites or 1,000,000, never a loop over all pairs. A clone is: a near-identical shape or copy; or
a similar shape plus a shared favicon, bundle or look-alike screenshot.

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
TEXT_ALONE = 0.85
"""Similarity of the visible text (word 5-shingles) that makes a clone by itself."""
KIT_FILES = 2
"""Without a DOM shape to compare (a render that failed), a kit's own favicon and at least
one more of its own files (not carried by any site judged clean) make a clone."""
PHASH_CLOSE = 8
"""Hamming distance of screenshot pHashes (64 bits) that counts as looking alike."""
TEXT_SHINGLE = 5
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
    text: np.ndarray | None = None
    """MinHash values of the visible text's word shingles, or None for a page with little text."""
    phash: str | None = None
    """Perceptual hash of the home page screenshot (hex), when there is one."""

    def shape_bytes(self) -> bytes | None:
        return None if self.shape is None else self.shape.astype(np.uint32).tobytes()

    def text_bytes(self) -> bytes | None:
        return None if self.text is None else self.text.astype(np.uint32).tobytes()


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
    distinctive: int = 0
    """Shared things that are the template's own: a favicon or bundle no clean site carries
    (a common library such as jQuery is on honest sites too), or a look-alike screenshot."""


def fingerprint(capture: Capture) -> Fingerprint:
    """Fingerprint the richest version of the home page (rendered, when it was)."""
    homes = [p for p in capture.pages if p.html and p.source in ("static", "rendered")][:3]
    html = max((p.html for p in homes), key=len, default="")
    text = " ".join(p.text for p in homes if p.html == html) or (homes[0].text if homes else "")
    return Fingerprint(
        domain=capture.domain,
        shape=shape_signature(html),
        favicon=capture.favicon_mmh3,
        assets=frozenset(capture.assets.values()),
        text=text_signature(text),
        phash=capture.screenshot_phash,
    )


def text_signature(text: str) -> np.ndarray | None:
    words = text.lower().split()
    shingles = {
        " ".join(words[i : i + TEXT_SHINGLE]).encode() for i in range(len(words) - TEXT_SHINGLE + 1)
    }
    return _signature(shingles)


def shape_signature(html: str) -> np.ndarray | None:
    tokens = _shape_tokens(html)
    shingles = {
        "|".join(tokens[i : i + SHINGLE]).encode() for i in range(len(tokens) - SHINGLE + 1)
    }
    return _signature(shingles)


_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations
"""Drawn once: MinHash draws them from its seed on every construction (0.2 ms each)."""


def _signature(shingles: set[bytes]) -> np.ndarray | None:
    if len(shingles) < MIN_SHINGLES:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_PERMUTATIONS)
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


def _lsh() -> MinHashLSH:
    return MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)


def _minhash(values: np.ndarray | None) -> LeanMinHash | None:
    return None if values is None else LeanMinHash(seed=SEED, hashvalues=values, scheme=SCHEME)


@dataclass
class CloneIndex:
    """Sub-linear lookup of sites with a similar template (shape) or copy (text)."""

    shape_lsh: MinHashLSH = field(default_factory=_lsh)
    text_lsh: MinHashLSH = field(default_factory=_lsh)
    shapes: dict[str, LeanMinHash] = field(default_factory=dict)
    texts: dict[str, LeanMinHash] = field(default_factory=dict)
    phashes: dict[str, str] = field(default_factory=dict)
    favicons: dict[str, int] = field(default_factory=dict)
    assets: dict[str, frozenset[str]] = field(default_factory=dict)
    clusters: dict[str, str] = field(default_factory=dict)
    verdicts: dict[str, str] = field(default_factory=dict)
    carriers: dict[object, set[str]] = field(default_factory=dict)
    """Favicon hash or asset SHA-256 → the sites that carry it (to tell a library from a kit)."""

    def __len__(self) -> int:
        return len(self.clusters)

    def add(self, fp: Fingerprint, cluster: str, verdict: str) -> None:
        """Insert or replace a site."""
        for lsh, table, values in (
            (self.shape_lsh, self.shapes, fp.shape),
            (self.text_lsh, self.texts, fp.text),
        ):
            if fp.domain in table:
                lsh.remove(fp.domain)
                del table[fp.domain]
            minhash = _minhash(values)
            if minhash is not None:
                lsh.insert(fp.domain, minhash)
                table[fp.domain] = minhash
        if fp.phash:
            self.phashes[fp.domain] = fp.phash
        if fp.favicon is not None:
            self.favicons[fp.domain] = fp.favicon
            self.carriers.setdefault(fp.favicon, set()).add(fp.domain)
        for digest in fp.assets:
            self.carriers.setdefault(digest, set()).add(fp.domain)
        self.assets[fp.domain] = fp.assets
        self.clusters[fp.domain] = cluster
        self.verdicts[fp.domain] = verdict

    def set_verdict(self, domain: str, verdict: str) -> None:
        if domain in self.clusters:
            self.verdicts[domain] = verdict

    def query(self, fp: Fingerprint) -> list[CloneMatch]:
        """Sites seen before (other than this one) that share the template, best first."""
        shape, text = _minhash(fp.shape), _minhash(fp.text)
        candidates = set(self.shape_lsh.query(shape)) if shape else set()
        candidates |= set(self.text_lsh.query(text)) if text else set()
        if fp.favicon is not None:  # a render that failed leaves no shape; the kit's files stay
            candidates |= self.carriers.get(fp.favicon, set())
        matches = []
        for domain in sorted(candidates - {fp.domain}):
            similarity = (
                shape.jaccard(self.shapes[domain]) if shape and domain in self.shapes else 0.0
            )
            copy = text.jaccard(self.texts[domain]) if text and domain in self.texts else 0.0
            shared, distinctive = self._shared(fp, domain)
            if copy >= TEXT_ALONE:
                shared.insert(0, f"text similarity {copy:.2f}")
            no_shape = shape is None or domain not in self.shapes
            if (
                similarity >= SHAPE_ALONE
                or copy >= TEXT_ALONE
                or (shared and similarity >= SHAPE_WITH_ASSET)
                or (no_shape and "favicon" in shared and distinctive >= KIT_FILES)
            ):
                matches.append(
                    CloneMatch(
                        domain,
                        max(similarity, copy),
                        tuple(shared),
                        self.clusters[domain],
                        self.verdicts.get(domain, "unknown"),
                        distinctive,
                    )
                )
        return sorted(matches, key=lambda m: (-m.similarity, m.domain))

    def match_between(self, domain: str, listed: str, verdict: str) -> CloneMatch:
        """How `domain` resembles `listed`, both already in the index (re-judging a sibling)."""
        similarity = 1.0
        if domain in self.shapes and listed in self.shapes:
            similarity = self.shapes[domain].jaccard(self.shapes[listed])
        probe = Fingerprint(
            domain,
            None,
            favicon=self.favicons.get(domain),
            assets=self.assets.get(domain, frozenset()),
            phash=self.phashes.get(domain),
        )
        shared, distinctive = self._shared(probe, listed)
        cluster = self.clusters.get(listed, "")
        return CloneMatch(listed, similarity, tuple(shared), cluster, verdict, distinctive)

    def _shared(self, fp: Fingerprint, domain: str) -> tuple[list[str], int]:
        """What `fp` shares with `domain`, and how many of those are the template's own."""
        shared, distinctive = [], 0
        pair = {fp.domain, domain}
        if fp.favicon is not None and self.favicons.get(domain) == fp.favicon:
            shared.append("favicon")
            distinctive += not self._common(fp.favicon, pair)
        if fp.phash and domain in self.phashes:
            distance = _phash_distance(fp.phash, self.phashes[domain])
            if distance <= PHASH_CLOSE:
                shared.append(f"look-alike screenshot (pHash distance {distance})")
                distinctive += 1
        for digest in sorted(fp.assets & self.assets.get(domain, frozenset())):
            shared.append(f"asset {digest}")
            distinctive += not self._common(digest, pair)
        return shared, distinctive

    def _common(self, key: object, pair: set[str]) -> bool:
        """Carried by a site judged clean (other than the two compared, one of which may be
        judged clean until its sibling is listed): a library or a site builder's file."""
        carriers = self.carriers.get(key, set()) - pair
        return any(self.verdicts.get(d) == "clean" for d in carriers)


def _phash_distance(a: str, b: str) -> int:
    """Hamming distance of two hex pHashes."""
    return bin(int(a, 16) ^ int(b, 16)).count("1")
