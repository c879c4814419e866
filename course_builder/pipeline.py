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
    track: str | None = None  # build one role's learning path only

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

    @property
    def dist_dir(self) -> Path:
        return self.root / "dist"

    def source_epoch(self) -> int:
        """When the course's files last changed: the date builds stamp into their output, so
        building the same files twice gives the same bytes (SOURCE_DATE_EPOCH wins if set)."""
        import os

        if os.environ.get("SOURCE_DATE_EPOCH", "").isdigit():
            return int(os.environ["SOURCE_DATE_EPOCH"])
        sources = [self.root / n for n in ("course.yml", "mkdocs.yml", "manual", "quizzes", "docs")]
        files = [p for s in sources if s.exists() for p in ([s] if s.is_file() else s.rglob("*"))]
        return int(max((p.stat().st_mtime for p in files if p.is_file()), default=0))


def check(project: Project) -> tuple[Course, RenderedSite]:
    """Validate everything and render in memory; raise CourseError listing every problem."""
    course = check_course(project.root)
    if project.track:
        from .tracks import for_track

        course = for_track(course, project.track)
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
    log.info("Rendered %d pages into %s", sum(p.endswith(".md") for p in site.texts), project.pages_dir)
    site.write(project.pages_dir)
    return course, write_config(project.user_config, project.pages_dir, site, project.config_path)


def build(project: Project, site_dir: Path | None = None, strict: bool = False) -> Path:
    """Validate, render and build the site; `site_dir` is replaced only when all steps succeed."""
    from .mkdocs_adapter import build_site

    started = time.perf_counter()
    course, config = prepare(project)
    target = site_dir or project.site_dir
    log.info("Validated %s %s%s: %d sections, %d questions. Building the site with MkDocs…", course.title,
             course.version, f" ({course.track.title})" if course.track else "", len(course.sections),
             len(course.questions))
    build_site(config, target, strict=strict, epoch=project.source_epoch())
    log.info("Built the site in %.1f s: %s", time.perf_counter() - started, target)
    return target


def package_zip(project: Project, out_dir: Path | None = None) -> Path:
    """Build the site and write it as one reproducible zip for IT."""
    import tempfile

    from .package.site_zip import zip_dir

    course, _ = check(project)
    with tempfile.TemporaryDirectory() as tmp:
        site = build(project, Path(tmp) / "site")
        target = (out_dir or project.dist_dir) / f"{_stem(course)}-site.zip"
        log.info("Packing %d files…", sum(1 for p in site.rglob("*") if p.is_file()))
        zip_dir(site, target, project.source_epoch())
    return target


def package_scorm(project: Project, version: str, out_dir: Path | None = None) -> Path:
    """Build the site and package it for an LMS as SCORM `version` ("1.2" or "2004")."""
    import tempfile

    from .package.scorm import add_scorm_files
    from .package.site_zip import zip_dir

    course, _ = check(project)
    with tempfile.TemporaryDirectory() as tmp:
        site = build(project, Path(tmp) / "site")
        add_scorm_files(course, version, site)
        log.info("Packing %d files with imsmanifest.xml…", sum(1 for p in site.rglob("*") if p.is_file()))
        name = f"{_stem(course)}-scorm{version.replace('.', '')}.zip"
        target = zip_dir(site, (out_dir or project.dist_dir) / name, project.source_epoch())
    return target


def _stem(course: Course) -> str:
    return f"{course.id}-{course.version}" + (f"-{course.track.id}" if course.track else "")
