"""Live preview: re-render on source changes; MkDocs rebuilds and reloads the browser.

While the course has problems, each page of the preview is its last good version with the
problems in a banner on top; the next good render writes the pages without it."""

from __future__ import annotations

import logging
import signal
import threading
import time
from pathlib import Path

from watchfiles import watch

from . import pipeline
from .model import Course
from .problems import CourseError, Problems
from .render.preview import banner, with_banner

log = logging.getLogger("course_builder")


def _clock() -> str:
    return time.strftime("%H:%M:%S")


class Preview:
    """The generated pages the preview shows, and what to say when MkDocs has rebuilt them."""

    def __init__(self, project: pipeline.Project):
        self.project = project
        self.good: dict[str, bytes] = {}  # the last good Markdown pages, by path under the pages folder
        self.broken = False  # the pages carry the error banner
        self.changed_at: float | None = None  # when a source change was picked up, until the preview shows it
        self.written_at = 0.0  # when this module last finished writing pages
        self.lock = threading.Lock()

    def start(self) -> tuple[Course, Path]:
        """Render once; a broken course raises CourseError here, before anything is served."""
        course, config = pipeline.prepare(self.project)
        self._keep()
        return course, config

    def update(self) -> None:
        """Re-render after a source change; on problems, put the banner on the last good pages."""
        with self.lock:
            self.changed_at = self.changed_at or time.perf_counter()
        before = self._fingerprint()
        try:
            pipeline.prepare(self.project)
        except CourseError as exc:
            log.error("%s\nThe preview shows the last good version, with these problems at the top of each page.",
                      exc.problems.format())
            self._show(exc.problems)
            broken = True
        except Exception as exc:  # a bug of ours: keep serving, without a traceback for the author
            log.error("error: course-builder failed unexpectedly while re-rendering (%s: %s); the preview keeps "
                      "the last version. Please report this.", type(exc).__name__, exc)
            with self.lock:
                self.changed_at = None
            return
        else:
            self._keep()
            broken = False
        with self.lock:
            self.broken, self.written_at = broken, time.perf_counter()
            if self._fingerprint() != before:
                return  # MkDocs sees the change, rebuilds, and `built` reports it
            self.changed_at = None
        if not broken:
            log.info("Ready: no page changed (%s)", _clock())

    def built(self, started: float) -> None:
        """MkDocs finished a build that began at `started` (perf_counter): say what the preview shows."""
        with self.lock:
            if self.changed_at is None or started < self.written_at:
                return  # the first build, or one that began before the pages were all written
            elapsed, self.changed_at = time.perf_counter() - self.changed_at, None
            broken = self.broken
        if broken:
            log.info("Preview updated: each page shows the problems above at its top (%s)", _clock())
        else:
            log.info("Ready: rebuilt in %.1f s (%s)", elapsed, _clock())

    def _keep(self) -> None:
        pages = self.project.pages_dir
        self.good = {p.relative_to(pages).as_posix(): p.read_bytes() for p in sorted(pages.rglob("*.md"))}

    def _show(self, problems: Problems) -> None:
        html = banner(problems)
        for relpath, data in self.good.items():
            path = self.project.pages_dir / relpath
            text = with_banner(data.decode("utf-8", "surrogateescape"), html).encode("utf-8", "surrogateescape")
            if not path.is_file() or path.read_bytes() != text:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(text)

    def _fingerprint(self) -> dict[str, tuple[int, int]]:
        """Size and modification time of every generated file, to tell whether a render changed any."""
        files = [self.project.config_path, *self.project.pages_dir.rglob("*")]
        return {str(p): (s.st_size, s.st_mtime_ns) for p in files if p.is_file() for s in [p.stat()]}


def _watch_sources(preview: Preview, stop: threading.Event) -> None:
    root = preview.project.root
    paths = [root / name for name in pipeline.SOURCES if (root / name).exists()]
    for _changes in watch(*paths, stop_event=stop, debounce=300):
        preview.update()


def serve(project: pipeline.Project, dev_addr: str, open_browser: bool = False) -> None:
    """Render once, then serve until interrupted; source edits re-render the pages.

    Prints the address once the server listens; logs a `Ready` line after each rebuild."""
    from .engines.mkdocs_engine import serve_site

    preview = Preview(project)
    course, config = preview.start()
    stop = threading.Event()
    watcher = threading.Thread(target=_watch_sources, args=(preview, stop), daemon=True)
    watcher.start()

    def listening(url: str) -> None:
        print(f'Serving "{course.title}" at {url} — Ctrl+C to stop', flush=True)

    if threading.current_thread() is threading.main_thread():  # being stopped (SIGTERM) is like Ctrl+C
        signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        serve_site(config, dev_addr, open_browser, on_listening=listening, on_built=preview.built)
    finally:
        stop.set()
