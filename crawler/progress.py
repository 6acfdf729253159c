"""Progress of a long crawl: a bar on a terminal, a plain log line now and then otherwise
(a scheduler's journal wants lines, not carriage returns)."""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import IO, Any

import click

from detectors.model import Verdict

LOG_EVERY_SECONDS = 60.0


class CrawlProgress:
    """Call with each verdict as it is stored."""

    def __init__(self, total: int, log_lines: bool = True, stream: IO[str] | None = None) -> None:
        self.total, self.stream, self.log_lines = total, stream or sys.stderr, log_lines
        self.count = self.listed = 0
        self.started = self.last_line = time.monotonic()
        self.bar: Any = None
        if self.stream.isatty() and total > 1:
            self.bar = click.progressbar(
                length=total,
                label="crawling",
                file=self.stream,
                item_show_func=lambda v: v.domain if v else "",
            )

    def __enter__(self) -> CrawlProgress:
        if self.bar is not None:
            self.bar.__enter__()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.bar is not None:
            self.bar.__exit__(kind, exc, tb)

    def __call__(self, verdict: Verdict) -> None:
        self.count += 1
        self.listed += verdict.verdict == "fraud"
        if self.bar is not None:
            self.bar.update(1, verdict)
            return
        now = time.monotonic()
        if self.log_lines and (
            now - self.last_line >= LOG_EVERY_SECONDS or self.count == self.total
        ):
            self.last_line = now
            minutes = (now - self.started) / 60
            rate = self.count / minutes if minutes > 0 else 0.0
            click.echo(
                f"crawled {self.count} of {self.total} site(s), {self.listed} fraud, "
                f"{rate:.0f} sites/min",
                file=self.stream,
            )
