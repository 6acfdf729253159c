"""A DNS Response Policy Zone for BIND, Unbound, Knot Resolver and PowerDNS Recursor.

Each listed domain and its subdomains answer NXDOMAIN (`CNAME .`, RFC draft
draft-vixie-dnsop-dns-rpz). Names are relative to the zone's origin, which the resolver's
configuration sets. The SOA serial rises with every publish so secondaries pick it up.
"""

from __future__ import annotations

from collections.abc import Iterator

from feeds.formats import FeedFormat, Snapshot, header


class RpzZone(FeedFormat):
    filename = "rpz.zone"
    description = "DNS RPZ zone (NXDOMAIN for each domain and its subdomains)"

    def chunks(self, snapshot: Snapshot) -> Iterator[str]:
        yield header(snapshot, snapshot.listed, mark=";")
        yield (
            "$TTL 300\n"
            "@ IN SOA localhost. hostmaster.butcherblock.invalid. "
            f"( {snapshot.serial} 3600 600 604800 300 )\n"
            "  IN NS localhost.\n"
        )
        yield from (f"{e.domain} CNAME .\n*.{e.domain} CNAME .\n" for e in snapshot.listed)
