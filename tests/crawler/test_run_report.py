"""The run report on a real store: numbers that match the data, clusters that grew, hostile
strings escaped, nothing fetched from the web, and every picture loads in Chromium."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import Browser, Route, sync_playwright

from crawler.candidates import Candidate
from crawler.report_history import read_history
from crawler.run_report import ReportFiles, RunSummary, write, write_report
from detectors.model import Verdict
from feeds.domains import parse_target
from feeds.store import FingerprintRecord, Store

STARTED = datetime(2026, 11, 23, 2, 30, tzinfo=UTC)
FINISHED = STARTED + timedelta(minutes=20)
HOSTILE_DOMAIN = "<script>alert(1)</script>.top"
HOSTILE_REASON = 'http://x.top/: <img src="https://evil.example/p.png" onerror=alert(2)>'
HOSTILE_INPUT = "seeds:a.txt: '<script src=https://cdn.evil/x.js></script>' contains spaces"


class Markup(HTMLParser):
    """Every element and attribute of a page, and its CSS, as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.css = ""
        self._in_style = False

    @property
    def tags(self) -> set[str]:
        return {tag for tag, _ in self.elements}

    @property
    def attributes(self) -> list[tuple[str, str, str]]:
        return [(tag, name, value or "") for tag, attrs in self.elements for name, value in attrs]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, attrs))
        self._in_style = tag == "style"

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.css += data

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False


def days_ago(n: float) -> datetime:
    return STARTED - timedelta(days=n)


def record(
    store: Store, domain: str, label: str, when: datetime, reason: str = "", shot: str = ""
) -> Verdict:
    score = {"fraud": 90, "suspicious": 50}.get(label, 0)
    verdict = Verdict(domain, label, score, checked_at=when, reason=reason)  # type: ignore[arg-type]
    store.record_verdict(verdict, {"screenshot": shot or None, "pages": []})
    return verdict


def join(store: Store, domain: str, cluster: str, when: datetime) -> None:
    store.save_fingerprint(FingerprintRecord(domain, cluster, None, None, None, None, ()), when)


@dataclass(frozen=True)
class Tonight:
    data_dir: Path
    summary: RunSummary
    files: ReportFiles


@pytest.fixture(scope="module")
def tonight(tmp_path_factory: pytest.TempPathFactory) -> Tonight:
    """A store with 30 days of history and two kit clusters; tonight's run, and its report.

    Tonight two new sites join kit A (2 → 4), a lone site founds a cluster of one, three sites
    fail (one with a hostile domain and reason), and a seed line is hostile markup.
    """
    data_dir = tmp_path_factory.mktemp("data")
    (data_dir / "screenshots").mkdir()
    Image.new("RGB", (1280, 800), "#204080").save(data_dir / "screenshots" / "alpha-fx.com.png")
    store = Store.in_data_dir(data_dir)
    record(store, "gamma-trade.net", "fraud", days_ago(30))
    record(store, "beta-coin.top", "suspicious", days_ago(20))
    record(store, "alpha-fx.com", "fraud", days_ago(10), shot="screenshots/alpha-fx.com.png")
    record(store, "beta-coin.top", "fraud", days_ago(5))
    record(store, "gamma-trade.net", "clean", days_ago(3))
    record(store, "delta-one.com", "clean", days_ago(12), shot="../../../etc/hostname")
    record(store, "delta-two.com", "suspicious", days_ago(12))
    for domain in ("alpha-fx.com", "beta-coin.top"):
        join(store, domain, "c-kit-a", days_ago(5))
    for domain in ("delta-one.com", "delta-two.com"):
        join(store, domain, "c-kit-b", days_ago(12))
    run = STARTED + timedelta(minutes=5)
    verdicts = [
        record(store, "kit-one.com", "fraud", run),
        record(store, "kit-two.com", "suspicious", run),
        record(store, "solo-site.com", "clean", run),
        record(store, "gone-1.com", "unreachable", run, "https://gone-1.com/: DNS lookup failed"),
        record(store, "gone-2.com", "unreachable", run, "https://gone-2.com/: DNS lookup failed"),
        record(store, HOSTILE_DOMAIN, "unreachable", run, HOSTILE_REASON),
    ]
    join(store, "kit-one.com", "c-kit-a", run)
    join(store, "kit-two.com", "c-kit-a", run)
    join(store, "solo-site.com", "c-solo", run)
    summary = RunSummary(
        STARTED,
        [Candidate(parse_target(v.domain), "seeds:a.txt") for v in verdicts if "<" not in v.domain],
        [HOSTILE_INPUT],
        verdicts,
        {"gather": 0.4, "crawl and judge": 61.5, "publish": 1.2},
        ("kit-one.com",),
        ("gamma-trade.net",),
        "serial 2026112301",
        finished=FINISHED,
    )
    try:
        return Tonight(data_dir, summary, write_report(summary, data_dir, store))
    finally:
        store.close()


def test_listings_per_day_follow_each_domains_newest_verdict(tonight: Tonight) -> None:
    store = Store.in_data_dir(tonight.data_dir)
    days = {d.day: d for d in read_history(store, STARTED, FINISHED).days}
    store.close()
    assert len(days) == 90 and max(days) == STARTED.date()
    assert (days[days_ago(31).date()].listed, days[days_ago(31).date()].watched) == (0, 0)
    assert (days[days_ago(20).date()].listed, days[days_ago(20).date()].watched) == (1, 1)
    assert (days[days_ago(12).date()].listed, days[days_ago(12).date()].watched) == (1, 2)
    assert days[days_ago(5).date()].listed == 3  # gamma, alpha, and beta moved from watch
    assert days[days_ago(3).date()].listed == 2  # gamma turned clean
    assert (days[STARTED.date()].listed, days[STARTED.date()].watched) == (3, 2)


