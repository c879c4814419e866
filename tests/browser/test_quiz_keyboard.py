"""Keyboard-only use of knowledge checks and the scored quiz; answers survive a reload."""

from __future__ import annotations

import pytest

from .conftest import (
    choose_by_keyboard,
    match_by_keyboard,
    order_by_keyboard,
    page_data,
    tab_to,
)

pytestmark = pytest.mark.browser
LESSON = "q1-basics/checks.html"
QUIZ = "q1-basics/quiz.html"


def test_arrow_keys_move_without_submitting_then_check_and_restore(page, site):
    page.goto(site("questions") + LESSON)
    q = page.locator('.cb-q[data-cb-q="k-single"]')
    tab_to(page, '.cb-q[data-cb-q="k-single"] input')
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
    assert status.startswith("Correct.")
    assert q.locator(".cb-fb:visible").count() == 1
    # Focus is kept on the question's next control, never dropped to <body>.
    assert page.evaluate("document.activeElement.textContent") == "Try again"

    page.reload()
    q = page.locator('.cb-q[data-cb-q="k-single"]')
    assert q.locator("input:checked").get_attribute("value") == "c"
    assert q.locator(".cb-status").text_content() == status
    q.locator(".cb-retry").focus()
    page.keyboard.press("Enter")
    assert q.locator("input:checked").count() == 0
    assert page.evaluate("document.activeElement.type") == "radio"
    page.reload()
    assert page.locator('.cb-q[data-cb-q="k-single"] input:checked').count() == 0


def test_check_without_answer_asks_for_one(page, site):
    page.goto(site("questions") + LESSON)
    page.locator('.cb-q[data-cb-q="k-single"] .cb-check').click()
    assert page.locator('.cb-q[data-cb-q="k-single"] .cb-status').text_content() == "Answer the question first."


def test_keyboard_learner_passes_the_section_quiz(page, site):
    page.goto(site("questions") + QUIZ)
    specs = page_data(page)["questions"]
    order = page.evaluate("() => [...document.querySelectorAll('.cb-quiz .cb-q')].map(q => q.dataset.cbQ)")
    scored = [qid for qid in order if specs[qid]["type"] != "reflection"]
    for qid in scored:
        spec = specs[qid]
        if spec["type"] == "ordering":
            order_by_keyboard(page, qid, spec["correct"])
        elif spec["type"] == "matching":
            match_by_keyboard(page, qid, spec["correct"])
        else:
            choose_by_keyboard(page, qid, spec["correct"])
    tab_to(page, ".cb-submit")
    page.keyboard.press("Enter")
    title = page.locator(".cb-result-title")
    assert title.text_content() == "Your score: 100 % — passed"
    assert page.evaluate("document.activeElement.classList.contains('cb-result-title')")
    assert page.locator(".cb-quiz .cb-q .cb-status.cb-ok").count() == len(scored)

    page.reload()
    assert page.locator(".cb-result-title").text_content() == "Your score: 100 % — passed"
    assert "Attempts: 1" in page.locator(".cb-result-text").text_content()

    tab_to(page, ".cb-retake")
    page.keyboard.press("Enter")
    assert page.locator(".cb-result").is_hidden()
    assert page.locator(".cb-q input:checked").count() == 0
    assert page.evaluate("document.activeElement.closest('.cb-q') !== null")


def test_failing_then_review_shows_right_answers(page, site):
    page.goto(site("questions") + QUIZ)
    specs = page_data(page)["questions"]
    wrong = {}
    for qid, spec in specs.items():
        if spec["type"] not in ("single", "multiple", "true_false"):
            continue
        values = page.evaluate("q => [...document.querySelectorAll(`.cb-q[data-cb-q='${q}'] input`)].map(i => i.value)",
                               qid)
        wrong[qid] = next(v for v in values if v not in spec["correct"])
        page.locator(f'.cb-q[data-cb-q="{qid}"] input[value="{wrong[qid]}"]').check()
    page.locator(".cb-submit").click()
    page.locator(".cb-submit").click()  # confirm: the ordering and matching questions are unanswered
    assert page.locator(".cb-result-title").text_content() == "Your score: 0 % — not passed yet"
    # Review marks the right answers with text, not colour alone.
    assert page.locator(".cb-mark:visible", has_text="Correct answer").count() >= len(wrong)
    assert page.locator(".cb-mark:visible", has_text="Your answer: incorrect").count() == len(wrong)


def test_unanswered_questions_are_named_before_submitting(page, site):
    page.goto(site("questions") + QUIZ)
    page.locator(".cb-submit").click()
    assert page.locator(".cb-result-title").text_content() == "Some questions have no answer"
    assert page.evaluate("document.activeElement.classList.contains('cb-result-title')")
    page.locator(".cb-submit").click()
    assert page.locator(".cb-result-title").text_content().startswith("Your score: 0 %")
