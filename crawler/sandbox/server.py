"""The sandbox web: sample sites behind an HTTP proxy, plus RDAP and WHOIS, all on loopback.

Tests and the demo point the crawler at it with `http_proxy` and the registration
settings, so nothing touches the internet. The proxy serves each site from
`sites/<host>/www/` (falling back to its kit's files), refuses CONNECT so a crawler
falls back from https to http, and answers 502 for hosts it does not know, as a
real proxy does when DNS fails.
"""

from __future__ import annotations

import json
import mimetypes
import socketserver
import sys
import threading
import time
import tomllib
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from crawler.sandbox import behaviours

SANDBOX_DIR = Path(__file__).resolve().parent
SITES_DIR = SANDBOX_DIR / "sites"
HOSTILE_DIR = SANDBOX_DIR / "hostile"
"""Sites that attack the crawler; served only to the tests that ask for them, never in the demo."""
KITS_DIR = SANDBOX_DIR / "kits"
HELDOUT_DIR = SANDBOX_DIR / "heldout"
"""The held-out corpus: sites written after the detectors were frozen, never used to tune them.
Its own kits live in `heldout/_kits/`, so a kit seen only there is new to the detectors."""
REGISTERS_DIR = SANDBOX_DIR / "registers"
TEXT_SUFFIXES = {".html", ".htm", ".js", ".css", ".txt", ".json", ".xml"}


@dataclass(frozen=True)
class SampleSite:
    """One sample site, loaded from `sites/<host>/site.toml`."""

    host: str
    label: str
    description: str
    roots: tuple[Path, ...]
    """Folders to serve from, in order: the site's own `www/`, then its kit's."""
    variables: dict[str, str]
    registration: dict[str, Any]
    redirects: dict[str, str]
    kit: str | None = None
    language: str = ""
    """Main language of the site's text (ISO 639-1), for per-language figures."""
    delays: dict[str, float] = field(default_factory=dict)
    """URL path → seconds to wait before answering (a server that stalls)."""
    behaviours: dict[str, str] = field(default_factory=dict)
    """URL path (or `prefix*`) → hostile behaviour, see `crawler.sandbox.behaviours`."""

    def registered_at(self, now: datetime) -> datetime:
        return (
            now - timedelta(days=int(self.registration.get("registered_days_ago", 3650)))
        ).replace(second=0, microsecond=0)

    def expires_at(self, now: datetime) -> datetime:
        return (now + timedelta(days=int(self.registration.get("expires_in_days", 365)))).replace(
            second=0, microsecond=0
        )

    def find(self, path: str) -> Path | None:
        """The file that serves URL `path`, never outside the site's roots."""
        relative = unquote(path).lstrip("/")
        candidates = (
            [relative + "index.html"]
            if relative.endswith("/") or not relative
            else [relative, relative + ".html", relative + "/index.html", relative + ".json"]
        )
        for root in self.roots:
            for candidate in candidates:
                file = (root / candidate).resolve()
                if file.is_file() and file.is_relative_to(root.resolve()):
                    return file
        return None

    def render(self, file: Path) -> bytes:
        body = file.read_bytes()
        if file.suffix in TEXT_SUFFIXES:
            text = body.decode("utf-8")
            for name, value in self.variables.items():
                text = text.replace("{{" + name + "}}", value)
            body = text.encode("utf-8")
        return body


def load_sites(*sites_dirs: Path, kits_dir: Path = KITS_DIR) -> dict[str, SampleSite]:
    sites = {}
    meta_files = [f for d in (sites_dirs or (SITES_DIR,)) for f in sorted(d.glob("*/site.toml"))]
    for meta_file in meta_files:
        meta = tomllib.loads(meta_file.read_text(encoding="utf-8"))
        host = meta_file.parent.name
        kit = meta.get("kit")
        roots = [meta_file.parent / "www"]
        if kit:
            # A corpus may bring kits of its own (`<corpus>/_kits/<kit>/`); else the shared ones.
            own = meta_file.parent.parent / "_kits" / kit / "www"
            roots.append(own if own.is_dir() else kits_dir / kit / "www")
        sites[host] = SampleSite(
            host=host,
            label=meta.get("label", "clean"),
            description=meta.get("description", ""),
            roots=tuple(r for r in roots if r.is_dir()),
            variables={k: str(v) for k, v in meta.get("vars", {}).items()},
            registration=meta.get("registration", {}),
            redirects=meta.get("redirects", {}),
            delays={k: float(v) for k, v in meta.get("delays", {}).items()},
            behaviours={k: str(v) for k, v in meta.get("behaviours", {}).items()},
            kit=kit,
            language=str(meta.get("language", "")),
        )
    return sites


