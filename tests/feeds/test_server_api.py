"""The HTTP API on the real ASGI app and store (Starlette's test client, no network)."""

from __future__ import annotations

import urllib.parse
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from detectors.model import Evidence, Signal, Verdict
from feeds.publish import publish
from feeds.server import ServerSettings, create_app
from feeds.store import Store

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    store = Store.in_data_dir(tmp_path)
    signal = Signal(
        "withdrawal_fee", 90, "Fee must be paid separately", (Evidence("http://x/", "tax"),)
    )
    store.record_verdict(
        Verdict("aurora-fxpro.com", "fraud", 98, (signal,), "http://aurora-fxpro.com/", NOW), {}
    )
    publish(store, tmp_path / "feeds", NOW)
    store.close()
    # No name resolution: the test must not send DNS queries (test_server_limits resolves).
    return TestClient(create_app(tmp_path, ServerSettings(resolve_timeout=0)))


def test_lookup_by_percent_encoded_url(client: TestClient) -> None:
    url = urllib.parse.quote("https://WWW.Aurora-FXPro.com./withdraw.html?ref=tg", safe="")
    body = client.get(f"/api/v1/domains/{url}").json()
    assert (body["domain"], body["verdict"], body["score"]) == ("aurora-fxpro.com", "fraud", 98)
    assert body["first_seen"] == body["last_seen"] == NOW.isoformat()
    assert body["signals"][0]["evidence"][0]["text"] == "tax"


@pytest.mark.parametrize("target", ["bücher.de", "xn--bcher-kva.de"])
def test_idn_in_either_form_is_the_same_domain(client: TestClient, target: str) -> None:
    assert (
        client.get(f"/api/v1/domains/{urllib.parse.quote(target)}").json()["domain"]
        == "xn--bcher-kva.de"
    )


@pytest.mark.parametrize("target", ["not%20a%20domain", "a..b", "ftp%3A%2F%2Fx.com", "-x-.com"])
def test_garbage_gets_400_with_a_message(client: TestClient, target: str) -> None:
    response = client.get(f"/api/v1/domains/{target}")
    assert response.status_code == 400 and response.json()["error"]


def test_submissions_queue_public_domains_and_refuse_private_targets(client: TestClient) -> None:
    ok = client.post("/api/v1/submissions", json={"target": "https://new-broker.com/login"})
    assert ok.status_code == 202 and ok.json()["domain"] == "new-broker.com"
    for private in (
        "http://127.0.0.1/",
        "http://169.254.169.254/latest",
        "localhost",
        "http://10.0.0.8/",
    ):
        refused = client.post("/api/v1/submissions", json={"target": private})
        assert refused.status_code == 400, private
    assert client.post("/api/v1/submissions", json={"target": "x" * 5000}).status_code == 422


def test_false_positive_reports_are_recorded_and_counted(client: TestClient) -> None:
    response = client.post(
        "/api/v1/reports", json={"target": "aurora-fxpro.com", "reason": "We are regulated"}
    )
    assert response.status_code == 202
    assert client.get("/api/v1/domains/aurora-fxpro.com").json()["reports"] == 1


def test_feeds_are_served_with_etag_and_last_modified(client: TestClient) -> None:
    first = client.get("/feeds/domains.txt")
    assert first.status_code == 200 and "aurora-fxpro.com" in first.text
    assert first.headers["etag"] and first.headers["last-modified"]
    again = client.get("/feeds/domains.txt", headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304
    since = client.get(
        "/feeds/domains.txt", headers={"If-Modified-Since": first.headers["last-modified"]}
    )
    assert since.status_code == 304
    assert client.get("/feeds/misp/manifest.json").status_code == 200
    for hidden in (
        "/feeds/.publish-state.json",
        "/feeds/../butcherblock.sqlite3",
        "/feeds/nope.txt",
    ):
        assert client.get(hidden).status_code == 404, hidden


def test_openapi_document_lists_the_api(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {
        "/api/v1/domains/{target}",
        "/api/v1/submissions",
        "/api/v1/reports",
        "/feeds/{name}",
    } <= set(paths)
