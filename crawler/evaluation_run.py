"""What `butcherblock eval` measures, split by split: passages, sites, languages, kits.

Train figures come from the corpora the detectors were developed against; held-out
figures from corpora written after they were frozen. Leave-one-kit-out asks what the
verdict on a kit's sites would be had that kit never been seen: the signals that rest on
knowing it (its fingerprint, clone links to its other sites) are dropped and the rest
judged again, which is exact because detectors are pure functions of the capture.
"""

from __future__ import annotations

from crawler.config import Config
from crawler.evaluation import PassageScore, evaluate, evaluate_passages
from crawler.sandbox.server import HELDOUT_DIR, SITES_DIR, SampleSite, load_sites
from crawler.suite import build_suite
from crawler.training import load_corpus
from detectors.model import Capture, Page, Verdict
from detectors.suite import pay_to_withdraw_reader
from detectors.verdict import judge

SPLITS = {
    "train": SITES_DIR,
    "heldout": HELDOUT_DIR,
    "heldout-2": HELDOUT_DIR.with_name("heldout-2"),
    "heldout-3": HELDOUT_DIR.with_name("heldout-3"),
}
"""Labelled site corpora: train (developed against), then held-out ones in the order written."""
SEAL = "SEALED"
"""A held-out split whose folder holds this file has not been measured yet: `eval` leaves it
out (sites and passages) unless it is asked for by name, so that nobody developing the
detectors sees its figures before a frozen commit is measured on it."""


def sealed(split: str) -> bool:
    return (SPLITS[split] / SEAL).is_file()


def default_splits() -> list[str]:
    """The splits `eval` measures when none is named: every existing one that is not sealed."""
    return [name for name, folder in SPLITS.items() if folder.is_dir() and not sealed(name)]


KIT_DETECTORS = ("clone_template",)


def passage_scores(config: Config, splits: list[str]) -> dict[str, list[PassageScore]]:
    """Pay-to-withdraw on the labelled passages of each of `splits` that has them."""
    suite = build_suite(config)
    reader = pay_to_withdraw_reader(suite.data)
    folder = config.paths("detectors.pay_to_withdraw_corpus")[0]
    result = {}
    for split in splits:
        path = folder / f"{split}.jsonl"
        if path.is_file():
            decided = [
                (p.id, p.lang, p.label, bool(reader.demands(p.text))) for p in load_corpus(path)
            ]
            result[split] = evaluate_passages(decided)
    return result


def site_splits() -> dict[str, dict[str, SampleSite]]:
    """Each split's sites, for the splits that exist (the report keeps those it has verdicts
    for, so a sealed split crawled by name is reported, and one left out is not)."""
    return {name: load_sites(folder) for name, folder in SPLITS.items() if folder.is_dir()}


def site_report(config: Config, labels: dict[str, str], verdicts: list[Verdict]) -> str:
    """The verdict and every detector, per language, and leave-one-kit-out: splits side by side."""
    policy = build_suite(config).policy
    splits = {
        name: (sites, [v for v in verdicts if v.domain in sites])
        for name, sites in site_splits().items()
    }
    splits = {name: pair for name, pair in splits.items() if pair[1]}
    names = list(splits)
    lines = [
        "",
        "sites: "
        + "; ".join(
            f"{name} {len(sites)} ({sum(s.label == 'fraud' for s in sites.values())} fraud)"
            for name, (sites, _) in splits.items()
        ),
    ]
    header = f"{'':<22}" + "".join(f"{name:>33}" for name in names)
    lines += [header, f"{'':<22}" + f"{'fired   FP  precision  recall':>33}" * len(names)]
    scores = {
        name: {s.name: s for s in evaluate(chosen, labels)} for name, (_, chosen) in splits.items()
    }
    rows = list(dict.fromkeys(r for name in names for r in scores[name]))
    for row in rows:
        cells = ""
        for name in names:
            score = scores[name].get(row)
            cells += (
                f"{score.fired:>9}{score.false_positives:>5}{score.precision:>11.2f}{score.recall:>8.2f}"
                if score
                else f"{'-':>33}"
            )
        lines.append(f"{row:<22}{cells}")
    lines.append("")
    lines.append(f"{'':<22}" + "".join(f"{'honest at suspicious':>33}" for _ in names))
    cells = ""
    for sites, chosen in splits.values():
        honest = sum(1 for s in sites.values() if s.label != "fraud")
        flagged = sum(
            1 for v in chosen if labels[v.domain] != "fraud" and v.verdict == "suspicious"
        )
        cells += f"{f'{flagged} of {honest}':>33}"
    lines.append(f"{'':<22}{cells}")
    lines.append("")
    lines.append(_per_language(splits, labels))
    for name, (sites, chosen) in splits.items():
        lines.append(f"{name}: {_leave_one_kit_out(sites, chosen, policy)}")
        missed = sorted(
            v.domain for v in chosen if labels[v.domain] == "fraud" and v.verdict != "fraud"
        )
        wrong = sorted(
            v.domain for v in chosen if labels[v.domain] != "fraud" and v.verdict == "fraud"
        )
        if missed:
            lines.append(f"{name}: fraud sites not listed: {', '.join(missed)}")
        if wrong:
            lines.append(f"{name}: honest sites listed: {', '.join(wrong)}")
    return "\n".join(lines)


def _per_language(
    splits: dict[str, tuple[dict[str, SampleSite], list[Verdict]]], labels: dict[str, str]
) -> str:
    """Fraud sites listed and honest sites listed, per language, the splits side by side."""
    table: dict[str, dict[str, list[int]]] = {}
    for name, (sites, chosen) in splits.items():
        for verdict in chosen:
            language = sites[verdict.domain].language or "?"
            row = table.setdefault(language, {}).setdefault(name, [0, 0, 0, 0])
            fraud = labels[verdict.domain] == "fraud"
            row[0 if fraud else 2] += 1
            row[1 if fraud else 3] += verdict.verdict == "fraud"
    names = list(splits)
    out = [
        f"{'language':<10}"
        + "".join(f"{name + ': fraud listed / honest listed':>40}" for name in names)
    ]
    for language in sorted(table):
        cells = ""
        for name in names:
            fraud, listed, honest, wrong = table[language].get(name, [0, 0, 0, 0])
            cells += (
                f"{f'{listed}/{fraud}   {wrong}/{honest}':>40}" if fraud + honest else f"{'-':>40}"
            )
        out.append(f"{language:<10}{cells}")
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
        if not members:  # an honest theme or site builder
            continue
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
