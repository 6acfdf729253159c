"""A DNS Response Policy Zone for BIND, Unbound, Knot Resolver and PowerDNS Recursor.

Each listed domain and its subdomains answer NXDOMAIN (`CNAME .`, RFC draft
draft-vixie-dnsop-dns-rpz). Names are relative to the zone's origin, which the resolver's
configuration sets. The SOA serial rises with every publish so secondaries pick it up.
"""

from __future__ import annotations

from feeds.formats import Snapshot, header, safe_domain


class RpzZone:
    filename = "rpz.zone"
    description = "DNS RPZ zone (NXDOMAIN for each domain and its subdomains)"

    def render(self, snapshot: Snapshot) -> str:
        lines = [
            header(snapshot, snapshot.listed, mark=";"),
            "$TTL 300\n",
            "@ IN SOA localhost. hostmaster.butcherblock.invalid. "
            f"( {snapshot.serial} 3600 600 604800 300 )\n",
            "  IN NS localhost.\n",
        ]
        for entry in snapshot.listed:
            domain = safe_domain(entry.domain)
            lines.append(f"{domain} CNAME .\n*.{domain} CNAME .\n")
        return "".join(lines)
