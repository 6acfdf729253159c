"""Stop downloads the crawler must never make: attachments, executables, archives.

The crawler never downloads executables (a scam platform's "trading app" is malware as
often as not). An extension in the URL is not enough: `/get-app` can answer with an
attachment, and `/download/app` with an ELF binary labelled text/html. So the spider
checks each plain fetch twice, through Scrapy's `headers_received` and `bytes_received`
signals: once the headers are in, and again on the first bytes of the body. Either
check stops the download before the rest of the body is read.
"""

from __future__ import annotations

from scrapy.exceptions import StopDownload

# Magic numbers of executables and archives (the first bytes of the body).
EXECUTABLE_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"MZ", "a Windows executable"),
    (b"\x7fELF", "a Linux executable"),
    (b"\xcf\xfa\xed\xfe", "a macOS executable"),
    (b"\xca\xfe\xba\xbe", "a macOS executable"),
    (b"PK\x03\x04", "a zip archive (or an Android app)"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"%PDF", "a PDF document"),
)
DOWNLOAD_TYPES = (
    "application/octet-stream",
    "application/vnd.android.package-archive",
    "application/x-msdownload",
    "application/x-msdos-program",
    "application/x-executable",
    "application/x-elf",
    "application/x-mach-binary",
    "application/java-archive",
    "application/zip",
    "application/x-rar",
    "application/x-7z-compressed",
    "application/x-apple-diskimage",
)


class DownloadRefused(StopDownload):
    """A response was stopped before its body was read; `reason` says why, in plain words."""

    def __init__(self, reason: str) -> None:
        super().__init__(fail=True)
        self.reason = reason

    def __str__(self) -> str:
        return self.reason


def refusal_for_headers(content_type: str, disposition: str) -> str | None:
    """Why a response must not be downloaded, judged from its headers."""
    kind = content_type.split(";", 1)[0].strip().lower()
    if disposition.strip().lower().startswith("attachment"):
        return f"a download (attachment, {kind or 'no content type'}), not fetched"
    if kind in DOWNLOAD_TYPES:
        return f"a download ({kind}), not fetched"
    return None


def refusal_for_first_bytes(data: bytes) -> str | None:
    """Why a body must not be read further, judged from its first bytes (labels lie).

    Only for bodies sent without Content-Encoding: compressed bytes say nothing yet."""
    for magic, words in EXECUTABLE_MAGIC:
        if data.startswith(magic):
            return f"{words} served as a web page, not fetched"
    return None


_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
"""Control characters no text has (tab, line feed, form feed and carriage return it may)."""


def looks_binary(body: bytes) -> bool:
    """Bytes that are no text in any encoding: NULs or many control characters up front."""
    head = body[:4096]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROLS))
    return controls > len(head) // 20
