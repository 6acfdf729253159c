"""Every rule file is valid, and every rule proves itself (nuclei's habit).

A rule must fire on at least one page of a fraud sample site, must stay silent on
the honest sample sites' pages (commentary pages are excused: the detectors skip
them), and must not match the catch-all honeypot page.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse

from crawler.config import CONFIG_DIR
from crawler.page_parser import parse_page
from crawler.sandbox.server import SampleSite, load_sites
from detectors.commentary import CommentaryFilter
from detectors.model import Page
from detectors.rules import Rule, RuleError, load_rule, load_rules

RULES_DIR = CONFIG_DIR / "rules"
ALL_RULES = load_rules(RULES_DIR)
SIGNAL_FAMILIES = ("metatrader", "red-flags")
SIGNAL_RULES = [r for r in ALL_RULES if r.family in SIGNAL_FAMILIES and r.score > 0]
HEAD = "id: broken\ninfo: {name: x, severity: high}\n"
HONEYPOT = Path(__file__).parent / "data" / "honeypot.html"


def page_from(url: str, body: bytes) -> Page:
    return parse_page(HtmlResponse(url=url, body=body, encoding="utf-8"))


@cache
def sample_pages() -> dict[str, list[Page]]:
    pages: dict[str, list[Page]] = {}
    for host, site in load_sites().items():
        pages[host] = [
            page_from(f"http://{host}/{rel}", site.render(path)) for rel, path in _files(site)
        ]
    return pages


def _files(site: SampleSite) -> list[tuple[str, Path]]:
    files: dict[str, Path] = {}
    for root in site.roots:
        for path in sorted(root.rglob("*.html")):
            files.setdefault(str(path.relative_to(root)), path)
    return sorted(files.items())


def test_rule_files_are_valid_and_named_by_their_id() -> None:
    paths = sorted(RULES_DIR.rglob("*.yaml"))
    assert len(paths) == len(ALL_RULES) >= 10
    for rule in ALL_RULES:
        assert rule.id == rule.path.stem
        assert rule.references, f"{rule.id} cites no reference"
        assert rule.languages, f"{rule.id} names no language"


@pytest.mark.parametrize("rule", SIGNAL_RULES, ids=lambda r: r.id)
def test_rule_fires_on_a_fraud_sample_site(rule: Rule) -> None:
    sites = load_sites()
    hits = [
        p.url
        for host, pages in sample_pages().items()
        if sites[host].label == "fraud"
        for p in pages
        if rule.match(p)
    ]
    assert hits, f"{rule.id} fires on no fraud sample page"


@pytest.mark.parametrize("rule", SIGNAL_RULES, ids=lambda r: r.id)
def test_rule_is_silent_on_honest_sites_and_the_honeypot(rule: Rule) -> None:
    sites = load_sites()
    commentary = CommentaryFilter(load_rules(RULES_DIR, "context"))
    false_hits = [
        p.url
        for host, pages in sample_pages().items()
        if sites[host].label == "clean"
        for p in pages
        if rule.match(p) and commentary.why_commentary(p) is None
    ]
    assert false_hits == []
    assert rule.match(page_from("http://honeypot.test/", HONEYPOT.read_bytes())) is None


def test_commentary_rule_marks_anti_scam_articles_and_never_a_fraud_site() -> None:
    sites = load_sites()
    commentary = CommentaryFilter(load_rules(RULES_DIR, "context"))
    marked = {
        host
        for host, pages in sample_pages().items()
        for p in pages
        if commentary.why_commentary(p)
    }
    assert "scamwatch-notes.org" in marked
    assert {host for host in marked if sites[host].label == "fraud"} == set()


def test_licence_extractors_pull_the_numbers() -> None:
    page = Page(
        url="http://x.test/",
        status=200,
        text=(
            "Authorised by the Financial Conduct Authority (FRN 914027). CySEC licence 318/17. "
            "ASIC AFSL 447281. NFA ID 0512345. Seychelles FSA licence SD123. "
            "Regulated by the FSC of Mauritius, licence GB20025678."
        ),
    )
    found = {}
    for rule in load_rules(RULES_DIR, "licence"):
        hit = rule.match(page)
        assert hit is not None, rule.id
        found.update(hit.extracted)
    assert found == {
        "fca": ["914027"],
        "cysec": ["318/17"],
        "asic": ["447281"],
        "nfa": ["0512345"],
        "fsa": ["SD123"],
        "fsc": ["GB20025678"],
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "id: other\ninfo: {name: x, severity: high}\nmatchers: [{type: word, words: [a]}]\n",
            "must equal the file name",
        ),
        (
            "id: broken\ninfo: {name: x, severity: dire}\nmatchers: [{type: word, words: [a]}]\n",
            "severity 'dire'",
        ),
        (
            f"{HEAD}matchers: [{{type: word, part: body, words: [a]}}]\n",
            "part 'body'",
        ),
        (
            f"{HEAD}matchers: [{{type: regex, regex: ['(']}}]\n",
            "error",
        ),
        ("id: broken\ninfo: {name: x, severity: high}\nmatcher: []\n", "unknown key 'matcher'"),
        ("- just a list\n", "mapping"),
    ],
)
def test_malformed_rules_are_refused_with_the_file_named(
    tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(text)
    with pytest.raises(RuleError) as info:
        load_rule(path)
    assert str(path) in str(info.value) and message in str(info.value)
