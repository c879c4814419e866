"""Branding from course.yml: the WCAG contrast maths, suggested shades, font stacks, the generated
stylesheet and palette. What authors see (errors, CSS, config) is in tests/golden/*/branding*.txt."""

from __future__ import annotations

import colorsys
import re
import shutil
from pathlib import Path

import pytest

from course_builder.branding import (
    ACCENT_MIN,
    PRIMARY_MIN,
    SLATE_BG,
    WHITE,
    contrast,
    font_problem,
    font_stack,
    luminance,
    parse_hex,
    passing_shade,
    ratio_text,
    shade,
)
from course_builder.model import Branding
from course_builder.pipeline import Project, check
from course_builder.render.styles import branding_stylesheet
from course_builder.site_config import SiteConfig

FIXTURE = Path(__file__).parent / "fixtures" / "mini"


def test_contrast_of_known_pairs():
    assert contrast("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)  # order does not matter
    assert contrast("#777777", WHITE) == pytest.approx(4.48, abs=0.005)
    assert contrast("#767676", WHITE) == pytest.approx(4.54, abs=0.005)  # the lightest grey that passes AA
    assert contrast("#4051b5", "#4051b5") == pytest.approx(1.0)
    assert luminance("#000000") == 0.0 and luminance("#ffffff") == pytest.approx(1.0)


def test_parse_hex():
    assert parse_hex("#ABC") == "#aabbcc"
    assert parse_hex("#1A5276") == "#1a5276"
    for bad in ("#12345g", "1a5276", "#1234", "#1a527600", "indigo", ""):
        assert parse_hex(bad) is None


def test_ratio_text_never_rounds_a_failure_up_to_a_pass():
    assert ratio_text(21.0) == "21:1"
    assert ratio_text(2.3996) == "2.4:1"
    assert ratio_text(contrast("#777777", WHITE), PRIMARY_MIN) == "4.48:1"
    assert ratio_text(4.4999, 4.5) == "4.49:1"
    assert ratio_text(4.5) == "4.5:1"


@pytest.mark.parametrize("colour", ["#7fa7ff", "#ffb000", "#00ff00", "#ffffff", "#e0e0e0", "#ff6e42"])
def test_suggested_shade_is_the_nearest_darker_one_of_the_same_hue_that_passes(colour):
    suggested = passing_shade(colour, WHITE, PRIMARY_MIN)
    assert contrast(suggested, WHITE) >= PRIMARY_MIN
    (h0, l0, s0), (h1, l1, _) = (_hls(colour), _hls(suggested))
    assert l1 < l0
    if s0 > 0.2:
        assert abs(h0 - h1) < 0.02  # the same hue, give or take rounding to whole hex digits
    assert contrast(shade(colour, l1 - l0 + 0.01), WHITE) < PRIMARY_MIN  # a little less dark fails


def _hls(colour: str) -> tuple[float, float, float]:
    return colorsys.rgb_to_hls(*(int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)))


def test_a_passing_colour_is_its_own_shade_and_dark_pages_get_lighter_shades():
    assert passing_shade("#1a5276", WHITE, PRIMARY_MIN) == "#1a5276"
    light = passing_shade("#1a5276", SLATE_BG, PRIMARY_MIN)
    assert luminance(light) > luminance("#1a5276") and contrast(light, SLATE_BG) >= PRIMARY_MIN


def test_the_accent_is_held_to_normal_text_contrast():
    # Material colours hovered links in running text and the menu with the accent: not large text.
    assert ACCENT_MIN == PRIMARY_MIN == 4.5


@pytest.mark.parametrize("stack", ["Arial", "Segoe UI, Roboto, Arial, sans-serif", '"Source Sans 3", serif',
                                   "'Noto Sans', system-ui, -apple-system"])
def test_plain_font_stacks_pass(stack):
    assert font_problem(stack) is None


