"""Figures and charts (render/figures.py, svg.py, charts.py): blocks found where Markdown has them,
drawings cleaned and given ids of their own on each page, PNG links that work from each page,
charts drawn the same on every build, and bad input reported, never a traceback."""

from __future__ import annotations

import re

import pytest

from course_builder.checks import check_project
from course_builder.package.facilitator import write_facilitator_guide
from course_builder.problems import CourseError, Problems
from course_builder.render import charts, figures, svg
from course_builder.render.pages import lesson_page
from course_builder.validate import check_course

from .conftest import FIXTURES, fixture_copy

IDS = re.compile(r'\sid="([^"]+)"')
SVG_NS = 'xmlns="http://www.w3.org/2000/svg"'


def _load(text: str) -> tuple[str | None, Problems]:
    problems = Problems()
    root = svg.load(text.encode("utf-8"), "docs/x.svg", problems)
    return (svg.markup(root, "Alt", False).replace(svg.PREFIX, "p") if root is not None else None), problems


def test_blocks_are_found_only_outside_other_code():
    text = "A\n```figure\nalt: x\n```\n````md\n```figure\nalt: shown\n```\n````\n    ```chart\n    alt: y\n"
    found = figures.blocks(text)
    assert [(b.kind, b.start, b.end, b.body, b.indented) for b in found] == [
        ("figure", 1, 3, "alt: x", False), ("chart", 9, None, "    alt: y\n", True)]


def test_a_drawing_is_cleaned_and_its_ids_prefixed():
    markup, problems = _load(f"""<?xml version="1.0"?>
<svg {SVG_NS} xmlns:x="http://www.w3.org/1999/xlink" xmlns:ink="urn:ink" viewBox="0 0 10 10" width="100%"
     ink:label="layer" onload="go()">
  <title>file title</title><ink:guide/>
  <script>go()</script> after it
  <linearGradient id="g"><stop stop-color="black"/></linearGradient>
  <rect id="r" fill="url(#g)" style="fill: #000000; stroke:black" onclick="go()"/>
  <use x:href="#r" aria-labelledby="r other"/>
  <a href="#r"><set attributeName="href" to="javascript:go()"/><circle r="1"/></a>
  <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">HTML</div></foreignObject>
</svg>""")
    assert markup is not None
    assert "script" not in markup and "foreignObject" not in markup and "HTML" not in markup
    assert "on" + "load" not in markup and "onclick" not in markup and "layer" not in markup and "guide" not in markup
    assert "file title" not in markup and "after it" in markup
    assert '<title id="pt">Alt</title>' in markup and 'role="img"' in markup and 'aria-labelledby="pt"' in markup
    assert 'id="p-g"' in markup and 'fill="url(#p-g)"' in markup and 'xlink:href="#p-r"' in markup
    assert 'aria-labelledby="p-r other"' in markup
    assert 'stop-color="currentColor"' in markup and "fill: currentColor; stroke:currentColor" in markup
    assert 'width="10" height="10"' in markup  # from the viewBox: width="100%" says nothing of its size
    assert {p.message.split(" is ")[0] for p in problems.warnings} == {
        "<script>", "the event attribute onload=", "<foreignObject>", "the event attribute onclick=",
        "<set> of a link"}
    assert "<set" not in markup and '<a xlink:href="#p-r"><circle r="1" /></a>' in markup
    assert not problems.errors


@pytest.mark.parametrize("text, message", [
    ('<!DOCTYPE svg [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><svg ' + SVG_NS + '>&b;</svg>', "XML entity"),
    ('<svg ' + SVG_NS + ' viewBox="0 0 1 1">' + "<g>" * 150 + "</g>" * 150 + "</svg>", "nested more than"),
    ("\x00<svg/>", "not well-formed"),
    ("", "not well-formed"),
    ("<svg viewBox='0 0 1 1'/>", "not an SVG drawing"),
    ('<svg ' + SVG_NS + ' viewBox="0 0 1 1"><image href="http://example.org/x.png"/></svg>', "another host"),
    ('<svg ' + SVG_NS + ' viewBox="0 0 1 1"><rect fill="url(x.svg#p)"/></svg>', "another file"),
])
def test_a_drawing_that_cannot_be_inlined_is_reported(text, message):
    markup, problems = _load(text)
    assert markup is None
    assert any(message in p.message for p in problems.errors), problems.format()


