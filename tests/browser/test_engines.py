"""The other build engines (ProperDocs, Zensical), smoke-tested on the shipped course: it builds,
and from file:// a learner opens a lesson, answers a knowledge check, passes a section quiz and
searches; axe finds nothing on a lesson, a quiz and a scenario in either palette. The full browser
suite runs on the default engine (MkDocs)."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from course_builder.engines import ENGINES, available
from course_builder.pipeline import build

from ..conftest import require
from .conftest import open_page, pass_quiz, run_axe, search, set_palette

pytestmark = pytest.mark.browser
OTHER_ENGINES = [name for name in ENGINES if name != "mkdocs"]


@pytest.fixture(scope="module")
def engine_site(shipped_project, tmp_path_factory):
    """engine → the shipped course built with it (once), as a file:// base URL."""
    built: dict[str, str] = {}

    def get(name: str) -> str:
        if name not in built:
            require(available(name), f"the {name} engine is not installed: pip install -e '.[test]' installs it")
            target = tmp_path_factory.mktemp(name) / "site"
            started = time.perf_counter()
            build(replace(shipped_project, engine=name), target)
            print(f"\n{ENGINES[name].title} built the shipped course in {time.perf_counter() - started:.1f} s")
            built[name] = target.as_uri() + "/"
        return built[name]

    return get


def _first(course, kind: str):
    """The first section with a lesson that has a knowledge check, and that lesson (or a scenario)."""
    for section in course.sections:
        if kind == "lesson":
            for lesson in section.lessons:
                if lesson.check:
                    return section, lesson
        elif kind == "scenario" and section.scenarios:
            return section, section.scenarios[0]
    raise AssertionError(f"the shipped course has no {kind}")


def _key(course) -> dict[str, dict]:
    return {q.id: {"type": q.type, "correct": q.correct} for q in course.questions.values() if q.scored}


@pytest.mark.parametrize("name", OTHER_ENGINES)
def test_a_learner_can_use_the_course_built_by(name, engine_site, shipped_course, page):
    base = engine_site(name)
    section, lesson = _first(shipped_course, "lesson")
    open_page(page, f"{base}{section.id}/{lesson.id}.html")
    qid = next(q for q in lesson.check if shipped_course.questions[q].type == "single")
    right = shipped_course.questions[qid].correct[0]
    q = page.locator(f'.cb-q[data-cb-q="{qid}"]')
    q.locator(f'input[value="{right}"]').check()
    q.locator(".cb-check").click()
    assert q.locator(".cb-status").text_content().startswith("Correct.")
    pass_quiz(page, f"{base}{section.id}/quiz.html", _key(shipped_course))
    open_page(page, base + "index.html")
    assert search(page, "meter") > 0


@pytest.mark.parametrize("scheme", ["default", "slate"])
@pytest.mark.parametrize("name", list(ENGINES))
def test_axe_finds_nothing_on_three_page_kinds_built_by(name, scheme, engine_site, shipped_course, page):
    base = engine_site(name)
    section, lesson = _first(shipped_course, "lesson")
    scenario_section, scenario = _first(shipped_course, "scenario")
    # A lesson, a quiz, a scenario, and a staff guide with wide code blocks (the shipped project is the
    # staff copy): the theme's token colours and its scrolling code blocks failed axe on some engines.
    for path in (f"{section.id}/{lesson.id}.html", f"{section.id}/quiz.html",
                 f"{scenario_section.id}/{scenario.id}.html", "for-it.html"):
        open_page(page, base + path)
        set_palette(page, scheme)
        assert (path, run_axe(page)) == (path, [])



@pytest.mark.parametrize("name", list(ENGINES))
def test_keyboard_focus_on_the_palette_toggle_is_visible_on_a_phone(name, engine_site, browser):
    """At 320 px, Tab reaches the light/dark toggle and its visible button shows the focus ring."""
    ctx = browser.new_context(viewport={"width": 320, "height": 640})
    page = ctx.new_page()
    open_page(page, engine_site(name) + "index.html")
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.classList.contains('md-option')"):
            break
    else:
        raise AssertionError("Tab never reached the palette toggle")
    ring = page.evaluate("""() => { const label = document.activeElement.nextElementSibling;
        const box = label.getBoundingClientRect(), style = getComputedStyle(label);
        return box.width > 0 && box.height > 0 && box.right <= innerWidth && style.outlineStyle !== 'none'; }""")
    ctx.close()
    assert ring
