"""Hostile server behaviours for the sandbox's hostile sites (`[behaviours]` in site.toml).

Each maps a URL path (or a path prefix ending in `*`) to what a criminal's server might do
to a crawler: answer with 200 MB, a decompression bomb, an endless redirect chain, a
calendar that never ends, one byte a second, bytes in another encoding than declared,
an executable labelled text/html, a download, or a different page to a visitor whose
scripts ran than to one whose did not (cloaking). The value is `name` or `name:argument`.

Everything is generated on the fly: nothing large is kept in the repository.
"""

from __future__ import annotations

import functools
import random
import time
import zlib
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

import brotli

if TYPE_CHECKING:
    from crawler.sandbox.server import SampleSite, _ProxyHandler

CHUNK = 64 * 1024
BOMB_SIZE = 1 << 30
Behaviour = Callable[["_ProxyHandler", "SampleSite", str, str], None]


def prepare(site: SampleSite) -> None:
    """Build what a site's behaviours serve ahead of time, so no request waits for it."""
    for spec in site.behaviours.values():
        name, _, argument = spec.partition(":")
        if name == "compression-bomb":
            _bomb(argument or "gzip", BOMB_SIZE)


def lookup(site: SampleSite, path: str) -> tuple[Behaviour, str] | None:
    """The behaviour configured for `path` on `site`, with its argument."""
    spec = site.behaviours.get(path)
    if spec is None:
        for pattern, value in site.behaviours.items():
            if pattern.endswith("*") and path.startswith(pattern[:-1]):
                spec = value
                break
    if spec is None:
        return None
    name, _, argument = spec.partition(":")
    return BEHAVIOURS[name], argument


def _headers(handler: _ProxyHandler, status: int, headers: dict[str, str]) -> None:
    handler.send_response(status)
    for name, value in headers.items():
        handler.send_header(name, value)
    handler.end_headers()


