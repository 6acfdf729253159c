"""The one seam every detector implements."""

from __future__ import annotations

from typing import Protocol

from detectors.model import Capture, Signal


class Detector(Protocol):
    """A pure function of a Capture, with a stable name.

    Data a detector needs (rules, kit fingerprints, registers) is handed to its
    constructor; `detect` touches no network, clock, file or database.
    """

    name: str

    def detect(self, capture: Capture) -> list[Signal]: ...
