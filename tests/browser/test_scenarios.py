"""Every scenario played to every ending by keyboard alone; step back, restart, reload, axe."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import page_data, run_axe, tab_to

pytestmark = pytest.mark.browser


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


def test_there_are_fifteen_scenarios(shipped_site):
    assert len(_scenario_pages(shipped_site)) == 15


def test_every_scenario_reaches_every_ending_by_keyboard(page, base_url, shipped_site):
    for path in _scenario_pages(shipped_site):
        page.goto(base_url + path)
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


def test_step_back_restart_and_reload(page, base_url):
    page.goto(base_url + "s3-communication/high-bill.html")
    graph = page_data(page)["scenario"]
    start = graph["nodes"][graph["start"]]["c"]
    # a choice that leads to another decision, so there is a step to go back from
    choice = next(c for c, (_, nxt, _) in start.items() if "c" in graph["nodes"][nxt])
    _choose(page, choice)
    assert page.locator(".cb-sc-log li").count() == 1
    page.reload()
    assert page.locator(".cb-sc-log li").count() == 1  # the path survives a reload
    tab_to(page, ".cb-sc-back")
    page.keyboard.press("Enter")
    assert page.locator(".cb-sc-log li").count() == 0
    assert page.locator(".cb-sc-back").is_hidden()
    assert page.evaluate("document.activeElement.classList.contains('cb-sc-choice')")
    assert page.locator(".cb-status", has_text="Went back one step.").count() == 1


def test_corrupt_saved_path_starts_fresh(page, base_url):
    page.goto(base_url + "s3-communication/high-bill.html")
    data = page_data(page)
    key = f"{data['prefix']}:sc:{data['scenario']['id']}"
    page.evaluate(f"() => localStorage.setItem({json.dumps(key)}, JSON.stringify({{p: ['zz', 'a']}}))")
    page.reload()
    assert page.locator(".cb-sc-log li").count() == 0
    assert page.locator(".cb-sc-choice").count() >= 2


def test_without_javascript_the_whole_script_reads_as_a_document(browser, base_url):
    ctx = browser.new_context(java_script_enabled=False)
    page = ctx.new_page()
    page.goto(base_url + "s3-communication/lead-call.html")
    assert page.locator(".cb-sc-script").is_visible()
    assert page.locator(".cb-sc-script .cb-node h3", has_text="Decision 1").is_visible()
    assert page.locator(".cb-sc-debrief h3", has_text="The better approach").is_visible()
    ctx.close()


def test_axe_clean_before_during_and_after_play(page, base_url):
    page.goto(base_url + "s3-communication/service-cutoff.html")
    assert run_axe(page) == []
    graph = page_data(page)["scenario"]
    route = max(_all_paths(graph), key=len)
    _choose(page, route[0])
    assert run_axe(page) == []
    for choice in route[1:]:
        _choose(page, choice)
    assert page.locator(".cb-sc-result-title").is_visible()
    assert run_axe(page) == []


def test_section_landing_lists_scenarios_by_audience_with_status(page, base_url):
    page.goto(base_url + "s3-communication/high-bill.html")
    graph = page_data(page)["scenario"]
    route = _all_paths(graph)[0]
    for choice in route:
        _choose(page, choice)
    page.goto(base_url + "s3-communication/index.html")
    headings = page.locator(".md-content h3").all_text_contents()
    assert "Scenarios utility representatives may encounter" in headings
    assert "Scenarios other utility personnel may encounter" in headings
    status = page.locator('[data-cb-sc-status="high-bill"]').text_content()
    assert status.startswith("Completed (")
    assert page.locator('[data-cb-sc-status="lead-call"]').text_content() == "Not started"
    assert page.locator(".md-content li", has_text="High bill").first.text_content().count("min") == 1
    assert run_axe(page) == []
