"""Render every page in memory, then write them (and docs/ and runtime assets) to a build dir."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path

from .. import page_text
from ..guides import fill, staff_pages
from ..model import Course
from ..page_text import text as T
from . import figures, pages
from .assets import RUNTIME_DIR, SEARCH_SHIM, runtime_assets
from .site_paths import (
    CERTIFICATE,
    FINAL,
    GLOSSARY,
    HOME,
    PROGRESS,
    REVIEW,
    TRACKS,
    WORKBOOK,
    contract_path,
    lesson_path,
    quiz_path,
    scenario_path,
    section_path,
)

NavItem = str | dict[str, "list[NavItem] | str"]


@dataclass
class RenderedSite:
    """Generated pages (text) and copied files (source paths), keyed by output path."""

    texts: dict[str, str] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)
    nav: list[NavItem] = field(default_factory=list)
    extra_css: list[str] = field(default_factory=list)
    extra_javascript: list[str] = field(default_factory=list)
    runtime_files: dict[str, str] = field(default_factory=dict)  # runtime file → its path in the site
    polyfills: list[str] = field(default_factory=lambda: [SEARCH_SHIM])
    logo: str | None = None
    site_name: str = ""
    copyright: str = ""
    language: str = "en"

    def write(self, out_dir: Path) -> None:
        """Make `out_dir` hold exactly these files; unchanged files are left untouched."""
        out_dir.mkdir(parents=True, exist_ok=True)
        wanted = set(self.texts) | set(self.files)
        for existing in sorted(out_dir.rglob("*"), reverse=True):
            relpath = existing.relative_to(out_dir).as_posix()
            if existing.is_file() and relpath not in wanted:
                existing.unlink()
            elif existing.is_dir() and not any(existing.iterdir()):
                existing.rmdir()
        for relpath, text in self.texts.items():
            _write_if_changed(out_dir / relpath, text.encode("utf-8"))
        for relpath, source in self.files.items():
            _write_if_changed(out_dir / relpath, source.read_bytes())


def _write_if_changed(path: Path, data: bytes) -> None:
    if path.is_file() and path.read_bytes() == data:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _doc_title(path: Path) -> str:
    for line in path.read_text(encoding="utf-8-sig", errors="replace").splitlines():
        if line.startswith("title:"):
            return line[6:].strip().strip("\"'")
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem.replace("-", " ").capitalize()


@page_text.in_course_language
def render_site(course: Course, docs: dict[str, Path], guides: bool = False) -> RenderedSite:
    """Render the course plus the hand-written docs/ files (by path under docs/), which the
    one-pass check has already cleared of clashes. Staff guides (see guides.py) are left out
    unless `guides`; then they come under "For staff", with the course's figures filled in."""
    site = RenderedSite(site_name=course.title, language=course.language,
                        copyright=T("footer", org=course.organisation.name, title=course.title,
                                    version=course.version))
    site.texts[HOME] = pages.home_page(course)
    site.nav.append({T("nav_home"): HOME})
    for section in course.sections:
        site.texts[section_path(section)] = pages.section_page(course, section)
        children: list[NavItem] = [{T("nav_overview"): section_path(section)}]
        for lesson in section.lessons:
            site.texts[lesson_path(lesson)] = pages.lesson_page(course, section, lesson)
            children.append(lesson_path(lesson))
        if section.scenarios:
            for scenario in section.scenarios:
                site.texts[scenario_path(scenario)] = pages.scenario_page(course, section, scenario)
            children.append({T("nav_scenarios"): [scenario_path(s) for s in section.scenarios]})
        if section.contract:
            site.texts[contract_path(section)] = pages.contract_page(course, section)
            children.append({T("nav_contract"): contract_path(section)})
        if section.quiz:
            site.texts[quiz_path(section)] = pages.quiz_page(course, section)
            children.append({T("nav_quiz"): quiz_path(section)})
        title = section.heading if section.kind == "appendix" else f"{section.number}. {section.title}"
        site.nav.append({title: children})
    if course.final:
        site.texts[FINAL] = pages.final_page(course)
        site.nav.append({course.final.title: FINAL})
    if course.glossary:
        site.texts[GLOSSARY] = pages.glossary_page(course)
        site.nav.append({T("nav_glossary"): GLOSSARY})
    if course.editions:
        site.texts[TRACKS] = pages.tracks_page(course)
        site.nav.append({T("nav_tracks"): TRACKS})
    site.texts[PROGRESS] = pages.progress_page(course)
    site.texts[REVIEW] = pages.review_page(course)
    site.texts[CERTIFICATE] = pages.certificate_page(course)
    site.texts[WORKBOOK] = pages.print_edition(course, answers=False)
    site.nav.append({T("nav_progress"): PROGRESS})
    site.nav.append({T("nav_review"): REVIEW})
    site.nav.append({T("nav_certificate"): CERTIFICATE})
    site.nav.append({T("nav_workbook"): WORKBOOK})
    runtime = runtime_assets(course)
    site.texts.update(runtime.texts)
    site.extra_javascript, site.extra_css, site.runtime_files = runtime.javascript, runtime.css, runtime.files
    pages_nav: list[NavItem] = []
    staff_nav: list[NavItem] = []
    staff = staff_pages(docs)
    for relpath, source in docs.items():
        if relpath in staff:
            if guides:
                base = "../" * relpath.count("/")  # from the guide's folder back to docs/
                text = figures.expand(source.read_text(encoding="utf-8-sig"), course.figures, base, itertools.count(1))
                site.texts[relpath] = fill(text, course)
                staff_nav.append({_doc_title(source): relpath})
            continue
        site.files[relpath] = source
        if source.suffix == ".md" and "/" not in relpath:
            pages_nav.append({_doc_title(source): relpath})
    site.logo = course.organisation.logo
    if pages_nav:
        site.nav.append({T("nav_guides"): pages_nav})
    if staff_nav:
        site.nav.append({T("nav_staff"): staff_nav})
    site.files[SEARCH_SHIM] = RUNTIME_DIR / "vendor" / "iframe-worker-shim.js"
    return site
