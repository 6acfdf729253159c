"""The withdraw-flow probe: drive a platform's withdraw form the way a victim would.

The fee demand of many platforms appears only after a click on Withdraw and a submitted
form. The probe clicks only withdraw-like controls, fills only amount and address fields
with obviously synthetic values, never touches password, e-mail, phone or file fields,
never clicks anything that pays, deposits or buys, and is bounded in steps and seconds.
What the site answers (new text, dialogs, JSON) becomes a `probe` page whose evidence
names the steps taken.
"""

from __future__ import annotations

import asyncio
import re
import time
from typing import Any

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page as BrowserPage

from crawler.renderer import (
    ADDRESS_FIELD,
    AMOUNT_FIELD,
    ANSWER_STILL_SECONDS,
    WITHDRAW_WORDS,
    PageEvents,
    body_text,
    json_strings,
)
from detectors.model import Page

TRIGGER_WORDS = re.compile(WITHDRAW_WORDS.pattern + r"|assets|demo|try|资产|資產", re.I)
# Controls the probe never clicks: the crawler never pays (in any language it reads).
FORBIDDEN_WORDS = re.compile(
    r"pay|deposit|recharge|top.?up|buy|purchase|充值|付款|支付|购买|購買|转账|轉帳|入金|"
    r"депозит|пополн|оплат|купить|pagar|pague|depositar|recargar|comprar|nạp|thanh toán|mua|"
    r"bayar|setor|isi ulang|beli|ชำระ|ฝาก|เติม|ซื้อ|입금|충전|결제|구매|yatır|öde|satın|"
    r"einzahl|zahlen|kaufen|payer|acheter|dépôt|إيداع|دفع|شراء|जमा|भुगतान|खरीद",
    re.I,
)
SYNTHETIC_AMOUNT = "100"
SYNTHETIC_ADDRESS = "SYNTHETIC-PROBE-ADDRESS-NOT-A-WALLET"
NEVER_FILL_TYPES = {
    "password",
    "email",
    "tel",
    "file",
    "hidden",
    "checkbox",
    "radio",
    "submit",
    "button",
}


async def probe_withdraw(
    page: BrowserPage, events: PageEvents, max_steps: int, seconds: float
) -> Page | None:
    """Drive the withdraw flow with synthetic values; the page records what the site answered."""
    deadline = time.monotonic() + seconds
    steps: list[str] = []
    before = await body_text(page)
    dialogs_before = len(events.dialogs)
    events.take_api()
    try:
        if not await _amount_inputs(page).count() and len(steps) < max_steps:
            label = await _click_first(page, TRIGGER_WORDS, deadline)
            if label:
                steps.append(f"clicked '{label}'")
                await _wait_for_answer(page, before, events, _left(deadline, 4))
        filled = await _fill_fields(page, deadline) if len(steps) < max_steps else []
        if filled:
            steps.append("filled " + ", ".join(filled))
            typed = await body_text(page)
            label = await _submit(page, deadline)
            if label:
                steps.append(f"submitted with '{label}'")
                await _wait_for_answer(page, typed, events, _left(deadline, 6))
    except PlaywrightError as exc:
        steps.append(f"stopped: {exc.message.splitlines()[0][:120]}")
    if not steps:
        return None
    await events.settle(timeout=_left(deadline, 2))
    after = await body_text(page)
    seen = set(before.splitlines())
    new_text = [line for line in after.splitlines() if line.strip() and line not in seen]
    dialogs = events.dialogs[dialogs_before:]
    api_text = [json_strings(body) for _, _, body in events.take_api()]
    return Page(
        url=page.url,
        status=200,
        title="withdraw probe",
        text=" ".join([*new_text, *(d.split(": ", 1)[-1] for d in dialogs), *api_text]),
        source="probe",
        step="; ".join(steps),
        dialogs=tuple(dialogs),
    )


def _amount_inputs(page: BrowserPage) -> Any:
    return page.locator("input[type=number]:visible, input[name*=amount i]:visible")


async def _click_first(page: BrowserPage, words: re.Pattern[str], deadline: float) -> str | None:
    controls = page.locator(
        "button:visible, a:visible, [role=button]:visible, input[type=submit]:visible"
    )
    for index in range(min(await controls.count(), 60)):
        control = controls.nth(index)
        label = " ".join((await control.inner_text(timeout=1000) or "").split())[:60]
        if words.search(label) and not FORBIDDEN_WORDS.search(label):
            await control.click(timeout=_ms(deadline, 5))
            return label
    return None


async def _fill_fields(page: BrowserPage, deadline: float) -> list[str]:
    filled = []
    inputs = page.locator("input:visible, textarea:visible")
    for index in range(min(await inputs.count(), 20)):
        field_ = inputs.nth(index)
        kind = (await field_.get_attribute("type") or "text").lower()
        if kind in NEVER_FILL_TYPES:
            continue
        described = " ".join(
            filter(
                None,
                [
                    await field_.get_attribute(a)
                    for a in ("name", "id", "placeholder", "aria-label")
                ],
            )
        )
        if kind == "number" or AMOUNT_FIELD.search(described):
            value = SYNTHETIC_AMOUNT
        elif ADDRESS_FIELD.search(described):
            value = SYNTHETIC_ADDRESS
        else:
            continue
        await field_.fill(value, timeout=_ms(deadline, 5))
        filled.append(f"{described.split()[0] if described else kind}={value}")
    return filled


async def _submit(page: BrowserPage, deadline: float) -> str | None:
    submit = page.locator("form button[type=submit]:visible, form input[type=submit]:visible")
    if await submit.count():
        label = " ".join((await submit.first.inner_text(timeout=1000) or "submit").split())[:60]
        if not FORBIDDEN_WORDS.search(label):
            await submit.first.click(timeout=_ms(deadline, 5))
            return label or "submit"
    return await _click_first(page, WITHDRAW_WORDS, deadline)


async def _wait_for_answer(
    page: BrowserPage, before: str, events: PageEvents, seconds: float
) -> None:
    """Wait until the page answers a click: a dialog opens, or its text changes and holds still.

    `networkidle` is no use here: a page that was idle before the click counts as idle at once,
    while the site is still showing a spinner before it calls its API.
    """
    end = time.monotonic() + seconds
    dialogs, last, changed_at = len(events.dialogs), before, 0.0
    while time.monotonic() < end:
        await asyncio.sleep(0.15)
        if len(events.dialogs) > dialogs:
            return
        text = await body_text(page)
        still = changed_at and time.monotonic() - changed_at >= ANSWER_STILL_SECONDS
        if text != last:
            last, changed_at = text, time.monotonic()
        elif still and not events.pending and not events.fetching:
            return


def _left(deadline: float, cap: float) -> float:
    return max(0.0, min(cap, deadline - time.monotonic()))


def _ms(deadline: float, cap: float) -> float:
    return max(1.0, _left(deadline, cap) * 1000)
