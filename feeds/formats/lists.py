"""Plain lists for resolvers, firewalls and ad blockers: domains, hosts, AdGuard/uBlock, watch."""

from __future__ import annotations

from feeds.formats import Snapshot, header, safe_domain


class DomainsText:
    """One domain per line, for tools that take a plain list."""

    filename = "domains.txt"
    description = "plain list, one domain per line"

    def render(self, snapshot: Snapshot) -> str:
        return header(snapshot, snapshot.listed) + "".join(
            f"{safe_domain(e.domain)}\n" for e in snapshot.listed
        )


class HostsFile:
    """A hosts(5) file that sinks each domain and its www name to 0.0.0.0."""

    filename = "hosts"
    description = "hosts file, 0.0.0.0 sinkhole"

    def render(self, snapshot: Snapshot) -> str:
        lines = [header(snapshot, snapshot.listed)]
        for entry in snapshot.listed:
            domain = safe_domain(entry.domain)
            lines.append(f"0.0.0.0 {domain}\n0.0.0.0 www.{domain}\n")
        return "".join(lines)


class AdblockList:
    """AdGuard / uBlock Origin syntax: `||domain^` blocks the domain and every subdomain."""

    filename = "adblock.txt"
    description = "AdGuard / uBlock Origin filter list"

    def render(self, snapshot: Snapshot) -> str:
        head = (
            "! Title: butcherblock fraud feed\n"
            f"! Updated: {snapshot.generated_at.isoformat()}\n"
            f"! Entries: {len(snapshot.listed)}\n"
        )
        return head + "".join(f"||{safe_domain(e.domain)}^\n" for e in snapshot.listed)


class WatchDomainsText:
    """`suspicious` domains, one per line: for analysts, never for blocking."""

    filename = "watch-domains.txt"
    description = "watch list (suspicious, not blocked), one domain per line"

    def render(self, snapshot: Snapshot) -> str:
        return header(snapshot, snapshot.watch, "watch") + "".join(
            f"{safe_domain(e.domain)}\n" for e in snapshot.watch
        )
