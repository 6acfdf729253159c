"""The public server's limits, against the real `butcherblock serve` on loopback.

Body size (413), a rate per client address (429 with Retry-After), submissions that name or
resolve to private addresses (400), and analyst actions behind the operator's bearer token.
Each test speaks from its own loopback address (127.0.0.x), so each is its own client.

Name resolution is real: when the test may (root, `unshare`), the server runs in its own mount
namespace with an /etc/hosts of the test's making, so glibc answers from that file and no DNS
query leaves the machine.
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from feeds.server import create_app
from feeds.store import Store
from tests.conftest import REPO

TOKEN = "s3cret-analyst-token-for-tests"  # noqa: S105 (a test secret)
HOSTS = """127.0.0.1 localhost
127.0.0.1 sneaky-broker.com
169.254.169.254 metadata-broker.com
10.1.2.3 intranet-broker.com
93.184.215.14 public-broker.com
"""


@dataclass
class Server:
    port: int
    data_dir: Path
    resolves: bool
    """True when the server resolves names through the test's hosts file."""

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        client: str = "127.0.0.1",
        chunked: bool = False,
    ) -> tuple[int, dict[str, str], Any]:
        connection = http.client.HTTPConnection(
            "127.0.0.1", self.port, timeout=10, source_address=(client, 0)
        )
        try:
            if chunked:
                connection.request(
                    method,
                    path,
                    body=iter([body or b""]),
                    headers=headers or {},
                    encode_chunked=True,
                )
            else:
                connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            raw = response.read()
            kind = response.getheader("content-type", "")
            payload = json.loads(raw) if kind.startswith("application/json") else raw
            return response.status, {k.lower(): v for k, v in response.getheaders()}, payload
        finally:
            connection.close()

    def post_json(
        self, path: str, document: object, client: str, **headers: str
    ) -> tuple[int, dict[str, str], Any]:
        return self.request(
            "POST",
            path,
            json.dumps(document).encode(),
            {"Content-Type": "application/json", **headers},
            client,
        )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _namespace_prefix(tmp: Path) -> list[str]:
    """Run the server with the test's /etc/hosts when this machine lets us, else as it is."""
    hosts = tmp / "hosts"
    hosts.write_text(HOSTS, encoding="utf-8")
    if not shutil.which("unshare"):
        return []
    probe = subprocess.run(
        ["unshare", "--mount", "sh", "-c", f"mount --bind {hosts} /etc/hosts"],
        capture_output=True,
        check=False,
    )
    if probe.returncode != 0:
        return []
    return ["unshare", "--mount", "sh", "-c", f'mount --bind {hosts} /etc/hosts && exec "$@"', "sh"]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    data_dir = tmp_path_factory.mktemp("server")
    Store.in_data_dir(data_dir).close()
    config = data_dir / "limits.toml"
    config.write_text(
        "[server]\nmax_body_bytes = 4096\nrequests_per_minute = 60\nburst = 10\n"
        "resolve_timeout = 2.0\n",
        encoding="utf-8",
    )
    prefix = _namespace_prefix(data_dir)
    if not prefix:  # no hosts file of ours: never let the server send a DNS query
        config.write_text(
            config.read_text().replace("resolve_timeout = 2.0", "resolve_timeout = 0")
        )
    port = free_port()
    command = [sys.executable, "-m", "crawler", "serve", "--port", str(port)]
    process = subprocess.Popen(
        [*prefix, *command, "--data-dir", str(data_dir), "--config", str(config)],
        cwd=REPO,
        env={**_environment(), "BUTCHERBLOCK_ANALYST_TOKEN": TOKEN},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    yield Server(port, data_dir, bool(prefix))
    process.terminate()
    process.wait(timeout=10)


def _environment() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy")}


def test_a_body_over_the_limit_is_refused_with_413(server: Server) -> None:
    client = "127.0.0.2"
    big = {"target": "a.com", "reason": "x" * 5000}
    status, _, body = server.post_json("/api/v1/reports", big, client)
    assert status == 413 and body == {"error": "request body larger than 4096 bytes"}
    # No Content-Length: a chunked upload is counted as it arrives.
    status, _, body = server.request(
        "POST",
        "/api/v1/reports",
        json.dumps(big).encode(),
        {"Content-Type": "application/json"},
        client,
        chunked=True,
    )
    assert status == 413
    status, _, _ = server.post_json("/api/v1/reports", {"target": "a.com", "reason": "ok"}, client)
    assert status == 202
    assert len(Store.in_data_dir(server.data_dir).reports("a.com")) == 1


def test_each_client_address_is_rate_limited_on_its_own(server: Server) -> None:
    statuses = [
        server.request("GET", "/api/v1/domains/a.com", client="127.0.0.3")[0] for _ in range(14)
    ]
    assert statuses[:10] == [200] * 10 and statuses[-1] == 429
    status, headers, body = server.request("GET", "/api/v1/domains/a.com", client="127.0.0.3")
    assert status == 429 and 1 <= int(headers["retry-after"]) <= 2
    assert body["error"].startswith("too many requests from this address")
    # Another address is another client; and the limited one recovers at the configured rate.
    assert server.request("GET", "/api/v1/domains/a.com", client="127.0.0.4")[0] == 200
    time.sleep(int(headers["retry-after"]) + 0.2)
    assert server.request("GET", "/api/v1/domains/a.com", client="127.0.0.3")[0] == 200


@pytest.mark.parametrize(
    ("target", "why"),
    [
        ("http://127.0.0.1/", "127.0.0.1 is a loopback address"),
        ("http://[::ffff:169.254.169.254]/latest", "is a link-local address"),
        ("http://10.0.0.8/", "10.0.0.8 is a private address"),
        ("localhost", "localhost is a local name"),
        ("printer.internal", "does not end in a public suffix"),
        ("intranet", "single-label"),
        ("sneaky-broker.com", "sneaky-broker.com resolves to 127.0.0.1, a loopback address"),
        ("https://metadata-broker.com/x", "resolves to 169.254.169.254, a link-local address"),
        ("intranet-broker.com", "resolves to 10.1.2.3, a private address"),
    ],
)
def test_submissions_never_point_the_crawler_at_private_addresses(
    server: Server, target: str, why: str
) -> None:
    if "resolves" in why and not server.resolves:
        pytest.skip("needs root and unshare to give the server a hosts file of its own")
    status, _, body = server.post_json("/api/v1/submissions", {"target": target}, "127.0.0.5")
    assert status == 400 and why in (body.get("detail") or body["error"]), body
    assert Store.in_data_dir(server.data_dir).open_submissions() == []


def test_a_public_submission_is_queued(server: Server) -> None:
    status, _, body = server.post_json(
        "/api/v1/submissions", {"target": "https://public-broker.com/login"}, "127.0.0.6"
    )
    assert status == 202 and body["domain"] == "public-broker.com"
    assert "public-broker.com" in [
        d for _, d, _ in Store.in_data_dir(server.data_dir).open_submissions()
    ]


def test_analyst_actions_need_the_operators_token(server: Server) -> None:
    decision = {
        "target": "https://www.known-scam.com/",
        "action": "deny",
        "reason": "victim report",
        "by": "ana",
    }
    client = "127.0.0.7"
    status, headers, _ = server.post_json("/api/v1/overrides", decision, client)
    assert status == 401 and headers["www-authenticate"] == "Bearer"
    for wrong in ("Bearer nope", f"Basic {TOKEN}", f"Bearer {TOKEN}x", "Bearer "):
        status, _, _ = server.post_json("/api/v1/overrides", decision, client, Authorization=wrong)
        assert status in (401, 403), wrong
    assert Store.in_data_dir(server.data_dir).overrides() == {}
    status, _, body = server.post_json(
        "/api/v1/overrides", decision, client, Authorization=f"Bearer {TOKEN}"
    )
    assert status == 200 and body["domain"] == "known-scam.com"
    store = Store.in_data_dir(server.data_dir)
    assert store.overrides()["known-scam.com"][:3] == (
        "deny",
        "victim report",
        f"ana (http {client})",
    )
    assert [(d, a, w) for _, d, a, w, _ in store.audit_log()] == [
        ("known-scam.com", "deny", f"ana (http {client})")
    ]


def test_without_a_configured_token_analyst_actions_are_off(tmp_path: Path) -> None:
    client = TestClient(create_app(tmp_path))
    response = client.post(
        "/api/v1/overrides",
        json={"target": "a.com", "action": "allow", "reason": "x", "by": "ana"},
        headers={"Authorization": "Bearer "},
    )
    assert response.status_code == 403 and "server.analyst_token" in response.json()["detail"]
    assert Store.in_data_dir(tmp_path).overrides() == {}