@pytest.mark.parametrize(("stack", "said"), [
    ("Brand, url(https://example.com/b.woff2)", "not load them"),
    ("@import 'x.css'", "not load them"),
    ("Arial; } body { color: red", "is not a font family name"),
    ("Source Sans 3, Arial", "'Source Sans 3' is not a font family name"),
    ("Arial,, serif", "empty entry"),
    ("", "font is empty"),
    ('"Brand</style>", serif', "is not a font family name"),
])
def test_fonts_that_load_files_or_are_not_family_lists_fail(stack, said):
    problem = font_problem(stack)
    assert problem is not None and said in problem[0] and problem[1]


def test_font_stack_is_written_one_way():
    assert font_stack(' "Segoe UI" ,  Open   Sans,serif') == '"Segoe UI", Open Sans, serif'


def test_stylesheet_holds_only_what_the_branding_sets():
    assert branding_stylesheet(Branding()) == ""
    assert branding_stylesheet(Branding(logo="assets/logo.svg", favicon="assets/f.png")) == ""
    font_only = branding_stylesheet(Branding(font="Arial, sans-serif"))
    assert "--md-text-font: Arial, sans-serif;" in font_only
    assert "--md-primary-fg-color" not in font_only and "slate" not in font_only
    css = branding_stylesheet(Branding(primary="#1a5276", accent="#a0522d"))
    assert "--md-primary-fg-color: #1a5276;" in css and "--md-typeset-a-color: #1a5276;" in css
    assert "--md-accent-fg-color: #a0522d;" in css and "--md-accent-fg-color--transparent: #a0522d1a;" in css


@pytest.mark.parametrize("accent", ["#a0522d", "#1a1a80", "#005f5f", "#7a003c"])
def test_the_dark_scheme_gets_an_accent_readable_on_its_page_and_under_button_text(accent):
    """An accent dark enough for white pages is too dark on the slate page: hovered links there take
    a lighter shade, and buttons filled with it take text that is readable on it."""
    css = branding_stylesheet(Branding(accent=accent))
    dark = css.split('[data-md-color-scheme="slate"]')[1]
    fg = re.search(r"--md-accent-fg-color: (#[0-9a-f]{6});", dark).group(1)
    bg = re.search(r"--md-accent-bg-color: (#[0-9a-f]{6});", dark).group(1)
    assert contrast(fg, SLATE_BG) >= ACCENT_MIN
    assert contrast(fg, bg) >= ACCENT_MIN


def test_palette_marks_branded_colours_custom_in_every_scheme():
    plain = SiteConfig(data={"theme": {"name": "material", "palette": {"primary": "teal"}}})
    assert plain.palette() is None  # no colours in the branding: mkdocs.yml's palette stays
    one = SiteConfig(data={"theme": {"palette": {"scheme": "default", "primary": "teal"}}},
                     branding=Branding(accent="#a0522d"))
    assert one.palette() == {"scheme": "default", "primary": "teal", "accent": "custom"}
    none = SiteConfig(data={"theme": {"name": "material"}}, branding=Branding(primary="#1a5276"))
    assert none.palette() == {"scheme": "default", "primary": "custom"}
    toggle = [{"scheme": "default", "toggle": {"name": "Dark"}}, {"scheme": "slate", "primary": "indigo"}]
    both = SiteConfig(data={"theme": {"palette": toggle}}, branding=Branding(primary="#1a5276", accent="#1a5276"))
    custom = {"primary": "custom", "accent": "custom"}
    assert both.palette() == [{"scheme": "default", "toggle": {"name": "Dark"}, **custom},
                              {"scheme": "slate", **custom}]


def test_course_branding_reaches_the_model(tmp_path):
    root = tmp_path / "course"
    shutil.copytree(FIXTURE, root)
    (root / "docs" / "assets").mkdir(parents=True)
    (root / "docs" / "assets" / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    with (root / "course.yml").open("a", encoding="utf-8") as f:
        f.write('branding:\n  primary: "#1A5276"\n  logo: assets/logo.svg\n  font: Segoe UI,Arial\n')
    checked = check(Project(root))
    brand = checked.course.branding
    assert (brand.primary, brand.accent, brand.font) == ("#1a5276", "#1a5276", "Segoe UI, Arial")  # accent: primary's
    assert checked.course.organisation.logo == "assets/logo.svg"  # the header shows branding.logo
    assert checked.site.branding == brand  # for the generated config's theme
