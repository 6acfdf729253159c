"""Clone template: scam kits are sold and redeployed on hundreds of domains.

A site is matched against known kit families kept as data (one YAML file per kit:
favicon hashes in Shodan's mmh3 form, SHA-256 of shared JS/CSS assets, DOM
markers). The same fingerprints let an analyst pivot in Shodan or urlscan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from detectors.clone_index import CloneMatch
from detectors.model import Capture, Evidence, Signal

STRONG_MATCH_SCORE = 85
ONE_HASH_SCORE = 70
MARKERS_ONLY_SCORE = 40
CLONE_OF_LISTED_SCORE = 80
KIT_CLONE_SCORE = 90
"""A listed site's template with at least KIT_EVIDENCE things of the kit's own (favicon,
bundle, look-alike screenshot): the same kit, redeployed under a new brand."""
KIT_EVIDENCE = 2


@dataclass(frozen=True)
class KitFingerprint:
    """A known scam-kit family, loaded from `kits/<id>.yaml`."""

    id: str
    name: str
    favicon_mmh3: frozenset[int]
    asset_sha256: frozenset[str]
    markers: tuple[re.Pattern[str], ...]
    """Regexes over the HTML (class names, bundle paths) typical of the kit."""
    min_markers: int


def load_kits(directories: list[Path]) -> list[KitFingerprint]:
    kits = []
    for directory in directories:
        for path in sorted(directory.glob("*.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            kits.append(
                KitFingerprint(
                    id=data["id"],
                    name=data["name"],
                    favicon_mmh3=frozenset(int(v) for v in data.get("favicon_mmh3", [])),
                    asset_sha256=frozenset(str(v).lower() for v in data.get("asset_sha256", [])),
                    markers=tuple(re.compile(p) for p in data.get("markers", [])),
                    min_markers=int(data.get("min_markers", 2)),
                )
            )
    return kits


class CloneTemplateDetector:
    name = "clone_template"

    def __init__(self, kits: list[KitFingerprint]) -> None:
        self.kits = kits

    def detect(self, capture: Capture) -> list[Signal]:
        """Known kits only: clones of listed sites need the clone index, which is state, so
        the crawl asks it once per site and adds `clones_of_listed` to the signals."""
        return [s for kit in self.kits if (s := self._match(kit, capture)) is not None]

    def _match(self, kit: KitFingerprint, capture: Capture) -> Signal | None:
        evidence: list[Evidence] = []
        if capture.favicon_mmh3 is not None and capture.favicon_mmh3 in kit.favicon_mmh3:
            evidence.append(Evidence("", f"favicon mmh3 {capture.favicon_mmh3}", "fingerprint"))
        for url, digest in sorted(capture.assets.items()):
            if digest in kit.asset_sha256:
                evidence.append(Evidence(url, f"asset sha256 {digest}", "fingerprint"))
        hashes = len(evidence)
        html = "\n".join(page.html for page in capture.pages[:3])
        markers = [m.pattern for m in kit.markers if m.search(html)]
        if len(markers) >= kit.min_markers:
            evidence.append(
                Evidence(capture.start_url, "DOM markers: " + ", ".join(markers), "fingerprint")
            )
        if hashes >= 2:
            score = STRONG_MATCH_SCORE
        elif hashes == 1:
            score = ONE_HASH_SCORE
        elif len(markers) >= kit.min_markers:
            score = MARKERS_ONLY_SCORE
        else:
            return None
        return Signal(
            self.name,
            score,
            f"Built from the {kit.name} scam kit",
            tuple(evidence),
            rule=f"kit-{kit.id}",
        )


def clones_of_listed(matches: list[CloneMatch]) -> list[Signal]:
    """The signal for a site whose template is shared with sites listed as fraud, if any."""
    listed = [m for m in matches if m.verdict == "fraud"]
    return [clone_signal(listed)] if listed else []


def clone_signal(listed: list[CloneMatch]) -> Signal:
    """The signal for a site whose template is shared with sites listed as fraud."""
    names = ", ".join(m.domain for m in listed[:3]) + (
        f" and {len(listed) - 3} more" if len(listed) > 3 else ""
    )
    evidence = tuple(
        Evidence(
            "",
            f"{m.domain}: DOM shape similarity {m.similarity:.2f}"
            + (f", shares {', '.join(m.shared[:2])}" if m.shared else "")
            + f" (cluster {m.cluster})",
            "fingerprint",
        )
        for m in listed[:6]
    )
    if any(m.distinctive >= KIT_EVIDENCE for m in listed):
        return Signal(
            "clone_template",
            KIT_CLONE_SCORE,
            f"Built from the same kit as {names}, listed as fraud",
            evidence,
            rule="kit-of-listed-fraud",
        )
    return Signal(
        "clone_template",
        CLONE_OF_LISTED_SCORE,
        f"Same template as {names}, listed as fraud",
        evidence,
        rule="clone-of-listed-fraud",
    )
