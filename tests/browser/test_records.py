"""The contract, certificate, "My progress" (export/import/reset) and print editions, on the
records fixture."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from urllib.parse import urljoin

import pytest

from course_builder.certificate import certificate_number
from course_builder.validate import check_course

from ..conftest import FIXTURES
from .conftest import (
    answer_key,
    key,
    open_page,
    page_data,
    pass_quiz,
    reload,
    run_axe,
    stored,
    tab_to,
    wait_saved,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from print_pages import page_count

pytestmark = pytest.mark.browser
COURSE = "records"
CONTRACT = "r2-apply/contract.html"
XSS = "<img src=x onerror=alert(1)>"


def _fill_contract_by_keyboard(page, name: str) -> dict[str, str]:
    """Type into every visible field with Tab and the keyboard; returns what was typed."""
    typed = {}
    fields = page.evaluate("() => [...document.querySelectorAll('[data-cb-field]')]"
                           ".filter(f => f.offsetParent).map(f => [f.dataset.cbField, f.tagName, f.type])")
    for field, tag, kind in fields:
        tab_to(page, f'[data-cb-field="{field}"]')
        if tag == "SELECT":
            page.keyboard.type("3")  # type-ahead picks "3 Often"
            typed[field] = "3"
        elif kind == "date":
            page.keyboard.type("12012026")
            typed[field] = "2026-12-01"
        else:
            text = name if field == "name" else f"Entry for {field}: greet every caller by name, every call."
            page.keyboard.type(text)
            typed[field] = text
    return typed


def test_contract_by_keyboard_survives_reload_and_prints_on_two_pages(page, site):
    alerts = []
    page.on("dialog", lambda d: (alerts.append(d.message), d.dismiss()))
    open_page(page, site(COURSE) + CONTRACT)
    tab_to(page, ".cb-add")
    page.keyboard.press("Enter")
    page.keyboard.press("Shift+Tab")  # focus moved into the new commitment; the button stays usable
    typed = _fill_contract_by_keyboard(page, XSS)
    reload(page)
    for field, value in typed.items():
        assert page.locator(f'[data-cb-field="{field}"]').input_value() == value, field
    assert page.locator(".cb-commitment:visible").count() == 3
    # Learner text is only ever text: nothing was parsed as HTML and nothing ran.
    assert page.locator(".cb-contract img").count() == 0
    assert alerts == []
    page.emulate_media(media="print")
    assert page.locator(".md-header").is_hidden() and page.locator(".md-sidebar--primary").is_hidden()
    assert page.locator(".cb-tools").is_hidden() and page.locator(".md-footer").is_hidden()
    printed = page.locator(".cb-print-value").all_text_contents()
    assert XSS in printed
    assert all(v in " ".join(printed) for f, v in typed.items() if ".r" not in f)
    for fmt in ("Letter", "A4"):
        assert page_count(page.pdf(format=fmt)) <= 2


def test_reflections_are_offered_as_starting_points(page, site):
    open_page(page, site(COURSE) + "r1-start/service.html")
    page.locator('.cb-q[data-cb-q="r1-reflect"] textarea').fill("Greet every caller by name")
    wait_saved(page, key(page, "reflection", "r1-reflect"))
    open_page(page, site(COURSE) + CONTRACT)
    use = page.locator(".cb-commitment").first.locator(".cb-use", has_text="Greet every caller by name")
    use.click()
    assert "Greet every caller by name" in page.locator('[data-cb-field="c1.behavior"]').input_value()
    # An encounter-model step is offered too. Moving through the list changes nothing (WCAG 3.2.2):
    # the step goes in only when the learner confirms it.
    steps = page.locator(".cb-commitment").nth(1).locator(".cb-suggest select")
    steps.focus()
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.matches('.cb-suggest select')")
    assert page.locator('[data-cb-field="c2.behavior"]').input_value() == ""
    steps.select_option("Follow up")
    assert page.locator('[data-cb-field="c2.behavior"]').input_value() == ""
    page.locator(".cb-commitment").nth(1).locator(".cb-use-step").click()
    assert page.locator('[data-cb-field="c2.behavior"]').input_value() == "Follow up"
    assert steps.input_value() == ""


def test_clear_contract_needs_confirmation(page, site):
    open_page(page, site(COURSE) + CONTRACT)
    page.locator('[data-cb-field="name"]').fill("Pat Lee")
    page.locator(".cb-clear").click()
    assert page.evaluate("document.activeElement.classList.contains('cb-no')")
    page.keyboard.press("Enter")  # Cancel keeps everything
    assert page.locator('[data-cb-field="name"]').input_value() == "Pat Lee"
    page.locator(".cb-clear").click()
    page.locator(".cb-yes").click()
    assert page.locator('[data-cb-field="name"]').input_value() == ""
    reload(page)
    assert page.locator('[data-cb-field="name"]').input_value() == ""


def test_certificate_unlocks_when_completion_is_met_and_prints_on_one_page(page, site):
    base = site(COURSE)
    open_page(page, base + "certificate.html")
    assert page.locator(".cb-cert-locked").is_visible() and page.locator(".cb-cert-open").is_hidden()
    spec = page_data(page)["certificate"]
    quizzes = [q[0] for q in spec["quizzes"]]
    # (Material's instant navigation may have made the links absolute.)
    links = {q: urljoin(page.url, page.locator(f'[data-cb-quiz-status="{q}"] a').get_attribute("href"))
             for q in quizzes}
    for quiz in quizzes[:-1]:
        pass_quiz(page, links[quiz], answer_key(COURSE))
    open_page(page, base + "certificate.html")
    assert page.locator(f'[data-cb-quiz-status="{quizzes[-1]}"]').text_content().endswith("Not taken")
    assert run_axe(page) == []
    pass_quiz(page, links[quizzes[-1]], answer_key(COURSE))
    open_page(page, base + "certificate.html")
    # Every quiz passed, but completion also asks for every lesson visited.
    lessons = spec["lessons"]
    assert page.locator(".cb-cert-locked").is_visible()
    assert page.locator("[data-cb-lessons] .cb-state").text_content() == f"0 of {len(lessons)} visited"
    page.evaluate("ks => ks.forEach(k => localStorage.setItem(k, '1'))",
                  [key(page, "visit", lesson) for lesson in lessons[:-1]])
    reload(page)
    assert page.locator(".cb-cert-locked").is_visible()
    page.locator(f"a.md-nav__link[href$='/{lessons[-1]}.html']").first.click()  # the last lesson, for real
    page.wait_for_url(f"**/{lessons[-1]}.html")
    open_page(page, base + "certificate.html")
    assert page.locator(".cb-cert-open").is_visible()
    page.locator("#cb-cert-name").fill(XSS)
    assert page.locator(".cb-cert-learner").text_content() == XSS
    assert page.locator(".cb-cert-learner img").count() == 0
    assert page.locator(".cb-cert-score").text_content() == "Final assessment score 100 %"
    model = check_course(FIXTURES / COURSE)
    assert page.locator(".cb-cert-hours").text_content() == f"About {model.minutes} minutes of study"
    signs = page.locator(".cb-cert-sign").all_text_contents()
    assert signs == ["Dana RuizTraining Coordinator", "Sam OkaforCustomer Service Manager"]
    # The number is the one Python computes from course, version, name and date (so it can be checked).
    saved = stored(page, page.evaluate("CourseBuilder.course.prefix")).values()
    date = max(q["at"] for q in saved if isinstance(q, dict) and "at" in q)
    assert page.locator(".cb-cert-no").text_content() == certificate_number(model.id, model.version, XSS, date)
    note = page.locator(".cb-cert-note").text_content()
    assert "self-issued" in note and "official record" in note
    assert run_axe(page) == []
    # One landscape page on Letter and on A4.
    for paper in ("Letter", "A4"):
        assert page_count(page.pdf(format=paper, landscape=True)) == 1, paper


def test_export_reset_import_restores_everything(page, site, tmp_path):
    base = site(COURSE)
    open_page(page, base + "r1-start/service.html")
    q = page.locator('.cb-q[data-cb-q="r1-k2"]')
    q.locator("input").first.check()
    q.locator(".cb-check").click()
    page.locator('.cb-q[data-cb-q="r1-reflect"] textarea').fill("Listen first")
    wait_saved(page, key(page, "reflection", "r1-reflect"))
    open_page(page, base + CONTRACT)
    page.locator('[data-cb-field="name"]').fill("Pat Lee")
    open_page(page, base + "progress.html")
    prefix = page.evaluate("CourseBuilder.course.prefix")
    before = stored(page, prefix)
    assert len(before) >= 4  # a visit, a checked answer, a reflection, the contract
    with page.expect_download() as info:
        page.locator(".cb-export").click()
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    assert saved.name == "records-course-1.0-progress.json"
    page.locator(".cb-clear").click()
    page.locator(".cb-yes").click()
    assert stored(page, prefix) == {}
    page.locator("#cb-import").set_input_files(str(saved))
    page.wait_for_function("document.querySelector('.cb-progress .cb-status').textContent.startsWith('Loaded')")
    assert stored(page, prefix) == before
    assert run_axe(page) == []


def _progress_file(data: dict, course: str = "records-course", version: str = "1.0") -> str:
    return json.dumps({"format": "course-builder-progress", "course": course, "version": version, "data": data})


@pytest.mark.parametrize("content, message", [
    ("{not json", "not a progress file"),
    (_progress_file({}, course="another-course"), "another course"),
    (_progress_file({}, version="0.9"), "version 0.9"),
    (_progress_file({"../evil": 1}), "damaged"),
    (_progress_file({"zz:r1-k1": 1}), "damaged"),
])
def test_a_bad_import_file_changes_nothing(page, site, tmp_path, content, message):
    open_page(page, site(COURSE) + "r1-start/welcome.html")
    open_page(page, site(COURSE) + "progress.html")
    prefix = page.evaluate("CourseBuilder.course.prefix")
    before = stored(page, prefix)
    bad = tmp_path / "progress.json"
    bad.write_text(content)
    page.locator("#cb-import").set_input_files(str(bad))
    page.wait_for_function("document.querySelector('.cb-progress .cb-status').textContent !== ''")
    status = page.locator(".cb-progress .cb-status").text_content()
    assert message in status and "Nothing was changed." in status
    assert stored(page, prefix) == before


def test_every_record_kind_survives_an_import(page, site, tmp_path):
    """Each record kind Python's table names can be exported and imported back."""
    from course_builder import storage

    open_page(page, site(COURSE) + "progress.html")
    data = {storage.entry(kind, "r1-k1"): {"x": 1} for kind in storage.KINDS}
    saved = tmp_path / "progress.json"
    saved.write_text(_progress_file(data))
    page.locator("#cb-import").set_input_files(str(saved))
    page.wait_for_function("document.querySelector('.cb-progress .cb-status').textContent !== ''")
    assert page.locator(".cb-progress .cb-status").text_content().startswith(f"Loaded {len(data)} items")
    assert json.loads(page.evaluate("k => localStorage.getItem(k)", key(page, "certificate", "r1-k1"))) == {"x": 1}


