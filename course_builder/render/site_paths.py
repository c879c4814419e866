"""Where each generated page lives in the site, and which page each address is."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from ..model import Course, Lesson, Scenario, Section

HOME = "index.md"
GLOSSARY = "glossary.md"
TRACKS = "tracks.md"
FINAL = "final-assessment.md"
PROGRESS = "progress.md"
CERTIFICATE = "certificate.md"
WORKBOOK = "workbook.md"
REVIEW = "review.md"
FACILITATOR = "facilitator-guide.md"  # not part of the learners' site: it holds the quizzes' answers
# Pages every course (or one with a glossary, paths or a final) generates at the top level.
PAGES = frozenset({HOME, GLOSSARY, TRACKS, FINAL, PROGRESS, CERTIFICATE, WORKBOOK, REVIEW})


def html(path: str) -> str:
    """The built page's address for a generated page's path (relative to the site root)."""
    return path[:-3] + ".html"


def section_path(section: Section) -> str:
    return f"{section.id}/index.md"


def lesson_path(lesson: Lesson) -> str:
    return f"{lesson.section_id}/{lesson.id}.md"


def quiz_path(section: Section) -> str:
    return f"{section.id}/quiz.md"


def scenario_path(scenario: Scenario) -> str:
    return f"{scenario.section_id}/{scenario.id}.md"


def contract_path(section: Section) -> str:
    return f"{section.id}/contract.md"


def quiz_links(course: Course) -> dict[str, str]:
    """Each quiz's address: the section quizzes and the final assessment."""
    links = {s.quiz.id: html(quiz_path(s)) for s in course.sections if s.quiz}
    if course.final:
        links[course.final.id] = html(FINAL)
    return links


def page_table(course: Course) -> dict[str, list[str]]:
    """Which page each address of the site is, as [id, kind], for the pages the navigation marks
    (done or optional): sections, lessons, scenarios, quizzes and the final assessment."""
    table = {}
    for s in course.sections:
        table[html(section_path(s))] = [s.id, "section"]
        table.update({html(lesson_path(lesson)): [lesson.id, "lesson"] for lesson in s.lessons})
        table.update({html(scenario_path(x)): [x.id, "scenario"] for x in s.scenarios})
        if s.quiz:
            table[html(quiz_path(s))] = [s.quiz.id, "quiz"]
    if course.final:
        table[html(FINAL)] = [course.final.id, "final"]
    return table


def docs_file(src: str, docs: dict[str, Path]) -> str | None:
    """The docs/ path a page's link (an image's src) names: relative to a page one folder down, as
    lessons are, or to the site's root; None for another host or a file not under docs/."""
    if re.match(r"^[a-z][a-z0-9+.-]*:|^//", src, re.I):
        return None
    path = src.split("#", 1)[0].split("?", 1)[0]
    for candidate in (posixpath.normpath(posixpath.join("section", path)), posixpath.normpath(path.lstrip("/"))):
        if candidate in docs:
            return candidate
    return None
