"""Saved progress: keyed by course + version + question id, validated on read, optional."""

from __future__ import annotations

import pytest

from .conftest import page_data

pytestmark = pytest.mark.browser
LESSON = "s1-perspectives/what-is-service.html"
BLOCK_STORAGE = """
Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('blocked', 'SecurityError'); }});
"""


def test_keys_use_course_id_version_and_question_id(page, base_url):
    page.goto(base_url + LESSON)
    qid = page.evaluate("() => document.querySelector('.cb-q').dataset.cbQ")
    page.locator(f'.cb-q[data-cb-q="{qid}"] input').first.check()
    keys = page.evaluate("() => Object.keys(localStorage)")
    assert f"cb:cs-water-utilities:1.0:q:{qid}" in keys


def test_corrupt_saved_answers_are_ignored(page, base_url):
    page.goto(base_url + LESSON)
    data = page_data(page)
    qid = next(iter(data["questions"]))
    prefix = data["prefix"]
    page.evaluate(f"""() => {{
        localStorage.setItem('{prefix}:q:{qid}', JSON.stringify({{a: ['zzz'], c: 1}}));
    }}""")
    page.reload()
    q = page.locator(f'.cb-q[data-cb-q="{qid}"]')
    assert q.locator("input:checked").count() == 0
    assert q.locator(".cb-check").is_visible()
    assert page.evaluate(f"() => localStorage.getItem('{prefix}:q:{qid}')") is None
    page.evaluate(f"() => localStorage.setItem('{prefix}:quiz:s1-perspectives-quiz', '{{not json')")
    page.goto(base_url + "s1-perspectives/quiz.html")
    assert page.locator(".cb-submit").is_visible()


def test_course_works_and_says_so_when_storage_is_blocked(browser, base_url):
    ctx = browser.new_context()
    ctx.add_init_script(BLOCK_STORAGE)
    page = ctx.new_page()
    errors = []
    # Material's own scripts also read localStorage and throw here; only ours must not.
    page.on("pageerror", lambda e: errors.append(e.stack) if "course-builder" in (e.stack or "") else None)
    page.goto(base_url + LESSON)
    note = page.locator(".cb-storage")
    assert note.is_visible()
    assert "not letting the course save your progress" in note.text_content()
    q = page.locator(".cb-q").first
    q.locator("input").first.check()
    q.locator(".cb-check").click()
    assert q.locator(".cb-status").text_content() != ""
    assert not errors
    ctx.close()
