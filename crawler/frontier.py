"""The crawl frontier: the sites a run still has to crawl, shared by every worker of the run.

A site is the unit of work, not a request: a site's pages share per-site state in the spider
(page budget, reserve links, render decisions), so a worker claims a whole site and crawls it
to the end. That is why the Redis frontier holds sites rather than scrapy-redis's queue of
requests: a request of one site taken by another worker would crawl without its site's state.

The frontier lives in the store (the default; SQLite or PostgreSQL) or in Redis
(`crawler.frontier = "redis://…"`). A claim is a lease: the sites of a worker that died go
back to the others after `crawler.claim_lease_seconds`, and a restarted worker of the same
name gives its own back at once. A site is done when its verdict is stored, so a `kill -9`
loses at most the sites in flight, which the next crawl takes again.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from feeds.domains import Target
from feeds.store import Store


@dataclass(frozen=True)
class Claim:
    """A site a worker took from the frontier."""

    target: Target
    source: str


class FrontierError(RuntimeError):
    """The frontier cannot be reached; the message says where."""


class Frontier(Protocol):
    run: str

    def add(self, entries: Iterable[tuple[Target, str]]) -> int:
        """Add (target, source) pairs; returns how many the run did not have yet."""
        ...

    def claim(self) -> Claim | None:
        """The next site nobody is crawling, or None when there is none."""
        ...

    def done(self, domain: str) -> None:
        """The site's verdict is stored: it is never crawled again in this run."""
        ...

    def counts(self) -> tuple[int, int]:
        """(sites done, sites in all) in this run."""
        ...

    def close(self) -> None: ...


def _entry(target: Target, source: str) -> str:
    return json.dumps({"host": target.host, "start_urls": list(target.start_urls), "s": source})


def _claim(domain: str, entry: str) -> Claim:
    data = json.loads(entry)
    return Claim(Target(domain, data["host"], tuple(data["start_urls"])), data["s"])


class ListFrontier:
    """The targets of one `scan` in this process: nothing to share, nothing to resume."""

    run = "scan"

    def __init__(self, targets: Iterable[Target]) -> None:
        self.pending = list(targets)[::-1]
        self.total = len(self.pending)
        self.finished = 0

    def add(self, entries: Iterable[tuple[Target, str]]) -> int:
        new = [target for target, _ in entries]
        self.pending[:0] = new[::-1]
        self.total += len(new)
        return len(new)

    def claim(self) -> Claim | None:
        return Claim(self.pending.pop(), "scan") if self.pending else None

    def done(self, domain: str) -> None:
        self.finished += 1

    def counts(self) -> tuple[int, int]:
        return self.finished, self.total

    def close(self) -> None:
        pass


def _from_redis(raw: str | bytes) -> Claim:
    return _claim(json.loads(raw)["d"], raw if isinstance(raw, str) else raw.decode())


class StoreFrontier:
    """The frontier as a table in the store, next to the verdicts it leads to."""

    def __init__(self, store: Store, run: str, worker: str, lease: timedelta) -> None:
        self.store, self.run, self.worker, self.lease = store, run, worker, lease

    def add(self, entries: Iterable[tuple[Target, str]]) -> int:
        return self.store.frontier_add(self.run, ((t.domain, _entry(t, s), s) for t, s in entries))

    def claim(self) -> Claim | None:
        row = self.store.frontier_claim(self.run, self.worker, datetime.now(UTC), self.lease)
        return None if row is None else _claim(row[0], row[1])

    def done(self, domain: str) -> None:
        self.store.frontier_done(self.run, domain, datetime.now(UTC))

    def counts(self) -> tuple[int, int]:
        return self.store.frontier_counts(self.run)

    def release_own_claims(self) -> int:
        return self.store.frontier_release(self.run, self.worker)

    def carry_over_unfinished(self) -> int:
        """Sites that earlier runs left (stopped at --max-duration, killed) join this run."""
        return sum(
            self.store.frontier_carry_over(old, self.run)
            for old in self.store.frontier_unfinished_runs(self.run)
        )

    def close(self) -> None:
        self.store.close()


