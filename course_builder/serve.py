"""Live preview: re-render on source changes; MkDocs rebuilds and reloads the browser."""

from __future__ import annotations

import logging
import threading

from watchfiles import watch

from . import pipeline
from .problems import CourseError

log = logging.getLogger("course_builder")


def _rerender(project: pipeline.Project) -> None:
    try:
        pipeline.prepare(project)
        log.info("Course re-rendered; the preview will reload.")
    except CourseError as exc:
        log.error("%s\nThe preview keeps showing the last good version.", exc.problems.format())


def _watch_sources(project: pipeline.Project, stop: threading.Event) -> None:
    paths = [project.root / name for name in pipeline.SOURCES if (project.root / name).exists()]
    for _changes in watch(*paths, stop_event=stop, debounce=300):
        _rerender(project)


def serve(project: pipeline.Project, dev_addr: str, open_browser: bool = False) -> None:
    """Render once, then serve until interrupted; source edits re-render the pages."""
    from .mkdocs_adapter import serve_site

    _, config = pipeline.prepare(project)  # a broken course fails here, before serving
    stop = threading.Event()
    watcher = threading.Thread(target=_watch_sources, args=(project, stop), daemon=True)
    watcher.start()
    try:
        serve_site(config, dev_addr, open_browser)
    finally:
        stop.set()
