"""Plain lists for resolvers, firewalls and ad blockers: domains, hosts, AdGuard/uBlock, watch."""

from __future__ import annotations

from collections.abc import Iterator

from feeds.formats import FeedFormat, Snapshot, header


class DomainsText(FeedFormat):
    """One domain per line, for tools that take a plain list."""

    filename = "domains.txt"
    description = "plain list, one domain per line"

    def chunks(self, snapshot: Snapshot) -> Iterator[str]:
        yield header(snapshot, snapshot.listed)
        yield from (f"{e.domain}\n" for e in snapshot.listed)


class HostsFile(FeedFormat):
    """A hosts(5) file that sinks each domain and its www name to 0.0.0.0."""

    filename = "hosts"
    description = "hosts file, 0.0.0.0 sinkhole"

    def chunks(self, snapshot: Snapshot) -> Iterator[str]:
        yield header(snapshot, snapshot.listed)
        yield from (f"0.0.0.0 {e.domain}\n0.0.0.0 www.{e.domain}\n" for e in snapshot.listed)


class AdblockList(FeedFormat):
    """AdGuard / uBlock Origin syntax: `||domain^` blocks the domain and every subdomain."""

    filename = "adblock.txt"
    description = "AdGuard / uBlock Origin filter list"

    def chunks(self, snapshot: Snapshot) -> Iterator[str]:
        yield (
            "! Title: butcherblock fraud feed\n"
            f"! Updated: {snapshot.generated_at.isoformat()}\n"
            f"! Entries: {len(snapshot.listed)}\n"
        )
        yield from (f"||{e.domain}^\n" for e in snapshot.listed)


class WatchDomainsText(FeedFormat):
    """`suspicious` domains, one per line: for analysts, never for blocking."""

    filename = "watch-domains.txt"
    description = "watch list (suspicious, not blocked), one domain per line"

    def chunks(self, snapshot: Snapshot) -> Iterator[str]:
        yield header(snapshot, snapshot.watch, "watch")
        yield from (f"{e.domain}\n" for e in snapshot.watch)
