"""Keyboard-only use of knowledge checks and the scored quiz; answers survive a reload."""

from __future__ import annotations

import pytest

from .conftest import page_data, tab_to

pytestmark = pytest.mark.browser
LESSON = "s1-perspectives/what-is-service.html"
QUIZ = "s1-perspectives/quiz.html"


def _first_radio_question(page) -> str:
    return page.evaluate(
        "() => document.querySelector('.cb-q input[type=radio]').closest('.cb-q').dataset.cbQ")


def test_arrow_keys_move_without_submitting_then_check_and_restore(page, base_url):
    page.goto(base_url + LESSON)
    qid = _first_radio_question(page)
    q = page.locator(f'.cb-q[data-cb-q="{qid}"]')
    tab_to(page, f'.cb-q[data-cb-q="{qid}"] input')
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    # Moving through the options only selects: nothing is checked, locked or announced.
    assert q.locator("input:checked").get_attribute("value") == "c"
    assert q.locator(".cb-status").text_content() == ""
    assert q.locator("input:disabled").count() == 0
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Check answer"
    page.keyboard.press("Enter")
    status = q.locator(".cb-status").text_content()
    assert status.startswith(("Correct.", "Not quite."))
    assert q.locator(".cb-fb:visible").count() == 1
    # Focus is kept on the question's next control, never dropped to <body>.
    assert page.evaluate("document.activeElement.textContent") == "Try again"

    page.reload()
    q = page.locator(f'.cb-q[data-cb-q="{qid}"]')
    assert q.locator("input:checked").get_attribute("value") == "c"
    assert q.locator(".cb-status").text_content() == status
    page.locator(f'.cb-q[data-cb-q="{qid}"] .cb-retry').focus()
    page.keyboard.press("Enter")
    assert q.locator("input:checked").count() == 0
    assert page.evaluate("document.activeElement.type") == "radio"
    page.reload()
    assert page.locator(f'.cb-q[data-cb-q="{qid}"] input:checked').count() == 0


def test_check_without_answer_asks_for_one(page, base_url):
    page.goto(base_url + LESSON)
    qid = _first_radio_question(page)
    page.locator(f'.cb-q[data-cb-q="{qid}"] .cb-check').click()
    assert page.locator(f'.cb-q[data-cb-q="{qid}"] .cb-status').text_content() == "Answer the question first."


def _answer_by_keyboard(page, answers: dict[str, list[str]]) -> None:
    """Answer each quiz question with Tab, Space and arrow keys only."""
    for qid, wanted in answers.items():
        scope = f'.cb-q[data-cb-q="{qid}"]'
        values = page.evaluate(f"() => [...document.querySelectorAll('{scope} input')].map(i => i.value)")
        kind = page.evaluate(f"() => document.querySelector('{scope} input').type")
        tab_to(page, f"{scope} input")
        if kind == "radio":
            page.keyboard.press("Space")
            for _ in range(values.index(wanted[0])):
                page.keyboard.press("ArrowDown")
        else:
            for i, value in enumerate(values):
                if value in wanted:
                    page.keyboard.press("Space")
                if i < len(values) - 1:
                    page.keyboard.press("Tab")


def test_keyboard_learner_passes_the_section_quiz(page, base_url):
    page.goto(base_url + QUIZ)
    data = page_data(page)
    correct = {qid: spec["correct"] for qid, spec in data["questions"].items()}
    order = page.evaluate("() => [...document.querySelectorAll('.cb-q')].map(q => q.dataset.cbQ)")
    _answer_by_keyboard(page, {qid: correct[qid] for qid in order})
    tab_to(page, ".cb-submit")
    page.keyboard.press("Enter")
    title = page.locator(".cb-result-title")
    assert title.text_content() == "Your score: 100 % — passed"
    assert page.evaluate("document.activeElement.classList.contains('cb-result-title')")
    assert page.locator(".cb-q .cb-status.cb-ok").count() == len(order)

    page.reload()
    assert page.locator(".cb-result-title").text_content() == "Your score: 100 % — passed"
    assert "Attempts: 1" in page.locator(".cb-result-text").text_content()

    tab_to(page, ".cb-retake")
    page.keyboard.press("Enter")
    assert page.locator(".cb-result").is_hidden()
    assert page.locator(".cb-q input:checked").count() == 0
    assert page.evaluate("document.activeElement.closest('.cb-q') !== null")


def test_failing_then_review_shows_right_answers(page, base_url):
    page.goto(base_url + QUIZ)
    data = page_data(page)
    wrong = {}
    for qid, spec in data["questions"].items():
        values = page.evaluate(f"() => [...document.querySelectorAll('.cb-q[data-cb-q=\"{qid}\"] input')].map(i => i.value)")
        wrong[qid] = [next(v for v in values if v not in spec["correct"])]
    for qid, values in wrong.items():
        page.locator(f'.cb-q[data-cb-q="{qid}"] input[value="{values[0]}"]').check()
    page.locator(".cb-submit").click()
    assert page.locator(".cb-result-title").text_content() == "Your score: 0 % — not passed yet"
    # Review marks the right answers with text, not colour alone.
    assert page.locator(".cb-mark:visible", has_text="Correct answer").count() >= len(wrong)
    assert page.locator(".cb-mark:visible", has_text="Your answer: incorrect").count() == len(wrong)


def test_unanswered_questions_are_named_before_submitting(page, base_url):
    page.goto(base_url + QUIZ)
    page.locator(".cb-submit").click()
    assert page.locator(".cb-result-title").text_content() == "Some questions have no answer"
    assert page.evaluate("document.activeElement.classList.contains('cb-result-title')")
    page.locator(".cb-submit").click()
    assert page.locator(".cb-result-title").text_content().startswith("Your score: 0 %")
