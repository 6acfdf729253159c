"""Routes and API paths that a single-page app names in its own bundle.

An app's pages and the JSON behind them are often reachable by no link at all: the
router's table (`pages/notice/index` in a uni-app build, `/help/:id` in Vue) and the API
client's paths (`/api/notice/list`) are string literals in the site's own scripts. Taken
from there, routes are rendered as hash routes and API paths fetched with GET, within the
site's page budget. Paths whose words speak of paying, ordering, signing out or changing
anything are never requested.
"""

from __future__ import annotations

import re

ROUTE = re.compile(r"""["'`]/?(pages/[A-Za-z0-9_\-]+(?:/[A-Za-z0-9_\-]+){0,4})["'`?]""")
API = re.compile(r"""["'`](/(?:api|v\d|app|h5)/[A-Za-z0-9_\-]+(?:/[A-Za-z0-9_\-.]+){0,5})["'`?]""")
UNSAFE = re.compile(
    r"pay|deposit|recharge|order|buy|purchase|logout|signout|login|register|delete|remove|"
    r"update|create|submit|apply|upload|transfer|withdraw/(?:apply|submit|create)|bind|"
    r"(?<![a-z])set(?![a-z])",
    re.I,
)
MAX_EACH = 40


def paths_in_bundle(script: str) -> tuple[list[str], list[str]]:
    """(routes, api paths) named in `script`, first occurrences in order, unsafe ones left out."""
    routes = _unique(m.group(1) for m in ROUTE.finditer(script))
    apis = _unique(m.group(1) for m in API.finditer(script))
    return routes, [a for a in apis if not UNSAFE.search(a)]


def _unique(items: object) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:  # type: ignore[attr-defined]
        if len(seen) >= MAX_EACH:
            break
        seen.setdefault(item, None)
    return list(seen)
