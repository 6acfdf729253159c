"""Registration lookups against the sandbox's real RDAP (HTTP) and WHOIS (TCP) servers."""

from __future__ import annotations

import socket
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from crawler.registration import RegistrationLookup
from crawler.sandbox.server import Sandbox


def lookup_for(sandbox: Sandbox) -> RegistrationLookup:
    return RegistrationLookup(
        rdap_base_url=sandbox.rdap_url, whois_server=sandbox.whois_address, timeout=5
    )


def test_rdap_answers_with_registration_date_registrar_and_privacy(sandbox: Sandbox) -> None:
    record = lookup_for(sandbox).lookup("aurora-fxpro.com")
    assert record.source == "rdap"
    assert record.created is not None
    assert (datetime.now(UTC) - record.created).days == 12
    assert record.registrar == "NameSilo, LLC"
    assert record.privacy is True


def test_whois_fallback_when_rdap_does_not_know_the_domain(sandbox: Sandbox) -> None:
    record = lookup_for(sandbox).lookup("coinharbor-vip.cc")
    assert record.source == "whois"
    assert record.created is not None and (datetime.now(UTC) - record.created).days == 19
    uk = lookup_for(sandbox).lookup("harbourline-securities.co.uk")
    assert uk.source == "whois" and uk.created is not None and uk.created.year < 2010


def test_unknown_everywhere_gives_a_plain_error(sandbox: Sandbox) -> None:
    record = lookup_for(sandbox).lookup("never-registered-anywhere.com")
    assert record.source == "none" and record.created is None
    assert (
        record.error is not None
        and "RDAP: no such domain" in record.error
        and "WHOIS" in record.error
    )


def test_bootstrap_file_shipped_with_the_package_names_the_registry() -> None:
    lookup = RegistrationLookup()
    assert lookup._bootstrap_base("aurora-fxpro.com") == "https://rdap.verisign.com/com/v1/"
    assert lookup._bootstrap_base("bitvaultx.top").startswith("https://")


class _BrokenRdap(BaseHTTPRequestHandler):
    """An RDAP server that fails in every way a real one has: by path."""

    def do_GET(self) -> None:
        kind = self.path.rsplit("/", 1)[-1].split(".")[0]
        if kind == "slow":
            time.sleep(1.5)
        body = {
            "error": b"{}",
            "garbage": b"<html>not json</html>",
            "huge": b"[" + b"0," * 600_000 + b"0]",
        }.get(kind, b"{}")
        self.send_response(500 if kind == "error" else 200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_: object) -> None:
        pass


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, *_: object) -> None:  # the client gave up on purpose
        pass


@pytest.mark.parametrize(
    ("domain", "problem"),
    [
        ("error.com", "RDAP: server answered HTTP 500"),
        ("garbage.com", "RDAP: Expecting value"),
        ("huge.com", "RDAP: answer too large"),
        ("slow.com", "RDAP: timed out"),
    ],
)
def test_a_broken_rdap_server_gives_a_plain_error_and_no_exception(
    domain: str, problem: str
) -> None:
    server = _QuietServer(("127.0.0.1", 0), _BrokenRdap)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))  # bound, never listening: WHOIS is refused
    try:
        lookup = RegistrationLookup(
            rdap_base_url=f"http://127.0.0.1:{server.server_port}/rdap",
            whois_server=f"127.0.0.1:{closed.getsockname()[1]}",
            timeout=0.5,
        )
        record = lookup.lookup(domain)
    finally:
        server.shutdown()
        server.server_close()
        closed.close()
    assert record.source == "none" and record.error is not None
    assert record.error.startswith(problem), record.error
    assert "\n" not in record.error and "Traceback" not in record.error
