"""Certificate-transparency exports as a candidate source for the nightly crawl.

A scam platform needs a TLS certificate before it can take deposits, so its names show up in
CT logs days before any victim reports it. We read an export (crt.sh JSON or CSV, or certstream
JSON lines captured to a file or piped on stdin), score every name (`crawler/ct_scoring.py`)
and yield the names at or above the threshold. The format is detected from the content:
exports are often saved without a meaningful extension, or piped.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from crawler.ct_scoring import CtScorer
from feeds.domains import BadTarget, is_ip, normalise_host, registrable_domain

# Column names (lower-case, spaces as underscores) that hold certificate names in CSV exports:
# crt.sh's own field names, and the headings of its HTML table.
CSV_NAME_COLUMNS = ("name_value", "common_name", "matching_identities")


class CtExportError(ValueError):
    """The export cannot be read at all (missing, or not a known format); names the file."""


@dataclass
class CtStats:
    """Counts for the run report; filled in while the candidates are iterated."""

    names: int = 0
    """Certificate names read (wildcards stripped), duplicates included."""
    invalid: int = 0
    """Names that are not valid domain names (IP addresses, e-mail addresses, junk)."""
    bad_records: int = 0
    """Lines, rows or JSON records that could not be parsed at all."""
    domains: int = 0
    """Distinct registrable domains among the valid names."""
    candidates: int = 0
    """Names yielded: at or above the threshold, one per registrable domain."""


def ct_candidates(
    export: Path | str | TextIO, scorer: CtScorer, stats: CtStats | None = None
) -> Iterator[tuple[str, str]]:
    """(name, `ct:<file name>`) for each export name scoring at least the threshold.

    `export` is a path, `-` for stdin, or an open text stream.

    One name per registrable domain: the registrable domain itself when it scores on its
    own, else the full name (the signal is in the subdomain: `binance.com-verify.xyz`).
    The format is detected now, so a file that is no CT export raises CtExportError here,
    not half-way through the crawl; unreadable records are counted in `stats` and skipped.
    """
    stats = stats if stats is not None else CtStats()
    if export == "-" or export is sys.stdin:
        handle: TextIO = sys.stdin
        if isinstance(handle, io.TextIOWrapper):
            handle.reconfigure(errors="replace")  # piped from curl or jq: bad bytes are data
        export, label = handle, "stdin"
    elif isinstance(export, str | Path):
        path = Path(export)
        label = path.name
        try:
            handle = path.open(encoding="utf-8", errors="replace", newline="")
        except FileNotFoundError:
            raise CtExportError(f"CT export not found: {path}") from None
        except IsADirectoryError:
            raise CtExportError(f"CT export is a directory: {path}") from None
        except OSError as exc:
            raise CtExportError(f"cannot read the CT export {path}: {exc.strerror}") from None
    else:
        handle = export
        name = getattr(export, "name", None)
        label = Path(name).name if isinstance(name, str) and not name.startswith("<") else "stdin"
    try:
        names = _names(handle, label, stats)
    except BaseException:
        if handle is not export:
            handle.close()
        raise
    return _score_names(
        names, scorer, f"ct:{label}", stats, handle if handle is not export else None
    )


def _score_names(
    names: Iterator[str], scorer: CtScorer, source: str, stats: CtStats, owned: TextIO | None
) -> Iterator[tuple[str, str]]:
    seen: set[str] = set()
    done: set[str] = set()
    try:
        for raw in names:
            stats.names += 1
            host = _valid_host(raw)
            if host is None:
                stats.invalid += 1
                continue
            domain = registrable_domain(host)
            if domain not in seen:
                seen.add(domain)
                stats.domains += 1
            if domain in done or scorer.score(host).score < scorer.threshold:
                continue
            done.add(domain)
            stats.candidates += 1
            yield (domain if scorer.score(domain).score >= scorer.threshold else host), source
    finally:
        if owned is not None:
            owned.close()


def _valid_host(raw: str) -> str | None:
    """A lower-case host name with a public suffix, or None for anything else."""
    name = raw.strip().lower()
    while name.startswith("*."):
        name = name[2:]
    try:
        host = normalise_host(name)
        if is_ip(host) or "." not in host:
            return None
        registrable_domain(host)
    except (BadTarget, ValueError):
        return None
    return host


def _names(handle: TextIO, label: str, stats: CtStats) -> Iterator[str]:
    """Detect the format from the first bytes and return an iterator of the names."""
    head = handle.read(4096).lstrip("\ufeff")
    stream = _Rejoined(head, handle)
    first = head.lstrip()[:1]
    if not first:
        return iter(())
    if first == "[":
        records = _json_array(stream.read(), stats)
        return _known(records, label, stats, _crtsh_names, "a crt.sh JSON export")
    if first == "{":
        records = _json_lines(stream, stats)
        return _known(records, label, stats, _json_line_names, "certstream JSON lines")
    return _csv_names(stream, label, stats)


def _known(
    records: Iterator[Any],
    label: str,
    stats: CtStats,
    names_of: Any,
    kind: str,
) -> Iterator[str]:
    """The first parseable record decides: if it is not of the expected shape, the file is
    not a CT export at all; later odd records are counted and skipped."""
    for record in records:
        names = names_of(record)
        if names is None:
            raise CtExportError(
                f"CT export {label}: looks like JSON but not {kind} "
                "(expected crt.sh name_value/common_name or certstream all_domains)"
            )
        return _chain_names(names, records, names_of, stats)
    return iter(())


def _chain_names(
    first: list[str], records: Iterator[Any], names_of: Any, stats: CtStats
) -> Iterator[str]:
    yield from first
    for record in records:
        names = names_of(record)
        if names is None:
            stats.bad_records += 1
            continue
        yield from names


def _crtsh_names(record: Any) -> list[str] | None:
    if not isinstance(record, dict) or not ("name_value" in record or "common_name" in record):
        return None
    names: list[str] = []
    for key in ("common_name", "name_value"):
        value = record.get(key)
        if isinstance(value, str):
            names += [n.strip().lower() for n in value.split("\n") if n.strip()]
    return list(dict.fromkeys(names))  # the common name is usually among name_value too


def _json_line_names(record: Any) -> list[str] | None:
    """certstream messages (other message types carry no names), or crt.sh records one a line."""
    if not isinstance(record, dict):
        return None
    kind = record.get("message_type")
    if kind is None:
        return _crtsh_names(record)
    data = record.get("data")
    if kind == "certificate_update":
        try:
            domains = data["leaf_cert"]["all_domains"]
        except (KeyError, TypeError):
            return None
        return [d for d in domains if isinstance(d, str)] if isinstance(domains, list) else None
    if kind == "dns_entries":  # certstream-server-go's "domains only" stream
        return [d for d in data if isinstance(d, str)] if isinstance(data, list) else None
    return []  # heartbeats and other message types: nothing to read, nothing wrong


def _json_array(text: str, stats: CtStats) -> Iterator[Any]:
    """The elements of a JSON array, salvaging what parses from a truncated or damaged one."""
    decoder = json.JSONDecoder()
    position = text.index("[") + 1
    while True:
        while position < len(text) and text[position] in " \t\r\n,":
            position += 1
        if position >= len(text) or text[position] == "]":
            return
        try:
            record, position = decoder.raw_decode(text, position)
        except json.JSONDecodeError:
            stats.bad_records += 1
            following = text.find("{", position + 1)
            if following < 0:
                return
            position = following
            continue
        yield record


def _json_lines(stream: Iterable[str], stats: CtStats) -> Iterator[Any]:
    for line in stream:
        if not line.strip():
            continue
        try:
            yield json.loads(line)
        except json.JSONDecodeError:
            stats.bad_records += 1


def _csv_names(stream: _Rejoined, label: str, stats: CtStats) -> Iterator[str]:
    header_line = stream.readline()
    header = [h.strip().lower().replace(" ", "_") for h in next(csv.reader([header_line]), [])]
    columns = [i for i, h in enumerate(header) if h in CSV_NAME_COLUMNS]
    if not columns:
        shown = header_line.strip()[:60]
        raise CtExportError(
            f"CT export {label} is not crt.sh JSON or CSV or certstream JSON lines "
            f"(first line: {shown!r})"
        )
    return _csv_rows(csv.reader(stream), columns, len(header), stats)


def _csv_rows(
    rows: Iterator[list[str]], columns: list[int], width: int, stats: CtStats
) -> Iterator[str]:
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error:
            stats.bad_records += 1
            continue
        if not row:
            continue
        if len(row) != width:
            stats.bad_records += 1
            continue
        names = [n.strip().lower() for i in columns for n in row[i].split("\n") if n.strip()]
        yield from dict.fromkeys(names)


class _Rejoined(io.TextIOBase):
    """The text already read for sniffing, followed by the rest of the stream (stdin can't seek)."""

    def __init__(self, head: str, rest: TextIO) -> None:
        self._buffer = io.StringIO(head)
        self._rest = rest

    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
        line = self._buffer.readline()
        return line if line.endswith("\n") else line + self._rest.readline()

    def read(self, size: int | None = -1) -> str:
        return self._buffer.read() + self._rest.read()

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = self.readline()
        if not line:
            raise StopIteration
        return line
