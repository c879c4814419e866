"""Scored quizzes hold no answer key in plain sight and still grade, on every kind of host:
from a file share, over plain http from an intranet host (not a secure context: no
crypto.subtle), over https, and (in test_scorm.py) inside an LMS's frame. Options, rows, items
and scenario choices come in each learner's own order."""

from __future__ import annotations

import pytest

from .conftest import INTRANET_HOST, answer_key, key, open_page, page_data, pass_quiz, reload

pytestmark = pytest.mark.browser
QUIZ = "q1-basics/quiz.html"


def _grade_and_review(page, url: str) -> None:
    """A wrong answer opens that option's feedback only; right answers pass, and open the
    whole-question feedback that only the right answer unlocks."""
    open_page(page, url)
    page.locator('.cb-q[data-cb-q="q-ids"] input[value="oil"]').check()
    page.locator(".cb-submit").click()
    page.locator(".cb-submit").click()  # the others unanswered
    q = page.locator('.cb-q[data-cb-q="q-ids"]')
    assert q.locator(".cb-status").text_content() == "Not quite. Oil is not water."
    assert q.locator('[data-cb-fb="water"]').text_content() == ""  # the right option's stays sealed
    assert q.locator('[data-cb-fb="*expl"]').text_content() == "Water is water."
    assert page.locator('.cb-q[data-cb-q="q-order"] [data-cb-fb="*right"]').text_content() == ""
    page.locator(".cb-retake").click()
    pass_quiz(page, url, answer_key("questions"))
    assert page.locator(".cb-result-title").text_content() == "Your score: 100 % — passed"
    assert page.locator('.cb-q[data-cb-q="q-order"] [data-cb-fb="*right"]').text_content() == "That is the order."


def test_grading_from_a_file_share(page, file_site):
    _grade_and_review(page, file_site("questions") + QUIZ)


def test_grading_over_plain_http_from_an_intranet_host(page, site, origin):
    url = site("questions").replace("127.0.0.1", INTRANET_HOST) + QUIZ
    page.goto(url)
    assert page.evaluate("[window.isSecureContext, typeof crypto.subtle]") == [False, "undefined"]
    _grade_and_review(page, url)


def test_grading_over_https(browser, hosted, tls_origin):
    ctx = browser.new_context(ignore_https_errors=True)
    page = ctx.new_page()
    url = tls_origin + hosted("questions") + QUIZ
    _grade_and_review(page, url)
    assert page.evaluate("location.protocol") == "https:"
    ctx.close()


def test_the_page_holds_no_answer_key(page, site):
    """What View Source shows of a scored question: no right answer, no feedback text."""
    open_page(page, site("questions") + QUIZ)
    source = page.evaluate("document.documentElement.outerHTML")
    for qid, spec in page_data(page)["questions"].items():
        assert "correct" not in spec, qid
    for text in ("Oil is not water.", "Water is water.", "That is the order.", "All matched."):
        assert text not in source  # each is the feedback of a scored question


def _orders(page) -> dict[str, list[str]]:
    return page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('.cb-quiz .cb-q')].map(q =>
        [q.dataset.cbQ, [...q.querySelectorAll('input, li[data-cb-item], .cb-pair')]
            .map(e => e.value || e.dataset.cbItem || e.dataset.cbPair)]))""")


def _with_seed(page, url: str, seed: str) -> dict[str, list[str]]:
    page.goto(url)
    page.evaluate("([k, s]) => localStorage.setItem(k, JSON.stringify(s))", [key(page, "seed", "order"), seed])
    reload(page)
    return _orders(page)


def test_each_learner_has_an_order_of_their_own(page, site):
    url = site("questions") + QUIZ
    open_page(page, url)
    # A new learner gets a seed, kept: a reload shows the same order.
    first = _orders(page)
    assert isinstance(page.evaluate("k => JSON.parse(localStorage.getItem(k))", key(page, "seed", "order")), str)
    reload(page)
    assert _orders(page) == first
    one, other = _with_seed(page, url, "learner-a"), _with_seed(page, url, "learner-b")
    assert one != other
    assert _with_seed(page, url, "learner-a") == one
    for order in (one, other):
        assert order["q-tf"] == ["true", "false"]  # true before false, always
        assert order["q-single"][-1] == "d"  # "None of these" is pinned in its place
    # An ordering question never starts in its right order.
    for seed in ("s1", "s2", "s3", "s4", "s5", "s6"):
        assert _with_seed(page, url, seed)["q-order"] != answer_key("questions")["q-order"]["correct"]


def test_scenario_choices_come_in_each_learners_order(page, site):
    url = site("scenarios") + "s1-practice/counter.html"
    orders = set()
    for seed in ("learner-a", "learner-b", "learner-c", "learner-d"):
        page.goto(url)
        page.evaluate("([k, s]) => localStorage.setItem(k, JSON.stringify(s))", [key(page, "seed", "order"), seed])
        reload(page)
        orders.add(tuple(page.locator(".cb-sc-now .cb-sc-choice").evaluate_all("bs => bs.map(b => b.dataset.c)")))
    assert len(orders) > 1
