"""The one pass that finds every problem that can be found without running MkDocs: the course
files, mkdocs.yml, docs/ (clashes, links out of the course folder), the logo and every asset
path, the language and the chosen track. Problems come back together, sorted by file and line."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from . import page_text
from .guides import check_guides, staff_pages
from .lint import LINT_RULE, lint
from .load import Sources, load_docs, load_sources
from .model import Course, Figure
from .package.state_size import check_fits
from .problems import CourseError, Problems, did_you_mean
from .render import ASSET_DIR, PAGES
from .render.figures import FigureCheck
from .site_config import SiteConfig, asset_problem, check_language, read_site_config
from .tracks import for_track
from .validate import validate_course

log = logging.getLogger("course_builder")
CODE = re.compile(r"^(```|~~~).*?^\1", re.M | re.S)
FAVICON_TYPES = (".png", ".svg", ".ico")
IMAGE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)|<img\b[^>]*?\bsrc\s*=\s*[\"']([^\"']+)", re.I)


@dataclass
class CheckedProject:
    """A course that passed every check: its model (a track's edition when one was chosen), its
    site settings, the files under docs/, and the warnings found on the way."""

    course: Course
    site: SiteConfig
    docs: dict[str, Path]
    warnings: Problems
    state_size: int | None = None  # the worst-case saved progress, when checked for SCORM


def check_project(root: Path, track: str | None = None, strict: bool = False, list_lint: bool = True,
                  scorm: str | None = None) -> CheckedProject:
    """Check everything once; raise CourseError listing every problem (warnings too, with `strict`).
    Without `list_lint`, the item-writing warnings are counted rather than listed (builds). With
    `scorm` (a version), also that the LMS can keep everything a learner saves."""
    problems = Problems()
    sources = load_sources(root, problems)
    docs = load_docs(root, problems)
    course = validate_course(sources, problems)
    site = read_site_config(root, docs, problems)
    _check_docs(sources, docs, problems)
    _check_course_assets(sources, docs, problems)
    language = _course_value(sources, "language")
    with page_text.language(language if isinstance(language, str) else "en"):  # charts' default series names
        figures = _check_figures(sources, docs, problems)
    _check_track(sources, track, problems)
    size = None
    if course is not None:
        lint(course, sources, problems)
        check_guides(docs, course, problems)
        if scorm and not problems and sources.course:
            limits = sources.course.line(("text_limits",)) if _course_value(sources, "text_limits") else 0
            size = check_fits(for_track(course, track) if track else course, scorm, problems,
                              sources.course.path, limits)
    if problems.fails(strict) or course is None:
        raise CourseError(problems)
    site.branding = course.branding  # the generated config's theme takes it (engines/config.write_config)
    if figures:
        course = replace(course, figures=figures,
                         editions={k: replace(e, figures=figures) for k, e in course.editions.items()})
    lint_found = [p for p in problems.warnings if LINT_RULE.search(p.message)]
    for p in problems.warnings:
        if list_lint or p not in lint_found:
            log.warning("%s", p.format())
    if lint_found and not list_lint:
        log.warning("%d item-writing warnings: course-builder check lists them.", len(lint_found))
    return CheckedProject(for_track(course, track) if track else course, site, docs, problems, size)


def _course_value(src: Sources, *keys: str) -> Any:
    data: Any = src.course.data if src.course else None
    for key in keys:
        data = data.get(key) if isinstance(data, dict) else None
    return data


def _check_docs(src: Sources, docs: dict[str, Path], problems: Problems) -> None:
    """docs/ files must not take a path a generated page or the runtime's assets use."""
    folders = tuple(f"{name}/" for name in src.sections) + (f"{ASSET_DIR}/",)
    for relpath in docs:
        page = re.sub(r"\.html$", ".md", relpath)
        if page in PAGES or relpath.startswith(folders):
            problems.add(f"docs/{relpath}", 0, f"docs/{relpath} clashes with a page the course generates",
                         "rename or move the file; generated pages own index.md, progress.md, certificate.md, "
                         f"the other pages of the course menu, the section folders and {ASSET_DIR}/")


def _check_course_assets(src: Sources, docs: dict[str, Path], problems: Problems) -> None:
    """The logos, the favicon and the images lessons show must be files under docs/ (the favicon an
    image browsers show in a tab); the language one the site offers."""
    cdoc = src.course
    for keys in (("organisation", "logo"), ("branding", "logo"), ("branding", "favicon")):
        path = _course_value(src, *keys)
        if cdoc and isinstance(path, str) and path.strip():  # not text: the schema says so
            problem = asset_problem(path, docs)
            if problem is None and keys[-1] == "favicon" and not path.startswith("data:") and \
                    not path.split("#")[0].split("?")[0].lower().endswith(FAVICON_TYPES):
                problem = (f"'{path}' is not an icon browsers show in a tab",
                           f"use a {', '.join(FAVICON_TYPES[:-1])} or {FAVICON_TYPES[-1]} file")
            if problem:
                problems.add(cdoc.path, cdoc.line(keys), f"{keys[-1]}: {problem[0]}", problem[1])
    language = _course_value(src, "language")
    if cdoc and isinstance(language, str):
        check_language(cdoc, language, page_text.has_text(language), problems)
    for folder, section in src.sections.items():
        for lesson in section.lessons:
            body = CODE.sub(lambda m: "\n" * m.group(0).count("\n"), lesson.body)
            for match in IMAGE.finditer(body):
                problem = asset_problem(match.group(1) or match.group(2), docs, f"{folder}/")
                if problem:
                    line = lesson.body_line + body.count("\n", 0, match.start())
                    problems.add(lesson.path, line, f"image {problem[0]}", problem[1])


def _check_figures(src: Sources, docs: dict[str, Path], problems: Problems) -> dict[str, Figure]:
    """The figure and chart blocks of lessons, scenarios and staff guides (render/figures.py), resolved
    against docs/, by block text; each problem is added with its file and line."""
    check = FigureCheck(docs, problems)
    for section in src.sections.values():
        for lesson in section.lessons:
            check.text(lesson.body, lesson.path, lesson.body_line)
        for scenario in section.scenarios:
            check.scenario(scenario.doc)
    for rel in sorted(staff_pages(docs)):
        check.text(docs[rel].read_text(encoding="utf-8-sig", errors="replace"), f"docs/{rel}", 1)
    return check.found


def _check_track(src: Sources, track: str | None, problems: Problems) -> None:
    if not track:
        return
    tracks = _course_value(src, "tracks")
    known = [t["id"] for t in tracks if isinstance(t, dict) and isinstance(t.get("id"), str)] \
        if isinstance(tracks, list) else []
    if track not in known and src.course:
        problems.add(src.course_path, src.course.line(("tracks",)), f"no track with id '{track}'",
                     did_you_mean(track, known) or ("tracks: " + ", ".join(known) if known
                                                   else "define tracks: in course.yml"))

