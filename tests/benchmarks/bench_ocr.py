"""OCR cost per image and per site: Tesseract on notices of the sizes scam sites serve.

The baseline is decoding the same image with Pillow (what any image handling pays). Images
are drawn here with the fonts every Debian machine has (DejaVu: Latin, Cyrillic,
Vietnamese), plus the train sandbox's own image-only fee notice.
"""

from __future__ import annotations

import asyncio
import io
import statistics
import time

from PIL import Image, ImageDraw, ImageFont

from crawler.ocr import OcrSettings, read_text
from crawler.sandbox.server import SITES_DIR

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
PASSES = 3
NOTICES = {
    "en": "NOTICE: your withdrawal is frozen.\nPay the 20% income tax first to release it.\n"
    "The tax cannot be deducted from your balance.",
    "ru": "Уведомление: вывод средств заморожен.\nСначала оплатите налог 13%.\n"
    "Налог нельзя списать с баланса.",
    "vi": "Thông báo: lệnh rút tiền của bạn bị đóng băng.\nVui lòng nộp thuế 10% trước.\n"
    "Khoản thuế không thể khấu trừ từ số dư.",
}
LANGUAGES = {"en": "eng", "ru": "rus+eng", "vi": "vie+eng", "pt": "por+eng"}


def _drawn(text: str, size: tuple[int, int], points: int) -> bytes:
    image = Image.new("RGB", size, "white")
    ImageDraw.Draw(image).multiline_text(
        (30, 30), text, fill="black", font=ImageFont.truetype(FONT, points), spacing=12
    )
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _images() -> list[tuple[str, str, bytes]]:
    images = [
        (f"{lang} notice 900×260", lang, _drawn(text, (900, 260), 26))
        for lang, text in NOTICES.items()
    ]
    images.append(("en banner 1600×1000", "en", _drawn(NOTICES["en"] * 3, (1600, 1000), 40)))
    sandbox = SITES_DIR / "pratagold-invest.com" / "www" / "img" / "aviso-saque.png"
    images.append(("pt sandbox notice 980×330", "pt", sandbox.read_bytes()))
    return images


def main() -> str:
    settings = OcrSettings(seconds_per_image=60)
    lines = [
        f"## OCR cost per image (Tesseract, one thread; {PASSES} passes)\n",
        "| image | decode ms (baseline) | OCR median ms | × decode | characters read |",
        "|---|---:|---:|---:|---:|",
    ]
    ocr_all: list[float] = []
    for name, language, body in _images():
        decode, ocr, chars = [], [], 0
        for _ in range(PASSES):
            started = time.perf_counter()
            with Image.open(io.BytesIO(body)) as image:
                image.load()
            decoded = time.perf_counter()
            text = asyncio.run(read_text(body, LANGUAGES[language], settings))
            done = time.perf_counter()
            decode.append((decoded - started) * 1000)
            ocr.append((done - decoded) * 1000)
            chars = len(text)
        ocr_all += ocr
        d, o = statistics.median(decode), statistics.median(ocr)
        lines.append(f"| {name} | {d:.1f} | {o:.0f} | {o / d:.0f} | {chars} |")
    most = OcrSettings().max_images_per_site
    per_site = most * statistics.median(ocr_all) / 1000
    lines.append(
        f"\nPer site, at most `ocr.max_images_per_site` ({most}) images "
        f"are read: **{per_site:.1f} s** of one core at the median above (images too small to "
        "hold a sentence are skipped without OCR; each image is stopped after "
        f"`seconds_per_image`).\n"
    )
    return "\n".join(lines)