# Redis keeps, per run: `seen` (every domain the run was given), `queue` (entries not claimed),
# `claims` (domain → worker, time, entry) and `done`; `runs` lists the runs for carry-over.
_ADD = """
if redis.call('SADD', KEYS[1], ARGV[1]) == 1 then
  redis.call('RPUSH', KEYS[2], ARGV[2])
  return 1
end
return 0
"""
_CLAIM = """
local now, lease, worker = tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[1]
local entry = redis.call('LPOP', KEYS[1])
local domain
if entry then
  domain = cjson.decode(entry).d
else
  local claims = redis.call('HGETALL', KEYS[2])
  for i = 1, #claims, 2 do
    local claim = cjson.decode(claims[i + 1])
    if now - claim.at > lease then
      domain, entry = claims[i], claim.entry
      break
    end
  end
  if not entry then return nil end
end
redis.call('HSET', KEYS[2], domain, cjson.encode({worker = worker, at = now, entry = entry}))
return entry
"""
_RELEASE = """
local claims = redis.call('HGETALL', KEYS[2])
local released = 0
for i = 1, #claims, 2 do
  local claim = cjson.decode(claims[i + 1])
  if claim.worker == ARGV[1] then
    redis.call('HDEL', KEYS[2], claims[i])
    redis.call('LPUSH', KEYS[1], claim.entry)
    released = released + 1
  end
end
return released
"""
_DONE = """
redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('SADD', KEYS[2], ARGV[1])
return 1
"""
_KEEP_SECONDS = 30 * 86400


class RedisFrontier:
    """The frontier in Redis, for several crawler processes (on one or more machines)."""

    def __init__(self, url: str, run: str, worker: str, lease: timedelta) -> None:
        import redis  # only needed in distributed mode

        self.run, self.worker, self.lease = run, worker, lease
        self.url = url
        self.redis = redis.Redis.from_url(url, socket_timeout=10, socket_connect_timeout=5)
        try:
            self.redis.ping()
        except redis.RedisError as exc:
            raise FrontierError(f"cannot reach the frontier {url}: {exc}") from None
        self._add, self._claim, self._release, self._done = (
            self.redis.register_script(script) for script in (_ADD, _CLAIM, _RELEASE, _DONE)
        )
        self.keys = self._keys(run)
        self.redis.sadd("butcherblock:runs", run)

    @staticmethod
    def _keys(run: str) -> dict[str, str]:
        return {k: f"butcherblock:run:{run}:{k}" for k in ("seen", "queue", "claims", "done")}

    def add(self, entries: Iterable[tuple[Target, str]]) -> int:
        added = 0
        for target, source in entries:
            entry = json.dumps({"d": target.domain, **json.loads(_entry(target, source))})
            added += int(
                self._add(keys=[self.keys["seen"], self.keys["queue"]], args=[target.domain, entry])
            )
        for key in self.keys.values():
            self.redis.expire(key, _KEEP_SECONDS)
        return added

    def claim(self) -> Claim | None:
        raw = self._claim(
            keys=[self.keys["queue"], self.keys["claims"]],
            args=[self.worker, time.time(), self.lease.total_seconds()],
        )
        return None if raw is None else _from_redis(raw)

    def done(self, domain: str) -> None:
        self._done(keys=[self.keys["claims"], self.keys["done"]], args=[domain])

    def counts(self) -> tuple[int, int]:
        return int(self.redis.scard(self.keys["done"])), int(self.redis.scard(self.keys["seen"]))

    def release_own_claims(self) -> int:
        return int(
            self._release(keys=[self.keys["queue"], self.keys["claims"]], args=[self.worker])
        )

    def carry_over_unfinished(self) -> int:
        moved = 0
        for raw_run in sorted(self.redis.smembers("butcherblock:runs")):
            old = raw_run.decode()
            if old >= self.run:
                continue
            keys = self._keys(old)
            entries = [e.decode() for e in self.redis.lrange(keys["queue"], 0, -1)]
            entries += [json.loads(c)["entry"] for c in self.redis.hvals(keys["claims"])]
            self.redis.delete(keys["queue"], keys["claims"])
            self.redis.srem("butcherblock:runs", old)
            moved += self.add((c.target, c.source) for c in map(_from_redis, entries))
        return moved

    def close(self) -> None:
        self.redis.close()


def open_frontier(
    url: str, store_url: str, data_dir: Any, run: str, worker: str, lease: timedelta
) -> StoreFrontier | RedisFrontier:
    """The frontier `crawler.frontier` names: empty for the store, `redis://…` for Redis."""
    if not url:
        return StoreFrontier(Store.open(store_url, data_dir), run, worker, lease)
    if url.startswith(("redis://", "rediss://", "unix://")):
        return RedisFrontier(url, run, worker, lease)
    raise FrontierError(f"crawler.frontier must be empty or redis://…, not {url!r}")