def test_dashboard_counts_and_nav_ticks(page, site):
    open_page(page, site(COURSE) + "r1-start/welcome.html")
    open_page(page, site(COURSE) + "progress.html")
    row = page.locator('[data-cb-section="r1-start"]')
    assert row.locator('[data-k="lessons"]').text_content() == "1 of 2"
    assert row.locator('[data-k="checks"]').text_content() == "0 of 2"
    assert page.locator(".cb-next a").text_content() == "What service is"
    assert page.locator(".cb-next a").get_attribute("href").endswith("/r1-start/service.html")
    overall = "Course completion: 14 % (1 of 7 required lessons and quizzes)."
    assert page.locator(".cb-overall").text_content() == overall
    tick = page.locator("a.md-nav__link[href$='welcome.html'] .cb-tick")
    assert tick.count() == 1
    assert tick.first.text_content().strip() == "✓ (done)"
    assert run_axe(page) == []


@pytest.mark.parametrize("path", [CONTRACT, "progress.html", "workbook.html", "glossary.html",
                                  "r1-start/welcome.html"])
def test_axe_clean_records_and_print_editions(page, site, path):
    open_page(page, site(COURSE) + path)
    assert run_axe(page) == []


def test_print_editions_have_worksheets_and_answers(page, site, fixture_project, tmp_path):
    from course_builder.pipeline import package_facilitator_guide

    open_page(page, site(COURSE) + "workbook.html")
    assert page.locator(".cb-sheet").count() == 9  # 5 knowledge-check questions and 4 quiz questions
    assert page.locator(".cb-sheet-fb").count() == 0  # no answers in the learner's copy
    page.emulate_media(media="print")
    assert page.locator(".md-sidebar--primary").is_hidden()
    assert page.locator(".cb-sheet").first.evaluate("e => getComputedStyle(e).breakInside") == "avoid"
    # The facilitator guide is its own file, outside the site.
    guide = package_facilitator_guide(fixture_project(COURSE), tmp_path)
    page.emulate_media(media="screen")
    page.goto(guide.as_uri())
    assert page.locator(".cb-sheet-fb").count() == 15  # feedback for each of the 15 options
    assert run_axe(page) == []
    page.emulate_media(media="print")
    assert page.locator(".cb-sheet").first.evaluate("e => getComputedStyle(e).breakInside") == "avoid"
    assert page_count(page.pdf(format="A4")) >= 2


