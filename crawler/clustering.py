"""Clone clusters across runs: the index is filled from the store, every judged site joins
a cluster, and when a member is listed as fraud its siblings are judged again.

Cluster ids are stable: a site joins the cluster of the closest site seen before, and a site
that matches nobody founds a cluster named after itself (`c-` + a hash of its domain).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import datetime

import numpy as np

from detectors.clone_index import CloneIndex, CloneMatch, Fingerprint
from detectors.clone_template import clone_signal, clones_of_listed
from detectors.model import Capture, Signal, Verdict
from detectors.verdict import VerdictPolicy, judge, rejudge
from feeds.store import FingerprintRecord, Store


def load_index(store: Store) -> CloneIndex:
    index = CloneIndex()
    for record, verdict in store.fingerprints():
        index.add(_fingerprint(record), record.cluster, verdict)
    return index


def _fingerprint(r: FingerprintRecord) -> Fingerprint:
    return Fingerprint(
        r.domain, _values(r.shape), r.favicon, frozenset(r.assets), _values(r.text), r.phash
    )


LATE_COMMITS = 64
"""Verdict ids read again at each catch-up in PostgreSQL, which may commit a row after one
with a higher id (SQLite's writers take turns, so its ids commit in order)."""


@dataclass
class IndexFollower:
    """Keeps a crawl's clone index level with the store that other processes of the same run
    write to (`crawl --processes`, distributed workers): before a site is judged, the sites
    they judged since are added, so clones crawled by two processes are linked at once."""

    store: Store
    index: CloneIndex
    after: int
    """The last verdict id read."""
    own: set[str] = field(default_factory=set)
    """Sites this process judged (their fingerprints are in the index already)."""
    read: set[int] = field(default_factory=set)
    """Verdict ids read among the last `late`."""
    late: int = 0
    """How many ids before the last one read may still be committed."""

    @classmethod
    def load(cls, store: Store) -> IndexFollower:
        after = store.last_verdict_id()  # first: what is stored while loading is read again
        late = LATE_COMMITS if store.dialect == "postgresql" else 0
        return cls(store, load_index(store), after, late=late)

    def judged_here(self, domain: str) -> None:
        self.own.add(domain)

    def catch_up(self) -> int:
        """Add what was stored since the last look; returns how many fingerprints it read."""
        fetched = 0
        for row_id, domain, label in self.store.verdicts_after(max(0, self.after - self.late)):
            if row_id in self.read:
                continue
            self.read.add(row_id)
            self.after = max(self.after, row_id)
            record = None if domain in self.own else self.store.fingerprint_of(domain)
            if record is None:  # this process's own site (perhaps re-judged elsewhere)
                self.index.set_verdict(domain, label)
            else:  # new to this process, or crawled again by another one
                self.index.add(_fingerprint(record), record.cluster, label)
                fetched += 1
        self.read = {i for i in self.read if i > self.after - self.late}
        return fetched


def _values(blob: bytes | None) -> np.ndarray | None:
    return np.frombuffer(blob, dtype=np.uint32).copy() if blob else None


def judge_among_clones(
    capture: Capture,
    signals: list[Signal],
    fp: Fingerprint,
    index: CloneIndex,
    policy: VerdictPolicy,
) -> Verdict:
    """The verdict on the detectors' signals plus what the index knows: a clone of a listed
    site is a signal, and the site joins its closest clone's cluster."""
    matches = index.query(fp)
    verdict = judge(capture, signals + clones_of_listed(matches), policy)
    return replace(verdict, cluster=cluster_for(capture.domain, matches))


def cluster_for(domain: str, matches: list[CloneMatch]) -> str:
    if matches:
        return matches[0].cluster
    return "c-" + hashlib.sha256(domain.encode()).hexdigest()[:10]


def remember(
    store: Store, index: CloneIndex, fp: Fingerprint, verdict: Verdict, when: datetime
) -> None:
    index.add(fp, verdict.cluster, verdict.verdict)
    record = FingerprintRecord(
        fp.domain,
        verdict.cluster,
        fp.shape_bytes(),
        fp.text_bytes(),
        fp.phash,
        fp.favicon,
        tuple(sorted(fp.assets)),
    )
    store.save_fingerprint(record, when)


FINAL = ("fraud", "unreachable")
"""Verdicts a sibling's listing does not change."""


def rejudge_siblings(
    store: Store, index: CloneIndex, policy: VerdictPolicy, listed: Verdict
) -> list[Verdict]:
    """Judge every sibling of a site just listed as fraud again; store the new verdicts."""
    if listed.verdict != "fraud" or not listed.cluster:
        return []
    rejudged = []
    for sibling in store.cluster_members(listed.cluster):
        # The index holds every member's latest verdict: a cluster of thousands of clones
        # is mostly fraud already, and loading each of their verdicts for every new member
        # made a crawl quadratic in the cluster's size.
        if sibling == listed.domain or index.verdicts.get(sibling) in FINAL:
            continue
        previous = store.latest_verdict(sibling)
        if previous is None or previous.verdict in FINAL:
            continue
        match = index.match_between(sibling, listed.domain, "fraud")
        if sibling not in index.clusters:  # stored by another process, not followed yet
            match = CloneMatch(listed.domain, 1.0, (), listed.cluster, "fraud")
        verdict = rejudge(
            replace(previous, cluster=listed.cluster),
            clone_signal([match]),
            policy,
            f"{listed.domain}, a clone in the same cluster, was listed as fraud",
        )
        store.record_verdict(verdict, {"rejudged_because": listed.domain})
        index.set_verdict(sibling, verdict.verdict)
        rejudged.append(verdict)
    return rejudged
