"""Turn a Scrapy response into a `Page` record (links, forms, scripts, visible text).

Walks the lxml tree Scrapy's selector already parsed, once: ten times cheaper than
BeautifulSoup per page (STACK-NOTES), and cheaper than the seven XPath queries it replaced.
"""

from __future__ import annotations

import unicodedata
from typing import Any
from urllib.parse import urljoin

import charset_normalizer
from scrapy.http import TextResponse
from scrapy.utils.response import get_base_url

from detectors.model import Form, Link, Page

MAX_HTML_CHARS = 400_000
MAX_TEXT_CHARS = 200_000
MAX_INLINE_JS_CHARS = 100_000
MAX_LINKS = 500
MAX_IMAGES = 100
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
    """Extract what the detectors read from one HTML response, in one walk of its tree."""
    root = response.selector.root
    base, joined = get_base_url(response), dict[str, str]()

    def absolute(reference: str) -> str:
        """`response.urljoin`, with the base found once and each reference joined once (a
        page's menu and footer repeat the same links)."""
        url = joined.get(reference)
        if url is None:
            url = joined[reference] = urljoin(base, reference)
        return url

    title: str | None = None
    anchors = 0
    text: list[str] = []
    links: list[Link] = []
    forms: list[Form] = []
    scripts: list[str] = []
    inline_js: list[str] = []
    images: dict[str, None] = {}
    for element in root.iter("title", "body", "a", "form", "script", "img"):
        tag = element.tag
        if tag == "img":
            src = (element.get("src") or "").strip()
            if src and not src.startswith("data:") and len(images) < MAX_IMAGES:
                images[absolute(src)] = None
        elif tag == "a":
            href = element.get("href")
            if href is None or anchors >= MAX_LINKS:
                continue
            anchors += 1
            href = href.strip()
            if href and not href.startswith(("javascript:", "mailto:", "tel:", "data:")):
                links.append(Link(absolute(href), collapse(" ".join(element.itertext()))))
        elif tag == "script":
            src = element.get("src")
            if src is not None:
                scripts.append(absolute(src))
            elif element.text:
                inline_js.append(element.text)
        elif tag == "form":
            fields = tuple(
                f"{el.get('name', '')}:{el.get('type', el.tag)}"
                for el in element.iter("input", "select", "textarea")
            )
            forms.append(
                Form(
                    action=absolute(element.get("action", "")),
                    method=element.get("method", "get").lower(),
                    fields=fields,
                )
            )
        elif tag == "body":
            text += _visible_text(element)
        elif title is None and element.text is not None:
            title = collapse(element.text)
    headers = {
        key.decode("latin-1").lower(): values[0].decode("latin-1", "replace")
        for key, values in response.headers.items()
        if values
    }
    return Page(
        url=response.url,
        status=response.status,
        title=title or "",
        text=collapse(" ".join(text))[:MAX_TEXT_CHARS],
        html=response.text[:MAX_HTML_CHARS],
        headers=headers,
        links=tuple(links),
        forms=tuple(forms),
        scripts=tuple(scripts),
        images=tuple(images),
        inline_js="\n".join(inline_js)[:MAX_INLINE_JS_CHARS],
        source=source,
    )


_HIDDEN = frozenset(("script", "style", "noscript", "template"))


def _visible_text(body: Any) -> list[str]:
    """The text nodes under `body` outside scripts, styles, noscript and templates, in
    document order (what `//body//text()[not(ancestor::script or …)]` selects). Walked with
    a stack, not recursion: a hostile page may nest deeper than Python's recursion limit."""
    out = [body.text] if body.text else []
    stack = [(body, iter(body))]
    while stack:
        element, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if stack and element.tail:  # a tail is its parent's text; body's own is outside
                out.append(element.tail)
            continue
        if isinstance(child.tag, str) and child.tag not in _HIDDEN:
            if child.text:
                out.append(child.text)
            stack.append((child, iter(child)))
        elif child.tail:  # a hidden element, a comment: only its tail is visible
            out.append(child.tail)
    return out


def stylesheets(response: TextResponse) -> list[str]:
    return [
        response.urljoin(h)
        for h in response.xpath("//link[contains(@rel,'stylesheet')]/@href").getall()
    ]


def favicon_url(response: TextResponse) -> str:
    """The declared icon, else `/favicon.ico` as browsers assume."""
    href = response.xpath("//link[contains(@rel,'icon')]/@href").get()
    return response.urljoin(href.strip()) if href else response.urljoin("/favicon.ico")
