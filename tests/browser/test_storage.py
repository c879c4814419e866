"""Saved progress: keyed by course + version + record id (the runtime's key function agrees with
Python's), validated on read, and optional."""

from __future__ import annotations

import pytest

from course_builder import storage
from course_builder.validate import check_course

from ..conftest import FIXTURES
from .conftest import key, page_data

pytestmark = pytest.mark.browser
LESSON = "q1-basics/checks.html"
BLOCK_STORAGE = """
Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('blocked', 'SecurityError'); }});
"""


def test_the_runtime_and_python_build_the_same_keys(page, site):
    course = check_course(FIXTURES / "questions")
    page.goto(site("questions") + LESSON)
    for kind in storage.KINDS:
        assert key(page, kind, "some-id") == storage.key(course, kind, "some-id"), kind
    page.locator('.cb-q[data-cb-q="k-single"] input').first.check()
    keys = page.evaluate("() => Object.keys(localStorage)")
    assert storage.key(course, "answer", "k-single") in keys
    assert storage.key(course, "visit", "checks") in keys


def test_corrupt_saved_answers_are_ignored(page, site):
    page.goto(site("questions") + LESSON)
    answer = key(page, "answer", "k-single")
    page.evaluate("k => localStorage.setItem(k, JSON.stringify({a: ['zzz'], c: 1}))", answer)
    page.reload()
    q = page.locator('.cb-q[data-cb-q="k-single"]')
    assert q.locator("input:checked").count() == 0
    assert q.locator(".cb-check").is_visible()
    assert page.evaluate("k => localStorage.getItem(k)", answer) is None
    page.evaluate("k => localStorage.setItem(k, '{not json')", key(page, "quiz", "q1-basics-quiz"))
    page.goto(site("questions") + "q1-basics/quiz.html")
    assert page_data(page)["quiz"]["id"] == "q1-basics-quiz"
    assert page.locator(".cb-submit").is_visible()


def test_course_works_and_says_so_when_storage_is_blocked(browser, site):
    ctx = browser.new_context()
    ctx.add_init_script(BLOCK_STORAGE)
    page = ctx.new_page()
    errors = []
    # Material's own scripts also read localStorage and throw here; only ours must not.
    page.on("pageerror", lambda e: errors.append(e.stack) if "course-builder" in (e.stack or "") else None)
    page.goto(site("questions") + LESSON)
    # One notice for the page, saying what it means and what to do; announced (role=status).
    note = page.locator(".cb-storage")
    assert note.count() == 1 and note.is_visible() and note.get_attribute("role") == "status"
    text = note.text_content()
    assert "not letting the course save your progress" in text
    assert "lost when you leave" in text and "another browser" in text and "IT team" in text
    q = page.locator(".cb-q").first
    q.locator("input").first.check()
    q.locator(".cb-check").click()
    assert q.locator(".cb-status").text_content() != ""
    # Reflections and the contract do not repeat the page's notice under themselves.
    assert page.evaluate("CourseBuilder.lib.savedNote(CourseBuilder.storage)") == ""
    assert not errors
    ctx.close()
