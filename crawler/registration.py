"""Registration lookup: RDAP first, WHOIS (python-whois) as fallback.

RDAP is authoritative for gTLDs since the port-43 WHOIS sunset (January 2025);
many ccTLDs still only speak WHOIS. The RDAP server for a TLD comes from a
snapshot of IANA's bootstrap file shipped in `crawler/data/`, never downloaded.
Blocking I/O: the pipeline runs `lookup` in a worker thread, each with its own
keep-alive HTTP session.
"""

from __future__ import annotations

import json
import socket
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import requests
import whois  # python-whois
from whois.parser import WhoisEntry

from detectors.model import Registration

BOOTSTRAP_FILE = Path(__file__).parent / "data" / "iana-rdap-dns.json"
MAX_RDAP_BYTES = 1_000_000
PRIVACY_MARKERS = (
    "redacted",
    "privacy",
    "withheld",
    "whoisguard",
    "domains by proxy",
    "data protected",
    "not disclosed",
    "gdpr masked",
)
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")


class NotFound(Exception):
    """The registry answered that it has no such domain (or no RDAP service for it)."""


@dataclass(frozen=True)
class RegistrationLookup:
    """Looks up one registrable domain; settings from `[registration]`."""

    rdap_base_url: str = ""
    whois_server: str = ""
    timeout: float = 10.0
    bootstrap_file: Path = BOOTSTRAP_FILE

    def lookup(self, domain: str) -> Registration:
        problems = []
        try:
            return self.rdap(domain)
        except NotFound as exc:
            problems.append(f"RDAP: {exc}")
        except (OSError, ValueError) as exc:
            problems.append(f"RDAP: {_plain(exc)}")
        try:
            return self.whois(domain)
        except NotFound as exc:
            problems.append(f"WHOIS: {exc}")
        except (OSError, ValueError) as exc:
            problems.append(f"WHOIS: {_plain(exc)}")
        return Registration(domain=domain, source="none", error="; ".join(problems))

    # -- RDAP ------------------------------------------------------------------------

    def rdap(self, domain: str) -> Registration:
        base = self.rdap_base_url or self._bootstrap_base(domain)
        url = f"{base.rstrip('/')}/domain/{quote(domain)}"
        if not url.startswith(("https://", "http://")):
            raise ValueError(f"RDAP base URL must be http(s): {base}")
        headers = {"Accept": "application/rdap+json, application/json"}
        with _session(url).get(url, headers=headers, timeout=self.timeout, stream=True) as answer:
            if answer.status_code == 404:
                raise NotFound("no such domain at the registry")
            if answer.status_code >= 400:
                raise ValueError(f"server answered HTTP {answer.status_code}")
            body = b""
            for chunk in answer.iter_content(1 << 16):  # requests' errors, not urllib3's
                body += chunk
                if len(body) > MAX_RDAP_BYTES:
                    break
        if len(body) > MAX_RDAP_BYTES:
            raise ValueError("answer too large")
        return parse_rdap(domain, json.loads(body))

    def _bootstrap_base(self, domain: str) -> str:
        labels = domain.split(".")
        for i in range(len(labels)):
            services = self._bootstrap.get(".".join(labels[i:]))
            if services:
                return next((s for s in services if s.startswith("https://")), services[0])
        raise NotFound(f"no RDAP service for .{labels[-1]} in the IANA bootstrap file")

    @cached_property
    def _bootstrap(self) -> dict[str, list[str]]:
        data = json.loads(self.bootstrap_file.read_text(encoding="utf-8"))
        table: dict[str, list[str]] = {}
        for tlds, urls in data["services"]:
            for tld in tlds:
                table[tld.lower()] = urls
        return table

    # -- WHOIS -----------------------------------------------------------------------

    def whois(self, domain: str) -> Registration:
        client = _PinnedNICClient(self.whois_server) if self.whois_server else whois.NICClient()
        if self.whois_server:
            text = client.whois(
                domain, "pinned", 0, timeout=int(self.timeout), ignore_socket_errors=False
            )
        else:
            text = client.whois_lookup(
                None, domain, 0, timeout=int(self.timeout), ignore_socket_errors=False
            )
        return parse_whois(domain, text)


