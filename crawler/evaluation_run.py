"""What `butcherblock eval` measures, split by split: passages, sites, languages, kits.

Train figures come from the corpora the detectors were developed against; held-out
figures from corpora written after they were frozen. Leave-one-kit-out asks what the
verdict on a kit's sites would be had that kit never been seen: the signals that rest on
knowing it (its fingerprint, clone links to its other sites) are dropped and the rest
judged again, which is exact because detectors are pure functions of the capture.
"""

from __future__ import annotations

from crawler.config import Config
from crawler.evaluation import PassageScore, evaluate, evaluate_passages, render_table
from crawler.sandbox.server import HELDOUT_DIR, SITES_DIR, SampleSite, load_sites
from crawler.suite import build_suite
from crawler.training import load_corpus
from detectors.model import Capture, Page, Verdict
from detectors.suite import pay_to_withdraw_reader
from detectors.verdict import judge

SPLITS = {"train": SITES_DIR, "heldout": HELDOUT_DIR}
KIT_DETECTORS = ("clone_template",)


def passage_scores(config: Config) -> dict[str, list[PassageScore]]:
    """Pay-to-withdraw on the labelled passages of each split that exists."""
    suite = build_suite(config)
    reader = pay_to_withdraw_reader(suite.data)
    folder = config.paths("detectors.pay_to_withdraw_corpus")[0]
    result = {}
    for split in ("train", "heldout"):
        path = folder / f"{split}.jsonl"
        if path.is_file():
            decided = [
                (p.id, p.lang, p.label, bool(reader.demands(p.text))) for p in load_corpus(path)
            ]
            result[split] = evaluate_passages(decided)
    return result


def site_report(config: Config, labels: dict[str, str], verdicts: list[Verdict]) -> str:
    """Per split: the verdict and every detector, per language, and leave-one-kit-out."""
    policy = build_suite(config).policy
    lines = []
    for split, folder in SPLITS.items():
        sites = load_sites(folder)
        chosen = [v for v in verdicts if v.domain in sites]
        if not chosen:
            continue
        frauds = sum(1 for s in sites.values() if s.label == "fraud")
        honest = len(sites) - frauds
        suspicious = [
            v.domain for v in chosen if labels[v.domain] != "fraud" and v.verdict == "suspicious"
        ]
        lines += [
            f"\n== {split}: {len(sites)} sites ({frauds} fraud, {honest} honest) ==",
            render_table(evaluate(chosen, labels)),
            f"honest sites at suspicious: {len(suspicious)} of {honest}"
            + (f" ({', '.join(suspicious)})" if suspicious else ""),
            _per_language(sites, chosen, labels),
            _leave_one_kit_out(sites, chosen, policy),
        ]
        missed = [v.domain for v in chosen if labels[v.domain] == "fraud" and v.verdict != "fraud"]
        if missed:
            lines.append("fraud sites not listed: " + ", ".join(sorted(missed)))
    return "\n".join(lines)


def _per_language(
    sites: dict[str, SampleSite], verdicts: list[Verdict], labels: dict[str, str]
) -> str:
    rows = {}
    for verdict in verdicts:
        language = sites[verdict.domain].language or "?"
        row = rows.setdefault(language, [0, 0, 0, 0])  # fraud, listed, honest, honest listed
        fraud = labels[verdict.domain] == "fraud"
        row[0 if fraud else 2] += 1
        row[1 if fraud else 3] += verdict.verdict == "fraud"
    out = [f"{'language':<10}{'fraud':>7}{'listed':>8}{'recall':>8}{'honest':>8}{'listed':>8}"]
    for language, (fraud, listed, honest, wrong) in sorted(rows.items()):
        recall = f"{listed / fraud:.2f}" if fraud else "-"
        out.append(f"{language:<10}{fraud:>7}{listed:>8}{recall:>8}{honest:>8}{wrong:>8}")
    return "\n".join(out)


def _leave_one_kit_out(sites: dict[str, SampleSite], verdicts: list[Verdict], policy) -> str:  # type: ignore[no-untyped-def]
    by_domain = {v.domain: v for v in verdicts}
    kits = sorted({s.kit for s in sites.values() if s.kit})
    if not kits:
        return "leave-one-kit-out: no kits in this split"
    caught = total = 0
    parts = []
    for kit in kits:
        members = [h for h, s in sites.items() if s.kit == kit and s.label == "fraud"]
        listed = 0
        for host in members:
            verdict = by_domain.get(host)
            if verdict is None:
                continue
            kept = [s for s in verdict.signals if s.detector not in KIT_DETECTORS]
            capture = Capture(
                domain=host,
                start_url=verdict.url,
                fetched_at=verdict.checked_at,  # type: ignore[arg-type]
                pages=(
                    Page(url=verdict.url, status=200 if verdict.verdict != "unreachable" else 599),
                ),
            )
            listed += judge(capture, kept, policy).verdict == "fraud"
        caught += listed
        total += len(members)
        parts.append(f"{kit} {listed}/{len(members)}")
    recall = caught / total if total else 1.0
    return f"leave-one-kit-out recall {recall:.2f} ({', '.join(parts)})"
