"""Learning paths in the full site: chosen by keyboard or by a link (?track=ID), kept across
pages, optional items marked, and progress, certificate and final assessment per path."""

from __future__ import annotations

import pytest

from .conftest import drawn_ids, page_data, run_axe, tab_to

pytestmark = pytest.mark.browser


def _tags(page, href_end: str) -> int:
    return page.locator(f"a.md-nav__link[href$='{href_end}'] .cb-tag").count()


def _shown(page, selector: str) -> list[str]:
    return page.evaluate(f"() => [...document.querySelectorAll('{selector}')].filter(e => !e.hidden)"
                         ".map(e => e.textContent.trim())")


def test_choose_a_path_by_keyboard_and_back_to_the_whole_course(page, base_url):
    page.goto(base_url + "tracks.html")
    assert _shown(page, "span[data-cb-track]") == ["the whole course"]
    tab_to(page, "a[href$='?track=supervisors']")
    page.keyboard.press("Enter")
    page.wait_for_url("**/tracks.html?track=supervisors")
    assert _shown(page, "span[data-cb-track]") == ["Supervisors"]
    assert _shown(page, "strong[data-cb-track]") == ["This is your path."]
    assert page.locator("strong[data-cb-track='supervisors']").is_visible()
    assert run_axe(page) == []
    # The choice is kept: another page, without the query, still names it.
    page.goto(base_url + "index.html")
    assert _shown(page, "span[data-cb-track]") == ["Supervisors"]
    page.goto(base_url + "tracks.html")
    tab_to(page, "a[href$='?track=']")
    page.keyboard.press("Enter")
    page.wait_for_url("**/tracks.html?track=")
    assert _shown(page, "span[data-cb-track]") == ["the whole course"]
    assert page.locator("strong[data-cb-track='']").is_visible()
    assert page.locator(".cb-tag").count() == 0


def test_a_link_preselects_the_path_and_marks_the_rest_optional(page, base_url):
    page.goto(base_url + "index.html?track=field")
    assert _shown(page, "span[data-cb-track]") == ["Field crews, meter readers and other personnel"]
    # Field staff take one Section 4 lesson; the rest of Section 4 and the office scenarios are optional.
    assert _tags(page, "s4-technology/amr-and-ami.html") == 0
    assert _tags(page, "s4-technology/interval-data.html") == 1
    assert _tags(page, "s4-technology/quiz.html") == 1
    assert _tags(page, "s3-communication/high-bill.html") == 1
    assert _tags(page, "s3-communication/lead-call.html") == 0
    assert _tags(page, "s1-perspectives/what-is-service.html") == 0
    tag = page.locator("a.md-nav__link[href$='interval-data.html'] .cb-tag").first
    assert tag.text_content() == "optional"
    # Section pages mark their lists the same way.
    page.goto(base_url + "s3-communication/index.html")
    assert page.locator(".md-content a[href$='/high-bill.html'] .cb-tag").count() == 1
    assert page.locator(".md-content a[href$='/lead-call.html'] .cb-tag").count() == 0
    assert run_axe(page) == []
    # An unknown id changes nothing.
    page.goto(base_url + "index.html?track=nobody")
    assert _shown(page, "span[data-cb-track]") == ["Field crews, meter readers and other personnel"]


def test_progress_and_certificate_count_only_the_path(page, base_url):
    page.goto(base_url + "index.html?track=all-staff")
    page.goto(base_url + "s3-communication/encounter-opening.html")
    page.goto(base_url + "progress.html")
    spec = page_data(page)["progress"]["tracks"]["all-staff"]
    rows = page.evaluate("() => [...document.querySelectorAll('[data-cb-section]')].filter(r => !r.hidden)"
                         ".map(r => r.dataset.cbSection)")
    assert rows == [s["id"] for s in spec["sections"]]
    assert "s4-technology" not in rows  # not on this path at all
    s3 = page.locator('[data-cb-section="s3-communication"]')
    assert s3.locator('[data-k="lessons"]').text_content() == "1 of 4"  # the encounter-model lessons only
    assert s3.locator('[data-k="quiz"]').text_content() == "—"
    assert s3.locator('[data-k="scenarios"]').text_content() == "—"
    lessons = sum(len(s["lessons"]) for s in spec["sections"])
    quizzes = sum(1 for s in spec["sections"] if s["quiz"]) + 1
    assert f"of {lessons + quizzes} lessons" in page.locator(".cb-overall").text_content()
    assert run_axe(page) == []

    page.goto(base_url + "certificate.html")
    cert = page_data(page)["certificate"]["tracks"]["all-staff"]
    listed = page.evaluate("() => [...document.querySelectorAll('[data-cb-quiz-status]')].filter(r => !r.hidden)"
                           ".map(r => r.dataset.cbQuizStatus)")
    assert listed == [q["id"] for q in cert["quizzes"]]
    assert "s3-communication-quiz" not in listed and "s4-technology-quiz" not in listed
    assert page.locator("[data-cb-lessons] .cb-state").text_content() == f"1 of {len(cert['lessons'])} visited"
    assert run_axe(page) == []


def test_final_assessment_draws_from_the_path(page, base_url):
    page.goto(base_url + "final-assessment.html?track=field")
    spec = page_data(page)["quiz"]["tracks"]["field"]
    drawn = drawn_ids(page)
    assert len(drawn) == spec["draw"] == 16
    pool = {q for group in spec["groups"] for q in group}
    assert set(drawn) <= pool
    per_group = [len(set(drawn) & set(group)) for group in spec["groups"]]
    assert len(per_group) == 4 and max(per_group) - min(per_group) <= 1
    assert page.locator(".cb-quiz .cb-q:visible .cb-qnum").first.text_content() == "Question 1 of 16."


def test_a_path_link_works_from_a_file_share(page, file_url):
    page.goto(file_url + "s4-technology/index.html?track=field")
    assert page.locator(".md-content a[href$='interval-data.html'] .cb-tag").count() == 1
    assert page.locator(".md-content a[href$='amr-and-ami.html'] .cb-tag").count() == 0
    page.goto(file_url + "progress.html")
    assert _shown(page, "span[data-cb-track]") == ["Field crews, meter readers and other personnel"]
