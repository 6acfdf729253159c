"""Turn what a user types (a domain, a URL, an IDN) into a crawl target.

The registrable domain is computed with tldextract's bundled public suffix list
only: `suffix_list_urls=()` means no fetch, ever (STACK-NOTES).
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit, urlunsplit

import idna
import tldextract

MAX_INPUT = 2048
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")


class BadTarget(ValueError):
    """The input is not a domain or http(s) URL we can crawl; the message says why."""


@dataclass(frozen=True)
class Target:
    """A site to crawl."""

    domain: str
    """Registrable domain (punycode), the key of the listing."""
    host: str
    """Host name to fetch (punycode), or an IP literal."""
    start_urls: tuple[str, ...]
    """URLs to try in order: https then http for a bare domain, the URL itself otherwise."""


@lru_cache(maxsize=1)
def _extractor() -> tldextract.TLDExtract:
    return tldextract.TLDExtract(
        suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True
    )


def registrable_domain(host: str) -> str:
    """`shop.example.co.uk` → `example.co.uk`; IPs and single labels come back unchanged."""
    if is_ip(host):
        return host
    parts = _extractor()(host)
    if "." not in host and parts.suffix != host:
        return host  # an intranet name: the network guard refuses it with a reason
    if not parts.suffix:
        raise BadTarget(f"'{host}' does not end in a public suffix (top-level domain)")
    if not parts.domain:
        raise BadTarget(f"'{host}' is a public suffix, not a domain")
    return f"{parts.domain}.{parts.suffix}"


def normalise_host(raw: str) -> str:
    """Lower-case, strip the trailing dot, IDNA-encode, validate labels."""
    host = raw.strip().rstrip(".").lower()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if is_ip(host):
        address = ipaddress.ip_address(host)
        if getattr(address, "scope_id", None):
            raise BadTarget(f"'{_show(raw)}' has a zone index: it names a local link, not a site")
        return str(address)
    if not host:
        raise BadTarget("empty host name")
    if not host.isascii():
        try:
            host = idna.encode(host, uts46=True).decode("ascii")
        except idna.IDNAError as exc:
            raise BadTarget(
                f"'{_show(raw)}' is not a valid internationalised domain name: {exc}"
            ) from None
    if len(host) > 253:
        raise BadTarget(f"'{_show(raw)}' is longer than 253 characters")
    for label in host.split("."):
        if not _LABEL.match(label):
            raise BadTarget(f"'{_show(raw)}' has an invalid label '{_show(label)}'")
        if label.startswith("xn--"):
            _check_a_label(raw, label)
    return host


def _check_a_label(raw: str, label: str) -> None:
    """An `xn--` label must decode to a valid IDN: `xn--zzz` would be a name nobody can own."""
    try:
        idna.decode(label)
    except (idna.IDNAError, UnicodeError) as exc:
        raise BadTarget(
            f"'{_show(raw)}' has an invalid punycode label '{_show(label)}': {exc}"
        ) from None


# Scripts whose letters pass for one another (the classic IDN homograph: Cyrillic `а` in
# `pаypal.com`); Japanese legitimately mixes CJK with kana, so only these are compared.
CONFUSABLE_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN")


def mixed_scripts(domain: str) -> tuple[str, ...]:
    """Scripts a single label of `domain` (punycode or Unicode) mixes, when they are confusable.

    Empty for plain ASCII and for one-script labels. A whole-script look-alike (every letter
    Cyrillic) is not caught here: that needs a confusables table.
    """
    try:
        text = idna.decode(domain) if domain.isascii() else domain
    except (idna.IDNAError, UnicodeError):
        return ()
    for label in text.split("."):
        scripts = {unicodedata.name(c, "?").split(" ")[0] for c in label if c.isalpha()} & set(
            CONFUSABLE_SCRIPTS
        )
        if len(scripts) > 1:
            return tuple(s for s in CONFUSABLE_SCRIPTS if s in scripts)
    return ()


def unicode_form(domain: str) -> str:
    """`xn--bcher-kva.de` → `bücher.de`; the input unchanged when it does not decode."""
    try:
        return idna.decode(domain)
    except (idna.IDNAError, UnicodeError):
        return domain


def parse_target(raw: str) -> Target:
    """Parse one user-supplied domain or URL."""
    text = raw.strip()
    if not text:
        raise BadTarget("empty target")
    if len(text) > MAX_INPUT:
        raise BadTarget(f"target is longer than {MAX_INPUT} characters")
    if not text.isprintable() or " " in text:  # control, format (zero-width), spaces
        raise BadTarget(f"'{_show(text)}' contains spaces, control or invisible characters")
    if "://" in text:
        return _from_url(text)
    host, _, rest = text.partition("/")
    path = "/" + rest if rest else "/"
    host = normalise_host(_strip_port(host)[0])
    port = _strip_port(text.partition("/")[0])[1]
    netloc = _netloc(host, port)
    return Target(
        domain=registrable_domain(host),
        host=host,
        start_urls=(f"https://{netloc}{path}", f"http://{netloc}{path}"),
    )


def domain_of(raw: str) -> str:
    """The registrable domain of a domain or URL (what `lookup` keys on)."""
    return parse_target(raw).domain


def is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


PRIVATE_NAME_SUFFIXES = (".localhost", ".local", ".internal", ".home.arpa", ".lan", ".intranet")


def refusal_for_address(address: str) -> str | None:
    """Why an IP address may not be crawled, or None when it is public."""
    kind = address_kind(address)
    return f"{address} is {kind}" if kind else None


def address_kind(address: str) -> str | None:
    """`a loopback address`, `a private address`, ... or None for a public address."""
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for attribute, words in (
        ("is_loopback", "a loopback address"),
        ("is_link_local", "a link-local address"),
        ("is_unspecified", "an unspecified address"),
        ("is_multicast", "a multicast address"),
        ("is_private", "a private address"),
        ("is_reserved", "a reserved address"),
    ):
        if getattr(ip, attribute):
            return words
    return None


def refusal_for_resolved(host: str, addresses: list[str]) -> str | None:
    """Why a name may not be crawled, given the addresses it resolves to (any private one)."""
    for address in addresses:
        if kind := address_kind(address):
            return f"{host} resolves to {address}, {kind}"
    return None


def refusal_for_name(host: str) -> str | None:
    """Why a host name may not be crawled, judged from the name alone."""
    name = host.rstrip(".").lower()
    if name == "localhost" or name.endswith(PRIVATE_NAME_SUFFIXES):
        return f"{name} is a local name"
    if "." not in name:
        return f"{name} is a single-label (intranet) name"
    return None


def _from_url(text: str) -> Target:
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise BadTarget(f"'{_show(text)}' is not a valid URL: {exc}") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise BadTarget(f"'{_show(text)}' is not an http or https URL")
    if not parts.hostname:
        raise BadTarget(f"'{_show(text)}' has no host name")
    host = normalise_host(parts.hostname)
    url = urlunsplit(
        (parts.scheme.lower(), _netloc(host, port), parts.path or "/", parts.query, "")
    )
    return Target(domain=registrable_domain(host), host=host, start_urls=(url,))


def _strip_port(hostport: str) -> tuple[str, int | None]:
    if hostport.startswith("["):
        host, _, rest = hostport[1:].partition("]")
        port_text = rest.lstrip(":")
    elif hostport.count(":") == 1:
        host, _, port_text = hostport.partition(":")
    else:
        return hostport, None
    if not port_text:
        return host, None
    if not (port_text.isascii() and port_text.isdigit()) or not 0 < int(port_text) < 65536:
        raise BadTarget(f"'{_show(hostport)}' has an invalid port")
    return host, int(port_text)


def _netloc(host: str, port: int | None) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"{shown}:{port}" if port else shown


def _show(text: str, limit: int = 80) -> str:
    """Quote untrusted input safely in an error message: printable, bounded."""
    printable = "".join(c if c.isprintable() else _escape(c) for c in text)
    return printable if len(printable) <= limit else printable[:limit] + "…"


def _escape(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
