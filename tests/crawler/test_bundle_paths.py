"""Routes and API paths named in an app's bundle: found, and the unsafe ones never requested."""

from __future__ import annotations

from crawler.bundle_paths import paths_in_bundle


def test_routes_and_read_only_api_paths_are_taken_from_string_literals() -> None:
    bundle = (
        'r.push("pages/notice/index");fetch("/api/user/assets");fetch(`/api/notice/list`);'
        'var u="/v2/help/detail?id=3";'
    )
    routes, apis = paths_in_bundle(bundle)
    assert routes == ["pages/notice/index"]
    assert apis == ["/api/user/assets", "/api/notice/list", "/v2/help/detail"]


def test_paths_that_pay_change_or_sign_out_are_never_requested() -> None:
    bundle = " ".join(
        f'fetch("{path}");'
        for path in (
            "/api/pay/create",
            "/api/order/submit",
            "/api/user/logout",
            "/api/user/set-password",
            "/api/withdraw/apply",
            "/api/recharge/usdt",
            "/api/wallet/bind",
        )
    )
    assert paths_in_bundle(bundle) == ([], [])