def _stream(handler: _ProxyHandler, total: int, pause: float = 0.0, chunk: int = CHUNK) -> None:
    """Write `total` bytes of HTML-ish filler; stop quietly when the client hangs up."""
    filler = (b"<p>market update " + b"x" * 200 + b"</p>\n") * (chunk // 220 + 1)
    sent = 0
    try:
        while sent < total:
            piece = filler[: min(chunk, total - sent)]
            handler.wfile.write(piece)
            handler.wfile.flush()
            sent += len(piece)
            if pause:
                time.sleep(pause)
    except OSError:
        return


def huge_body(handler: _ProxyHandler, site: SampleSite, path: str, argument: str) -> None:
    """A page of `argument` bytes (200 MB by default) with no Content-Length: the crawler
    only finds out how big it is by reading it."""
    handler.close_connection = True
    _headers(handler, 200, {"Content-Type": "text/html; charset=utf-8", "Connection": "close"})
    _stream(handler, int(argument or 200_000_000))


def declared_huge(handler: _ProxyHandler, site: SampleSite, path: str, argument: str) -> None:
    """A page that announces `argument` bytes in Content-Length, then sends them."""
    total = int(argument or 200_000_000)
    handler.close_connection = True
    _headers(handler, 200, {"Content-Type": "text/html", "Content-Length": str(total)})
    _stream(handler, total)


@functools.cache
def _bomb(encoding: str, size: int) -> bytes:
    """`size` bytes of spaces compressed with gzip or brotli (1 GiB → ~1 MB or ~2 kB).

    The gzip body repeats one fully flushed deflate segment of a megabyte of spaces, so it
    costs a second to build, not the minute of compressing a gibibyte."""
    block = b" " * (1 << 20)
    count = size >> 20
    if encoding == "gzip":
        deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
        segment = deflate.compress(block) + deflate.flush(zlib.Z_FULL_FLUSH)
        crc = 0
        for _ in range(count):
            crc = zlib.crc32(block, crc)
        header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
        length = (size & 0xFFFFFFFF).to_bytes(4, "little")
        trailer = b"\x03\x00" + crc.to_bytes(4, "little") + length
        return header + segment * count + trailer
    compressor = brotli.Compressor(quality=5)
    parts = [compressor.process(block) for _ in range(count)]
    return b"".join([*parts, compressor.finish()])


def compression_bomb(handler: _ProxyHandler, site: SampleSite, path: str, argument: str) -> None:
    """`gzip` or `br`: a small body that inflates to 1 GiB of HTML."""
    encoding = argument or "gzip"
    body = _bomb(encoding, BOMB_SIZE)
    handler._send(200, body, "text/html; charset=utf-8", headers={"Content-Encoding": encoding})


def many_nodes(handler: _ProxyHandler, site: SampleSite, path: str, argument: str) -> None:
    """A page of `argument` (a million by default) empty paragraphs: 3 MB, under the size limit."""
    count = int(argument or 1_000_000)
    head = b"<!doctype html><html><head><title>Price table</title></head><body>"
    handler._send(200, head + b"<p>" * count + b"</body></html>", "text/html; charset=utf-8")


def redirect_loop(handler: _ProxyHandler, site: SampleSite, path: str, argument: str) -> None:
    """`/prefix/N` → `/prefix/N+1`, for ever."""
    prefix, _, number = path.rpartition("/")
    step = int(number) + 1 if number.isascii() and number.isdigit() else 1
    handler._send(302, b"", "text/plain", headers={"Location": f"{prefix}/{step}"})


def calendar_trap(handler: _ProxyHandler, site: SampleSite, path: str, argument: str) -> None:
    """A calendar whose every day links to the next and previous days, each with a fresh
    session id: an endless supply of new URLs on one site."""
    stem, _, day = path.rstrip("/").rpartition("/")
    try:
        today = date.fromisoformat(day)
    except ValueError:
        today = date(2026, 12, 1)
    session = f"{random.getrandbits(64):016x}"  # a fake session id
    links = "".join(
        f'<li><a href="{stem}/{today + timedelta(days=offset)}?sid={session}">'
        f"events on {today + timedelta(days=offset)}</a></li>"
        for offset in (-1, 1, 7, 30)
    )
    body = (
        f"<!doctype html><html><head><title>Events {today}</title></head><body>"
        f"<h1>Community events on {today}</h1><p>Nothing is planned for this day yet.</p>"
        f"<ul>{links}</ul></body></html>"
    ).encode()
    handler._send(200, body, "text/html; charset=utf-8")


def drip(handler: _ProxyHandler, site: SampleSite, path: str, argument: str) -> None:
    """Announce a 100 kB page, then send it one byte every `argument` seconds (1 by default)."""
    handler.close_connection = True
    _headers(handler, 200, {"Content-Type": "text/html", "Content-Length": "100000"})
    _stream(handler, 100_000, pause=float(argument or 1), chunk=1)


def transcode(handler: _ProxyHandler, site: SampleSite, path: str, argument: str) -> None:
    """Serve the page's file in another encoding than the one it declares: `codec|content-type`,
    e.g. `gb18030|text/html; charset=utf-8` (a header that lies about the bytes)."""
    codec, _, content_type = argument.partition("|")
    file = site.find(path)
    if file is None:
        handler._send(404, b"not found", "text/plain")
        return
    text = site.render(file).decode("utf-8")
    body = text.encode(codec, "replace") if codec != "broken-utf-8" else _broken(text)
    handler._send(200, body, content_type or "text/html")


def _broken(text: str) -> bytes:
    """UTF-8 with invalid sequences spliced in every few hundred bytes."""
    data = bytearray(text.encode("utf-8"))
    for position in range(100, len(data), 300):
        data[position:position] = b"\xff\xfe\xc3"
    return bytes(data)


def binary(handler: _ProxyHandler, site: SampleSite, path: str, argument: str) -> None:
    """An executable (`elf`, `pe`) or random bytes, labelled `text/html`."""
    rng = random.Random(path)  # noqa: S311 - filler, not a secret
    magic = {"elf": b"\x7fELF\x02\x01\x01\x00", "pe": b"MZ\x90\x00\x03\x00\x00\x00"}
    body = magic.get(argument, b"") + rng.randbytes(256 * 1024)
    handler._send(200, body, "text/html; charset=utf-8")


def download(handler: _ProxyHandler, site: SampleSite, path: str, argument: str) -> None:
    """A file sent as an attachment (an "app update"): the crawler must never save it."""
    rng = random.Random(path)  # noqa: S311
    body = b"PK\x03\x04" + rng.randbytes(512 * 1024)
    name = path.rsplit("/", 1)[-1] or "setup.exe"
    handler._send(
        200,
        body,
        argument or "application/octet-stream",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def cloak(handler: _ProxyHandler, site: SampleSite, path: str, argument: str) -> None:
    """Cloaking: a visitor without the cookie the page's script sets (a crawler that runs no
    scripts) gets the harmless page; a browser gets the file `argument` (the scam)."""
    cookies = handler.headers.get("Cookie", "")
    name = argument if "visitor=human" in cookies else "index.html"
    file = next((root / name for root in site.roots if (root / name).is_file()), None)
    if file is None:
        handler._send(404, b"not found", "text/plain")
        return
    handler._send(200, site.render(file), "text/html; charset=utf-8")


BEHAVIOURS: dict[str, Behaviour] = {
    "huge-body": huge_body,
    "declared-huge": declared_huge,
    "compression-bomb": compression_bomb,
    "many-nodes": many_nodes,
    "redirect-loop": redirect_loop,
    "calendar-trap": calendar_trap,
    "drip": drip,
    "transcode": transcode,
    "binary": binary,
    "download": download,
    "cloak": cloak,
}
