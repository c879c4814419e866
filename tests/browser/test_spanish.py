"""A course in Spanish as a learner uses it: knowledge checks, a section quiz, a scenario, My
progress and the certificate answer in Spanish, by keyboard, axe-clean, and nothing the runtime
writes into the page after an interaction is English."""

from __future__ import annotations

import pytest

from ..test_interface_language import _english_in, _fragments
from .conftest import answer_key, choose_by_keyboard, open_page, pass_quiz, run_axe, tab_to

pytestmark = pytest.mark.browser
COURSE = "spanish"


def _no_english_on(page) -> list[str]:
    """English interface fragments in what the page shows or reads aloud now."""
    text = page.evaluate("""() => {
        const spoken = [...document.querySelectorAll('[aria-label],[title],[alt],[data-label]')]
            .flatMap(e => ['aria-label', 'title', 'alt', 'data-label'].map(a => e.getAttribute(a) || ''));
        return document.body.innerText + '\\n' + spoken.join('\\n');
    }""")
    return _english_in(text, _fragments())


def test_a_knowledge_check_answers_in_spanish_by_keyboard(page, site):
    open_page(page, site(COURSE) + "r1-inicio/servicio.html")
    choose_by_keyboard(page, "r1-k2", ["a"])
    tab_to(page, '[data-cb-q="r1-k2"] .cb-check')
    page.keyboard.press("Enter")
    status = page.locator('[data-cb-q="r1-k2"] .cb-status')
    assert status.text_content().startswith("Correcto.")
    assert page.locator('[data-cb-q="r1-k2"] .cb-check').text_content() == "Comprobar respuesta"
    assert _no_english_on(page) == []
    assert run_axe(page) == []


def test_a_section_quiz_scores_in_spanish(page, site):
    pass_quiz(page, site(COURSE) + "r1-inicio/quiz.html", answer_key(COURSE), passed="aprobado")
    assert page.locator(".cb-result-text").text_content().startswith("Respondió de forma totalmente correcta")
    assert _no_english_on(page) == []
    assert run_axe(page) == []


def test_a_scenario_plays_and_debriefs_in_spanish(page, site):
    open_page(page, site(COURSE) + "r1-inicio/mostrador.html")
    for step, choice in enumerate(("saludo", "revisar"), start=1):
        tab_to(page, f'.cb-sc-now .cb-sc-choice[data-c="{choice}"]')
        page.keyboard.press("Enter")
        page.wait_for_function("n => document.querySelectorAll('.cb-sc-log li').length === n", arg=step)
    assert "Decisión 1: usted eligió" in page.locator(".cb-sc-log li").first.text_content()
    title = page.locator(".cb-sc-result-title").text_content()
    assert title == "Final: buen resultado. Sus decisiones obtuvieron un 100 %."
    assert _no_english_on(page) == []
    assert run_axe(page) == []


def test_progress_and_certificate_speak_spanish(page, site):
    base = site(COURSE)
    open_page(page, base + "progress.html")
    assert page.locator(".cb-overall").text_content().startswith("Avance del curso:")
    assert _no_english_on(page) == []
    assert run_axe(page) == []
    open_page(page, base + "certificate.html")
    assert "Su certificado se desbloquea" in page.locator(".cb-cert-locked").text_content()
    assert _no_english_on(page) == []
    assert run_axe(page) == []
