"""Learning paths in the full site: chosen by keyboard or by a link (?track=ID), kept across
pages, optional items marked, and progress, certificate and final assessment per path (records
fixture: the crew path takes section 1 and one lesson of section 2)."""

from __future__ import annotations

import pytest

from .conftest import drawn_ids, open_page, page_data, run_axe, tab_to

pytestmark = pytest.mark.browser
COURSE = "records"


def _tags(page, href_end: str) -> int:
    return page.locator(f"a.md-nav__link[href$='{href_end}'] .cb-tag").count()


def _shown(page, selector: str) -> list[str]:
    return page.evaluate(f"() => [...document.querySelectorAll('{selector}')].filter(e => !e.hidden)"
                         ".map(e => e.textContent.trim())")


def test_choose_a_path_by_keyboard_and_back_to_the_whole_course(page, site):
    open_page(page, site(COURSE) + "tracks.html")
    assert _shown(page, "span[data-cb-track]") == ["the whole course"]
    tab_to(page, "a[href$='?track=office']")
    page.keyboard.press("Enter")
    page.wait_for_url("**/tracks.html?track=office")
    assert _shown(page, "span[data-cb-track]") == ["Office staff"]
    assert _shown(page, "strong[data-cb-track]") == ["This is your path."]
    assert page.locator("strong[data-cb-track='office']").is_visible()
    assert run_axe(page) == []
    # The choice is kept: another page, without the query, still names it.
    open_page(page, site(COURSE) + "index.html")
    assert _shown(page, "span[data-cb-track]") == ["Office staff"]
    open_page(page, site(COURSE) + "tracks.html")
    tab_to(page, "a[href$='?track=']")
    page.keyboard.press("Enter")
    page.wait_for_url("**/tracks.html?track=")
    assert _shown(page, "span[data-cb-track]") == ["the whole course"]
    assert page.locator("strong[data-cb-track='']").is_visible()
    assert page.locator(".cb-tag").count() == 0


def test_a_link_preselects_the_path_and_marks_the_rest_optional(page, site):
    open_page(page, site(COURSE) + "index.html?track=crew")
    assert _shown(page, "span[data-cb-track]") == ["Field crews"]
    assert _tags(page, "r2-apply/plan.html") == 0
    assert _tags(page, "r2-apply/your-contract.html") == 1
    assert _tags(page, "r2-apply/quiz.html") == 1
    assert _tags(page, "r1-start/welcome.html") == 0
    assert page.locator("a.md-nav__link[href$='your-contract.html'] .cb-tag").first.text_content() == "optional"
    # Section pages mark their lists the same way.
    open_page(page, site(COURSE) + "r2-apply/index.html")
    assert page.locator(".md-content a[href$='/your-contract.html'] .cb-tag").count() == 1
    assert page.locator(".md-content a[href$='/plan.html'] .cb-tag").count() == 0
    assert run_axe(page) == []
    # An unknown id changes nothing.
    open_page(page, site(COURSE) + "index.html?track=nobody")
    assert _shown(page, "span[data-cb-track]") == ["Field crews"]


def test_progress_and_certificate_count_only_the_path(page, site):
    open_page(page, site(COURSE) + "index.html?track=crew")
    open_page(page, site(COURSE) + "r2-apply/plan.html")
    open_page(page, site(COURSE) + "progress.html")
    rows = page.evaluate("() => [...document.querySelectorAll('[data-cb-section]')].filter(r => !r.hidden)"
                         ".map(r => r.dataset.cbSection)")
    assert rows == ["r1-start", "r2-apply"]
    r2 = page.locator('[data-cb-section="r2-apply"]')
    assert r2.locator('[data-k="lessons"]').text_content() == "1 of 1"  # only "plan" is on this path
    assert r2.locator('[data-k="quiz"]').text_content() == "—"
    # 3 lessons, the section 1 quiz and the final
    overall = "Course completion: 20 % (1 of 5 required lessons and quizzes)."
    assert page.locator(".cb-overall").text_content() == overall
    assert run_axe(page) == []

    open_page(page, site(COURSE) + "certificate.html")
    listed = page.evaluate("() => [...document.querySelectorAll('[data-cb-quiz-status]')].filter(r => !r.hidden)"
                           ".map(r => r.dataset.cbQuizStatus)")
    assert listed == ["r1-start-quiz", "final-assessment"]
    assert page.locator("[data-cb-lessons] .cb-state").text_content() == "1 of 3 visited"
    assert run_axe(page) == []


def test_final_assessment_draws_from_the_path(page, site):
    open_page(page, site(COURSE) + "final-assessment.html?track=crew")
    spec = page_data(page)["quiz"]["tracks"]["crew"]
    drawn = drawn_ids(page)
    assert len(drawn) == spec["draw"] == 2
    assert set(drawn) <= set(spec["groups"][0]) and len(spec["groups"]) == 1
    assert page.locator(".cb-quiz .cb-q:visible .cb-qnum").first.text_content() == "Question 1 of 2."


def test_a_path_link_works_from_a_file_share(page, file_site):
    open_page(page, file_site(COURSE) + "r2-apply/index.html?track=crew")
    assert page.locator(".md-content a[href$='your-contract.html'] .cb-tag").count() == 1
    assert page.locator(".md-content a[href$='plan.html'] .cb-tag").count() == 0
    open_page(page, file_site(COURSE) + "progress.html")
    assert _shown(page, "span[data-cb-track]") == ["Field crews"]
