"""Registration lookups against the sandbox's real RDAP (HTTP) and WHOIS (TCP) servers."""

from __future__ import annotations

from datetime import UTC, datetime

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
