"""The scenario player: every scenario of the fixture played to every ending by keyboard alone;
step back, restart, reload, a corrupt saved path, no JavaScript, axe, and the section's list."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import key, open_page, page_data, reload, run_axe, tab_to

pytestmark = pytest.mark.browser
COURSE = "scenarios"
COUNTER = "s1-practice/counter.html"


def _scenario_pages(site: Path) -> list[str]:
    pages = []
    for html in sorted(site.rglob("*.html")):
        if 'data-cb-scenario="' in html.read_text(encoding="utf-8"):
            pages.append(html.relative_to(site).as_posix())
    return pages


def _all_paths(graph: dict) -> list[list[str]]:
    """Every path from the start to an ending that visits no node twice."""
    out: list[list[str]] = []

    def walk(node: str, path: list[str], seen: set[str]) -> None:
        spec = graph["nodes"][node]
        if "end" in spec:
            out.append(path)
            return
        for choice, (_, nxt, _) in spec["c"].items():
            if nxt not in seen:
                walk(nxt, path + [choice], seen | {nxt})

    walk(graph["start"], [], {graph["start"]})
    return out


def _choose(page, choice: str) -> None:
    """Tab to the choice's button and press Enter: keyboard only."""
    tab_to(page, f'.cb-sc-now .cb-sc-choice[data-c="{choice}"]')
    page.keyboard.press("Enter")


def test_every_scenario_reaches_every_ending_by_keyboard(page, site, fixture_site):
    pages = _scenario_pages(fixture_site(COURSE))
    assert len(pages) == 2
    for path in pages:
        open_page(page, site(COURSE) + path)
        graph = page_data(page)["scenario"]
        endings = {n for n, spec in graph["nodes"].items() if "end" in spec}
        reached, visited = set(), set()
        for route in _all_paths(graph):
            node = graph["start"]
            for choice in route:
                visited.add(node)
                _choose(page, choice)
                node = graph["nodes"][node]["c"][choice][1]
                # Focus lands on the new dialogue step, so the consequence is read next.
                assert page.evaluate("document.activeElement.classList.contains('cb-sc-step')"), path
            ending = page.locator(".cb-sc-now h3").text_content()
            assert ending.startswith("Ending:"), (path, route)
            assert page.locator(".cb-sc-result-title").is_visible()
            reached.add(node)
            tab_to(page, ".cb-sc-restart")
            page.keyboard.press("Enter")
            assert page.locator(".cb-sc-log li").count() == 0
        decisions = {n for n, spec in graph["nodes"].items() if "c" in spec}
        assert reached == endings, path
        assert visited == decisions, path


def test_the_debrief_scores_the_path_and_names_the_stronger_choices(page, site):
    open_page(page, site(COURSE) + COUNTER)
    _choose(page, "greet")
    _choose(page, "pay")
    # 2 of 2, then 0 of 2: 50 %
    assert page.locator(".cb-sc-result-title").text_content() == "Ending: Mixed outcome. Your choices scored 50 %."
    # Reaching the ending is announced with its score.
    status = page.locator(".cb-sc-play .cb-status")
    assert status.get_attribute("role") == "status"
    assert status.text_content().endswith("Ending: Mixed outcome. Your choices scored 50 %.")
    well = page.evaluate("() => [...document.querySelectorAll('.cb-sc-well li:not([hidden])')].map(l => l.textContent)")
    work = page.evaluate("() => [...document.querySelectorAll('.cb-sc-work li:not([hidden])')].map(l => l.textContent)")
    assert len(well) == 1 and well[0].startswith("Decision 1:")
    assert len(work) == 1 and "A stronger choice: Offer to check the meter reading with her." in work[0]


