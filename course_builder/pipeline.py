"""The build steps in order: validate → render → write pages → build with MkDocs."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

from .model import Course
from .render import RenderedSite, render_site
from .validate import check_course

log = logging.getLogger("course_builder")
BUILD_DIR = "build"


@dataclass
class Project:
    """Where a course's files are and where its outputs go."""

    root: Path

    @property
    def build_dir(self) -> Path:
        return self.root / BUILD_DIR

    @property
    def pages_dir(self) -> Path:
        return self.build_dir / "pages"

    @property
    def config_path(self) -> Path:
        return self.build_dir / "mkdocs.yml"

    @property
    def user_config(self) -> Path:
        return self.root / "mkdocs.yml"

    @property
    def site_dir(self) -> Path:
        return self.root / "site"


def check(project: Project) -> tuple[Course, RenderedSite]:
    """Validate everything and render in memory; raise CourseError listing every problem."""
    course = check_course(project.root)
    return course, render_site(course, project.root)


def render(project: Project, out_dir: Path) -> RenderedSite:
    """Write the generated pages (plus docs/ and runtime assets) to `out_dir`."""
    _, site = check(project)
    site.write(out_dir)
    return site


def prepare(project: Project) -> tuple[Course, Path]:
    """Render into the build dir and write the MkDocs config; returns the config path."""
    from .mkdocs_adapter import write_config

    course, site = check(project)
    site.write(project.pages_dir)
    return course, write_config(project.user_config, project.pages_dir, site, project.config_path)


def build(project: Project, site_dir: Path | None = None, strict: bool = False) -> Path:
    """Validate, render and build the site; `site_dir` is replaced only when all steps succeed."""
    from .mkdocs_adapter import build_site

    started = time.perf_counter()
    course, config = prepare(project)
    target = site_dir or project.site_dir
    log.info("Validated %s %s: %d sections, %d questions", course.title, course.version,
             len(course.sections), len(course.questions))
    build_site(config, target, strict=strict)
    log.info("Built the site in %.1f s: %s", time.perf_counter() - started, target)
    return target