def test_a_huge_drawing_is_refused_before_it_is_parsed():
    problems = Problems()
    assert svg.load(b" " * (svg.MAX_BYTES + 1), "docs/x.svg", problems) is None
    assert "must be under" in problems.errors[0].message


def test_chart_scales_are_round_and_include_zero():
    assert charts.ticks(8, 57) == [0, 20, 40, 60]
    assert charts.ticks(-5, 12) == [-5, 0, 5, 10, 15]
    assert charts.ticks(3, 3) == [0, 1, 2, 3]
    values = (0.30000000000000004, -0.0, 1500.0, 2.5, -3.0)
    assert [charts.number(v) for v in values] == ["0.3", "0", "1500", "2.5", "-3"]


def test_the_fixture_pages_hold_their_figures(fixture_site_files):
    texts = fixture_site_files("figures").texts
    lesson = texts["f1-pictures/reading-a-meter.md"]
    assert lesson.count('<figure class="cb-figure">') == 5 and "```" not in lesson
    assert 'src="../assets/meter-box.png"' in lesson and 'width="48" height="24"' in lesson
    assert 'aria-describedby="cb-fig1d"' in lesson and '<div id="cb-fig1d">' in lesson
    for page in ("f1-pictures/reading-a-meter.md", "workbook.md", "f1-pictures/high-reading.md"):
        ids = IDS.findall(texts[page])
        assert len(ids) == len(set(ids)), page  # two figures of one drawing never share an id
    # The workbook sits at the top of the site, so its PNG link starts there; it numbers its
    # figures across every lesson and scenario.
    assert 'src="assets/meter-box.png"' in texts["workbook.md"] and "cb-fig6t" in texts["workbook.md"]
    situation = texts["f1-pictures/high-reading.md"].split("## The situation")[1].split("## What would you do?")[0]
    assert '<title id="cb-fig1t">The customer\'s photo of her meter dial, reading 0450</title>' in situation
    assert '<svg class="cb-figure-img cb-chart"' in texts["appendix-a-letters/high-bill-letter.md"]


def test_charts_and_drawings_are_the_same_on_every_build():
    first = check_project(FIXTURES / "figures").course.figures
    second = check_project(FIXTURES / "figures").course.figures
    assert first == second and len(first) == 7


def test_a_course_checked_without_docs_keeps_the_block_as_written():
    course = check_course(FIXTURES / "figures")  # validation alone: no figure was resolved
    section = course.sections[0]
    assert "```figure" in lesson_page(course, section, section.lessons[0])


def test_a_track_edition_keeps_the_figures(tmp_path):
    root = fixture_copy("figures", tmp_path)
    course_yml = root / "course.yml"
    course_yml.write_text(course_yml.read_text() + "tracks:\n  - id: readers\n    title: Meter readers\n"
                          "    audience: front\n    sections: [f1-pictures]\n")
    checked = check_project(root, track="readers")
    assert checked.course.figures and checked.course.track is not None
    section = checked.course.sections[0]
    assert "```figure" not in lesson_page(checked.course, section, section.lessons[0])


def test_the_facilitator_guide_inlines_its_drawings(tmp_path):
    course = check_project(FIXTURES / "figures").course
    html = write_facilitator_guide(course, tmp_path / "guide.html").read_text()
    assert html.count('<figure class="cb-figure">') == 6 and 'role="img"' in html


def test_figure_problems_come_with_file_and_line_and_no_traceback(tmp_path):
    root = fixture_copy("figures", tmp_path)
    (root / "docs" / "assets" / "meter-dial.svg").write_bytes(b"\xff\xfe<svg")
    (root / "docs" / "assets" / "may-reads.csv").unlink()
    with pytest.raises(CourseError) as caught:
        check_project(root)
    text = caught.value.problems.format()
    assert "docs/assets/meter-dial.svg:1: error: not well-formed XML" in text
    assert "manual/f1-pictures/01-reading-a-meter.md:42: error: csv: 'assets/may-reads.csv' is not a file" in text
    assert "Traceback" not in text
