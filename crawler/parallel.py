"""One crawl on several processes of one machine (`crawl --processes N`).

Scrapy, the detectors and the store all run on one Python thread, so a crawl uses one core
and leaves the others idle. Helper processes (spawned: each gets its own reactor) crawl the
same run's frontier beside the crawl command's own process, under its worker name, so a
restart takes back their claims with its own. Each helper sends every judged site's verdict
(without signals: the store has them) back for the progress bar and the run report.

Each process keeps its clone index level with the store (crawler.clustering.IndexFollower),
so clones crawled by different processes are linked as if one process had crawled them.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import timedelta
from multiprocessing.process import BaseProcess
from typing import Any

from crawler.config import Config
from crawler.frontier import Claim, Frontier, open_frontier
from detectors.model import Verdict

_SPAWN = multiprocessing.get_context("spawn")


def shares(max_sites: int | None, processes: int) -> list[int | None]:
    """`--max-sites` split between the processes, the crawl command's own share first."""
    if max_sites is None:
        return [None] * processes
    return [max_sites // processes + (i < max_sites % processes) for i in range(processes)]


@dataclass
class Helpers:
    """The helper processes of one crawl and the queue their verdicts come back on."""

    processes: list[BaseProcess]
    messages: Any
    stopping: Any
    """A multiprocessing Event: set, the helpers take no new site and end once their sites
    in flight are judged (never a signal: under systemd they get the same SIGTERM, and a
    second one would make Scrapy drop their sites in flight)."""
    running: int = field(init=False)
    """Helpers that have not said they are done."""
    judged: list[int] = field(init=False)
    """Sites each helper judged so far."""
    stopped_by: str | None = None
    errors: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.running, self.judged = len(self.processes), [0] * len(self.processes)

    def drain(self, on_verdict: Callable[[Verdict], None], wait: float = 0.0) -> None:
        """Hand over every verdict that has arrived (waiting up to `wait` for the first)."""
        timeout = wait
        while self.running:
            try:
                number, kind, payload = (
                    self.messages.get(timeout=timeout) if timeout else self.messages.get_nowait()
                )
            except queue.Empty:
                return
            timeout = 0.0
            if kind == "verdict":
                self.judged[number] += 1
                on_verdict(payload)
            else:
                self.running -= 1
                if kind == "failed":
                    self.errors.append(payload)
                elif payload is not None:
                    self.stopped_by = self.stopped_by or payload

    def finish(self, on_verdict: Callable[[Verdict], None]) -> None:
        """Wait for every helper to end, handing over their verdicts as they come. A signal
        meanwhile stops them (the first as `stop`, a second kills them)."""
        previous = {number: signal.getsignal(number) for number in (signal.SIGTERM, signal.SIGINT)}

        def on_signal(signum: int, frame: Any) -> None:
            if self.stopping.is_set():
                self.kill()
            else:
                self.stop()

        for number in previous:
            signal.signal(number, on_signal)
        try:
            while self.running:
                self.drain(on_verdict, wait=0.5)
                if self.running and not any(p.is_alive() for p in self.processes):
                    self.drain(on_verdict)  # what the last of them sent before they ended
                    if self.running:
                        self.errors.append("a crawl process ended without saying why")
                        self.running = 0
            for process in self.processes:
                process.join()
        finally:
            for number, handler in previous.items():
                signal.signal(number, handler)

    def stop(self) -> None:
        """No new site for the helpers: they end once their sites in flight are judged (the
        rest stay in the frontier)."""
        self.stopping.set()

    def kill(self) -> None:
        """End the helpers now; their sites in flight go back to the frontier on the next
        crawl (or when their claims' lease runs out)."""
        for process in self.processes:
            if process.is_alive():
                process.kill()


def start_helpers(
    config: Config,
    run: str,
    worker: str,
    max_sites: list[int | None],
    deadline: float | None,
) -> Helpers:
    """One helper process per entry of `max_sites` (its share of `--max-sites`)."""
    messages, stopping = _SPAWN.Queue(), _SPAWN.Event()
    seconds_left = None if deadline is None else max(0.0, deadline - time.monotonic())
    processes = [
        _SPAWN.Process(
            target=_crawl_helper,
            args=(
                number,
                config,
                run,
                worker,
                share,
                seconds_left,
                messages,
                stopping,
                os.getpid(),
            ),
            name=f"butcherblock crawl helper {number + 1}",
            daemon=False,
        )
        for number, share in enumerate(max_sites)
    ]
    for process in processes:
        process.start()
    return Helpers(processes, messages, stopping)


class _UntilStopped:
    """The frontier, until the crawl command asks its helpers to stop or dies: an orphaned
    helper takes no new site."""

    def __init__(self, frontier: Frontier, stopping: Any, parent: int) -> None:
        self.frontier, self.stopping, self.parent = frontier, stopping, parent

    def claim(self) -> Claim | None:
        if self.stopping.is_set() or os.getppid() != self.parent:
            return None
        return self.frontier.claim()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.frontier, name)


def _crawl_helper(
    number: int,
    config: Config,
    run: str,
    worker: str,
    max_sites: int | None,
    seconds_left: float | None,
    messages: Any,
    stopping: Any,
    parent: int,
) -> None:
    # Its own process group: a Ctrl-C on the terminal reaches the crawl command alone, which
    # tells its helpers through `stopping`.
    os.setpgrp()
    from crawler.nightly import hold_as_helper, is_local
    from crawler.run import crawl  # Scrapy and Twisted load in the helper, not before

    if is_local(config):
        lock = hold_as_helper(config.data_dir)  # noqa: F841 - held until the helper exits

    deadline = None if seconds_left is None else time.monotonic() + seconds_left
    try:
        frontier = open_frontier(
            config.get("crawler.frontier"),
            config.get("store.url"),
            config.data_dir,
            run,
            worker,
            timedelta(seconds=config.get("crawler.claim_lease_seconds")),
        )
        try:
            outcome = crawl(
                config,
                _UntilStopped(frontier, stopping, parent),  # type: ignore[arg-type]
                on_result=lambda r: messages.put(
                    (number, "verdict", replace(r.verdict, signals=()))
                ),
                deadline=deadline,
                max_sites=max_sites,
            )
        finally:
            frontier.close()
    except Exception as exc:  # noqa: BLE001 - the crawl command reports it in one line
        messages.put((number, "failed", f"{type(exc).__name__}: {exc}"))
        return
    messages.put((number, "done", outcome.stopped_by))
