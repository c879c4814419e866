"""The build steps in order: check everything once → render → write pages → build with an engine
(MkDocs by default; engines/)."""

from __future__ import annotations

import gc
import logging
import os
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from .checks import CheckedProject, check_project
from .export.formats import Export
from .model import Course
from .render import RenderedSite, cache_compiled_templates, render_site

log = logging.getLogger("course_builder")
BUILD_DIR = "build"
SOURCES = ("course.yml", "course.yaml", "mkdocs.yml", "mkdocs.yaml", "manual", "quizzes", "docs")


def copy_sources(source: Path, target: Path) -> Path:
    """Copy a course's author files (never its build outputs) to `target`."""
    target.mkdir(parents=True, exist_ok=True)
    for name in SOURCES:
        src = source / name
        if src.is_dir():
            shutil.copytree(src, target / name)
        elif src.is_file():
            shutil.copy2(src, target / name)
    return target


@dataclass
class Project:
    """Where a course's files are and where its outputs go."""

    root: Path
    track: str | None = None  # build one role's learning path only
    strict: bool = False  # warnings stop the build too
    scorm: str | None = None  # for a SCORM package of this version: saved progress must fit the LMS
    guides: bool = False  # add the staff guides (docs/ pages with audience: staff) to the site
    engine: str = "mkdocs"  # the static-site engine that builds it (engines/)

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
    def site_dir(self) -> Path:
        return self.root / ("site-guides" if self.guides else "site")

    @property
    def dist_dir(self) -> Path:
        return self.root / "dist"

    def source_epoch(self) -> int:
        """When the course's files last changed: the date builds stamp into their output, so
        building the same files twice gives the same bytes (SOURCE_DATE_EPOCH wins if set)."""
        if os.environ.get("SOURCE_DATE_EPOCH", "").isdigit():
            return int(os.environ["SOURCE_DATE_EPOCH"])
        sources = [self.root / n for n in SOURCES]
        files = [p for s in sources if s.exists() for p in ([s] if s.is_file() else s.rglob("*"))]
        return int(max((p.stat().st_mtime for p in files if p.is_file()), default=0))


def check(project: Project, list_lint: bool = True) -> CheckedProject:
    """Every check that needs no MkDocs, in one pass; raise CourseError listing every problem."""
    return check_project(project.root, project.track, project.strict, list_lint, project.scorm)


def rendered(project: Project) -> RenderedSite:
    """Check, then render every page in memory (nothing is written)."""
    checked = check(project)
    return render_site(checked.course, checked.docs, project.guides)


def render(project: Project, out_dir: Path) -> RenderedSite:
    """Write the generated pages (plus docs/ and runtime assets) to `out_dir`."""
    site = rendered(project)
    site.write(out_dir)
    return site


def prepare(project: Project) -> tuple[Course, Path]:
    """Check, render into the build dir and write the MkDocs config; returns the config path."""
    from .engines.config import write_config

    checked = check(project, list_lint=False)
    cache_compiled_templates(project.build_dir / "templates")
    site = render_site(checked.course, checked.docs, project.guides)
    log.info("Rendered %d pages into %s", sum(p.endswith(".md") for p in site.texts), project.pages_dir)
    site.write(project.pages_dir)
    return checked.course, write_config(project.root, checked.site, project.pages_dir, site, project.config_path)


def build(project: Project, site_dir: Path | None = None) -> Path:
    """Check, render and build the site; `site_dir` is replaced only when all steps succeed."""
    target = site_dir or project.site_dir
    _build(project, target, project.source_epoch())
    return target


def _build(project: Project, target: Path, epoch: int) -> Course:
    from .engines import ENGINES, engine

    started = time.perf_counter()
    # Checking and rendering make many objects that live on and few cycles: pausing the cyclic
    # garbage collector meanwhile, and then setting what lives on aside from its later passes,
    # saves a tenth of our own CPU time and some of MkDocs'.
    runner = engine(project.engine)  # before any work: an engine that is not installed says so at once
    gc.disable()
    try:
        course, config = prepare(project)
    finally:
        gc.enable()
    gc.freeze()
    log.info("Checked %s %s%s: %d sections, %d questions. Building the site with %s…", course.title,
             course.version, f" ({course.track.title})" if course.track else "", len(course.sections),
             len(course.questions), ENGINES[project.engine].title)
    runner.build(config, target, strict=project.strict, epoch=epoch)
    log.info("Built the site in %.1f s: %s", time.perf_counter() - started, target)
    return course


def package_facilitator_guide(project: Project, out_dir: Path | None = None) -> Path:
    """Write the facilitator guide (every answer, for classroom use) as one HTML file to print."""
    from .package.facilitator import write_facilitator_guide

    checked = check(project)
    course = checked.course
    target = (out_dir or project.dist_dir) / f"{_stem(course)}-facilitator-guide.html"
    log.info("Writing the facilitator guide (it holds every answer: give it to facilitators only)…")
    return write_facilitator_guide(course, target, checked.docs)


def export_bank(project: Project, fmt: str, pool: str | None, out_dir: Path | None = None,
                essays: bool = True) -> Export:
    """Check, then write a pool of questions (default: the final assessment's, else all) in an
    LMS's quiz format; see export/."""
    from .export import export_bank as write

    checked = check(project, list_lint=False)
    course = checked.course
    pool = pool or ("final" if course.final else "all")
    log.info("Exporting questions (pool: %s) as %s; the file holds every answer: keep it from learners.", pool, fmt)
    return write(course, checked.docs, fmt, pool, out_dir or project.dist_dir, _stem(course), essays)


def package_zip(project: Project, out_dir: Path | None = None) -> Path:
    """Build the site and write it as one reproducible zip for IT."""
    return _package(project, out_dir, "site", "")


def package_scorm(project: Project, version: str, out_dir: Path | None = None) -> Path:
    """Build the site and package it for an LMS as SCORM `version` ("1.2", "2004" (3rd Edition)
    or "2004-4th"), once the check has found that the LMS can keep all a learner saves."""
    from .package.scorm import add_scorm_files

    project = replace(project, scorm=version)
    return _package(project, out_dir, f"scorm{version.replace('.', '')}", " with imsmanifest.xml",
                    lambda course, site: add_scorm_files(course, version, site))


def _package(project: Project, out_dir: Path | None, kind: str, note: str,
             finish: Callable[[Course, Path], None] | None = None) -> Path:
    """Build the site in a temporary folder, let `finish` add to it, and zip it reproducibly."""
    import tempfile

    from .package.site_zip import zip_dir

    epoch = project.source_epoch()
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        course = _build(project, site, epoch)
        if finish:
            finish(course, site)
        log.info("Packing %d files%s…", sum(1 for p in site.rglob("*") if p.is_file()), note)
        return zip_dir(site, (out_dir or project.dist_dir) / f"{_stem(course)}-{kind}.zip", epoch)


def _stem(course: Course) -> str:
    """The start of a package's file name: course id, version (made safe for a file name), track."""
    version = re.sub(r"[^A-Za-z0-9_.-]+", "-", course.version)
    return f"{course.id}-{version}" + (f"-{course.track.id}" if course.track else "")
