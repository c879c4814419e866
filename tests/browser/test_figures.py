"""Figures and charts (render/figures.py) on the figures fixture: an inlined SVG is an image named
by its alt text, takes the theme's colours, scales to a 320 px phone, prints grey and whole,
loads nothing from anywhere, and axe finds nothing; under a strict CSP too."""

from __future__ import annotations

import pytest

from .conftest import run_axe, set_palette

pytestmark = pytest.mark.browser
COURSE = "figures"
LESSON = "f1-pictures/reading-a-meter.html"
PAGES = [LESSON, "f1-pictures/high-reading.html", "appendix-a-letters/high-bill-letter.html", "workbook.html"]
FIRST = ".cb-figure > svg"

# The computed colours an inlined drawing paints with, next to the text colour around it.
PAINT = """() => {
  const svg = document.querySelector('.cb-figure > svg'), text = getComputedStyle(svg.closest('.md-typeset')).color;
  return {text, color: getComputedStyle(svg).color, fill: getComputedStyle(svg).fill,
          stroke: getComputedStyle(svg.querySelector('g[stroke] path')).stroke,
          label: getComputedStyle(svg.querySelector('text')).fill};
}"""

# Each figure's image: its size on screen, whether it stays inside the content, and its own size.
BOXES = """() => [...document.querySelectorAll('.cb-figure > svg, .cb-figure-img')].map(e => {
  const r = e.getBoundingClientRect(), p = e.closest('.md-content').getBoundingClientRect();
  return [r.width, r.height, r.right <= p.right + 0.5, e.getAttribute('width'), e.getAttribute('height')];
})"""


def test_inlined_svg_is_an_image_named_by_its_alt_text(page, site):
    page.goto(site(COURSE) + LESSON)
    svg = page.locator(FIRST).first
    assert svg.get_attribute("role") == "img"
    assert page.get_by_role("img", name="A meter dial reading 0450", exact=True).count() == 1
    described = svg.get_attribute("aria-describedby")
    assert page.locator(f"#{described}").text_content().startswith("Four small dials")
    assert page.locator(".cb-figure-desc summary").first.text_content() == "Description"
    assert page.locator(".cb-figure figcaption").first.inner_text() == "Read the dials from left to right."
    # The PNG figure is an <img> with its alt text, and the charts are images too.
    assert page.get_by_role("img", name="A meter box set into the pavement, its lid open").count() == 1
    assert page.locator("img.cb-figure-img").evaluate("img => img.complete && img.naturalWidth") == 48
    assert page.locator("svg.cb-chart[role=img]").count() == 2
    # No prolog, doctype, editor data, or the file's own title made it in.
    html = svg.evaluate("el => el.outerHTML")
    assert "sodipodi" not in html and "meter dial</title>" not in html and "editor data" not in html


def test_two_figures_of_one_drawing_keep_their_ids_apart(page, site):
    page.goto(site(COURSE) + LESSON)
    ids = page.evaluate("() => [...document.querySelectorAll('[id]')].map(e => e.id)")
    assert len(ids) == len(set(ids))
    # Each copy's <use> points at its own figure's dial, which it draws (it has a size).
    for n in (1, 2):
        use = page.locator(f"#cb-fig{n}t >> xpath=.. >> use").first
        assert use.get_attribute("xlink:href") == f"#cb-fig{n}-dial"
        assert use.bounding_box()["width"] > 50


@pytest.mark.parametrize("dark", [False, True])
def test_drawing_takes_the_theme_text_colour(page, site, dark):
    page.goto(site(COURSE) + LESSON)
    if dark:
        set_palette(page, "slate")
    paint = page.evaluate(PAINT)
    # Black in the file and the default fill become the page's text colour (currentColor).
    assert paint["color"] == paint["fill"] == paint["stroke"] == paint["label"] == paint["text"]
    series = page.evaluate("() => getComputedStyle(document.querySelector('.cb-chart-series path')).stroke")
    link = page.evaluate("() => getComputedStyle(document.querySelector('.md-typeset')).getPropertyValue("
                         "'--md-typeset-a-color').trim()")
    assert series != paint["text"] and link  # a chart's data is in the theme's link colour


def test_text_colour_follows_the_scheme(page, site):
    page.goto(site(COURSE) + LESSON)
    light = page.evaluate(PAINT)["fill"]
    set_palette(page, "slate")
    assert page.evaluate(PAINT)["fill"] != light


def test_figures_fit_a_320_px_phone(browser, site):
    ctx = browser.new_context(viewport={"width": 320, "height": 640})
    page = ctx.new_page()
    for path in PAGES:
        page.goto(site(COURSE) + path)
        overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, path
        for box in page.evaluate(BOXES):
            width, height, inside, w, h = box
            assert inside and width <= 320, path
            assert abs(height / width - float(h) / float(w)) < 0.02, path  # scaled, not squashed
    ctx.close()


def test_figures_print_grey_and_whole(page, site):
    page.goto(site(COURSE) + LESSON)
    page.emulate_media(media="print")
    styles = page.evaluate("() => [...document.querySelectorAll('.cb-figure')].map(f => {"
                           "const img = f.querySelector('svg, img');"
                           "return [getComputedStyle(f).breakInside, getComputedStyle(img).filter]; })")
    assert len(styles) == 5
    assert all(s == ["avoid", "grayscale(1)"] for s in styles)
    page.emulate_media(media="screen")
    assert page.evaluate("() => getComputedStyle(document.querySelector('.cb-figure > svg')).filter") == "none"


def test_no_request_leaves_the_site(context, page, site, origin):
    for path in PAGES:
        page.goto(site(COURSE) + path)
        page.wait_for_load_state("load")
    assert context.requests.foreign(origin) == []


def test_figures_work_under_a_strict_content_security_policy(page, csp_site):
    page.add_init_script("""
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation',
            e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
    """)
    page.goto(csp_site(COURSE) + LESSON)
    assert page.locator(FIRST).first.bounding_box()["height"] > 0
    assert page.evaluate("window.__cspViolations") == []


@pytest.mark.parametrize("path", PAGES)
def test_axe_clean(page, site, path):
    page.goto(site(COURSE) + path)
    assert page.locator(".cb-figure").count() > 0
    assert run_axe(page) == []


def test_axe_clean_in_the_dark_with_descriptions_open(page, site):
    page.goto(site(COURSE) + LESSON)
    page.locator(".cb-figure-desc summary").first.click()
    set_palette(page, "slate")
    assert run_axe(page) == []
