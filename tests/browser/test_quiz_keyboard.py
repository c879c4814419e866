"""Keyboard-only use of knowledge checks and the scored quiz; answers survive a reload."""

from __future__ import annotations

import pytest

from .conftest import (
    answer_key,
    choose_by_keyboard,
    match_by_keyboard,
    open_page,
    order_by_keyboard,
    page_data,
    reload,
    tab_to,
)

pytestmark = pytest.mark.browser
LESSON = "q1-basics/checks.html"
QUIZ = "q1-basics/quiz.html"


def test_arrow_keys_move_without_submitting_then_check_and_restore(page, site):
    page.goto(site("questions") + LESSON)
    q = page.locator('.cb-q[data-cb-q="k-single"]')
    shown = q.locator("input").evaluate_all("inputs => inputs.map(i => i.value)")  # this learner's order
    tab_to(page, '.cb-q[data-cb-q="k-single"] input')
    page.keyboard.press("Space")
    for _ in range(shown.index("c")):
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
    open_page(page, site("questions") + QUIZ)
    specs = {**page_data(page)["questions"], **answer_key("questions")}
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
    # The result is announced once (focus moves to it): no question's line is a live region
    # that would be read out all at once on submit.
    live = page.evaluate("""() => [...document.querySelectorAll(
        '.cb-quiz [role=status], .cb-quiz [role=alert], .cb-quiz [aria-live]')]
        .filter(e => e.textContent.trim() && e.getAttribute('aria-live') !== 'off').length""")
    assert live == 0

    reload(page)
    assert page.locator(".cb-result-title").text_content() == "Your score: 100 % — passed"
    assert "Attempts: 1" in page.locator(".cb-result-text").text_content()

    tab_to(page, ".cb-retake")
    page.keyboard.press("Enter")
    assert page.locator(".cb-result").is_hidden()
    assert page.locator(".cb-q input:checked").count() == 0
    assert page.evaluate("document.activeElement.closest('.cb-q') !== null")


def test_failing_then_review_never_shows_the_right_answers(page, site):
    open_page(page, site("questions") + QUIZ)
    specs = answer_key("questions")
    wrong = {}
    for qid in page_data(page)["questions"]:
        spec = specs.get(qid, {"type": "reflection"})
        if spec["type"] not in ("single", "multiple", "true_false"):
            continue
        values = page.evaluate("q => [...document.querySelectorAll(`.cb-q[data-cb-q='${q}'] input`)].map(i => i.value)",
                               qid)
        wrong[qid] = next(v for v in values if v not in spec["correct"])
        page.locator(f'.cb-q[data-cb-q="{qid}"] input[value="{wrong[qid]}"]').check()
    page.locator(".cb-submit").click()
    page.locator(".cb-submit").click()  # confirm: the ordering and matching questions are unanswered
    assert page.locator(".cb-result-title").text_content() == "Your score: 0 % — not passed yet"
    # Review marks the learner's answers with text, not colour alone, and never says which
    # option was right: only the chosen options' feedback opens.
    assert page.locator(".cb-mark:visible", has_text="Your answer: incorrect").count() == len(wrong)
    assert page.locator(".cb-mark:visible").count() == len(wrong) + 4 + 3  # and the ordering and matching rows
    assert page.locator(".cb-opt .cb-fb:visible").count() == len(wrong)
    for qid, value in wrong.items():
        assert page.locator(f'.cb-q[data-cb-q="{qid}"] [data-cb-fb="{value}"]').is_visible()


def test_unanswered_questions_are_named_before_submitting(page, site):
    open_page(page, site("questions") + QUIZ)
    page.locator(".cb-submit").click()
    assert page.locator(".cb-result-title").text_content() == "Some questions have no answer"
    assert page.evaluate("document.activeElement.classList.contains('cb-result-title')")
    page.locator(".cb-submit").click()
    assert page.locator(".cb-result-title").text_content().startswith("Your score: 0 %")