class _PinnedNICClient(whois.NICClient):
    """python-whois hard-codes port 43; send every query to `host:port` instead."""

    def __init__(self, server: str) -> None:
        super().__init__()
        host, _, port = server.rpartition(":")
        self._address = (host or server, int(port) if port.isascii() and port.isdigit() else 43)

    def get_socket(self) -> socket.socket:  # type: ignore[override]
        address = self._address

        class _Socket(socket.socket):
            def connect(self, _ignored: Any) -> None:  # type: ignore[override]
                super().connect(address)

        return _Socket(socket.AF_INET, socket.SOCK_STREAM)


_sessions = threading.local()


def _session(url: str) -> requests.Session:
    """This thread's HTTP session (keep-alive: a night's lookups mostly go to one registry's
    RDAP server). It honours http(s)_proxy, except for a server on loopback (the sandbox)."""
    loopback = (urlsplit(url).hostname or "") in LOOPBACK_HOSTS
    name = "loopback" if loopback else "proxied"
    session = getattr(_sessions, name, None)
    if session is None:
        session = requests.Session()
        session.trust_env = not loopback
        setattr(_sessions, name, session)
    return session


def parse_rdap(domain: str, data: dict[str, Any]) -> Registration:
    events = {
        e.get("eventAction"): e.get("eventDate")
        for e in data.get("events", [])
        if isinstance(e, dict)
    }
    registrar = None
    privacy = bool(data.get("redacted"))
    for entity in data.get("entities", []):
        name = _vcard_name(entity)
        if "registrar" in entity.get("roles", []):
            registrar = name
        elif name and any(m in name.lower() for m in PRIVACY_MARKERS):
            privacy = True
    for remark in data.get("remarks", []):
        text = " ".join([remark.get("title", ""), *remark.get("description", [])]).lower()
        if "redact" in text:
            privacy = True
    return Registration(
        domain=domain,
        source="rdap",
        created=_date(events.get("registration")),
        expires=_date(events.get("expiration")),
        registrar=registrar,
        privacy=privacy,
    )


def parse_whois(domain: str, text: str) -> Registration:
    lowered = text.lower()
    if not text.strip() or "no match" in lowered or "not found" in lowered[:500]:
        raise NotFound("no such domain in WHOIS")
    entry = WhoisEntry.load(domain, text)
    created = _earliest(entry.get("creation_date"))
    if created is None:
        raise ValueError("WHOIS answer has no creation date")
    registrar = entry.get("registrar")
    return Registration(
        domain=domain,
        source="whois",
        created=created,
        expires=_earliest(entry.get("expiration_date")),
        registrar=registrar[0] if isinstance(registrar, list) else registrar,
        privacy=any(m in lowered for m in PRIVACY_MARKERS),
    )


def _vcard_name(entity: dict[str, Any]) -> str | None:
    try:
        for item in entity["vcardArray"][1]:
            if item[0] == "fn":
                return str(item[3])
    except (KeyError, IndexError, TypeError):
        return None
    return None


def _date(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _earliest(value: Any) -> datetime | None:
    values = value if isinstance(value, list) else [value]
    dates = [v if v.tzinfo else v.replace(tzinfo=UTC) for v in values if isinstance(v, datetime)]
    return min(dates) if dates else None


def _plain(exc: BaseException) -> str:
    if isinstance(exc, requests.Timeout):
        return "timed out"
    if isinstance(exc, requests.ConnectionError):
        return "cannot reach the server"
    if isinstance(exc, requests.RequestException):
        return f"the server's answer is broken ({type(exc).__name__})"
    if isinstance(exc, socket.gaierror):
        return "cannot resolve the server's name"
    if isinstance(exc, TimeoutError | socket.timeout):
        return "timed out"
    return str(exc) or type(exc).__name__