def test_progress_agrees_with_completion_and_reads_on_a_phone(browser, site):
    """The overall figure and the closing message follow the completion rule (as the certificate
    does): 100 % and "completed" exactly when it is met; on a 320 px phone nothing scrolls sideways."""
    ctx = browser.new_context(viewport={"width": 320, "height": 700})
    page = ctx.new_page()
    open_page(page, site(COURSE) + "progress.html")
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 320
    assert page.locator('[data-cb-section="r1-start"] [data-k="lessons"]').evaluate(
        "e => getComputedStyle(e, '::before').content").startswith('"Lessons visited')
    need = page_data(page)["progress"]["need"]
    page.evaluate("""need => {
        const s = CourseBuilder.storage, k = CourseBuilder.key;
        need.lessons.forEach((id) => s.set(k('visit', id), 1));
        need.quizzes.forEach(([id]) => s.set(k('quiz', id), {a: {}, s: true, best: 100, n: 1, ok: true,
                                                              at: '2026-11-30'}));
    }""", need)
    final = need["final"]
    page.evaluate("id => CourseBuilder.storage.remove(CourseBuilder.key('quiz', id))", final)
    reload(page)
    total = len(need["lessons"]) + len(need["quizzes"])
    assert page.locator(".cb-overall").text_content() == (
        f"Course completion: {100 * (total - 1) // total} % ({total - 1} of {total} required lessons and quizzes).")
    assert page.locator(".cb-next a").text_content() == "Final assessment"
    page.evaluate("id => CourseBuilder.storage.set(CourseBuilder.key('quiz', id), "
                  "{a: {}, s: true, best: 90, n: 1, ok: true, at: '2026-11-30'})", final)
    reload(page)
    assert page.locator(".cb-overall").text_content() == (
        f"Course completion: 100 % ({total} of {total} required lessons and quizzes).")
    assert page.locator(".cb-next").text_content() == "You have completed the course. Print your certificate"
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 320
    assert run_axe(page) == []
    open_page(page, site(COURSE) + "certificate.html")
    assert page.locator(".cb-cert-open").is_visible()  # the certificate agrees
    ctx.close()
