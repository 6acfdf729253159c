"""The crawl frontier's contract, on each place it can live: the SQLite store, a PostgreSQL
store and Redis (real servers on loopback)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crawler.frontier import Frontier, RedisFrontier, StoreFrontier
from detectors.model import Verdict
from feeds.domains import parse_target
from feeds.store import FingerprintRecord, Store

LEASE = timedelta(minutes=15)
Factory = Callable[[str, str], Frontier]


@pytest.fixture(params=["sqlite", "postgresql", "redis"])
def make_frontier(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Factory]:
    """frontier(run, worker) on one shared backing store per test."""
    opened: list[Frontier] = []

    def keep(frontier: Frontier) -> Frontier:
        if threading.current_thread() is threading.main_thread():
            opened.append(frontier)  # a worker thread closes its own (SQLite: one per thread)
        return frontier

    if request.param == "redis":
        url = request.getfixturevalue("redis_url")

        def factory(run: str, worker: str) -> Frontier:
            return keep(RedisFrontier(url, run, worker, LEASE))
    else:
        url = request.getfixturevalue("postgres_url") if request.param == "postgresql" else ""

        def factory(run: str, worker: str) -> Frontier:
            return keep(StoreFrontier(Store.open(url, tmp_path), run, worker, LEASE))

    yield factory
    for frontier in opened:
        frontier.close()


def targets(*names: str) -> list[tuple[object, str]]:
    return [(parse_target(name), "seeds:test") for name in names]


def drain(frontier: Frontier) -> list[str]:
    claimed = []
    while (claim := frontier.claim()) is not None:
        claimed.append(claim.target.domain)
    return claimed


def test_a_domain_is_crawled_once_per_run_in_the_order_given(make_frontier: Factory) -> None:
    frontier = make_frontier("2026-11-23", "w1")
    assert frontier.add(targets("b.com", "a.com", "https://www.b.com/x")) == 2
    assert frontier.add(targets("a.com", "c.com")) == 1  # a later source naming a.com again
    claim = frontier.claim()
    assert claim is not None and claim.target.domain == "b.com" and claim.source == "seeds:test"
    assert claim.target.start_urls == ("https://b.com/", "http://b.com/")
    assert drain(frontier) == ["a.com", "c.com"]
    for domain in ("b.com", "a.com", "c.com"):
        frontier.done(domain)
    assert frontier.counts() == (3, 3)
    assert frontier.add(targets("a.com")) == 0  # done in this run: not again
    assert frontier.claim() is None


def test_two_workers_never_claim_the_same_site(make_frontier: Factory) -> None:
    names = [f"site{i}.com" for i in range(60)]
    make_frontier("run", "setup").add(targets(*names))
    claimed: list[list[str]] = [[], []]

    def work(i: int) -> None:
        worker = make_frontier("run", f"w{i}")
        while (claim := worker.claim()) is not None:
            claimed[i].append(claim.target.domain)
            worker.done(claim.target.domain)
        worker.close()

    threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(claimed[0] + claimed[1]) == sorted(names)  # each exactly once
    assert make_frontier("run", "w0").counts() == (60, 60)


def test_a_restarted_worker_takes_back_its_claims_and_others_wait_for_the_lease(
    make_frontier: Factory,
) -> None:
    first = make_frontier("run", "w1")
    first.add(targets("a.com", "b.com"))
    assert first.claim() is not None  # w1 is killed while crawling a.com
    other = make_frontier("run", "w2")
    assert drain(other) == ["b.com"]  # a.com is still leased to w1
    restarted = make_frontier("run", "w1")
    assert restarted.release_own_claims() == 1
    assert drain(restarted) == ["a.com"]


def test_an_expired_lease_goes_to_another_worker(make_frontier: Factory) -> None:
    first = make_frontier("run", "w1")
    first.add(targets("a.com"))
    assert first.claim() is not None  # then w1 dies on another machine
    other = make_frontier("run", "w2")
    assert other.claim() is None  # leased to w1
    other.lease = timedelta(seconds=-1)  # as if w1 had claimed it longer ago than the lease
    claim = other.claim()
    assert claim is not None and claim.target.domain == "a.com"


def test_what_a_stopped_run_left_is_carried_into_the_next(make_frontier: Factory) -> None:
    old = make_frontier("2026-11-22", "w1")
    old.add(targets("a.com", "b.com", "c.com"))
    claim = old.claim()
    assert claim is not None
    old.done(claim.target.domain)  # a.com done, b.com and c.com left (stopped at --max-sites)
    new = make_frontier("2026-11-23", "w1")
    new.add(targets("d.com"))
    assert new.carry_over_unfinished() == 2
    assert new.counts() == (0, 3)
    crawled = drain(new)
    assert sorted(crawled) == ["b.com", "c.com", "d.com"]
    for domain in crawled[:2]:
        new.done(domain)
    assert make_frontier("2026-11-24", "w1").carry_over_unfinished() == 1  # claimed, never done


def test_the_store_works_the_same_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    store = Store.open(postgres_url, tmp_path)
    when = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)
    verdict = Verdict("a.com", "fraud", 88, checked_at=when, reason="withdrawal fee")
    store.record_verdict(verdict, {"pages": []})
    assert store.latest_verdict("a.com") == verdict
    assert store.history("a.com") == [(when.isoformat(), "fraud", 88)]
    record = FingerprintRecord("a.com", "c-1", b"\x00\x01", None, "ff00", -5, ("sha",))
    store.save_fingerprint(record, when)
    assert list(store.fingerprints()) == [(record, "fraud")]
    assert store.submit("b.com", "https://b.com/", "api 127.0.0.1", when) == 1
    assert store.open_submissions() == [(1, "b.com", "https://b.com/")]
    store.close()
    again = Store.open(postgres_url, tmp_path)  # migrations run once, data stays
    assert [r[0] for r in again.listing_rows()] == ["a.com"]
    again.close()


def test_an_unusable_store_url_is_one_clear_line(tmp_path: Path) -> None:
    from feeds.store import StoreError

    with pytest.raises(StoreError, match=r"postgresql://butcherblock:\*\*\*@127\.0\.0\.1:9"):
        Store.open("postgresql://butcherblock:secret@127.0.0.1:9/x", tmp_path)
    with pytest.raises(StoreError, match="must be empty or postgresql"):
        Store.open("mysql://x", tmp_path)
