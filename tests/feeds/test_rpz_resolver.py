"""The published RPZ zone, loaded into a real resolver (Debian's unbound) on loopback.

The resolver's upstream is an authoritative zone served by the same unbound, so every name
resolves without the internet; RPZ then decides what the client gets.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import dns.exception
import dns.resolver
import pytest

from feeds.formats.rpz import RpzZone
from tests.feeds.test_store_and_publish import SAMPLE

UNBOUND = shutil.which("unbound") or "/usr/sbin/unbound"
pytestmark = pytest.mark.skipif(
    not Path(UNBOUND).exists(),
    reason="Debian's unbound is not installed (make test installs it as root)",
)
ZONES = {
    "com": "aurora-fxpro.com. IN A 192.0.2.66\nwww.aurora-fxpro.com. IN A 192.0.2.66\n"
    "meridian-markets.com. IN A 192.0.2.10\n",
    "net": "zenithcapital-mt5.net. IN A 192.0.2.67\n",
}


def zone(tld: str) -> str:
    head = f"$TTL 300\n{tld}. IN SOA localhost. hostmaster.localhost. ( 1 3600 600 604800 300 )\n"
    return head + f"{tld}. IN NS localhost.\n" + ZONES[tld]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_unbound(folder: Path, with_rpz: bool) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    for tld in ZONES:
        (folder / f"{tld}.zone").write_text(zone(tld))
    rpz = (
        f'rpz:\n  name: "rpz.butcherblock."\n  zonefile: "{folder}/rpz.zone"\n' if with_rpz else ""
    )
    (folder / "unbound.conf").write_text(
        "server:\n"
        f"  interface: 127.0.0.1\n  port: {port}\n  do-daemonize: no\n  use-syslog: no\n"
        f'  logfile: ""\n  chroot: ""\n  username: ""\n  directory: "{folder}"\n'
        f'  pidfile: "{folder}/unbound.pid"\n  access-control: 127.0.0.0/8 allow\n'
        '  module-config: "respip iterator"\n'
        f'auth-zone:\n  name: "com."\n  zonefile: "{folder}/com.zone"\n'
        "  for-downstream: no\n  for-upstream: yes\n  fallback-enabled: no\n"
        f'auth-zone:\n  name: "net."\n  zonefile: "{folder}/net.zone"\n'
        "  for-downstream: no\n  for-upstream: yes\n  fallback-enabled: no\n" + rpz
    )
    check = subprocess.run(
        ["unbound-checkconf", str(folder / "unbound.conf")], capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout + check.stderr
    process = subprocess.Popen(
        [UNBOUND, "-c", str(folder / "unbound.conf")], stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if answer(port, "meridian-markets.com") is not None:
            return process, port
        time.sleep(0.1)
    process.kill()
    raise AssertionError("unbound did not answer on loopback")


def answer(port: int, name: str) -> str | None:
    """The A record, 'NXDOMAIN', or None when the resolver does not answer."""
    resolver = dns.resolver.Resolver(configure=False)
    resolver.nameservers, resolver.port, resolver.lifetime = ["127.0.0.1"], port, 1.0
    try:
        return resolver.resolve(name, "A")[0].to_text()
    except dns.resolver.NXDOMAIN:
        return "NXDOMAIN"
    except dns.exception.Timeout:
        return None


@pytest.fixture
def resolvers(tmp_path: Path) -> Iterator[dict[str, int]]:
    with_rpz, without = tmp_path / "with", tmp_path / "without"
    with_rpz.mkdir()
    without.mkdir()
    (with_rpz / "rpz.zone").write_text(RpzZone().render(SAMPLE))
    blocking, port = start_unbound(with_rpz, with_rpz=True)
    plain, plain_port = start_unbound(without, with_rpz=False)
    yield {"rpz": port, "plain": plain_port}
    for process in (blocking, plain):
        process.terminate()
        process.wait(timeout=10)


def test_listed_domains_are_blocked_and_others_resolve(resolvers: dict[str, int]) -> None:
    # Without the zone, the listed domains resolve: the block below is RPZ's doing.
    assert answer(resolvers["plain"], "aurora-fxpro.com") == "192.0.2.66"
    assert answer(resolvers["plain"], "zenithcapital-mt5.net") == "192.0.2.67"
    assert answer(resolvers["rpz"], "aurora-fxpro.com") == "NXDOMAIN"
    assert answer(resolvers["rpz"], "www.aurora-fxpro.com") == "NXDOMAIN"
    assert answer(resolvers["rpz"], "zenithcapital-mt5.net") == "NXDOMAIN"
    assert answer(resolvers["rpz"], "meridian-markets.com") == "192.0.2.10"
