"""Ordering and matching questions answered by keyboard alone, restored after reload."""

from __future__ import annotations

import pytest

from .conftest import page_data, run_axe, tab_to

pytestmark = pytest.mark.browser
QUIZ = "s3-communication/quiz.html"


def _order_by_keyboard(page, qid: str, correct: list[str]) -> None:
    scope = f'.cb-q[data-cb-q="{qid}"]'
    for target, item in enumerate(correct):
        order = page.evaluate(f"() => [...document.querySelectorAll('{scope} li')].map(li => li.dataset.cbItem)")
        moves = order.index(item) - target
        if moves:
            tab_to(page, f'{scope} li[data-cb-item="{item}"] .cb-up')
            for _ in range(moves):
                page.keyboard.press("Enter")  # focus stays on the moved item's button


def _match_by_keyboard(page, qid: str, correct: dict[str, str]) -> None:
    for pair, answer in correct.items():
        select = f'.cb-q[data-cb-q="{qid}"] .cb-pair[data-cb-pair="{pair}"] select'
        text = page.locator(f'{select} option[value="{answer}"]').text_content()
        tab_to(page, select)
        page.keyboard.type(text[:12])  # type-ahead picks the option on a closed select
        assert page.locator(select).input_value() == answer


def test_ordering_and_matching_in_a_quiz_by_keyboard_then_reload(page, base_url):
    page.goto(base_url + QUIZ)
    specs = page_data(page)["questions"]
    order_q = next(q for q, s in specs.items() if s["type"] == "ordering")
    match_q = next(q for q, s in specs.items() if s["type"] == "matching")
    _order_by_keyboard(page, order_q, specs[order_q]["correct"])
    _match_by_keyboard(page, match_q, specs[match_q]["correct"])
    status = page.locator(f'.cb-q[data-cb-q="{order_q}"] .cb-status').text_content()
    assert "moved to position" in status  # each move is announced
    page.reload()
    order = page.evaluate(
        f"() => [...document.querySelectorAll('.cb-q[data-cb-q=\"{order_q}\"] li')].map(li => li.dataset.cbItem)")
    assert order == specs[order_q]["correct"]
    for pair, answer in specs[match_q]["correct"].items():
        sel = f'.cb-q[data-cb-q="{match_q}"] .cb-pair[data-cb-pair="{pair}"] select'
        assert page.locator(sel).input_value() == answer
    page.locator(".cb-submit").click()
    page.locator(".cb-submit").click()  # confirm submitting with other questions unanswered
    assert page.locator(f'.cb-q[data-cb-q="{order_q}"] .cb-status').text_content().startswith("Correct.")
    assert page.locator(f'.cb-q[data-cb-q="{match_q}"] .cb-status').text_content().startswith("Correct.")
    assert run_axe(page) == []


def test_partial_credit_is_stated_and_scored(page, base_url):
    page.goto(base_url + QUIZ)
    specs = page_data(page)["questions"]
    order_q = next(q for q, s in specs.items() if s["type"] == "ordering")
    hint = page.locator(f'.cb-q[data-cb-q="{order_q}"] .cb-hint').text_content()
    assert "credit for each item in its right place" in hint
    page.locator(".cb-submit").click()
    page.locator(".cb-submit").click()
    status = page.locator(f'.cb-q[data-cb-q="{order_q}"] .cb-status').text_content()
    assert "in the right place" in status
    assert page.locator(f'.cb-q[data-cb-q="{order_q}"] .cb-mark:visible').count() == len(specs[order_q]["correct"])


def test_ordering_check_in_a_lesson_with_try_again(page, base_url):
    page.goto(base_url + "s3-communication/phone-and-in-person.html")
    specs = page_data(page)["questions"]
    qid = next(q for q, s in specs.items() if s["type"] == "ordering")
    _order_by_keyboard(page, qid, specs[qid]["correct"])
    tab_to(page, f'.cb-q[data-cb-q="{qid}"] .cb-check')
    page.keyboard.press("Enter")
    scope = page.locator(f'.cb-q[data-cb-q="{qid}"]')
    assert scope.locator(".cb-status").text_content().startswith("Correct.")
    assert page.evaluate("document.activeElement.textContent") == "Try again"
    page.keyboard.press("Enter")
    assert scope.locator(".cb-status").text_content() == ""
    assert scope.locator(".cb-move:visible").count() == len(specs[qid]["correct"])


def test_reflection_is_saved_as_typed_and_shown_as_text(page, base_url):
    page.goto(base_url + "s3-communication/encounter-closing.html")
    box = page.locator(".cb-reflect textarea").first
    box.click()
    page.keyboard.type("<img src=x onerror=alert(1)> I skip the follow-up.")
    page.wait_for_timeout(700)
    assert page.locator(".cb-reflect .cb-status").first.text_content() == "Saved on this device."
    page.reload()
    assert page.locator(".cb-reflect textarea").first.input_value() == "<img src=x onerror=alert(1)> I skip the follow-up."
    assert page.locator(".cb-reflect img").count() == 0
