"""A generated sandbox web of thousands of sites, served by Debian's nginx on loopback.

The sandbox's own proxy is a Python debug server: at thousands of pages a second it, not
the crawler, would be measured. So the benchmarks write N copies of the 44 labelled sandbox
sites to disk (site i is a copy of sample i mod 44 under a new name, its own name replaced
in every text file) with an RDAP answer for each, and nginx serves them by Host name: it
takes the absolute-URI requests a client sends to an HTTP proxy, so the crawler reaches it
through `http_proxy` exactly as it reaches the sandbox.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from json import dumps
from pathlib import Path

from crawler.sandbox.server import (
    TEXT_SUFFIXES,
    SampleSite,
    crawler_config,
    load_sites,
    rdap_answer,
)
from tests.services import ServiceMissing, free_port, wait_for_port

NGINX = "/usr/sbin/nginx"
RDAP_HOST = "127.0.0.1"
"""nginx serves the RDAP answers as files of the `127.0.0.1` host: /rdap/domain/<name>."""

_CONF = """\
daemon off;
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log crit;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    keepalive_requests 100000;
    types {{ text/html html; text/css css; application/javascript js; image/x-icon ico;
             application/json json; }}
    default_type application/octet-stream;
    server {{
        listen 127.0.0.1:{port};
        root {root}/$host;
        index index.html;
        location /rdap/ {{ default_type application/rdap+json; }}
        location / {{ try_files $uri $uri.html $uri/ =404; }}
    }}
}}
"""


@dataclass(frozen=True)
class GeneratedWeb:
    """The generated sites and the nginx that serves them."""

    hosts: tuple[str, ...]
    labels: dict[str, str]
    """host → the label ("fraud" / "clean") of the sample it copies."""
    proxy_url: str
    """Set as http_proxy: nginx answers absolute-URI requests by their Host."""
    rdap_url: str
    html_pages: int
    """HTML files written, over all sites."""

    def crawler_config(self) -> str:
        """The sandbox's detector settings, registration lookups sent to nginx (WHOIS too:
        every generated site has an RDAP answer, so WHOIS is never needed, never the internet)."""
        whois = self.proxy_url.removeprefix("http://")
        return crawler_config(self.rdap_url, whois)


def _host_for(sample: SampleSite, index: int) -> str:
    label, _, suffix = sample.host.partition(".")
    return f"{label}-{index:05d}.{suffix}"


def _write_site(sample: SampleSite, host: str, root: Path, now: datetime) -> int:
    """Copy one sample under a new name; returns how many HTML pages it has."""
    site_dir = root / host
    pages = 0
    written: set[str] = set()
    for source_root in sample.roots:  # the site's own files win over its kit's
        for file in sorted(source_root.rglob("*")):
            relative = file.relative_to(source_root).as_posix()
            if not file.is_file() or relative in written:
                continue
            written.add(relative)
            target = site_dir / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            body = sample.render(file)
            if file.suffix in TEXT_SUFFIXES:
                body = body.replace(sample.host.encode(), host.encode())
            target.write_bytes(body)
            pages += file.suffix == ".html"
    rdap = root / RDAP_HOST / "rdap" / "domain" / host
    rdap.write_text(dumps(rdap_answer(replace(sample, host=host), now)), encoding="utf-8")
    return pages


def generate(root: Path, count: int) -> tuple[list[str], dict[str, str], int]:
    """Write `count` sites under `root`; returns (hosts, labels, HTML pages written)."""
    samples = [s for _, s in sorted(load_sites().items()) if not s.redirects]
    (root / RDAP_HOST / "rdap" / "domain").mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    hosts, labels, pages = [], {}, 0
    for index in range(count):
        sample = samples[index % len(samples)]
        host = _host_for(sample, index)
        pages += _write_site(sample, host, root, now)
        hosts.append(host)
        labels[host] = sample.label
    return hosts, labels, pages


@contextmanager
def generated_web(count: int) -> Iterator[GeneratedWeb]:
    """`count` generated sites behind a running nginx; everything removed afterwards."""
    if not os.access(NGINX, os.X_OK):
        raise ServiceMissing("Debian's nginx is not installed (apt-get install nginx-light)")
    with tempfile.TemporaryDirectory(prefix="bb-web-") as tmp:
        Path(tmp).chmod(0o755)  # nginx workers run as nobody and must read the pages
        root = Path(tmp) / "www"
        hosts, labels, pages = generate(root, count)
        port = free_port()
        conf = Path(tmp) / "nginx.conf"
        conf.write_text(_CONF.format(tmp=tmp, port=port, root=root), encoding="utf-8")
        process = subprocess.Popen([NGINX, "-c", str(conf), "-p", tmp])
        try:
            wait_for_port(port, process, "nginx")
            yield GeneratedWeb(
                hosts=tuple(hosts),
                labels=labels,
                proxy_url=f"http://127.0.0.1:{port}",
                rdap_url=f"http://{RDAP_HOST}:{port}/rdap",
                html_pages=pages,
            )
        finally:
            process.terminate()
            process.wait(10)
            shutil.rmtree(root, ignore_errors=True)