class _QuietHandler(BaseHTTPRequestHandler):
    """HTTP/1.1 handler that logs nothing and sends whole bodies with a length."""

    server: _SiteServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        return

    def _send(
        self,
        status: int,
        body: bytes,
        content_type: str,
        head: bool = False,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if not head:
            self.wfile.write(body)


class _ProxyHandler(_QuietHandler):
    def do_CONNECT(self) -> None:
        self._send(405, b"sandbox proxy does not tunnel HTTPS\n", "text/plain")

    def do_GET(self) -> None:
        self._serve(head=False)

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(min(length, 1_000_000))
        self._serve(head=False)

    def _serve(self, head: bool) -> None:
        target = urlsplit(self.path)
        host = (target.hostname or self.headers.get("Host", "").split(":")[0]).lower().rstrip(".")
        path = target.path or "/"
        site = self.server.sites.get(host) or self.server.sites.get(host.removeprefix("www."))
        if site is None:
            self._send(502, f"sandbox: unknown host {host!r}\n".encode(), "text/plain", head)
            return
        if path in site.delays:
            time.sleep(site.delays[path])
        if path in site.redirects:
            self._send(302, b"", "text/plain", head, {"Location": site.redirects[path]})
            return
        if behaviour := behaviours.lookup(site, path):
            serve, argument = behaviour
            serve(self, site, path, argument)
            return
        file = site.find(path)
        if file is None:
            self._send(404, b"<html><body><h1>404 Not Found</h1></body></html>", "text/html", head)
            return
        kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        if kind.startswith("text/") or kind in ("application/javascript", "application/json"):
            kind += "; charset=utf-8"
        self._send(200, site.render(file), kind, head)


class _RdapHandler(_QuietHandler):
    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        name = ""
        if path.startswith("/domain/"):
            name = unquote(path.removeprefix("/domain/")).lower().rstrip(".")
        site = self.server.sites.get(name)
        if site is None or not site.registration.get("rdap", True):
            body, status = json.dumps({"errorCode": 404, "title": "Not Found"}), 404
        else:
            body, status = json.dumps(rdap_answer(site, datetime.now(UTC))), 200
        self._send(status, body.encode(), "application/rdap+json")


def rdap_answer(site: SampleSite, now: datetime) -> dict[str, Any]:
    """An RDAP domain object (RFC 9083) as a gTLD registry would send it."""
    reg = site.registration
    entities: list[dict[str, Any]] = [
        {
            "objectClassName": "entity",
            "roles": ["registrar"],
            "vcardArray": [
                "vcard",
                [
                    ["version", {}, "text", "4.0"],
                    ["fn", {}, "text", reg.get("registrar", "Example Registrar, Inc.")],
                ],
            ],
        },
    ]
    registrant = (
        "REDACTED FOR PRIVACY"
        if reg.get("privacy")
        else reg.get("registrant", "Sample Holdings Ltd")
    )
    entities.append(
        {
            "objectClassName": "entity",
            "roles": ["registrant"],
            "vcardArray": [
                "vcard",
                [["version", {}, "text", "4.0"], ["fn", {}, "text", registrant]],
            ],
        }
    )
    return {
        "objectClassName": "domain",
        "ldhName": site.host.upper(),
        "status": ["client transfer prohibited"],
        "events": [
            {
                "eventAction": "registration",
                "eventDate": site.registered_at(now).isoformat().replace("+00:00", "Z"),
            },
            {
                "eventAction": "expiration",
                "eventDate": site.expires_at(now).isoformat().replace("+00:00", "Z"),
            },
        ],
        "entities": entities,
        "rdapConformance": ["rdap_level_0"],
    }


def whois_answer(site: SampleSite | None, query: str, now: datetime) -> str:
    """A WHOIS answer in the registry's usual layout (Nominet's for .uk, Verisign's otherwise)."""
    if site is None:
        return f'No match for "{query.upper()}".\r\n'
    reg = site.registration
    created, expires = site.registered_at(now), site.expires_at(now)
    registrar = reg.get("registrar", "Example Registrar, Inc.")
    registrant = (
        "REDACTED FOR PRIVACY"
        if reg.get("privacy")
        else reg.get("registrant", "Sample Holdings Ltd")
    )
    if site.host.endswith(".uk"):
        return (
            f"\r\n    Domain name:\r\n        {site.host}\r\n\r\n"
            f"    Registrant:\r\n        {registrant}\r\n\r\n"
            f"    Registrar:\r\n        {registrar} [Tag = SAMPLE]\r\n\r\n"
            f"    Relevant dates:\r\n        Registered on: {created:%d-%b-%Y}\r\n"
            f"        Expiry date:  {expires:%d-%b-%Y}\r\n"
            f"        Last updated:  {now:%d-%b-%Y}\r\n\r\n"
        )
    stamp = "%Y-%m-%dT%H:%M:%SZ"
    return (
        f"   Domain Name: {site.host.upper()}\r\n"
        f"   Registry Domain ID: {zlib.crc32(site.host.encode())}_DOMAIN_COM-VRSN\r\n"
        f"   Updated Date: {now.strftime(stamp)}\r\n"
        f"   Creation Date: {created.strftime(stamp)}\r\n"
        f"   Registry Expiry Date: {expires.strftime(stamp)}\r\n"
        f"   Registrar: {registrar}\r\n"
        f"   Registrant Organization: {registrant}\r\n"
        f">>> Last update of whois database: {now.strftime(stamp)} <<<\r\n"
    )


class _WhoisHandler(socketserver.StreamRequestHandler):
    server: _WhoisServer

    def handle(self) -> None:
        query = self.rfile.readline(1024).decode("utf-8", "replace").strip().lower().rstrip(".")
        site = self.server.sites.get(query)
        self.wfile.write(whois_answer(site, query, datetime.now(UTC)).encode("utf-8"))


def _quiet_disconnects(server: socketserver.BaseServer, request: Any, address: Any) -> None:
    """A browser that drops a keep-alive connection is normal, not an error to print."""
    if isinstance(sys.exc_info()[1], ConnectionError):
        return
    socketserver.BaseServer.handle_error(server, request, address)


class _SiteServer(ThreadingHTTPServer):
    daemon_threads = True
    handle_error = _quiet_disconnects

    def __init__(
        self, address: tuple[str, int], handler: type, sites: dict[str, SampleSite]
    ) -> None:
        self.sites = sites
        super().__init__(address, handler)


class _WhoisServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    handle_error = _quiet_disconnects
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], sites: dict[str, SampleSite]) -> None:
        self.sites = sites
        super().__init__(address, _WhoisHandler)


