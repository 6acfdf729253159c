"""Domains, URLs and IDNs become crawl targets; garbage is refused with a reason."""

from __future__ import annotations

import pytest

from feeds.domains import BadTarget, domain_of, parse_target


def test_bare_domain_is_tried_over_https_then_http() -> None:
    target = parse_target("Aurora-FXPro.COM.")
    assert target.domain == "aurora-fxpro.com"
    assert target.start_urls == ("https://aurora-fxpro.com/", "http://aurora-fxpro.com/")


def test_url_is_crawled_as_given_and_keyed_by_registrable_domain() -> None:
    target = parse_target("https://app.trade.example.co.uk:8443/withdraw?step=2#top")
    assert target.domain == "example.co.uk"
    assert target.start_urls == ("https://app.trade.example.co.uk:8443/withdraw?step=2",)


@pytest.mark.parametrize(
    ("raw", "domain"),
    [
        ("www.meridian-markets.com", "meridian-markets.com"),
        ("xn--bcher-kva.example", None),
        ("bücher.de", "xn--bcher-kva.de"),
        ("BÜCHER.DE", "xn--bcher-kva.de"),
        ("shop.bücher.de/path", "xn--bcher-kva.de"),
        ("my-scam.github.io", "my-scam.github.io"),
        ("http://203.0.113.7/login", "203.0.113.7"),
    ],
)
def test_registrable_domain(raw: str, domain: str | None) -> None:
    if domain is None:
        with pytest.raises(BadTarget, match="public suffix"):
            domain_of(raw)
    else:
        assert domain_of(raw) == domain


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("", "empty"),
        ("not a domain", "spaces, control or invisible characters"),
        ("evil.com\nmalicious.zone. IN NS x", "spaces, control or invisible characters"),
        ("ftp://files.example.com/", "not an http or https URL"),
        ("-bad-.com", "invalid label"),
        ("a" * 64 + ".com", "invalid label"),
        ("exa_mple.com", "invalid label"),
        ("com", None),
        ("example.com:99999", "invalid port"),
        ("http://", "no host"),
        ("x" * 3000, "longer than"),
    ],
)
def test_garbage_is_refused_with_a_reason(raw: str, message: str | None) -> None:
    with pytest.raises(BadTarget) as info:
        parse_target(raw)
    if message:
        assert message in str(info.value)
    assert "\n" not in str(info.value)
