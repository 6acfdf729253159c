"""The `butcherblock` command line.

One click group; `--config` and `--data-dir` are accepted by the group and by every
subcommand, before or after its arguments. Errors are one plain line and exit code 2.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from crawler.config import RANGES, Config, ConfigError, load_config
from crawler.frontier import FrontierError
from crawler.nightly import RunError
from detectors.model import Verdict, to_dict
from detectors.rules import RuleError
from feeds.domains import BadTarget, Target, domain_of, mixed_scripts, parse_target, unicode_form
from feeds.publish import PublishError, PublishRefused, PublishResult, publish
from feeds.store import Store, StoreError

if TYPE_CHECKING:
    from crawler.ct_logs import CtStats
    from crawler.frontier import Frontier
    from crawler.pipelines import ScanResult
    from crawler.run import CrawlOutcome

F = TypeVar("F", bound=Callable[..., Any])
USER_ERRORS = (ConfigError, BadTarget, StoreError, RuleError)
_opened_stores: list[Path] = []  # for naming the file when SQLite fails after opening it


class UserError(click.ClickException):
    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"butcherblock: error: {self.format_message()}", err=True)


def common_options(func: F) -> F:
    """`--config FILE` and `--data-dir DIR`, shared by the group and every command."""
    func = click.option(
        "--config",
        "config_file",
        metavar="FILE",
        default=None,
        help="TOML file overriding config/default.toml.",
    )(func)
    return click.option(
        "--data-dir",
        metavar="DIR",
        default=None,
        help="Store, feeds and reports go here "
        "[default: $BUTCHERBLOCK_HOME, else $XDG_DATA_HOME/butcherblock].",
    )(func)


def _config(
    ctx: click.Context,
    config_file: str | None,
    data_dir: str | None,
    extra: list[Path] | None = None,
    render: str | None = None,
) -> Config:
    parent = ctx.find_root().params
    try:
        config = load_config(
            config_file or parent.get("config_file"),
            data_dir or parent.get("data_dir"),
            extra_files=extra or [],
        )
    except ConfigError as exc:
        raise UserError(str(exc)) from None
    if render:
        config.section("crawler")["render"] = render
    return config


def render_option(func: F) -> F:
    """`--render auto|always|never`, overriding `crawler.render`."""
    return click.option(
        "--render",
        type=click.Choice(["auto", "always", "never"]),
        default=None,
        help="Headless rendering: auto renders what needs it [default: crawler.render].",
    )(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@common_options
@click.version_option(package_name="butcherblock")
def cli(config_file: str | None, data_dir: str | None) -> None:
    """Find fake trading and crypto-investment platforms and publish them as a blocklist.

    \b
    Example:
        butcherblock scan aurora-fxpro.com --json
    """


@cli.command()
@click.argument("targets", nargs=-1)
@click.option(
    "--due",
    is_flag=True,
    help="Also crawl listed/watched domains due a re-check and queued submissions.",
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line per target.")
@click.option("-v", "--verbose", is_flag=True, help="Show the crawler's log.")
@render_option
@common_options
@click.pass_context
def scan(
    ctx: click.Context,
    targets: tuple[str, ...],
    as_json: bool,
    verbose: bool,
    due: bool,
    render: str | None,
    config_file: str | None,
    data_dir: str | None,
) -> None:
    """Crawl and judge TARGETS (domains or URLs) now, store and print the verdicts.

    A bare domain is tried over https first, then http.

    \b
    Example:
        butcherblock scan aurora-fxpro.com https://meridian-markets.com/withdraw.html
        butcherblock scan quantex-ai.vip --render always --json
        butcherblock scan --due        # the nightly re-checks and the submissions queue
    """
    config = _config(ctx, config_file, data_dir, render=render)
    queued, due_work = _due_work(config) if due else ([], [])
    if not due:
        _open_store(config).close()  # an unusable data directory fails here, in one line
    parsed = _parse_targets((*targets, *(target for target, _ in due_work)))
    if not parsed:
        if due:
            click.echo("nothing is due and nothing is queued")
            return
        raise UserError("give at least one domain or URL to scan, or --due")
    results = {v.domain: v for v in _scan_targets(config, parsed, verbose)}
    for target in parsed:
        verdict = results.get(target.domain)
        if verdict is None:
            raise UserError(
                f"no verdict for {target.domain}: the crawl failed, run again with --verbose"
            )
        _print_verdict(verdict, as_json)
    _take_submissions(config, [i for i, _, _ in queued])


@cli.command()
@click.option(
    "--seeds",
    "seed_files",
    multiple=True,
    metavar="FILE",
    help="A file of domains or URLs, one a line, # comments (repeatable; - for stdin).",
)
@click.option(
    "--ct",
    "ct_files",
    multiple=True,
    metavar="FILE",
    help="A certificate-transparency export (crt.sh JSON/CSV, certstream JSON lines; - for "
    "stdin): names scoring above sources.ct.threshold become candidates (repeatable).",
)
@click.option(
    "--lookalikes",
    is_flag=True,
    help="Add look-alike permutations of well-known brokers, exchanges and scam-kit brands.",
)
@click.option(
    "--max-sites",
    type=click.IntRange(min=1),
    default=None,
    help="Crawl at most this many sites now; the rest stay in the frontier for the next crawl.",
)
@click.option(
    "--max-duration",
    metavar="DURATION",
    default=None,
    help="Start no new site after this long (90m, 2h, 1h30m); the rest stay in the frontier.",
)
@click.option(
    "--run",
    "run_option",
    metavar="NAME",
    default=None,
    help="The run to start or resume [default: today's UTC date].",
)
@click.option(
    "--worker",
    metavar="NAME",
    default=None,
    help="This worker's name in distributed mode, stable across restarts [default: host-pid].",
)
@click.option(
    "--processes",
    type=click.IntRange(*RANGES[("crawler", "processes")]),
    default=None,
    help="Crawl with this many processes of this machine, one a core [default: crawler.processes].",
)
@click.option(
    "--no-publish", is_flag=True, help="Judge and store, but leave the feeds as they are."
)
@render_option
@common_options
@click.pass_context
def crawl(
    ctx: click.Context,
    seed_files: tuple[str, ...],
    ct_files: tuple[str, ...],
    lookalikes: bool,
    max_sites: int | None,
    max_duration: str | None,
    run_option: str | None,
    worker: str | None,
    processes: int | None,
    no_publish: bool,
    render: str | None,
    config_file: str | None,
    data_dir: str | None,
) -> None:
    """The nightly job: gather candidates, crawl, judge, publish, and write a run report.

    Candidates, in this order: listed and watched domains due a re-check, the submissions
    queue, the seed files, certificate-transparency exports, then look-alikes. They go into
    the run's frontier in the store (or in Redis, see crawler.frontier): a crawl that is
    killed or stopped is resumed by the next one, without crawling a finished site again.
    The run report (markdown and HTML with charts) goes to DATA_DIR/reports/.

    \b
    Example:
        butcherblock crawl --seeds candidates.txt --ct crtsh.json --max-duration 6h
    """
    from crawler import run_report
    from crawler.candidates import gather, seed_file, seed_lines
    from crawler.nightly import crawl_lock, is_local, parse_duration, run_name, start_run

    started, clock = datetime.now(UTC), time.monotonic()
    config = _config(ctx, config_file, data_dir, render=render)
    try:
        budget = parse_duration(max_duration) if max_duration else None
        run = run_name(run_option, started)
    except RunError as exc:
        raise UserError(str(exc)) from None
    deadline = clock + budget.total_seconds() if budget is not None else None
    with ExitStack() as stack:
        try:
            if is_local(config):
                stack.enter_context(crawl_lock(config.data_dir))
            frontier, released, carried = start_run(config, run, worker)
        except (RunError, FrontierError) as exc:
            raise UserError(str(exc)) from None
        stack.callback(frontier.close)
        queued, sources = _due_work(config)
        for name in seed_files:  # seed files come after the due work
            try:
                sources += list(
                    seed_lines(sys.stdin, "seeds:stdin") if name == "-" else seed_file(Path(name))
                )
            except OSError as exc:
                raise UserError(
                    f"cannot read the seed file {name}: {exc.strerror or exc}"
                ) from None
        ct_stats = _candidate_sources(config, sources, ct_files, lookalikes)
        candidates, rejected = gather(sources)
        added = frontier.add((c.target, c.source) for c in candidates)
        _take_submissions(config, [i for i, _, _ in queued])  # safe in the frontier now
        done, total = frontier.counts()
        stages = {"gather": time.monotonic() - clock}
        resumed = f", {released} taken back from a crash" if released else ""
        click.echo(
            f"run {run}: {len(candidates)} candidate site(s), {added} new to the run, "
            f"{carried} carried over from earlier runs{resumed}; "
            f"{total - done} site(s) to crawl; "
            f"{len(rejected)} input(s) were not domains or URLs"
        )
        if ct_files:
            click.echo(
                f"certificate transparency: {ct_stats.names} name(s) read, "
                f"{ct_stats.candidates} scored as candidates, {ct_stats.invalid} invalid, "
                f"{ct_stats.bad_records} unreadable record(s)"
            )
        verdicts: list[Verdict] = []
        stopped_by = None
        by_process: tuple[int, ...] = ()
        if total > done:
            clock = time.monotonic()
            to_crawl = min(total - done, max_sites or total)
            outcome = _crawl_with_progress(
                config,
                frontier,
                to_crawl,
                False,
                deadline,
                max_sites,
                log_lines=True,
                processes=min(processes or config.get("crawler.processes"), to_crawl),
                worker=frontier.worker,
            )
            verdicts, stopped_by, by_process = (
                outcome.verdicts,
                outcome.stopped_by,
                outcome.by_process,
            )
            stages["crawl and judge"] = time.monotonic() - clock
        done, total = frontier.counts()
    added_listings: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    note = "not published (--no-publish)"
    if not no_publish:
        clock = time.monotonic()
        result = _publish(config)
        added_listings, removed, note = result.added, result.removed, f"serial {result.serial}"
        stages["publish"] = time.monotonic() - clock
    summary = run_report.RunSummary(
        started,
        candidates,
        rejected,
        verdicts,
        stages,
        added_listings,
        removed,
        note,
        finished=datetime.now(UTC),
    )
    store = _open_store(config)
    try:
        files = run_report.write_report(summary, config.data_dir, store)
    except run_report.ReportError as exc:
        raise UserError(str(exc)) from None
    finally:
        store.close()
    listed = sum(v.verdict == "fraud" for v in verdicts)
    spread = f" in {len(by_process)} processes ({' + '.join(map(str, by_process))})"
    click.echo(
        f"crawled {len(verdicts)} site(s){spread if by_process else ''}: {listed} fraud; "
        f"feed +{len(added_listings)} −{len(removed)}"
    )
    if total > done:
        why = {
            "max-duration": "stopped by --max-duration",
            "max-sites": "stopped by --max-sites",
            "signal": "stopped by a signal",
        }.get(stopped_by or "", "other workers hold the rest")
        click.echo(f"run {run}: {total - done} site(s) left ({why}); the next crawl resumes them")
    click.echo(f"run report: {files.markdown} and {files.html.name}; latest: {files.latest}")


@cli.command()
@click.argument("target")
@click.option("--json", "as_json", is_flag=True, help="Print the verdict as one JSON object.")
@common_options
@click.pass_context
def lookup(
    ctx: click.Context, target: str, as_json: bool, config_file: str | None, data_dir: str | None
) -> None:
    """Show the latest stored verdict for a domain or any URL of it (no crawl).

    \b
    Example:
        butcherblock lookup 'https://www.aurora-fxpro.com/withdraw.html'
    """
    config = _config(ctx, config_file, data_dir)
    domain = _domain(target)
    store = _open_store(config)
    try:
        verdict = store.latest_verdict(domain)
    finally:
        store.close()
    if verdict is None:
        if as_json:
            click.echo(
                json.dumps({"domain": domain, "verdict": "unknown", "score": 0, "signals": []})
            )
        else:
            click.echo(f"{domain}: unknown (never scanned; run `butcherblock scan {domain}`)")
    else:
        _print_verdict(verdict, as_json)
    if not as_json and (scripts := mixed_scripts(domain)):
        names = " and ".join(s.title() for s in scripts)
        click.echo(f"note: {unicode_form(domain)} mixes {names} letters: a look-alike name?")


@cli.group()
def feeds() -> None:
    """Blocklist feeds built from the store."""


@feeds.command("publish")
@click.option("--force", is_flag=True, help="Publish even if the block list shrank a lot.")
@common_options
@click.pass_context
def feeds_publish(
    ctx: click.Context, force: bool, config_file: str | None, data_dir: str | None
) -> None:
    """Write every feed format from the latest verdicts, atomically, to DATA_DIR/feeds.

    \b
    Example:
        butcherblock feeds publish --data-dir /var/lib/butcherblock
    """
    config = _config(ctx, config_file, data_dir)
    result = _publish(config, force)
    click.echo(
        f"published {result.listed} domain(s) (+{len(result.added)} −{len(result.removed)}), "
        f"{result.watched} on the watch list, serial {result.serial}, to {result.directory}"
    )
    for path in result.files:
        click.echo(f"  {path}")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8080, show_default=True, help="Port to listen on.")
@common_options
@click.pass_context
def serve(
    ctx: click.Context, host: str, port: int, config_file: str | None, data_dir: str | None
) -> None:
    """Serve the feeds, the lookup API and the lookup page over HTTP (never crawls).

    \b
    Example:
        butcherblock serve --port 8080
        curl http://127.0.0.1:8080/api/v1/domains/aurora-fxpro.com
    """
    import uvicorn

    from feeds.server import ServerSettings, create_app

    config = _config(ctx, config_file, data_dir)
    _open_store(config).close()
    settings = ServerSettings.from_section(
        config.section("server"),
        os.environ.get("BUTCHERBLOCK_ANALYST_TOKEN"),
        config.get("store.url"),
    )
    click.echo(f"serving {config.data_dir} on http://{host}:{port}/ (Ctrl-C to stop)")
    try:
        uvicorn.run(
            create_app(config.data_dir, settings), host=host, port=port, log_level="warning"
        )
    except OSError as exc:
        raise UserError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


@cli.command()
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Loopback address to listen on."
)
@click.option(
    "--proxy-port",
    default=8118,
    show_default=True,
    help="Port of the HTTP proxy (0: any free port).",
)
@click.option("--rdap-port", default=8119, show_default=True, help="Port of the RDAP server.")
@click.option("--whois-port", default=8143, show_default=True, help="Port of the WHOIS server.")
@common_options
@click.pass_context
def sandbox(
    ctx: click.Context,
    host: str,
    proxy_port: int,
    rdap_port: int,
    whois_port: int,
    config_file: str | None,
    data_dir: str | None,
) -> None:
    """Serve the sandbox web (sample sites, RDAP, WHOIS) on loopback until Ctrl-C.

    Writes DATA_DIR/sandbox.toml for `--config`.

    \b
    Example:
        butcherblock sandbox &
        export http_proxy=http://127.0.0.1:8118
        butcherblock scan aurora-fxpro.com --config ~/.local/share/butcherblock/sandbox.toml
    """
    from crawler.sandbox.server import Sandbox

    config = _config(ctx, config_file, data_dir)
    if not host.startswith("127.") and host not in ("localhost", "::1"):
        raise UserError(f"the sandbox only listens on loopback, not {host}")
    try:
        web = Sandbox(host, proxy_port, rdap_port, whois_port).start()
    except OSError as exc:
        raise UserError(
            f"cannot start the sandbox: {exc.strerror or exc} (try --proxy-port 0)"
        ) from None
    config_path = _write_sandbox_config(config.data_dir, web.crawler_config())
    click.echo(f"sandbox web: {len(web.sites)} sample sites")
    click.echo(f"  proxy  {web.proxy_url}\n  rdap   {web.rdap_url}\n  whois  {web.whois_address}")
    click.echo("crawl it with:")
    click.echo(
        f"  http_proxy={web.proxy_url} butcherblock scan {next(iter(web.sites), 'example.com')} "
        f"--config {config_path}"
    )
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        web.stop()


@cli.command()
@render_option
@common_options
@click.pass_context
def demo(
    ctx: click.Context, render: str | None, config_file: str | None, data_dir: str | None
) -> None:
    """Start the sandbox web, crawl every sample site, publish the feeds, print a summary.

    \b
    Example:
        butcherblock demo --data-dir /tmp/bb-demo
    """
    config, labels, verdicts, elapsed = _crawl_sandbox(ctx, config_file, data_dir, render)
    click.echo(f"\ncrawled {len(verdicts)} sites in {elapsed:.1f}s\n")
    for verdict in verdicts:
        expected = labels.get(verdict.domain, "?")
        label = f"{verdict.verdict.upper():<12} {verdict.score:>3}  {verdict.domain:<32}"
        click.echo(f"{label} (labelled {expected})")
        if verdict.verdict in ("fraud", "suspicious"):
            for signal in verdict.signals[:4]:
                click.echo(f"      - [{signal.detector}] {signal.summary}")
    result = _publish(config)
    click.echo(f"\npublished {result.listed} listed domain(s) to {result.directory}:")
    for path in result.files:
        click.echo(f"  {path}")


def _override(config: Config, target: str, action: str, reason: str, who: str) -> str:
    domain = _domain(target)
    store = _open_store(config)
    try:
        store.set_override(domain, action, reason, who, datetime.now(UTC))
    finally:
        store.close()
    return domain


def analyst_options(func: F) -> F:
    func = click.option(
        "--reason", required=True, help="Why, in plain words (kept in the audit log)."
    )(func)
    func = click.option(
        "--by",
        "who",
        default=lambda: os.environ.get("USER", "analyst"),
        show_default="$USER",
        help="Who decided.",
    )(func)
    return click.option("--clear", is_flag=True, help="Remove the override instead.")(func)


@cli.command()
@click.argument("target")
@analyst_options
@common_options
@click.pass_context
def allow(
    ctx: click.Context,
    target: str,
    reason: str,
    who: str,
    clear: bool,
    config_file: str | None,
    data_dir: str | None,
) -> None:
    """Never list DOMAIN, whatever the detectors say (an analyst's decision, audited).

    \b
    Example:
        butcherblock allow meridian-markets.com --reason "FCA FRN 602731 checked on the register"
    """
    domain = _override(
        _config(ctx, config_file, data_dir), target, "clear" if clear else "allow", reason, who
    )
    click.echo(
        f"{domain}: {'override cleared' if clear else 'allowed'} (takes effect at the next publish)"
    )


@cli.command()
@click.argument("target")
@analyst_options
@common_options
@click.pass_context
def deny(
    ctx: click.Context,
    target: str,
    reason: str,
    who: str,
    clear: bool,
    config_file: str | None,
    data_dir: str | None,
) -> None:
    """Always list DOMAIN, whatever the detectors say (an analyst's decision, audited).

    \b
    Example:
        butcherblock deny new-scam-broker.com --reason "victim report with payment receipts"
    """
    domain = _override(
        _config(ctx, config_file, data_dir), target, "clear" if clear else "deny", reason, who
    )
    click.echo(
        f"{domain}: {'override cleared' if clear else 'denied'} (takes effect at the next publish)"
    )


@cli.command()
@click.argument("target", required=False)
@common_options
@click.pass_context
def overrides(
    ctx: click.Context, target: str | None, config_file: str | None, data_dir: str | None
) -> None:
    """Print the analysts' audit log (all domains, or one).

    \b
    Example:
        butcherblock overrides meridian-markets.com
    """
    config = _config(ctx, config_file, data_dir)
    store = _open_store(config)
    try:
        rows = store.audit_log(_domain(target) if target else None)
    finally:
        store.close()
    if not rows:
        click.echo("no analyst decisions recorded")
    for at, domain, action, who, reason in rows:
        click.echo(f"{at[:16].replace('T', ' ')}  {action:<5}  {domain}  by {who}: {reason}")


@cli.command("eval")
@render_option
@click.option(
    "--passages-only", is_flag=True, help="Only the labelled passages: no crawl of the sandbox."
)
@click.option(
    "--split",
    "splits",
    multiple=True,
    help="Measure only this split (train, heldout, heldout-2, heldout-3); repeatable. Default: "
    "every split that is not sealed.",
)
@common_options
@click.pass_context
def eval_(
    ctx: click.Context,
    render: str | None,
    passages_only: bool,
    splits: tuple[str, ...],
    config_file: str | None,
    data_dir: str | None,
) -> None:
    """Measure the detectors on the labelled corpora, train and held-out side by side.

    The train split (sandbox `sites/`, `train.jsonl`) is what rules and models were
    developed against: its figures are training figures. The held-out splits (`heldout*/`,
    `heldout*.jsonl`) were written by others and are never used to tune them: only their
    figures say how the detectors do on pages nobody has seen. A sealed split is left out
    unless named.

    \b
    Example:
        butcherblock eval --data-dir /tmp/bb-eval
        butcherblock eval --passages-only
        butcherblock eval --split train
    """
    from crawler.evaluation import render_passage_table
    from crawler.evaluation_run import SPLITS, default_splits, passage_scores, site_report

    config = _config(ctx, config_file, data_dir)
    unknown = [name for name in splits if name not in SPLITS or not SPLITS[name].is_dir()]
    if unknown:
        raise UserError(f"no such split: {unknown[0]} (splits: {', '.join(SPLITS)})")
    click.echo("pay-to-withdraw passages (a passage counts when any window of it is a demand):")
    chosen = list(splits) or default_splits()
    if not splits:
        for name in SPLITS:
            if name not in chosen and SPLITS[name].is_dir():
                click.echo(
                    f"{name} is sealed (not measured yet): name it with --split to measure it"
                )
    click.echo(
        render_passage_table(
            passage_scores(config, ["train", *[n for n in chosen if n != "train"]])
        )
    )
    if passages_only:
        return
    folders = tuple(SPLITS[name] for name in chosen)
    _, labels, verdicts, elapsed = _crawl_sandbox(ctx, config_file, data_dir, render, folders)
    click.echo(f"\n{len(verdicts)} labelled sites crawled in {elapsed:.1f}s")
    click.echo(site_report(config, labels, verdicts))


@cli.command()
@click.option(
    "--check", is_flag=True, help="Do not write: fail unless training reproduces the shipped model."
)
@common_options
@click.pass_context
def train(ctx: click.Context, check: bool, config_file: str | None, data_dir: str | None) -> None:
    """Fit the pay-to-withdraw classifier on the train passages (held-out ones are never read).

    The same corpus gives the same model file, byte for byte.

    \b
    Example:
        butcherblock train
        butcherblock train --check
    """
    from crawler.training import CorpusError
    from crawler.training import train as fit
    from detectors.concepts import Lexicon, LexiconError

    config = _config(ctx, config_file, data_dir)
    corpus = config.paths("detectors.pay_to_withdraw_corpus")[0] / "train.jsonl"
    target = config.paths("detectors.pay_to_withdraw_model")[0]
    try:
        lexicon = Lexicon.load(config.paths("detectors.concepts_dir")[0] / "pay-to-withdraw")
        text = fit(corpus, lexicon).to_json()
    except (CorpusError, LexiconError) as error:
        raise UserError(str(error)) from error
    if check:
        current = target.read_text(encoding="utf-8") if target.is_file() else ""
        if current != text:
            raise UserError(f"{target} is not what `butcherblock train` makes from {corpus}")
        click.echo(f"{target} is reproduced byte for byte from {corpus}")
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(target)
    meta = json.loads(text)["meta"]
    click.echo(
        f"wrote {target}: {meta['scored_passages']} of {meta['passages']} passages scored, "
        f"C={meta['C']}, cross-validated precision {meta['cv_precision']:.2f}, "
        f"recall {meta['cv_recall']:.2f}"
    )


@cli.command()
@click.argument("target")
@common_options
@click.pass_context
def explain(ctx: click.Context, target: str, config_file: str | None, data_dir: str | None) -> None:
    """Explain the latest verdict for a domain: every signal, its weight, and the evidence.

    \b
    Example:
        butcherblock explain aurora-fxpro.com
    """
    from crawler.suite import build_suite
    from detectors.verdict import weighted_scores

    config = _config(ctx, config_file, data_dir)
    domain = _domain(target)
    store = _open_store(config)
    try:
        verdict = store.latest_verdict(domain)
    finally:
        store.close()
    if verdict is None:
        raise UserError(f"{domain} was never scanned; run `butcherblock scan {domain}` first")
    policy = build_suite(config).policy
    checked = f", checked {verdict.checked_at:%Y-%m-%d %H:%M} UTC" if verdict.checked_at else ""
    click.echo(f"{verdict.domain}: {verdict.verdict} (score {verdict.score}){checked}")
    click.echo(f"why: {verdict.reason}")
    click.echo(
        f"thresholds: fraud ≥ {policy.fraud_threshold} with {policy.min_detectors_for_fraud} "
        f"detectors ≥ {policy.corroborating_score}; watch ≥ {policy.suspicious_threshold}\n"
    )
    contributions = weighted_scores(list(verdict.signals), policy)
    click.echo(f"{'detector':<22}{'weight':>8}{'contributes':>13}")
    for name, value in sorted(contributions.items(), key=lambda item: -item[1]):
        click.echo(f"{name:<22}{policy.weights.get(name, 1.0):>8.2f}{value:>13.0f}")
    for signal in verdict.signals:
        click.echo(f"\n[{signal.detector}] {signal.summary}")
        click.echo(f"  rule {signal.rule or '-'}, strength {signal.score}")
        for item in signal.evidence:
            where = item.url or item.kind
            how = f" ({item.source}{': ' + item.step if item.step else ''})" if item.source else ""
            click.echo(f"  - {where}{how}\n      {item.text}")


# -- helpers ------------------------------------------------------------------------------


def _crawl_sandbox(
    ctx: click.Context,
    config_file: str | None,
    data_dir: str | None,
    render: str | None,
    folders: tuple[Path, ...] = (),
) -> tuple[Config, dict[str, str], list[Verdict], float]:
    """Start the sandbox web and crawl every sample site of `folders` (default: the train
    split, which the demo shows); the labels come with the sites."""
    from crawler.sandbox.server import SITES_DIR, Sandbox

    base = _config(ctx, config_file, data_dir)
    with Sandbox(sites_dirs=folders or (SITES_DIR,)) as web:
        config_path = _write_sandbox_config(base.data_dir, web.crawler_config())
        os.environ["http_proxy"] = os.environ["https_proxy"] = web.proxy_url
        os.environ.pop("no_proxy", None)
        os.environ.pop("NO_PROXY", None)
        config = _config(ctx, config_file, data_dir, extra=[config_path], render=render)
        targets = [parse_target(host) for host in sorted(web.sites)]
        click.echo(
            f"sandbox web up ({len(targets)} sample sites behind {web.proxy_url}); crawling…"
        )
        started = time.monotonic()
        results = _scan_targets(config, targets, verbose=False)
        elapsed = time.monotonic() - started
        labels = {host: site.label for host, site in web.sites.items()}
    verdicts = sorted(results, key=lambda v: (v.verdict != "fraud", v.domain))
    return config, labels, verdicts, elapsed


def _due_work(config: Config) -> tuple[list[tuple[int, str, str]], list[tuple[str, str]]]:
    """Open submissions, and (target, source) for due re-checks then submissions.

    Opening the store here also makes an unusable data directory fail early, in one line.
    """
    feeds = config.section("feeds")
    store = _open_store(config)
    try:
        queued = store.open_submissions()
        due = store.due_for_recheck(
            datetime.now(UTC),
            timedelta(days=feeds["recheck_listed_days"]),
            timedelta(days=feeds["recheck_watch_days"]),
        )
    finally:
        store.close()
    return queued, [(d, "recheck") for d in due] + [(d, "submission") for _, d, _ in queued]


def _crawl_with_progress(
    config: Config,
    frontier: Frontier,
    total: int,
    verbose: bool,
    deadline: float | None = None,
    max_sites: int | None = None,
    log_lines: bool = False,
    keep_signals: bool = False,
    processes: int = 1,
    worker: str = "",
) -> CrawlOutcome:
    """Crawl the frontier: a progress bar on a terminal, plain lines in a log if `log_lines`;
    verdicts with their signals if `keep_signals` (to show them, not only count them); with
    `processes - 1` helper processes beside this one, crawling as `worker` (crawler.parallel)."""
    from crawler.parallel import shares, start_helpers
    from crawler.progress import CrawlProgress
    from crawler.run import CrawlOutcome, crawl  # Scrapy and Twisted load only to crawl

    log_level = "INFO" if verbose else "CRITICAL"
    split = shares(max_sites, processes)
    with CrawlProgress(total, log_lines=log_lines and not verbose) as progress:
        show = (lambda _: None) if verbose else progress
        helpers = None
        theirs: list[Verdict] = []

        def from_helper(verdict: Verdict) -> None:
            theirs.append(verdict)
            show(verdict)

        def on_result(result: ScanResult) -> None:
            show(result.verdict)
            if helpers is not None:
                helpers.drain(from_helper)

        if processes > 1:
            helpers = start_helpers(config, frontier.run, worker, split[1:], deadline)
        try:
            outcome = crawl(
                config,
                frontier,
                log_level,
                on_result=on_result,
                deadline=deadline,
                max_sites=split[0],
                keep_signals=keep_signals,
                on_signal=None if helpers is None else helpers.stop,
            )
            if helpers is not None:
                helpers.finish(from_helper)
        finally:
            if helpers is not None:  # stopped by a signal, or failed: they take no new site
                helpers.stop()
    if helpers is None:
        return outcome
    for error in helpers.errors:
        click.echo(f"butcherblock: a crawl process failed: {error}", err=True)
    return CrawlOutcome(
        outcome.verdicts + theirs,
        outcome.stopped_by or helpers.stopped_by,
        (len(outcome.verdicts), *helpers.judged),
    )


def _scan_targets(config: Config, targets: list[Target], verbose: bool) -> list[Verdict]:
    from crawler.frontier import ListFrontier

    outcome = _crawl_with_progress(
        config, ListFrontier(targets), len(targets), verbose, keep_signals=True
    )
    # A site judged before a sibling of its kit was listed is judged again when that happens;
    # print what the store (and so the feeds) now says, not the first judgement.
    store = _open_store(config)
    try:
        latest = {v.domain: store.latest_verdict(v.domain) for v in outcome.verdicts}
    finally:
        store.close()
    verdicts = []
    for verdict in outcome.verdicts:
        current = latest.get(verdict.domain)
        rejudged = current is not None and current.reason.startswith("re-judged")
        verdicts.append(current if current is not None and rejudged else verdict)
    return verdicts


def _candidate_sources(
    config: Config, sources: list[Any], ct_files: tuple[str, ...], lookalikes: bool
) -> CtStats:
    """Append the CT and look-alike sources (lazy iterators) to `sources`."""
    from crawler.ct_logs import CtExportError, CtStats, ct_candidates
    from crawler.ct_scoring import CtKeywordsError, CtScorer
    from crawler.lookalikes import LookalikeError, config_lookalikes

    stats = CtStats()
    try:
        if ct_files:
            scorer = CtScorer.from_config(config)
            for name in ct_files:
                sources.extend(ct_candidates(name, scorer, stats))
        if lookalikes:
            sources.extend(config_lookalikes(config))
    except (CtExportError, CtKeywordsError, LookalikeError) as exc:
        raise UserError(str(exc)) from None
    return stats


def _take_submissions(config: Config, ids: list[int]) -> None:
    if ids:
        store = _open_store(config)
        try:
            store.take_submissions(ids, datetime.now(UTC))
        finally:
            store.close()


def _parse_targets(raw: tuple[str, ...]) -> list[Target]:
    targets, seen = [], set()
    for text in raw:
        try:
            target = parse_target(text)
        except BadTarget as exc:
            raise UserError(str(exc)) from None
        if target.domain not in seen:
            seen.add(target.domain)
            targets.append(target)
    return targets


def _domain(text: str) -> str:
    try:
        return domain_of(text)
    except BadTarget as exc:
        raise UserError(str(exc)) from None


def _open_store(config: Config) -> Store:
    try:
        store = Store.open(config.get("store.url"), config.data_dir)
    except StoreError as exc:
        raise UserError(str(exc)) from None
    _opened_stores.append(store.path)
    return store


def _publish(config: Config, force: bool = False) -> PublishResult:
    store = _open_store(config)
    try:
        return publish(
            store,
            config.data_dir / "feeds",
            datetime.now(UTC),
            force,
            config.get("feeds.max_shrink"),
            timedelta(days=config.get("feeds.expire_after_days")),
        )
    except PublishRefused as exc:
        raise UserError(f"publish refused: {exc}") from None
    except PublishError as exc:
        raise UserError(str(exc)) from None
    finally:
        store.close()


def _write_sandbox_config(data_dir: Path, text: str) -> Path:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        path = data_dir / "sandbox.toml"
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UserError(f"cannot write to the data directory {data_dir}: {exc.strerror}") from None
    return path


def _print_verdict(verdict: Verdict, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(to_dict(verdict), ensure_ascii=False))
        return
    click.echo(f"{verdict.domain}: {verdict.verdict} (score {verdict.score}) — {verdict.reason}")
    for signal in verdict.signals:
        click.echo(f"  [{signal.detector} {signal.score}] {signal.summary}")
        for item in signal.evidence[:3]:
            where = f"{item.url}: " if item.url else ""
            click.echo(f"      {where}{item.text}")


def main() -> None:
    try:
        cli(standalone_mode=True)
    except USER_ERRORS as exc:
        click.echo(f"butcherblock: error: {exc}", err=True)
        sys.exit(2)
    except sqlite3.Error as exc:
        # The store opened, then a page turned out damaged or a write stayed locked.
        where = f"the store {_opened_stores[-1]}" if _opened_stores else "the store"
        click.echo(f"butcherblock: error: {where}: {exc}", err=True)
        sys.exit(2)
