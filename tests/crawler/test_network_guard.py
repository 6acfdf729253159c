"""The crawler refuses private, loopback and link-local targets unless configured to allow them."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.netguard import refusal_for_numeric
from crawler.sandbox.server import Sandbox
from feeds.domains import refusal_for_address, refusal_for_name
from tests.conftest import json_lines, run_cli


@pytest.mark.parametrize(
    ("address", "words"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("169.254.169.254", "link-local"),
        ("10.1.2.3", "private"),
        ("192.168.0.1", "private"),
        ("172.16.5.4", "private"),
        ("::ffff:127.0.0.1", "loopback"),
        ("fe80::1", "link-local"),
        ("0.0.0.0", "unspecified"),
    ],
)
def test_non_public_addresses_are_refused(address: str, words: str) -> None:
    reason = refusal_for_address(address)
    assert reason is not None and words in reason


def test_public_addresses_and_names_pass() -> None:
    assert refusal_for_address("93.184.216.34") is None
    assert refusal_for_name("broker.example.com") is None


@pytest.mark.parametrize("name", ["localhost", "api.localhost", "printer.local", "intranet"])
def test_local_names_are_refused(name: str) -> None:
    assert refusal_for_name(name) is not None


@pytest.mark.parametrize(
    ("host", "address"),
    [
        ("127.1", "127.0.0.1"),
        ("0x7f.0.0.1", "127.0.0.1"),
        ("0177.1", "127.0.0.1"),
        ("10.1", "10.0.0.1"),
    ],
)
def test_ipv4_in_shorthand_spellings_is_refused_without_dns(host: str, address: str) -> None:
    """Through a proxy names are not looked up here, so these must be caught as numbers."""
    reason = refusal_for_numeric(host)
    assert reason is not None and address in reason
    assert refusal_for_numeric("broker.example.com") is None  # a name: left to the proxy


def test_scanning_a_loopback_url_is_refused_by_default(sandbox: Sandbox, tmp_path: Path) -> None:
    url = f"{sandbox.rdap_url}/domain/aurora-fxpro.com"
    result = run_cli("scan", url, "--json", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    (verdict,) = json_lines(result.stdout)
    assert verdict["verdict"] == "unreachable"
    assert "loopback" in verdict["reason"]


def test_allow_private_lets_the_sandbox_be_crawled_directly(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    config = tmp_path / "private.toml"
    config.write_text("[network]\nallow_private = true\n")
    url = f"{sandbox.rdap_url}/domain/aurora-fxpro.com"
    result = run_cli("scan", url, "--json", "--data-dir", str(tmp_path), "--config", str(config))
    assert result.returncode == 0, result.stderr
    (verdict,) = json_lines(result.stdout)
    assert verdict["verdict"] != "unreachable"
    assert "refused" not in verdict["reason"]
