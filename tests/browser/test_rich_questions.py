"""Ordering and matching questions answered by keyboard alone and restored after reload, with
credit per item; reflections saved as typed and only ever shown as text."""

from __future__ import annotations

import pytest

from .conftest import (
    answer_key,
    key,
    match_by_keyboard,
    open_page,
    order_by_keyboard,
    page_data,
    run_axe,
    tab_to,
)

pytestmark = pytest.mark.browser
QUIZ = "q1-basics/quiz.html"
LESSON = "q1-basics/checks.html"


def test_ordering_and_matching_in_a_quiz_by_keyboard_then_reload(page, site):
    open_page(page, site("questions") + QUIZ)
    specs = answer_key("questions")
    order_by_keyboard(page, "q-order", specs["q-order"]["correct"])
    match_by_keyboard(page, "q-match", specs["q-match"]["correct"])
    status = page.locator('.cb-q[data-cb-q="q-order"] .cb-status').text_content()
    assert "moved to position" in status  # each move is announced
    page.reload()
    page.evaluate("CourseBuilder.ready")
    order = page.evaluate("() => [...document.querySelectorAll('.cb-q[data-cb-q=q-order] li')]"
                          ".map(li => li.dataset.cbItem)")
    assert order == specs["q-order"]["correct"]
    for pair, answer in specs["q-match"]["correct"].items():
        select = page.locator(f'.cb-q[data-cb-q="q-match"] .cb-pair[data-cb-pair="{pair}"] select')
        assert select.input_value() == answer
    page.locator(".cb-submit").click()
    page.locator(".cb-submit").click()  # confirm submitting with other questions unanswered
    assert page.locator('.cb-q[data-cb-q="q-order"] .cb-status').text_content().startswith("Correct.")
    assert page.locator('.cb-q[data-cb-q="q-match"] .cb-status').text_content().startswith("Correct.")
    # The item with feedback of its own, in its right place, opens its sealed feedback.
    row = page.locator('.cb-q[data-cb-q="q-order"] [data-cb-fb="a"]')
    assert row.is_visible() and row.text_content().startswith("You cannot shut the right valve")
    assert run_axe(page) == []


def test_partial_credit_is_stated_and_scored(page, site):
    open_page(page, site("questions") + QUIZ)
    specs = answer_key("questions")
    scope = '.cb-q[data-cb-q="q-order"]'
    assert "credit for each item in its right place" in page.locator(f"{scope} .cb-hint").text_content()
    # Swap the first two of the right order: two items in place, two not.
    right = specs["q-order"]["correct"]
    order_by_keyboard(page, "q-order", [right[1], right[0], *right[2:]])
    page.locator(".cb-submit").click()
    page.locator(".cb-submit").click()
    assert page.locator(f"{scope} .cb-status").text_content().startswith("2 of 4 in the right place.")
    assert page.locator(f"{scope} .cb-mark:visible").count() == len(right)
    # A misplaced item's own feedback stays sealed in a scored quiz (it would tell where it belongs).
    assert page.locator(f'{scope} [data-cb-fb="a"]').is_hidden()
    # 0.5 of 6 scored questions, rounded
    assert page.locator(".cb-result-title").text_content() == "Your score: 8 % — not passed yet"


def test_an_untouched_ordering_question_earns_nothing(page, site):
    open_page(page, site("questions") + QUIZ)
    page.locator(".cb-submit").click()
    page.locator(".cb-submit").click()
    assert page.locator('.cb-q[data-cb-q="q-order"] .cb-status').text_content().startswith("0 of 4")
    assert page.locator(".cb-result-title").text_content().startswith("Your score: 0 %")


def test_ordering_check_in_a_lesson_with_try_again(page, site):
    page.goto(site("questions") + LESSON)
    specs = page_data(page)["questions"]
    order_by_keyboard(page, "k-order", specs["k-order"]["correct"])
    tab_to(page, '.cb-q[data-cb-q="k-order"] .cb-check')
    page.keyboard.press("Enter")
    scope = page.locator('.cb-q[data-cb-q="k-order"]')
    assert scope.locator(".cb-status").text_content().startswith("Correct.")
    # Each item with feedback of its own shows it under the item, in a knowledge check.
    assert scope.locator('li [data-cb-fb="a"]').text_content() == "A greeting opens every contact."
    assert scope.locator('li [data-cb-fb="c"]').is_visible()
    assert page.evaluate("document.activeElement.textContent") == "Try again"
    page.keyboard.press("Enter")
    assert scope.locator(".cb-status").text_content() == ""
    assert scope.locator(".cb-move:visible").count() == len(specs["k-order"]["correct"])
    assert scope.locator("li .cb-fb:visible").count() == 0


def test_reflection_is_saved_as_typed_and_shown_as_text(page, site):
    page.goto(site("questions") + LESSON)
    box = page.locator('.cb-q[data-cb-q="k-reflect"] textarea')
    box.click()
    text = "<img src=x onerror=alert(1)> I skip the follow-up."
    page.keyboard.type(text)
    status = page.locator('.cb-q[data-cb-q="k-reflect"] .cb-status')
    page.wait_for_function("el => el.textContent === 'Saved on this device.'", arg=status.element_handle())
    assert page.evaluate("k => JSON.parse(localStorage.getItem(k)).t", key(page, "reflection", "k-reflect")) == text
    page.reload()
    assert page.locator('.cb-q[data-cb-q="k-reflect"] textarea').input_value() == text
    assert page.locator(".cb-reflect img").count() == 0
