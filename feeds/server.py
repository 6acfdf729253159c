"""`butcherblock serve`: the feeds over HTTP, the lookup API, and the reviewers' lookup page.

The server never crawls: a lookup of a domain we know nothing about answers `unknown`, and a
submission only queues the domain in the store for the next crawl. Feed files are served with
ETag and Last-Modified so subscribers can poll cheaply. Everything a site said is shown as text,
never as markup (the lookup page builds its DOM with `textContent`).
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field

from detectors.model import to_dict
from feeds.domains import BadTarget, is_ip, parse_target, refusal_for_address, refusal_for_name
from feeds.store import Store

STATIC = Path(__file__).parent / "static"
MAX_TEXT = 2000


class Submission(BaseModel):
    target: str = Field(description="A domain or URL to scan.", max_length=2048)


class Report(BaseModel):
    target: str = Field(
        description="The domain or URL reported as wrongly listed.", max_length=2048
    )
    reason: str = Field(
        description="Why the listing is wrong, in plain words.", max_length=MAX_TEXT
    )
    contact: str = Field(
        default="", description="How to reach the reporter (optional).", max_length=200
    )


def create_app(data_dir: Path) -> FastAPI:
    """The application for one data directory (store, feeds, screenshots)."""
    app = FastAPI(
        title="butcherblock",
        summary="Blocklist of fake trading and crypto-investment platforms",
        version="0.1.0",
    )
    stores = threading.local()
    feeds_dir = (data_dir / "feeds").resolve()
    shots_dir = (data_dir / "screenshots").resolve()

    def store() -> Store:
        if not hasattr(stores, "store"):
            stores.store = Store.in_data_dir(data_dir)
        return stores.store

    @app.exception_handler(BadTarget)
    async def bad_target(_: Request, exc: BadTarget) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=400)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def lookup_page() -> HTMLResponse:
        return HTMLResponse((STATIC / "lookup.html").read_text(encoding="utf-8"))

    @app.get("/api/v1/domains/{target:path}", summary="Look up a domain or URL")
    def lookup(target: str) -> dict[str, Any]:
        """The latest verdict, its signals and evidence, first/last seen, cluster and screenshot.

        A URL may be given percent-encoded; it is reduced to its registrable domain.
        """
        domain = parse_target(target).domain
        verdict = store().latest_verdict(domain)
        if verdict is None:
            return {
                "domain": domain,
                "verdict": "unknown",
                "score": 0,
                "signals": [],
                "reason": "never scanned",
            }
        first, last = store().seen_as(domain, verdict.verdict)
        shot = shots_dir / f"{domain}.png"
        return {
            **to_dict(verdict),
            "first_seen": first,
            "last_seen": last,
            "screenshot": f"/screenshots/{domain}.png" if shot.is_file() else None,
            "reports": len(store().reports(domain)),
        }

    @app.post("/api/v1/submissions", status_code=202, summary="Queue a domain for scanning")
    def submit(submission: Submission, request: Request) -> dict[str, Any]:
        target = parse_target(submission.target)
        host = target.host
        problem = refusal_for_address(host) if is_ip(host) else refusal_for_name(host)
        if problem:
            raise HTTPException(400, f"refused: {problem}")
        client = request.client.host if request.client else "unknown"
        queued = store().submit(
            target.domain, target.start_urls[0], f"api:{client}", datetime.now(UTC)
        )
        return {"domain": target.domain, "queued": queued}

    @app.post("/api/v1/reports", status_code=202, summary="Report a false positive")
    def report(body: Report) -> dict[str, Any]:
        domain = parse_target(body.target).domain
        number = store().report(
            domain, body.reason.strip(), body.contact.strip(), datetime.now(UTC)
        )
        return {"domain": domain, "report": number}

    @app.get("/feeds/{name:path}", summary="A published feed file")
    def feed(name: str, request: Request) -> Response:
        return _static_file(feeds_dir, name, request)

    @app.head("/feeds/{name:path}", include_in_schema=False)
    def feed_head(name: str, request: Request) -> Response:
        """Pollers ask with HEAD; same headers, no body."""
        return _static_file(feeds_dir, name, request)

    @app.get("/screenshots/{name}", include_in_schema=False)
    def screenshot(name: str, request: Request) -> Response:
        return _static_file(shots_dir, name, request)

    return app


def _static_file(root: Path, name: str, request: Request) -> Response:
    """A file under `root` (never outside it, never a dotfile), with conditional GET."""
    path = (root / name).resolve()
    if not path.is_relative_to(root) or any(
        p.startswith(".") for p in path.relative_to(root).parts
    ):
        raise HTTPException(404, "no such feed")
    if not path.is_file():
        raise HTTPException(404, "no such feed")
    stat = path.stat()
    etag = f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'
    modified = datetime.fromtimestamp(stat.st_mtime, UTC).replace(microsecond=0)
    headers = {
        "ETag": etag,
        "Last-Modified": format_datetime(modified, usegmt=True),
        "Cache-Control": "public, max-age=60",
    }
    if etag in request.headers.get("if-none-match", ""):
        return Response(status_code=304, headers=headers)
    since = request.headers.get("if-modified-since")
    if since and "if-none-match" not in request.headers:
        try:
            if modified <= parsedate_to_datetime(since):
                return Response(status_code=304, headers=headers)
        except (TypeError, ValueError):
            pass
    kind = "text/plain; charset=utf-8"
    if path.suffix == ".json":
        kind = "application/json"
    elif path.suffix == ".csv":
        kind = "text/csv; charset=utf-8"
    elif path.suffix == ".png":
        kind = "image/png"
    return FileResponse(path, media_type=kind, headers=headers)