class Sandbox:
    """The three sandbox servers, started on loopback in background threads."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        proxy_port: int = 0,
        rdap_port: int = 0,
        whois_port: int = 0,
        sites_dirs: tuple[Path, ...] = (SITES_DIR,),
    ) -> None:
        self.sites = load_sites(*sites_dirs)
        for site in self.sites.values():
            behaviours.prepare(site)
        self.proxy = _SiteServer((host, proxy_port), _ProxyHandler, self.sites)
        self.rdap = _SiteServer((host, rdap_port), _RdapHandler, self.sites)
        self.whois = _WhoisServer((host, whois_port), self.sites)
        self._threads: list[threading.Thread] = []

    @property
    def proxy_url(self) -> str:
        return "http://{}:{}".format(*self.proxy.server_address[:2])

    @property
    def rdap_url(self) -> str:
        return "http://{}:{}".format(*self.rdap.server_address[:2])

    @property
    def whois_address(self) -> str:
        return "{}:{}".format(*self.whois.server_address[:2])

    def start(self) -> Sandbox:
        for server in (self.proxy, self.rdap, self.whois):
            thread = threading.Thread(
                target=server.serve_forever, daemon=True, name=f"sandbox-{type(server).__name__}"
            )
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        for server in (self.proxy, self.rdap, self.whois):
            server.shutdown()
            server.server_close()

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    def crawler_config(self) -> str:
        """TOML that points the crawler's registration lookups and detectors at the sandbox."""
        return crawler_config(self.rdap_url, self.whois_address)


def crawler_config(rdap_url: str, whois_address: str) -> str:
    """TOML for a crawl of sandbox sites: registration servers, the sandbox's kits and registers."""
    repo = Path(__file__).resolve().parents[2]
    kit_dirs = [str(repo / "config" / "kits")]
    kit_dirs += [str(p) for p in sorted(KITS_DIR.glob("*")) if (p / "fingerprint.yaml").is_file()]
    registers = [str(repo / "config" / "registers"), str(REGISTERS_DIR)]
    return (
        "# Written by `butcherblock sandbox`: crawl the sandbox web, not the internet.\n"
        "[registration]\n"
        f'rdap_base_url = "{rdap_url}"\n'
        f'whois_server = "{whois_address}"\n'
        "timeout = 5\n\n"
        "[detectors]\n"
        f"kit_dirs = {json.dumps(kit_dirs)}\n"
        f"register_dirs = {json.dumps(registers)}\n"
    )
