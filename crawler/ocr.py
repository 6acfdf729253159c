"""Text in images: fee notices and licence badges that a scam serves as pictures.

A notice that exists only as a PNG ("Dear customer, pay the 20% tax first…") is invisible
to every text detector, and scam kits know it. Debian's Tesseract reads it (installed by
`make setup` with the language packs of the languages these scams use; nothing is
downloaded at run time). Reading is bounded per site in images, pixels and seconds: an
image too small to hold a sentence (icons, coins, avatars) is skipped without OCR, one
too large is refused before it is decoded, and Tesseract is killed at its deadline.
The languages are chosen from the site's own text (py3langid), plus English.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import os
import shutil
import subprocess
import warnings
from dataclasses import dataclass
from functools import cache
from typing import Any

from PIL import Image

from detectors.concepts import unspaced_script

# Page language (py3langid) → Tesseract traineddata names.
TESSERACT_LANGUAGES = {
    "en": ("eng",),
    "zh": ("chi_sim", "chi_tra"),
    "ja": ("jpn",),
    "ko": ("kor",),
    "th": ("tha",),
    "ru": ("rus",),
    "vi": ("vie",),
    "id": ("ind",),
    "ms": ("msa", "ind"),
    "es": ("spa",),
    "pt": ("por",),
    "tr": ("tur",),
}
IMAGE_WORDS = ("notice", "announce", "tip", "alert", "withdraw", "tax", "fee", "公告", "通知")


@dataclass(frozen=True)
class OcrSettings:
    """`[ocr]` in the config."""

    enabled: bool = True
    max_images_per_site: int = 4
    """Images read with OCR per site."""
    max_image_fetches: int = 10
    """Candidate images fetched per site (small ones are skipped without OCR)."""
    max_image_bytes: int = 3_000_000
    min_width: int = 160
    min_height: int = 60
    max_pixels: int = 6_000_000
    seconds_per_image: float = 10.0
    tesseract: str = "tesseract"


class OcrUnavailable(RuntimeError):
    """Tesseract is not installed; the crawl goes on without reading images."""


@cache
def installed_languages(binary: str) -> frozenset[str]:
    """Traineddata files Tesseract has (asked once per process)."""
    path = shutil.which(binary)
    if path is None:
        raise OcrUnavailable(f"{binary} is not installed ('apt-get install tesseract-ocr')")
    listing = subprocess.run(
        [path, "--list-langs"], capture_output=True, text=True, timeout=20, check=False
    )
    return frozenset(line.strip() for line in listing.stdout.splitlines()[1:] if line.strip())


def languages_for(sample: str, binary: str) -> str:
    """Tesseract's `-l` argument for a site whose text reads like `sample`."""
    import py3langid

    installed = installed_languages(binary)
    language = py3langid.classify(sample[:4000])[0] if sample.strip() else "en"
    chosen = [name for name in TESSERACT_LANGUAGES.get(language, ()) if name in installed]
    if "eng" in installed and "eng" not in chosen:
        chosen.append("eng")
    return "+".join(chosen) or "eng"


def image_size(body: bytes, max_pixels: int) -> tuple[int, int] | None:
    """Width and height from the image header, without decoding it; None if not an image."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(body)) as image:
                return image.size
    except (OSError, ValueError, Image.DecompressionBombWarning, Image.DecompressionBombError):
        return None


def worth_reading(size: tuple[int, int] | None, settings: OcrSettings) -> str | None:
    """Why an image is not read (None: read it)."""
    if size is None:
        return "not an image"
    width, height = size
    if width < settings.min_width or height < settings.min_height:
        return "too small to hold a sentence"
    if width * height > settings.max_pixels:
        return f"too large ({width}×{height} pixels)"
    return None


async def read_text(body: bytes, languages: str, settings: OcrSettings) -> str:
    """The text Tesseract reads in the image, or "" when it finds none or runs out of time."""
    process = await asyncio.create_subprocess_exec(
        settings.tesseract,
        "stdin",
        "stdout",
        "-l",
        languages,
        "--psm",
        "3",
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},  # one core an image: the crawl has the other
    )
    try:
        out, _ = await asyncio.wait_for(
            process.communicate(body), timeout=settings.seconds_per_image
        )
    except TimeoutError:
        with contextlib.suppress(ProcessLookupError):
            process.kill()
        await process.wait()
        return ""
    return join_lines(out.decode("utf-8", "replace"))


def join_lines(text: str) -> str:
    """Tesseract's lines as running text: CJK and Thai lines join without a space."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    out = ""
    for line in lines:
        if out and not (unspaced_script(out[-1]) and unspaced_script(line[0])):
            out += " "
        out += line
    return out


def image_score(url: str, page_url: str, priority_words: list[str]) -> int:
    """Which images to read first: named like a notice, or on a page about withdrawals."""
    haystack = f"{url} {page_url}".lower()
    score = sum(10 for word in IMAGE_WORDS if word in haystack)
    score += sum(5 for word in priority_words[:8] if word in page_url.lower())
    return score


def settings_from(section: dict[str, Any]) -> OcrSettings:
    return OcrSettings(**section)
