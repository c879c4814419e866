"""The Review page: knowledge-check questions come back when due (wrong: at once; right: after 1,
3 and 7 days), a few at a time, with feedback and a link to the lesson; by keyboard, from
file://, axe-clean; My progress says how many are due."""

from __future__ import annotations

import pytest

from .conftest import choose_by_keyboard, open_page, reload, run_axe, tab_to

pytestmark = pytest.mark.browser
COURSE = "questions"
LESSON = "q1-basics/checks.html"


def _answer_in_lesson(page, base: str, qid: str, value: str) -> None:
    open_page(page, base + LESSON)
    q = page.locator(f'.cb-q[data-cb-q="{qid}"]')
    q.locator(f'input[value="{value}"]').check()
    q.locator(".cb-check").click()


def _record(page, qid: str) -> dict:
    return page.evaluate("id => CourseBuilder.storage.get(CourseBuilder.key('answer', id))", qid)


def _day(page) -> int:
    return page.evaluate("CourseBuilder.lib.dayNumber()")


def _shown(page) -> list[str]:
    return page.evaluate("() => [...document.querySelectorAll('[data-cb-review-q]')].filter(e => !e.hidden)"
                         ".map(e => e.dataset.cbReviewQ)")


def test_wrong_answers_come_back_and_right_ones_move_on(page, site):
    base = site(COURSE)
    open_page(page, base + "review.html")
    assert page.locator(".cb-review-status").text_content().startswith("Nothing to review yet")
    _answer_in_lesson(page, base, "k-single", "a")  # wrong: due at once
    _answer_in_lesson(page, base, "k-tf", "true")  # right: back in 3 days
    today = _day(page)
    assert (_record(page, "k-single")["s"], _record(page, "k-single")["d"]) == (0, today)
    assert (_record(page, "k-tf")["s"], _record(page, "k-tf")["d"]) == (2, today + 3)
    open_page(page, base + "progress.html")
    assert page.locator(".cb-due a").text_content() == "Knowledge-check questions to review today: 1"
    open_page(page, base + "review.html")
    assert _shown(page) == ["k-single"]
    item = page.locator('[data-cb-review-q="k-single"]')
    assert item.locator("input:checked").count() == 0  # asked afresh, not as last answered
    assert item.locator(".cb-review-from a").get_attribute("href").endswith("q1-basics/checks.html")
    assert page.locator(".cb-review-status").text_content() == "Questions to review now: 1 (then 0 more)."
    # By keyboard: choose the right answer and check it.
    choose_by_keyboard(page, "k-single", ["c"])
    tab_to(page, '[data-cb-q="k-single"] .cb-check')
    page.keyboard.press("Enter")
    assert item.locator(".cb-status").text_content().startswith("Correct.")
    assert item.locator('[data-cb-fb="c"]').is_visible()  # its feedback
    assert (_record(page, "k-single")["s"], _record(page, "k-single")["d"]) == (1, today + 1)
    assert run_axe(page) == []
    reload(page)
    assert _shown(page) == [] and page.locator(".cb-review-status").text_content().startswith(
        "Nothing to review today. The next question comes back on")
    # Days pass: both are due; right answers step on to 3 and then 7 days, and then retire.
    page.evaluate("""day => ['k-single', 'k-tf'].forEach((id) => {
        const k = CourseBuilder.key('answer', id), r = CourseBuilder.storage.get(k);
        CourseBuilder.storage.set(k, {...r, d: day}); })""", today)
    reload(page)
    assert sorted(_shown(page)) == ["k-single", "k-tf"]
    page.locator('[data-cb-review-q="k-tf"] input[value="true"]').check()
    page.locator('[data-cb-review-q="k-tf"] .cb-check').click()
    assert (_record(page, "k-tf")["s"], _record(page, "k-tf")["d"]) == (3, today + 7)
    page.locator('[data-cb-review-q="k-single"] input[value="b"]').check()  # wrong again
    page.locator('[data-cb-review-q="k-single"] .cb-check').click()
    assert (_record(page, "k-single")["s"], _record(page, "k-single")["d"]) == (0, today)


def test_review_works_from_a_file_share(page, file_site):
    base = file_site(COURSE)
    _answer_in_lesson(page, base, "k-single", "b")
    open_page(page, base + "review.html")
    assert _shown(page) == ["k-single"]
    page.locator('[data-cb-review-q="k-single"] input[value="c"]').check()
    page.locator('[data-cb-review-q="k-single"] .cb-check').click()
    assert _record(page, "k-single")["s"] == 1
