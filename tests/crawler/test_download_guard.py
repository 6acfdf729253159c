"""What the download guard calls binary: NULs, or more than one control character in twenty
in the first 4 KiB (tab, line feed, form feed and carriage return are text)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from crawler.download_guard import looks_binary


def _by_the_definition(body: bytes) -> bool:
    head = body[:4096]
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    return bool(head) and (0 in head or controls > len(head) // 20)


def test_text_in_any_encoding_is_not_binary() -> None:
    for text in ("<p>Withdraw</p>\r\n\t\f", "提现需缴纳税费", "Rút tiền"):
        for encoding in ("utf-8", "gb18030", "cp1258"):
            assert not looks_binary(text.encode(encoding, "ignore"))
    assert not looks_binary(b"")


def test_one_control_character_in_twenty_is_the_line() -> None:
    assert not looks_binary(b"\x01" + b"a" * 19)  # 1 of 20: 20 // 20 = 1, not more
    assert looks_binary(b"\x01\x02" + b"a" * 18)
    assert looks_binary(b"a" * 5000 + b"\x00") is False  # past the first 4 KiB
    assert looks_binary(b"<html>\x00")


@given(st.binary(max_size=6000), st.binary(max_size=40))
def test_agrees_with_the_definition_on_any_bytes(body: bytes, controls: bytes) -> None:
    mixed = bytes(b % 32 for b in controls) + body
    assert looks_binary(body) == _by_the_definition(body)
    assert looks_binary(mixed) == _by_the_definition(mixed)
