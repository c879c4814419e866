"""The final assessment: a balanced random draw, shuffled options, reload-safe, fresh on retake."""

from __future__ import annotations

import pytest

from .conftest import drawn_ids, open_page, page_data, reload, run_axe

pytestmark = pytest.mark.browser
FINAL = "final-assessment.html"


def test_draw_is_balanced_shuffled_and_survives_reload(page, site):
    open_page(page, site("records") + FINAL)
    spec = page_data(page)["quiz"]
    drawn = drawn_ids(page)
    assert len(drawn) == spec["draw"] == 4
    per_group = [len(set(drawn) & set(group)) for group in spec["groups"]]
    assert per_group == [2, 2]  # balanced across the sections
    assert page.locator(".cb-quiz .cb-q:visible .cb-qnum").first.text_content() == "Question 1 of 4."
    first = drawn[0]
    page.locator(f'.cb-q[data-cb-q="{first}"] input').first.check()
    values = f"() => [...document.querySelectorAll('.cb-q[data-cb-q=\"{first}\"] input')].map(i => i.value)"
    order = page.evaluate(values)
    reload(page)
    assert drawn_ids(page) == drawn  # the same attempt, in the same order
    assert page.evaluate(values) == order
    assert page.locator(f'.cb-q[data-cb-q="{first}"] input:checked').count() == 1
    assert run_axe(page) == []


def test_each_attempt_draws_again_and_says_where_to_study(page, site):
    open_page(page, site("records") + FINAL)
    draws, orders = [], set()
    for _ in range(6):
        drawn = drawn_ids(page)
        draws.append(tuple(drawn))
        orders.add(tuple(page.evaluate("() => [...document.querySelectorAll('.cb-quiz .cb-q:not([hidden]) input')]"
                                       ".map(i => i.closest('.cb-q').dataset.cbQ + i.value)")))
        page.locator(".cb-submit").click()
        page.locator(".cb-submit").click()  # submit with nothing answered: 0 %
        assert page.locator(".cb-result-title").text_content().startswith("Your score: 0 %")
        # what was missed says where to study
        assert page.locator(".cb-study:visible").count() == 4
        assert page.locator(".cb-study:visible a").first.get_attribute("href").endswith("/index.html")
        page.locator(".cb-retake").click()
        # focus lands on the first drawn question, not on a hidden one
        assert page.evaluate("() => document.activeElement.closest('.cb-q')?.dataset.cbQ") == drawn_ids(page)[0]
    # Six pool questions, four drawn: a fresh draw (or order) nearly every attempt.
    assert len(set(draws)) > 1 and len(orders) > 1
