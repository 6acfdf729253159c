"""Turn a Scrapy response into a `Page` record (links, forms, scripts, visible text).

Uses Scrapy's own selectors (parsel on lxml): ten times cheaper than
BeautifulSoup per page (STACK-NOTES), and the per-page budget is small.
"""

from __future__ import annotations

import unicodedata

import charset_normalizer
from scrapy.http import TextResponse

from detectors.model import Form, Link, Page

MAX_HTML_CHARS = 400_000
MAX_TEXT_CHARS = 200_000
MAX_INLINE_JS_CHARS = 100_000
MAX_LINKS = 500
_VISIBLE_TEXT = (
    "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript"
    " or ancestor::template)]"
)


def collapse(text: str) -> str:
    """Whitespace collapsed, Unicode composed (NFC): rules match one spelling of "khóa", not two."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def redecoded(response: TextResponse) -> tuple[TextResponse, str]:
    """The response read in the encoding its bytes are really in, and the encoding it claimed
    ("" when the claim held). Scam pages in Chinese served as GB18030 but labelled UTF-8
    would otherwise reach the detectors as replacement characters."""
    text = response.text
    bad = text.count("\ufffd")
    if bad <= 8 or bad * 100 <= len(text):
        return response, ""
    best = charset_normalizer.from_bytes(response.body[:MAX_HTML_CHARS]).best()
    if best is None or best.encoding.replace("_", "-") == response.encoding.replace("_", "-"):
        return response, ""
    return response.replace(encoding=best.encoding), response.encoding


def parse_page(response: TextResponse, source: str = "static") -> Page:
    """Extract what the detectors read from one HTML response."""
    title = collapse(response.xpath("//title/text()").get() or "")
    text = collapse(" ".join(response.xpath(_VISIBLE_TEXT).getall()))[:MAX_TEXT_CHARS]
    links = []
    for anchor in response.xpath("//a[@href]")[:MAX_LINKS]:
        href = anchor.attrib.get("href", "").strip()
        if not href or href.startswith(("javascript:", "mailto:", "tel:", "data:")):
            continue
        links.append(
            Link(response.urljoin(href), collapse(" ".join(anchor.xpath(".//text()").getall())))
        )
    forms = []
    for form in response.xpath("//form"):
        fields = tuple(
            f"{el.attrib.get('name', '')}:{el.attrib.get('type', el.root.tag)}"
            for el in form.xpath(".//input|.//select|.//textarea")
        )
        forms.append(
            Form(
                action=response.urljoin(form.attrib.get("action", "")),
                method=form.attrib.get("method", "get").lower(),
                fields=fields,
            )
        )
    scripts = tuple(response.urljoin(src) for src in response.xpath("//script/@src").getall())
    inline_js = "\n".join(response.xpath("//script[not(@src)]/text()").getall())[
        :MAX_INLINE_JS_CHARS
    ]
    headers = {
        key.decode("latin-1").lower(): values[0].decode("latin-1", "replace")
        for key, values in response.headers.items()
        if values
    }
    return Page(
        url=response.url,
        status=response.status,
        title=title,
        text=text,
        html=response.text[:MAX_HTML_CHARS],
        headers=headers,
        links=tuple(links),
        forms=tuple(forms),
        scripts=scripts,
        inline_js=inline_js,
        source=source,
    )


def stylesheets(response: TextResponse) -> list[str]:
    return [
        response.urljoin(h)
        for h in response.xpath("//link[contains(@rel,'stylesheet')]/@href").getall()
    ]


def favicon_url(response: TextResponse) -> str:
    """The declared icon, else `/favicon.ico` as browsers assume."""
    href = response.xpath("//link[contains(@rel,'icon')]/@href").get()
    return response.urljoin(href.strip()) if href else response.urljoin("/favicon.ico")
