"""Clone clusters across runs, on the real store and index: a dormant clone is caught once
a sibling is listed, and cluster ids survive a restart."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from crawler.clustering import (
    IndexFollower,
    judge_among_clones,
    load_index,
    rejudge_siblings,
    remember,
)
from crawler.config import load_config
from crawler.sandbox.server import KITS_DIR
from crawler.suite import build_suite
from detectors.clone_index import fingerprint
from detectors.model import Capture, Page, Registration, Verdict
from feeds.store import Store

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
KIT_HOME = (KITS_DIR / "novatrade" / "www" / "index.html").read_text(encoding="utf-8")
FEE_DEMAND = (
    "Before your withdrawal can be released you must pay the 20% capital gains tax. "
    "The tax cannot be deducted from your account balance."
)


def capture(domain: str, text: str, registered_days_ago: int) -> Capture:
    home = Page(url=f"http://{domain}/", status=200, text=text, html=KIT_HOME)
    registration = Registration(domain, "rdap", created=NOW - timedelta(days=registered_days_ago))
    return Capture(domain, f"http://{domain}/", NOW, pages=(home,), registration=registration)


def judge_and_remember(store: Store, data_dir: Path, cap: Capture) -> tuple[Verdict, list[Verdict]]:
    index = load_index(store)  # as a fresh crawl would
    suite = build_suite(load_config(data_dir=data_dir))
    fp = fingerprint(cap)
    verdict = judge_among_clones(cap, suite.detect(cap), fp, index, suite.policy)
    remember(store, index, fp, verdict, NOW)
    store.record_verdict(verdict, {})
    return verdict, rejudge_siblings(store, index, suite.policy, verdict)


def test_dormant_clone_is_listed_when_a_sibling_is(tmp_path: Path) -> None:
    store = Store.in_data_dir(tmp_path)
    dormant, _ = judge_and_remember(
        store, tmp_path, capture("quiet-clone.com", "Welcome traders.", 10)
    )
    assert dormant.verdict == "clean"

    listed, rejudged = judge_and_remember(
        store, tmp_path, capture("loud-clone.com", FEE_DEMAND, 12)
    )
    assert listed.verdict == "fraud"
    assert listed.cluster == dormant.cluster  # joined the dormant clone's cluster

    assert [v.domain for v in rejudged] == ["quiet-clone.com"]
    again = store.latest_verdict("quiet-clone.com")
    assert again is not None and again.verdict == "fraud"
    assert "re-judged because loud-clone.com" in again.reason
    clone = next(s for s in again.signals if s.rule == "clone-of-listed-fraud")
    assert "loud-clone.com" in clone.summary
    assert [v for _, v, _ in store.history("quiet-clone.com")] == ["clean", "fraud"]


def test_an_old_domain_sharing_a_listed_template_goes_to_the_watch_feed_only(
    tmp_path: Path,
) -> None:
    """One detector never lists: a template match alone on an old domain is `suspicious`."""
    store = Store.in_data_dir(tmp_path)
    judge_and_remember(store, tmp_path, capture("old-clone.com", "Welcome traders.", 900))
    _, rejudged = judge_and_remember(store, tmp_path, capture("loud-clone.com", FEE_DEMAND, 12))
    assert [(v.domain, v.verdict) for v in rejudged] == [("old-clone.com", "suspicious")]


def test_a_new_clone_of_a_listed_site_is_caught_by_the_index(tmp_path: Path) -> None:
    store = Store.in_data_dir(tmp_path)
    judge_and_remember(store, tmp_path, capture("loud-clone.com", FEE_DEMAND, 12))
    later, _ = judge_and_remember(
        store, tmp_path, capture("fresh-clone.com", "Welcome traders.", 15)
    )
    assert later.verdict == "fraud"
    assert any(s.rule == "clone-of-listed-fraud" for s in later.signals)


def test_unrelated_templates_do_not_cluster(tmp_path: Path) -> None:
    store = Store.in_data_dir(tmp_path)
    first, _ = judge_and_remember(store, tmp_path, capture("loud-clone.com", FEE_DEMAND, 12))
    other = Capture(
        "bakery.com",
        "http://bakery.com/",
        NOW,
        pages=(
            Page(
                url="http://bakery.com/",
                status=200,
                text="Fresh bread daily.",
                html="<html><body>"
                + "<p class='menu-item'>Sourdough</p><ul><li>Rye</li></ul>" * 20
                + "</body></html>",
            ),
        ),
    )
    verdict, _ = judge_and_remember(store, tmp_path, other)
    assert verdict.cluster != first.cluster and verdict.verdict == "clean"


def test_a_process_sees_the_clones_another_process_of_the_run_judged(tmp_path: Path) -> None:
    """Two processes of one crawl, each with its own store connection and index (loaded when
    it started): the one that did not judge the listed site catches up before judging."""
    suite = build_suite(load_config(data_dir=tmp_path))
    here, there = Store.in_data_dir(tmp_path), Store.in_data_dir(tmp_path)
    follower = IndexFollower.load(here)  # this process starts; the other one then lists a site
    judge_and_remember(there, tmp_path, capture("loud-clone.com", FEE_DEMAND, 12))
    assert "loud-clone.com" not in follower.index.clusters

    assert follower.catch_up() == 1
    assert follower.index.verdicts["loud-clone.com"] == "fraud"
    assert follower.catch_up() == 0  # read once
    cap = capture("fresh-clone.com", "Welcome traders.", 15)
    verdict = judge_among_clones(
        cap, suite.detect(cap), fingerprint(cap), follower.index, suite.policy
    )
    assert verdict.verdict == "fraud"
    assert verdict.cluster == there.fingerprint_of("loud-clone.com").cluster  # type: ignore[union-attr]

    # A verdict that changes (a sibling re-judged elsewhere) reaches the index too.
    listed = there.latest_verdict("loud-clone.com")
    assert listed is not None
    there.record_verdict(replace(listed, verdict="suspicious"), {})
    follower.catch_up()
    assert follower.index.verdicts["loud-clone.com"] == "suspicious"
