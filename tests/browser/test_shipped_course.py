"""Content checks of the shipped course in a browser: every kind of page it has is axe-clean,
reading it asks no other host for anything, and each job aid prints on one page. (Engine
behaviour is tested on fixtures.)"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from .conftest import open_page, run_axe

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from print_pages import page_count

pytestmark = pytest.mark.browser
PAGES = ["index.html", "tracks.html", "glossary.html", "progress.html", "certificate.html", "final-assessment.html",
         "workbook.html", "authoring.html", "for-hr.html", "for-it.html", "s3-communication/index.html",
         "s3-communication/high-bill.html", "s3-communication/encounter-job-aid.html", "s5-applying/contract.html",
         "appendix-a-letters/commendation.html", "appendix-c-job-aids/job-aid-high-bill.html",
         "appendix-c-job-aids/abusive-contact-log.html", "s4-technology/interval-data.html"]


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


def test_each_job_aid_prints_on_one_page(page, shipped_url, shipped_course):
    aids = next(s for s in shipped_course.sections if s.id == "appendix-c-job-aids").lessons
    assert len(aids) >= 5
    pages = {}
    for aid in aids:
        open_page(page, f"{shipped_url}appendix-c-job-aids/{aid.id}.html")
        pages[aid.id] = [page_count(page.pdf(format=paper)) for paper in ("Letter", "A4")]
    assert pages == {aid.id: [1, 1] for aid in aids}
