"""The Spanish interface text (ES) matches the English (EN) key for key: same parts, same {names},
same leading/trailing spaces (the runtime joins some sentences), every sentence translated, and
`ui_text` picks it for `language: es`."""

from __future__ import annotations

import re

import pytest

from course_builder.render.ui_text import CATALOGUES, EN, ES, ui_text

# Sentences that may stay the same in Spanish, each with its reason: proper nouns, codes.
# None is needed today; a symbol- or number-only sentence (once {names} are removed) is always allowed.
SAME_ON_PURPOSE: dict[tuple[str, str], str] = {}

PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _pairs():
    return [(part, key) for part, sentences in EN.items() for key in sentences]


def _leading(s: str) -> str:
    return s[: len(s) - len(s.lstrip())]


def _trailing(s: str) -> str:
    return s[len(s.rstrip()):]


def test_es_is_registered():
    assert CATALOGUES["es"] is ES
    assert CATALOGUES["en"] is EN


def test_es_has_exactly_the_english_parts_and_keys():
    assert list(ES) == list(EN)
    for part in EN:
        assert set(ES[part]) == set(EN[part]), part


@pytest.mark.parametrize(("part", "key"), _pairs())
def test_placeholders_are_kept(part, key):
    assert sorted(PLACEHOLDER.findall(ES[part][key])) == sorted(PLACEHOLDER.findall(EN[part][key]))


@pytest.mark.parametrize(("part", "key"), _pairs())
def test_leading_and_trailing_spaces_are_kept(part, key):
    en, es = EN[part][key], ES[part][key]
    assert (_leading(es), _trailing(es)) == (_leading(en), _trailing(en))


@pytest.mark.parametrize(("part", "key"), _pairs())
def test_every_sentence_is_translated(part, key):
    en, es = EN[part][key], ES[part][key]
    assert es.strip(), "empty translation"
    if es != en:
        return
    words = PLACEHOLDER.sub("", en)
    assert not re.search(r"[^\W\d_]", words) or (part, key) in SAME_ON_PURPOSE, f"untranslated: {en!r}"


def test_no_stray_braces_or_straight_quotes():
    # A lone { or } would be shown as is; Spanish text uses typographic “ ” like the English.
    for part, key in _pairs():
        rest = PLACEHOLDER.sub("", ES[part][key])
        assert "{" not in rest and "}" not in rest, (part, key)
        assert '"' not in ES[part][key], (part, key)


@pytest.mark.parametrize("part", list(EN))
def test_ui_text_picks_spanish_and_falls_back_to_english(part):
    assert ui_text("es", part) == ES[part]
    assert ui_text("xx", part) == EN[part]


def test_default_part_is_core():
    assert ui_text("es") == ES["core"]
