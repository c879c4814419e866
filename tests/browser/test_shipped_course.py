"""Content checks of the shipped course in a browser: every kind of page it has is axe-clean,
and reading it asks no other host for anything. (Engine behaviour is tested on fixtures.)"""

from __future__ import annotations

import shutil

import pytest

from .conftest import open_page, run_axe

pytestmark = pytest.mark.browser
PAGES = ["index.html", "tracks.html", "glossary.html", "progress.html", "certificate.html", "final-assessment.html",
         "workbook.html", "authoring.html", "for-hr.html", "for-it.html", "s3-communication/index.html",
         "s3-communication/high-bill.html", "s3-communication/encounter-job-aid.html", "s5-applying/contract.html",
         "appendix-a-letters/commendation.html"]


@pytest.fixture(scope="module")
def shipped_url(shipped_site, www, origin, shipped_course) -> str:
    target = www / "shipped"
    if not target.exists():
        shutil.copytree(shipped_site, target)
    return f"{origin}/shipped/"


@pytest.fixture(scope="module")
def lessons(shipped_course) -> list[str]:
    """The first lesson and the quiz of each section."""
    out = []
    for s in shipped_course.sections:
        if s.kind == "section":
            out += [f"{s.id}/{s.lessons[0].id}.html", f"{s.id}/quiz.html"]
    return out


def test_every_kind_of_page_is_axe_clean(page, shipped_url, lessons):
    failures = {}
    for path in PAGES + lessons:
        open_page(page, shipped_url + path)
        found = run_axe(page)
        if found:
            failures[path] = found
    assert failures == {}


def test_reading_the_course_asks_no_other_host(context, page, shipped_url, origin, lessons):
    for path in PAGES + lessons:
        open_page(page, shipped_url + path)
    assert context.requests.foreign(origin) == []
