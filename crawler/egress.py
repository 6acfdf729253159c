"""The browser's egress guard: a forward proxy on loopback that checks every hop.

Playwright's request interception sees only the first request of a navigation, not
the redirects Chromium follows, nor is it a defence against DNS answers that change.
So the browser is launched with this proxy, which applies the crawler's network guard
to every request it carries (redirect hops, sub-resources, scripted fetches), connects
to the address it checked, and forwards to the configured upstream proxy when there
is one. Refused requests get a 403 naming the reason.
"""

from __future__ import annotations

import select
import socket
import socketserver
import threading
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from crawler.netguard import refusal_for_numeric, refusal_for_resolved
from feeds.domains import is_ip, refusal_for_address, refusal_for_name

MAX_HEADER_LINES = 100
MAX_LINE = 16_384
IDLE_SECONDS = 60
HOP_BY_HOP = {
    "proxy-connection",
    "connection",
    "keep-alive",
    "proxy-authorization",
    "te",
    "upgrade",
}


@dataclass
class EgressPolicy:
    """What the guard allows, and a record of what it refused."""

    allow_private: bool
    upstream: tuple[str, int] | None
    refused: list[str] = field(default_factory=list)

    def check(self, host: str) -> tuple[str | None, list[str]]:
        """(refusal reason, addresses to connect to); no addresses when the upstream resolves."""
        host = host.lower().strip("[]")
        if self.allow_private:
            return None, []
        if is_ip(host):
            return refusal_for_address(host), [host]
        if reason := refusal_for_name(host) or refusal_for_numeric(host):
            return reason, []
        if self.upstream:  # the upstream proxy resolves names (see crawler.netguard)
            return None, []
        try:
            addresses = [
                str(i[4][0]) for i in socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
            ]
        except (OSError, UnicodeError):
            return f"cannot resolve {host}", []
        return refusal_for_resolved(host, addresses), addresses


class _Handler(socketserver.StreamRequestHandler):
    server: _GuardServer
    rbufsize = 0  # unbuffered: every byte after the headers is relayed, none stays in a buffer

    def handle(self) -> None:
        request_line = self.rfile.readline(MAX_LINE).decode("latin-1")
        parts = request_line.split()
        if len(parts) != 3:
            return
        method, target, version = parts
        headers = []
        for _ in range(MAX_HEADER_LINES):
            line = self.rfile.readline(MAX_LINE).decode("latin-1")
            if line in ("\r\n", "\n", ""):
                break
            headers.append(line.rstrip("\r\n"))
        if method == "CONNECT":
            host, _, port_text = target.rpartition(":")
            port, path = int(port_text or 443), ""
        else:
            url = urlsplit(target)
            host, port = url.hostname or "", url.port or 80
            path = (url.path or "/") + (f"?{url.query}" if url.query else "")
        policy = self.server.policy
        reason, addresses = policy.check(host)
        if reason:
            policy.refused.append(f"{target}: {reason}")
            self._reply(403, f"refused by butcherblock: {reason}")
            return
        try:
            upstream = self._connect(policy, host, port, addresses)
        except OSError as exc:
            self._reply(502, f"cannot connect to {host}: {exc.strerror or exc}")
            return
        with upstream:
            kept = [h for h in headers if h.split(":", 1)[0].strip().lower() not in HOP_BY_HOP]
            if method == "CONNECT" and policy.upstream is None:
                self.wfile.write(b"HTTP/1.1 200 Connection Established\r\n\r\n")
            else:
                first = request_line.strip() if policy.upstream else f"{method} {path} {version}"
                head = "\r\n".join([first, *kept, "Connection: close", "", ""])
                upstream.sendall(head.encode("latin-1"))
            _relay(self.connection, upstream)

    def _connect(
        self, policy: EgressPolicy, host: str, port: int, addresses: list[str]
    ) -> socket.socket:
        if policy.upstream:
            return socket.create_connection(policy.upstream, timeout=IDLE_SECONDS)
        return socket.create_connection(
            (addresses[0] if addresses else host, port), timeout=IDLE_SECONDS
        )

    def _reply(self, status: int, text: str) -> None:
        body = text.encode("utf-8")
        reason = "Forbidden" if status == 403 else "Bad Gateway"
        self.wfile.write(
            f"HTTP/1.1 {status} {reason}\r\nContent-Type: text/plain; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
            + body
        )


def _relay(client: socket.socket, upstream: socket.socket) -> None:
    """Copy bytes both ways until either side closes or nothing moves for a while."""
    sockets = [client, upstream]
    while True:
        readable, _, failed = select.select(sockets, [], sockets, IDLE_SECONDS)
        if failed or not readable:
            return
        for sock in readable:
            try:
                data = sock.recv(65536)
            except OSError:
                return
            if not data:
                return
            (upstream if sock is client else client).sendall(data)


class _GuardServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, policy: EgressPolicy) -> None:
        self.policy = policy
        super().__init__(("127.0.0.1", 0), _Handler)

    def handle_error(self, request: object, client_address: object) -> None:
        return  # a browser dropping a connection is routine


class EgressGuard:
    """Start with `with EgressGuard(...) as proxy_url:` around a crawl that renders."""

    def __init__(self, allow_private: bool, upstream: str | None) -> None:
        address = None
        if upstream:
            parts = urlsplit(upstream if "://" in upstream else f"http://{upstream}")
            address = (parts.hostname or "127.0.0.1", parts.port or 8080)
        self.policy = EgressPolicy(allow_private, address)
        self.server = _GuardServer(self.policy)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> str:
        threading.Thread(target=self.server.serve_forever, daemon=True, name="egress-guard").start()
        return self.url

    def __exit__(self, *_: object) -> None:
        self.server.shutdown()
        self.server.server_close()