def test_report_folder_has_markdown_html_charts_and_a_latest_copy(tonight: Tonight) -> None:
    files, data_dir = tonight.files, tonight.data_dir
    assert files.folder == data_dir / "reports" / "crawl-20261123-023000"
    assert files.markdown == files.folder / "report.md" and files.html.name == "report.html"
    names = sorted(p.name for p in files.images)
    assert names == ["clusters.png", "listings.png", "stages.png", "thumb-1.png"]
    for image in files.images:
        with Image.open(image) as picture:
            picture.verify()
            assert picture.format == "PNG" and picture.width > 100
    with Image.open(files.folder / "thumb-1.png") as thumb:
        assert thumb.size == (240, 150)  # the top of alpha-fx.com's screenshot, scaled down
    latest = files.latest.read_text()
    assert files.latest == data_dir / "reports" / "latest.html"
    assert 'src="crawl-20261123-023000/listings.png"' in latest

    md = files.markdown.read_text()
    assert "- crawled: 6 — 1 fraud, 1 suspicious, 1 clean, 3 unreachable" in md
    assert "- feed: +1 −1 (serial 2026112301)" in md
    assert "- listed: 3 (watched 2) at the end of 2026-11-23; 0 on 2026-08-26" in md
    assert "- c-kit-a (`alpha-fx.com`): 2 → 4 sites (+2), 3 listed" in md
    assert "c-kit-b" not in md.split("## Clusters that grew")[1].split("##")[0]
    assert "| c-kit-a | `alpha-fx.com` | 4 | 3 |" in md
    assert "| c-kit-b | `delta-one.com` | 2 | 0 |" in md
    assert "c-solo" not in md  # a cluster of one is no kit
    assert "- 2 × DNS lookup failed" in md
    assert "| crawl and judge | 61.5 |" in md


def test_html_shows_the_numbers_and_escapes_everything_from_sites(tonight: Tonight) -> None:
    html = tonight.files.html.read_text()
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
    assert "sites crawled 6 fraud 1 suspicious 1 clean 1 unreachable 3" in text
    assert "new listings +1 removed listings −1 clusters that grew 1" in text
    assert "c-kit-a alpha-fx.com 2 → 4 +2 3" in text
    assert "DNS lookup failed 2" in text
    assert "crawl and judge 61.5" in text
    assert "<code>kit-one.com</code>" in html and "<code>gamma-trade.net</code>" in html
    # Hostile strings arrive as text, never as markup.
    assert "&lt;img src=&quot;https://evil.example/p.png&quot; onerror=alert(2)&gt;" in html
    assert "&lt;script src=https://cdn.evil/x.js&gt;&lt;/script&gt;" in html
    # Nothing from the web: no script, no external URL in any attribute or in the CSS.
    page = Markup()
    page.feed(html)
    assert "script" not in page.tags and "link" not in page.tags and "iframe" not in page.tags
    assert [a for a in page.attributes if re.match(r"\s*(?:[a-z]+:)?//", a[2], re.I)] == []
    assert not re.search(r"url\(|@import", page.css, re.I)
    images = [dict(a) for tag, a in page.elements if tag == "img"]
    assert len(images) == 4 and all(len(i.get("alt") or "") > 10 for i in images), images
    assert 'alt="Home page of alpha-fx.com"' in html
    assert html.count('class="thumb"') == 1  # kit B's screenshot path leaves the data dir
    assert "no screenshot" in html


def open_offline(browser: Browser, page_file: Path) -> tuple[list[list[object]], list[str]]:
    """Load a report page; every request that would leave the disk is refused and remembered.

    Returns each image's (src, naturalWidth) and the refused URLs.
    """
    outside: list[str] = []

    def refuse(route: Route) -> None:
        outside.append(route.request.url)
        route.abort()

    page = browser.new_page()
    page.route(re.compile(r"^(?!file:)"), refuse)
    page.goto(page_file.as_uri())
    images = page.evaluate(
        "Array.from(document.images, i => [i.getAttribute('src'), i.naturalWidth])"
    )
    assert page.evaluate("document.querySelectorAll('script').length") == 0
    page.close()
    return images, outside


def test_every_picture_loads_in_headless_chromium_and_nothing_else_is_fetched(
    tonight: Tonight,
) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/lib/chromium/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            for page_file in (tonight.files.html, tonight.files.latest):
                images, outside = open_offline(browser, page_file)
                assert len(images) == 4, images  # three charts and one thumbnail
                assert all(width > 0 for _, width in images), images
                assert outside == []
        finally:
            browser.close()


def test_without_a_store_the_report_still_has_the_run_and_its_stages(tmp_path: Path) -> None:
    summary = RunSummary(STARTED, [], ["x: 'a b' contains spaces"], [], {"gather": 0.1}, (), (), "")
    markdown = write(summary, tmp_path)
    assert markdown == tmp_path / "reports" / "crawl-20261123-023000" / "report.md"
    assert "## Clusters that grew" not in markdown.read_text()
    html = markdown.with_name("report.html").read_text()
    assert "not available: the report was written without the store" in html
    assert sorted(p.name for p in markdown.parent.iterdir()) == [
        "report.html",
        "report.md",
        "stages.png",
    ]
