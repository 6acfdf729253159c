"""Regulator registers kept as CSV data, used to check the licence numbers sites claim.

A CSV per source under a registers folder, columns `regulator,number,firm,domains`
(domains space-separated). The FCA warns that fraudsters quote real firms' numbers
("clone firms"), so a number that exists but belongs to another domain is as bad
as one that does not exist.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class RegisterEntry:
    """One authorised firm on a regulator's register."""

    regulator: str
    """Regulator key as used by the licence rules, e.g. `fca`, `nfa`, `cysec`."""
    number: str
    """Licence / reference number, digits and separators as published."""
    firm: str
    """Registered firm name."""
    domains: frozenset[str]
    """Registrable domains the firm trades under."""


class Registers:
    """Lookup of register entries by regulator and number."""

    def __init__(self, entries: list[RegisterEntry]) -> None:
        self._by_key = {(e.regulator, normalise_number(e.number)): e for e in entries}
        self.regulators = frozenset(e.regulator for e in entries)

    def covers(self, regulator: str) -> bool:
        """True when we hold register data for `regulator`."""
        return regulator in self.regulators

    def find(self, regulator: str, number: str) -> RegisterEntry | None:
        return self._by_key.get((regulator, normalise_number(number)))

    @classmethod
    def load(cls, directories: list[Path]) -> Registers:
        entries: list[RegisterEntry] = []
        for directory in directories:
            for path in sorted(directory.glob("*.csv")):
                with path.open(encoding="utf-8", newline="") as handle:
                    for row in csv.DictReader(handle):
                        entries.append(
                            RegisterEntry(
                                regulator=row["regulator"].strip().lower(),
                                number=row["number"].strip(),
                                firm=row["firm"].strip(),
                                domains=frozenset(row["domains"].lower().split()),
                            )
                        )
        return cls(entries)


def normalise_number(number: str) -> str:
    """Compare licence numbers without spaces, leading zeros or letter case."""
    return "".join(number.split()).lstrip("0").upper()
