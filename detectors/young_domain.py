"""Young domain: scam platforms are redeployed on freshly registered domains every week.

Age is measured from the registration record (RDAP, WHOIS fallback) to the
capture time, never to the wall clock. New honest businesses register domains
every day too, so the verdict never lists on this signal alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from detectors.model import Capture, Evidence, Signal


@dataclass(frozen=True)
class AgeThresholds:
    """Thresholds from `[detectors.young_domain]` in the config."""

    very_young_days: int = 30
    """Younger than this: the strongest age signal."""
    young_days: int = 180
    """Younger than this: a weaker age signal."""
    very_young_score: int = 60
    young_score: int = 35
    short_registration_days: int = 400
    """A registration period shorter than this (a one-year registration) adds a little."""
    short_registration_bonus: int = 10


class YoungDomainDetector:
    name = "young_domain"

    def __init__(self, thresholds: AgeThresholds) -> None:
        self.t = thresholds

    def detect(self, capture: Capture) -> list[Signal]:
        reg = capture.registration
        if reg is None or reg.created is None:
            return []
        age_days = (capture.fetched_at - reg.created).days
        if age_days >= self.t.young_days:
            return []
        score = self.t.very_young_score if age_days < self.t.very_young_days else self.t.young_score
        evidence = [
            Evidence(
                "",
                f"registered {reg.created.date().isoformat()} ({age_days} days before the crawl), "
                f"source {reg.source}",
                "registration",
            )
        ]
        if reg.expires is not None:
            term = (reg.expires - reg.created).days
            evidence.append(
                Evidence("", f"expires {reg.expires.date().isoformat()}", "registration")
            )
            if term < self.t.short_registration_days:
                score += self.t.short_registration_bonus
        if reg.registrar:
            evidence.append(Evidence("", f"registrar {reg.registrar}", "registration"))
        if reg.privacy:
            evidence.append(Evidence("", "registrant details redacted for privacy", "registration"))
        return [
            Signal(
                self.name,
                min(score, 100),
                f"Domain registered {age_days} days ago",
                tuple(evidence),
                rule="young-domain",
            )
        ]