def test_step_back_restart_and_reload(page, site):
    open_page(page, site(COURSE) + COUNTER)
    _choose(page, "greet")  # leads to a second decision, so there is a step to go back from
    assert page.locator(".cb-sc-log li").count() == 1
    reload(page)
    assert page.locator(".cb-sc-log li").count() == 1  # the path survives a reload
    tab_to(page, ".cb-sc-back")
    page.keyboard.press("Enter")
    assert page.locator(".cb-sc-log li").count() == 0
    assert page.locator(".cb-sc-back").is_hidden()
    assert page.evaluate("document.activeElement.classList.contains('cb-sc-choice')")
    assert page.locator(".cb-status", has_text="Went back one step.").count() == 1


def test_corrupt_saved_path_starts_fresh(page, site):
    open_page(page, site(COURSE) + COUNTER)
    saved = key(page, "scenario", "counter")
    page.evaluate("k => localStorage.setItem(k, JSON.stringify({p: ['zz', 'a']}))", saved)
    reload(page)
    assert page.locator(".cb-sc-log li").count() == 0
    assert page.locator(".cb-sc-choice").count() == 3


def test_without_javascript_the_whole_script_reads_as_a_document(browser, site):
    ctx = browser.new_context(java_script_enabled=False)
    page = ctx.new_page()
    open_page(page, site(COURSE) + COUNTER)
    assert page.locator(".cb-sc-script").is_visible()
    assert page.locator(".cb-sc-script .cb-node h3", has_text="Decision 1").is_visible()
    assert page.locator(".cb-sc-debrief h3", has_text="The better approach").is_visible()
    ctx.close()


def test_axe_clean_before_during_and_after_play(page, site):
    open_page(page, site(COURSE) + COUNTER)
    assert run_axe(page) == []
    _choose(page, "greet")
    assert run_axe(page) == []
    _choose(page, "check")
    assert page.locator(".cb-sc-result-title").is_visible()
    assert run_axe(page) == []


def test_section_landing_lists_scenarios_by_audience_with_status(page, site):
    open_page(page, site(COURSE) + COUNTER)
    _choose(page, "rates")
    open_page(page, site(COURSE) + "s1-practice/index.html")
    assert page.locator(".md-content h3").all_text_contents() == ["Scenarios at the counter", "Scenarios in the street"]
    assert page.locator('[data-cb-sc-status="counter"]').text_content() == "Completed (50 %)"
    assert page.locator('[data-cb-sc-status="street"]').text_content() == "Not started"
    assert page.locator(".md-content li", has_text="A bill at the counter").first.text_content().count("min") == 1
    # the menu ticks a completed scenario
    assert page.locator("a.md-nav__link[href$='counter.html'] .cb-tick").count() == 1
    assert run_axe(page) == []


def test_a_decision_is_a_list_and_each_step_shows_words_reaction_then_coaching(page, site):
    open_page(page, site(COURSE) + COUNTER)
    choices = page.locator(".cb-sc-now ul.cb-sc-choices > li > button.cb-sc-choice")
    assert choices.count() >= 2
    assert page.locator(".cb-sc-now .cb-sc-choice.md-button").count() == 0  # not heavy buttons
    letters = [choices.nth(i).locator(".cb-sc-letter").text_content() for i in range(choices.count())]
    assert letters == [chr(65 + i) for i in range(choices.count())]
    assert choices.first.locator(".cb-sc-letter").get_attribute("aria-hidden") == "true"
    _choose(page, "greet")
    step = page.locator(".cb-sc-log > li.cb-sc-step").first
    assert page.locator(".cb-sc-log").get_attribute("aria-label") == "Your path so far"
    parts = step.evaluate("li => [...li.children].map(c => c.className)")
    assert parts.index("cb-sc-you") < parts.index("cb-sc-reaction") < parts.index("cb-coach")
    assert step.locator(".cb-sc-you .cb-sc-label").text_content() == "Decision 1: you chose"
    assert step.locator(".cb-sc-you blockquote.cb-sc-said").text_content().strip()
    assert step.locator(".cb-sc-reaction .cb-sc-label").text_content() == "How the customer reacts"
    assert step.locator(".cb-sc-reaction .cb-cons").text_content().strip()
