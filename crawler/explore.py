"""Reach what a visitor reaches by clicking: routes behind click handlers, not links.

Single-page scam apps (uni-app, Vue) navigate with click handlers on `<div>`s: a uni-app
tab bar is a row of `<div class="uni-tabbar__item">` with no `href`, and a help centre's
entries open on `@click`. A crawler that follows only `<a href>` never sees those pages,
nor the API calls they make. In a rendered app page, the explorer clicks such controls
one at a time, most promising first (help, notice, withdraw, assets…), and records what
each click showed: the new text (and route) as a `rendered` page, the JSON it fetched as
`api` pages. It never clicks a link, a form control, or anything whose label speaks of
paying, depositing, buying, signing in or out, and it is bounded in clicks and seconds.
"""

from __future__ import annotations

import re
import time
from typing import Any

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page as BrowserPage

from crawler.probe import FORBIDDEN_WORDS
from crawler.renderer import PageEvents, api_page, body_text
from detectors.model import Page

NEVER_CLICK = re.compile(
    r"log\s?out|sign\s?out|log\s?in|sign\s?in|register|sign\s?up|delete|close account|"
    r"confirm|submit|退出|登录|登錄|注册|註冊|删除|刪除|确认|確認|提交|"
    r"iniciar sesi|cerrar sesi|entrar|sair|registr|cadastr|eliminar|excluir|confirmar|enviar|"
    r"đăng nhập|đăng xuất|đăng ký|xóa|xác nhận|masuk|keluar|daftar|hapus|konfirmasi|"
    r"เข้าสู่ระบบ|ออกจากระบบ|สมัคร|ลบ|ยืนยัน|ログイン|ログアウト|登録|削除|確定|"
    r"로그인|로그아웃|회원가입|삭제|확인|войти|выйти|регистрац|удалить|подтверд|"
    r"giriş|çıkış|kayıt|\bsil\b|onayla|anmelden|abmelden|löschen|bestätigen|connexion|"
    r"déconnexion|inscription|supprimer|valider",
    re.I,
)
MAX_LABEL = 40

# Candidates: visible, small, clickable-looking elements that are not links or form
# controls. Each gets a `data-bb-click` number so it can be clicked by locator.
_MARK_CANDIDATES = """
() => {
  const out = [];
  const seen = new Set();
  const all = document.querySelectorAll('body *');
  let n = 0;
  for (const el of all) {
    if (out.length >= 80) break;
    if (el.closest('a[href], form, button[type=submit], input, select, textarea, label')) continue;
    const tag = el.tagName.toLowerCase();
    if (['script', 'style', 'svg', 'path', 'img', 'html', 'body'].includes(tag)) continue;
    const style = getComputedStyle(el);
    const clicky = el.hasAttribute('onclick') || ['button', 'tab', 'link', 'menuitem']
      .includes(el.getAttribute('role') || '') || tag === 'button' ||
      (style.cursor === 'pointer' && !(el.parentElement &&
        getComputedStyle(el.parentElement).cursor === 'pointer'));
    if (!clicky) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width < 4 || rect.height < 4 || style.visibility === 'hidden') continue;
    const text = el.innerText || el.getAttribute('aria-label') || '';
    const label = text.trim().replace(/\\s+/g, ' ');
    if (!label || label.length > 60 || seen.has(label)) continue;
    seen.add(label);
    el.setAttribute('data-bb-click', String(n));
    out.push([n, label]);
    n += 1;
  }
  return out;
}
"""


async def explore_clicks(
    page: BrowserPage,
    events: PageEvents,
    priority: re.Pattern[str],
    max_clicks: int,
    seconds: float,
) -> list[Page]:
    """Click up to `max_clicks` non-link controls of a rendered page; what each showed."""
    deadline = time.monotonic() + seconds
    start_url = page.url
    clicked: set[str] = set()
    pages: list[Page] = []
    texts_seen = {await body_text(page)}
    events.take_api()
    while len(clicked) < max_clicks and time.monotonic() < deadline:
        try:
            candidates = await page.evaluate(_MARK_CANDIDATES)
        except PlaywrightError:
            break
        choice = _best(candidates, clicked, priority)
        if choice is None:
            break
        number, label = choice
        clicked.add(label)
        before = await body_text(page)
        try:
            await page.locator(f'[data-bb-click="{number}"]').first.click(
                timeout=max(1.0, min(3.0, deadline - time.monotonic())) * 1000
            )
        except PlaywrightError:
            continue
        await _wait_until_still(page, before, events, min(4.0, deadline - time.monotonic()))
        after = await body_text(page)
        step = f"clicked '{label[:MAX_LABEL]}' on {start_url}"
        if after not in texts_seen:
            texts_seen.add(after)
            pages.append(Page(url=page.url, status=200, text=after, source="rendered", step=step))
        pages += [api_page(url, status, body, step) for url, status, body in events.take_api()]
        if page.url != start_url:  # a route changed: back to where the controls were
            try:
                await page.goto(start_url, timeout=max(1.0, deadline - time.monotonic()) * 1000)
                await _wait_until_still(page, "", events, min(3.0, deadline - time.monotonic()))
            except PlaywrightError:
                break
            events.take_api()
    return pages


def _best(
    candidates: list[Any], clicked: set[str], priority: re.Pattern[str]
) -> tuple[int, str] | None:
    """The most promising control not clicked yet: priority words first, in page order."""
    allowed = [
        (int(number), str(label))
        for number, label in candidates
        if str(label) not in clicked
        and not FORBIDDEN_WORDS.search(str(label))
        and not NEVER_CLICK.search(str(label))
    ]
    if not allowed:
        return None
    preferred = [item for item in allowed if priority.search(item[1])]
    return (preferred or allowed)[0]


async def _wait_until_still(
    page: BrowserPage, before: str, events: PageEvents, seconds: float
) -> None:
    end = time.monotonic() + max(0.0, seconds)
    last, changed_at = before, time.monotonic()
    while time.monotonic() < end:
        await page.wait_for_timeout(150)
        text = await body_text(page)
        if text != last:
            last, changed_at = text, time.monotonic()
        elif time.monotonic() - changed_at >= 0.6 and not events.pending and not events.fetching:
            return
