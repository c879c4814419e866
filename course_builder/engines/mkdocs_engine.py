"""The one place that runs MkDocs: builds the site from the generated config, or serves a live preview."""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from . import SiteBuildError, build_then_swap, source_date

log = logging.getLogger(__name__)


def build(config_path: Path, site_dir: Path, strict: bool = False, epoch: int | None = None) -> None:
    """Build into a temporary folder, then swap it in, so a failed build leaves `site_dir` as it was.

    `epoch` is passed to MkDocs as SOURCE_DATE_EPOCH (sitemap dates, gzip headers).
    """
    def run(tmp: Path) -> Path:
        try:
            with source_date(epoch):
                mkdocs_build(load_config(config_file=str(config_path), site_dir=str(tmp), strict=strict))
        except (MkDocsException, OSError, yaml.YAMLError) as exc:
            raise SiteBuildError(str(exc)) from None
        return tmp

    build_then_swap(site_dir, run)


def serve_site(config_path: Path, dev_addr: str, open_browser: bool = False, *,
               on_listening: Callable[[str], None] | None = None,
               on_built: Callable[[float], None] | None = None) -> None:
    """Serve with live reload until interrupted; MkDocs rebuilds whenever the generated pages change.

    Like `mkdocs serve` (1.6), plus two hooks: `on_listening(url)` once the server accepts
    connections, `on_built(started)` after each build that succeeded, with the
    `time.perf_counter()` at which that build started. Raises SiteBuildError if the first build
    fails or the address is taken."""
    from mkdocs.livereload import LiveReloadServer

    site_dir = tempfile.mkdtemp(prefix="course-builder-preview-")

    def get_config() -> Any:
        return load_config(config_file=str(config_path), site_dir=site_dir, dev_addr=dev_addr)

    class Server(LiveReloadServer):
        def server_bind(self) -> None:
            try:
                super().server_bind()
            except OSError as exc:
                raise SiteBuildError(f"cannot serve at {dev_addr}: {exc.strerror or exc}") from None

        def server_activate(self) -> None:
            super().server_activate()
            if on_listening:
                on_listening(self.url)

    try:
        config = get_config()
    except (MkDocsException, OSError, yaml.YAMLError) as exc:
        shutil.rmtree(site_dir, ignore_errors=True)
        raise SiteBuildError(str(exc)) from None
    config.plugins.on_startup(command="serve", dirty=False)
    host, port = config.dev_addr
    mount_path = ("/" + urlsplit(config.site_url or "/").path.lstrip("/")).rstrip("/") + "/"
    url = config.site_url = f"http://{host}:{port}{mount_path}"

    def builder(changed: Any = None) -> None:
        started = time.perf_counter()
        current = changed or get_config()
        current.site_url = url
        mkdocs_build(current, serve_url=url)
        if on_built:
            on_built(started)

    server = Server(builder=builder, host=host, port=port, root=site_dir, mount_path=mount_path)
    server.error_handler = lambda code: _error_page(site_dir, code)
    try:
        try:
            builder(config)
        except MkDocsException as exc:
            raise SiteBuildError(str(exc)) from None
        server.watch(config.docs_dir)
        server.watch(config.config_file_path)
        server = config.plugins.on_serve(server, config=config, builder=builder)
        for item in config.watch:
            server.watch(item)
        try:
            server.serve(open_in_browser=open_browser)
        except KeyboardInterrupt:
            pass
        finally:
            server.shutdown()
    finally:
        config.plugins.on_shutdown()
        shutil.rmtree(site_dir, ignore_errors=True)


def _error_page(site_dir: str, code: int) -> bytes | None:
    """The built site's own 404 page (or 500), as `mkdocs serve` sends it."""
    page = Path(site_dir) / f"{code}.html"
    return page.read_bytes() if code in (404, 500) and page.is_file() else None
