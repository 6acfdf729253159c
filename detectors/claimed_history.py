"""Claimed history that the registration date contradicts.

Kits say "established in 2009" and print "© 2009–2026" on a domain registered last month.
An old company can move to a new domain, so this is a supporting signal only, and only for
domains younger than two years.
"""

from __future__ import annotations

import re

from detectors.model import Capture, Evidence, Signal

SCORE = 50
MAX_DOMAIN_AGE_DAYS = 730
_CLAIMS = re.compile(
    r"(?i)(?:since|established(?: in)?|founded(?: in)?|operating since|in business since|"
    r"fundad[ao] en|desde|thành lập(?: năm| từ)?|成立于|创立于)\s*(19[5-9]\d|20[0-4]\d)"
    r"|©\s*(19[5-9]\d|20[0-4]\d)\s*[-–—]\s*\d{4}"
    r"|over\s+(\d{1,2})\s+years\s+of\s+experience"
)


class ClaimedHistoryDetector:
    name = "claimed_history"

    def detect(self, capture: Capture) -> list[Signal]:
        reg = capture.registration
        if reg is None or reg.created is None:
            return []
        age_days = (capture.fetched_at - reg.created).days
        if age_days > MAX_DOMAIN_AGE_DAYS:
            return []
        registered_year = reg.created.year
        for page in capture.pages:
            for match in _CLAIMS.finditer(page.text):
                year_text = match.group(1) or match.group(2)
                claimed = (
                    int(year_text) if year_text else capture.fetched_at.year - int(match.group(3))
                )
                if claimed < registered_year - 1:
                    snippet = " ".join(
                        page.text[max(0, match.start() - 60) : match.end() + 60].split()
                    )
                    return [
                        Signal(
                            self.name,
                            SCORE,
                            f"Claims a history since {claimed}, but the domain was registered "
                            f"{reg.created.date().isoformat()} ({age_days} days before the crawl)",
                            (
                                Evidence(page.url, f"…{snippet}…", "text", page.source, page.step),
                                Evidence(
                                    "",
                                    f"registered {reg.created.date().isoformat()}",
                                    "registration",
                                ),
                            ),
                            rule="claimed-history-contradicted",
                        )
                    ]
        return []
