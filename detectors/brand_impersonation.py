"""Brand impersonation: a domain that carries a well-known exchange's or broker's name
without being one of its domains (`binance-vipearn.com`).

Brands and their official domains are data (`config/brands.csv`). Only distinctive names
are listed there: a common word ("gemini", "vanguard") in an honest small business's
domain must not raise this signal.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from detectors.model import Capture, Evidence, Signal

DOMAIN_SCORE = 70
TITLE_SCORE = 40
_OFFICIAL = re.compile(r"\bofficial\b|官方|oficial|chính thức", re.IGNORECASE)


@dataclass(frozen=True)
class Brand:
    name: str
    token: str
    """Lower-case letters and digits looked for in domain names."""
    domains: frozenset[str]


def load_brands(path: Path) -> list[Brand]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    return [
        Brand(
            r["brand"].strip(),
            re.sub(r"[^a-z0-9]", "", r["brand"].lower()),
            frozenset(r["domains"].lower().split()),
        )
        for r in rows
    ]


def _carries(part: str, token: str) -> bool:
    """`binance` in `binance`, `binancevip`, `vipbinance`; short names only as a whole part."""
    if len(token) < 5:
        return part == token
    return part.startswith(token) or part.endswith(token)


class BrandImpersonationDetector:
    name = "brand_impersonation"

    def __init__(self, brands: list[Brand]) -> None:
        self.brands = brands

    def detect(self, capture: Capture) -> list[Signal]:
        signals = []
        parts = re.split(r"[^a-z0-9]+", capture.domain.rsplit(".", 1)[0].lower())
        title = next((p.title for p in capture.pages if p.title), "")
        for brand in self.brands:
            if capture.domain in brand.domains:
                continue
            if brand.token and any(_carries(part, brand.token) for part in parts):
                signals.append(
                    Signal(
                        self.name,
                        DOMAIN_SCORE,
                        f"Domain carries the {brand.name} name but is not one of its domains",
                        (
                            Evidence(
                                "",
                                f"{capture.domain} (official: {', '.join(sorted(brand.domains))})",
                                "fingerprint",
                            ),
                        ),
                        rule=f"brand-in-domain-{brand.token}",
                    )
                )
            elif brand.name.lower() in title.lower() and _OFFICIAL.search(title):
                signals.append(
                    Signal(
                        self.name,
                        TITLE_SCORE,
                        f"Title claims to be an official {brand.name} site",
                        (Evidence(capture.start_url, title, "text"),),
                        rule=f"brand-in-title-{brand.token}",
                    )
                )
        return signals
