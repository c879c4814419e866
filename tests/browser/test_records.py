"""The contract, certificate, "My progress" (export/import/reset) and print editions."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from urllib.parse import urljoin

import pytest

from .conftest import page_data, pass_quiz, run_axe, tab_to

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from print_pages import page_count  # noqa: E402  (the project's own page counter)

pytestmark = pytest.mark.browser
CONTRACT = "s5-applying/contract.html"
XSS = "<img src=x onerror=alert(1)>"


def _pages(pdf: bytes) -> int:
    return page_count(pdf)


def _fill_contract_by_keyboard(page, name: str) -> dict[str, str]:
    """Type into every visible field with Tab and the keyboard; returns what was typed."""
    typed = {}
    fields = page.evaluate("() => [...document.querySelectorAll('[data-cb-field]')]"
                           ".filter(f => f.offsetParent).map(f => [f.dataset.cbField, f.tagName, f.type])")
    for key, tag, kind in fields:
        tab_to(page, f'[data-cb-field="{key}"]')
        if tag == "SELECT":
            page.keyboard.type("3")  # type-ahead picks "3 Often"
            typed[key] = "3"
        elif kind == "date":
            page.keyboard.type("12012026")
            typed[key] = "2026-12-01"
        else:
            text = name if key == "name" else f"Entry for {key}: greet every caller by name, every call."
            page.keyboard.type(text)
            typed[key] = text
    return typed


def test_contract_by_keyboard_survives_reload_and_prints_on_two_pages(page, base_url):
    alerts = []
    page.on("dialog", lambda d: (alerts.append(d.message), d.dismiss()))
    page.goto(base_url + CONTRACT)
    tab_to(page, ".cb-add")
    page.keyboard.press("Enter")
    page.keyboard.press("Shift+Tab")  # focus moved into the new commitment; the button stays usable
    typed = _fill_contract_by_keyboard(page, XSS)
    page.wait_for_timeout(200)
    page.reload()
    for key, value in typed.items():
        assert page.locator(f'[data-cb-field="{key}"]').input_value() == value, key
    assert page.locator(".cb-commitment:visible").count() == 4
    # Learner text is only ever text: nothing was parsed as HTML and nothing ran.
    assert page.locator(".cb-contract img").count() == 0
    assert alerts == []
    page.emulate_media(media="print")
    assert page.locator(".md-header").is_hidden() and page.locator(".md-sidebar--primary").is_hidden()
    assert page.locator(".cb-tools").is_hidden() and page.locator(".md-footer").is_hidden()
    printed = page.locator(".cb-print-value").all_text_contents()
    assert XSS in printed
    assert all(v in " ".join(printed) for k, v in typed.items() if not k.startswith("c") or ".r" not in k)
    for fmt in ("Letter", "A4"):
        assert _pages(page.pdf(format=fmt)) <= 2


def test_reflections_are_offered_as_starting_points(page, base_url):
    page.goto(base_url + "s5-applying/applying-what-you-learned.html")
    box = page.locator(".cb-reflect textarea").first
    box.fill("Greet every caller by name")
    page.wait_for_timeout(600)
    page.goto(base_url + CONTRACT)
    use = page.locator(".cb-commitment").first.locator(".cb-use", has_text="Greet every caller by name")
    use.click()
    assert "Greet every caller by name" in page.locator('[data-cb-field="c1.behavior"]').input_value()


def test_clear_contract_needs_confirmation(page, base_url):
    page.goto(base_url + CONTRACT)
    page.locator('[data-cb-field="name"]').fill("Pat Lee")
    page.locator(".cb-clear").click()
    assert page.evaluate("document.activeElement.classList.contains('cb-no')")
    page.keyboard.press("Enter")  # Cancel keeps everything
    assert page.locator('[data-cb-field="name"]').input_value() == "Pat Lee"
    page.locator(".cb-clear").click()
    page.locator(".cb-yes").click()
    assert page.locator('[data-cb-field="name"]').input_value() == ""
    page.reload()
    assert page.locator('[data-cb-field="name"]').input_value() == ""


def test_certificate_unlocks_after_every_quiz_and_prints_on_one_landscape_page(page, base_url):
    page.goto(base_url + "certificate.html")
    assert page.locator(".cb-cert-locked").is_visible()
    assert page.locator(".cb-cert-open").is_hidden()
    quizzes = page_data(page)["certificate"]["quizzes"]
    for quiz in quizzes[:-1]:
        pass_quiz(page, base_url + quiz["href"])
    page.goto(base_url + "certificate.html")
    assert page.locator(".cb-cert-locked").is_visible()
    assert "Not taken" in page.locator(f'[data-cb-quiz-status="{quizzes[-1]["id"]}"]').text_content()
    assert run_axe(page) == []
    pass_quiz(page, base_url + quizzes[-1]["href"])
    page.goto(base_url + "certificate.html")
    # Every quiz passed, but completion (course.yml) also asks for every lesson visited.
    data = page_data(page)
    lessons = data["certificate"]["lessons"]
    assert page.locator(".cb-cert-locked").is_visible()
    assert page.locator("[data-cb-lessons] .cb-state").text_content() == f"0 of {len(lessons)} visited"
    page.evaluate("([p, ids]) => ids.forEach(id => localStorage.setItem(`${p}:v:${id}`, '1'))",
                  [data["prefix"], lessons[:-1]])
    page.reload()
    assert page.locator(".cb-cert-locked").is_visible()
    last = page.locator(f"a.md-nav__link[href$='/{lessons[-1]}.html']").first.get_attribute("href")
    page.goto(urljoin(page.url, last))  # the last lesson, visited for real
    page.goto(base_url + "certificate.html")
    assert page.locator(".cb-cert-open").is_visible()
    page.locator("#cb-cert-name").fill(XSS)
    assert page.locator(".cb-cert-learner").text_content() == XSS
    assert page.locator(".cb-cert-sheet img").count() == 0
    assert page.locator(".cb-cert-score").text_content() == "100 %"
    note = page.locator(".cb-cert-note").text_content()
    assert "self-issued" in note and "official record" in note
    assert run_axe(page) == []
    assert _pages(page.pdf(prefer_css_page_size=True)) == 1


def _course_storage(page, prefix: str) -> dict:
    return page.evaluate(f"""() => Object.fromEntries(Object.keys(localStorage)
        .filter(k => k.startsWith({json.dumps(prefix + ':')})).map(k => [k, localStorage.getItem(k)]))""")


def test_export_reset_import_restores_everything(page, base_url, tmp_path):
    page.goto(base_url + "s1-perspectives/what-is-service.html")
    q = page.locator(".cb-q").first
    q.locator("input").first.check()
    q.locator(".cb-check").click()
    page.goto(base_url + CONTRACT)
    page.locator('[data-cb-field="name"]').fill("Pat Lee")
    page.wait_for_timeout(400)
    page.goto(base_url + "s3-communication/high-bill.html")
    page.locator(".cb-sc-choice").first.click()
    page.goto(base_url + "progress.html")
    prefix = page_data(page)["prefix"]
    before = _course_storage(page, prefix)
    assert len(before) >= 4  # a visit, a checked answer, the contract, a scenario path
    with page.expect_download() as info:
        page.locator(".cb-export").click()
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    page.locator(".cb-clear").click()
    page.locator(".cb-yes").click()
    assert _course_storage(page, prefix) == {}
    page.locator("#cb-import").set_input_files(str(saved))
    page.wait_for_function("document.querySelector('.cb-progress .cb-status').textContent.startsWith('Loaded')")
    assert _course_storage(page, prefix) == before
    assert run_axe(page) == []


@pytest.mark.parametrize("content, message", [
    ("{not json", "not a progress file"),
    (json.dumps({"format": "course-builder-progress", "course": "another-course", "version": "1.0", "data": {}}),
     "another course"),
    (json.dumps({"format": "course-builder-progress", "course": "cs-water-utilities", "version": "0.9",
                 "data": {}}), "version 0.9"),
    (json.dumps({"format": "course-builder-progress", "course": "cs-water-utilities", "version": "1.0",
                 "data": {"../evil": 1}}), "damaged"),
])
def test_a_bad_import_file_changes_nothing(page, base_url, tmp_path, content, message):
    page.goto(base_url + "s1-perspectives/what-is-service.html")
    page.locator(".cb-q").first.locator("input").first.check()
    page.goto(base_url + "progress.html")
    prefix = page_data(page)["prefix"]
    before = _course_storage(page, prefix)
    bad = tmp_path / "progress.json"
    bad.write_text(content)
    page.locator("#cb-import").set_input_files(str(bad))
    page.wait_for_function("document.querySelector('.cb-progress .cb-status').textContent !== ''")
    status = page.locator(".cb-progress .cb-status").text_content()
    assert message in status and "Nothing was changed." in status
    assert _course_storage(page, prefix) == before


def test_a_saved_certificate_name_survives_export_and_import(page, base_url, tmp_path):
    page.goto(base_url + "progress.html")
    prefix = page_data(page)["prefix"]
    saved = tmp_path / "progress.json"
    saved.write_text(json.dumps({"format": "course-builder-progress", "course": "cs-water-utilities",
                                 "version": "1.0", "data": {"cert:name": {"name": "Pat Lee"}}}))
    page.locator("#cb-import").set_input_files(str(saved))
    page.wait_for_function("document.querySelector('.cb-progress .cb-status').textContent !== ''")
    assert page.locator(".cb-progress .cb-status").text_content().startswith("Loaded 1 item")
    assert json.loads(_course_storage(page, prefix)[f"{prefix}:cert:name"]) == {"name": "Pat Lee"}


def test_dashboard_counts_and_nav_ticks(page, base_url):
    page.goto(base_url + "s1-perspectives/what-is-service.html")
    page.goto(base_url + "progress.html")
    row = page.locator('[data-cb-section="s1-perspectives"]')
    assert row.locator('[data-k="lessons"]').text_content() == "1 of 7"
    assert page.locator(".cb-next a").text_content() == "Good customer service pays off for everyone"
    assert "Overall: " in page.locator(".cb-overall").text_content()
    tick = page.locator("a.md-nav__link[href$='what-is-service.html'] .cb-tick")
    assert tick.count() == 1
    assert tick.first.text_content().strip() == "✓ (done)"
    assert run_axe(page) == []


@pytest.mark.parametrize("path", [CONTRACT, "progress.html", "workbook.html", "facilitator-guide.html"])
def test_axe_clean_records_and_print_editions(page, base_url, path):
    page.goto(base_url + path)
    assert run_axe(page) == []


def test_print_editions_have_worksheets_and_answers(page, base_url):
    page.goto(base_url + "workbook.html")
    assert page.locator(".cb-sheet").count() > 150
    assert page.locator(".cb-sheet-fb").count() == 0  # no answers in the learner's copy
    page.goto(base_url + "facilitator-guide.html")
    assert page.locator(".cb-sheet-fb").count() > 300
    assert page.locator("text=The better approach.").count() == 15
    page.emulate_media(media="print")
    assert page.locator(".md-sidebar--primary").is_hidden()
