"""The interface language: page text (page_text.py) and runtime text (ui_text.py) written for every
language key for key, chosen by course.yml's `language:`, and a Spanish course whose built pages hold
no English interface text at all."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from course_builder import page_text
from course_builder.render import ui_text

PLACEHOLDER = re.compile(r"\{(\w+)\}")
# Markdown around a sentence's pieces (bold, links) and its {names} split it into the fragments searched for.
SPLIT = re.compile(r"\{\w+\}|\*\*|\]\([^)]*\)|[\[\]]")
# The same in both languages on purpose; a sentence that is only symbols or numbers is always allowed.
SAME_ON_PURPOSE = {"minutes", "hours", "hours_minutes"}


def _forms(entry: page_text.Entry) -> tuple[str, ...]:
    return entry if isinstance(entry, tuple) else (entry,)


def test_every_language_has_every_key_with_the_same_shape_and_names():
    for code, strings in page_text.CATALOGUES.items():
        assert set(strings) == set(page_text.EN), code
        for key, entry in page_text.EN.items():
            other = strings[key]
            assert isinstance(other, tuple) == isinstance(entry, tuple), (code, key)
            for en, es in zip(_forms(entry), _forms(other), strict=True):
                assert set(PLACEHOLDER.findall(es)) == set(PLACEHOLDER.findall(en)), (code, key)
                assert es.startswith(" ") == en.startswith(" ") and es.endswith(" ") == en.endswith(" "), (code, key)


def test_every_spanish_sentence_is_translated():
    for key, entry in page_text.EN.items():
        for en, es in zip(_forms(entry), _forms(page_text.ES[key]), strict=True):
            assert es.strip()
            if es == en:
                assert key in SAME_ON_PURPOSE or not re.search(r"[^\W\d_]{2,}", PLACEHOLDER.sub("", en)), key


def test_a_language_is_chosen_by_code_or_base_code_and_falls_back_to_english():
    assert page_text.catalogue("es") is page_text.ES
    assert page_text.catalogue("es-MX") is page_text.ES
    assert page_text.catalogue("fr") is page_text.EN
    assert page_text.has_text("es") and page_text.has_text("en-GB") and not page_text.has_text("fr")
    with page_text.language("es"):
        assert page_text.count(1, "n_lesson") == "1 lección" and page_text.count(3, "n_lesson") == "3 lecciones"
        assert page_text.duration(95) == "1 h 35 min"
    assert page_text.count(1, "n_lesson") == "1 lesson"


def test_an_unknown_language_builds_in_english_with_a_warning(tmp_path):
    from course_builder.checks import check_project
    from course_builder.pipeline import Project, render

    from .conftest import fixture_copy

    root = fixture_copy("mini", tmp_path)
    course_yml = root / "course.yml"
    course_yml.write_text(course_yml.read_text(encoding="utf-8") + "language: fr\n", encoding="utf-8")
    warnings = [f"{p.message} {p.hint}" for p in check_project(root).warnings.warnings]
    assert any("not written in 'fr'" in w and "en, es" in w for w in warnings), warnings
    site = render(Project(root), tmp_path / "pages")
    assert "Knowledge check" in "".join(site.texts.values())


def _fragments() -> list[str]:
    """Every piece of English interface text that Spanish says differently, longest first."""
    found: set[str] = set()
    for key, entry in page_text.EN.items():
        for en, es in zip(_forms(entry), _forms(page_text.ES[key]), strict=True):
            if en != es:
                found.update(SPLIT.split(en))
    for part, sentences in ui_text.EN.items():
        for key, en in sentences.items():
            if ui_text.ES[part][key] != en:
                found.update(SPLIT.split(en))
    cleaned = {f.strip(" .,:;()—·“”") for f in found}
    # Single short words ("h", "min") say nothing; a one-word fragment must be a real word.
    return sorted((f for f in cleaned if re.search(r"[A-Za-z]{4,}", f)), key=len, reverse=True)


class _Readable(HTMLParser):
    """What a reader sees or hears: text outside scripts and styles, and the attributes read aloud."""

    SPOKEN = ("aria-label", "title", "alt", "data-label", "placeholder")

    def __init__(self) -> None:
        super().__init__()
        self.hidden_depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.hidden_depth += 1
        self.parts += [value for name, value in attrs if name in self.SPOKEN and value]

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.hidden_depth -= 1

    def handle_data(self, data: str) -> None:
        if not self.hidden_depth:
            self.parts.append(data)


def _english_in(text: str, fragments: list[str]) -> list[str]:
    return [f for f in fragments if re.search(r"(?<![A-Za-z])" + re.escape(f) + r"(?![A-Za-z])", text)]


def test_a_spanish_course_shows_no_english_interface_text(fixture_site):
    site: Path = fixture_site("spanish")
    fragments = _fragments()
    assert len(fragments) > 200
    found = {}
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 15
    for page in pages:
        reader = _Readable()
        reader.feed(page.read_text(encoding="utf-8"))
        if hits := _english_in("\n".join(reader.parts), fragments):
            found[page.relative_to(site).as_posix()] = hits
    # The runtime's own files carry their sentences as data: only whole phrases can tell.
    for script in sorted((site / "assets" / "course-builder").glob("*.js")):
        if hits := _english_in(script.read_text(encoding="utf-8"), [f for f in fragments if " " in f]):
            found[script.name] = hits
    assert found == {}


def test_the_english_scan_finds_english(fixture_site):
    """The check above can fail: an English course's pages are full of the same fragments."""
    site: Path = fixture_site("records")
    reader = _Readable()
    reader.feed((site / "r1-start" / "welcome.html").read_text(encoding="utf-8"))
    hits = _english_in("\n".join(reader.parts), _fragments())
    assert {"Knowledge check", "Check answer", "Key takeaways"} <= set(hits)


def test_the_spanish_course_says_so_to_the_theme_and_the_browser(fixture_site):
    site: Path = fixture_site("spanish")
    page = (site / "r1-inicio" / "bienvenida.html").read_text(encoding="utf-8")
    assert '<html lang="es"' in page
    assert "Comprobación de conocimientos" in page and "Sección 1, lección 1 de 2" in page
    assert "Agua de Prueba · Atención al cliente, versión 1.0" in page  # the footer


def test_the_runtime_text_follows_the_course_language(fixture_site_files):
    site = fixture_site_files("spanish")
    data = next(text for path, text in site.texts.items() if "course-data" in path)
    assert "Su respuesta: correcta" in data and "Your answer: correct" not in data
