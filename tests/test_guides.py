"""Staff guides (docs/ pages with `audience: staff`): left out of learners' sites and packages,
added by `build --guides` under "For staff" with the course's figures filled in; and every
learning path's edition builds under MkDocs' --strict (no link to a page it does not hold)."""

from __future__ import annotations

import pytest

from course_builder.pipeline import Project, build, render

from .conftest import fixture_copy

GUIDE = """---
title: For coordinators
audience: staff
---

# For coordinators

Learners pass at {{ course.pass_mark }} %. The final draws {{ final.draw }} of {{ final.pool }} questions,
{{ final.per_section }} from each of {{ final.sections }} sections; attempts: {{ final.attempts }}.
Paths: {{ course.path_names }}. Shown as written: `{{ course.pass_mark }}`.
"""


@pytest.fixture
def course(tmp_path):
    root = fixture_copy("records", tmp_path)
    (root / "docs").mkdir(exist_ok=True)
    (root / "docs" / "coordinators.md").write_text(GUIDE, encoding="utf-8")
    (root / "docs" / "help.md").write_text("---\ntitle: Help\n---\n\n# Help\n\nAsk your supervisor.\n")
    return root


def test_learners_sites_leave_staff_guides_out(course, tmp_path):
    site = render(Project(course), tmp_path / "pages")
    assert "coordinators.md" not in site.texts and "coordinators.md" not in site.files
    assert {"Guides": [{"Help": "help.md"}]} in site.nav  # a learners' page stays
    assert not any("For staff" in item for item in site.nav if isinstance(item, dict))


def test_build_guides_adds_them_with_the_course_figures(course, tmp_path):
    site = render(Project(course, guides=True), tmp_path / "pages")
    assert {"For staff": [{"For coordinators": "coordinators.md"}]} in site.nav
    text = site.texts["coordinators.md"]
    assert "Learners pass at 80 %. The final draws 4 of 6 questions," in text
    assert "2 from each of 2 sections; attempts: unlimited." in text
    assert "Paths: Field crews; Office staff." in text
    assert "Shown as written: `{{ course.pass_mark }}`." in text
    target = build(Project(course, guides=True))
    assert target.name == "site-guides" and (target / "coordinators.html").is_file()
    assert not (course / "site").exists()  # the learners' site is another build


FIGURE_GUIDE = """---
title: Figures for staff
audience: staff
---

# Figures for staff

```figure
src: assets/dial.svg
alt: A dial for {{ organisation.name }}
description: The needle points at {{ course.pass_mark }}.
```
"""
DIAL = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>'


def test_a_staff_guide_can_show_a_figure(course, tmp_path):
    (course / "docs" / "assets").mkdir()
    (course / "docs" / "assets" / "dial.svg").write_text(DIAL, encoding="utf-8")
    (course / "docs" / "figures.md").write_text(FIGURE_GUIDE, encoding="utf-8")
    text = render(Project(course, guides=True), tmp_path / "pages").texts["figures.md"]
    assert '<figure class="cb-figure"><svg' in text and "```figure" not in text
    assert "The needle points at 80." in text  # the guide's figures are filled in the description too


def test_a_figure_in_a_staff_guide_is_checked_at_its_line(course, tmp_path, capsys):
    from course_builder import cli

    (course / "docs" / "figures.md").write_text(FIGURE_GUIDE.replace("alt: A dial for {{ organisation.name }}\n", ""),
                                                 encoding="utf-8")
    assert cli.main(["--project", str(course), "check"]) == 1
    err = capsys.readouterr().err
    assert "docs/figures.md:8: error:" in err and "alt" in err


@pytest.mark.parametrize("track", [None, "crew", "office"])
def test_every_edition_builds_strict(track, tmp_path):
    root = fixture_copy("records", tmp_path)
    build(Project(root, track=track, strict=True))
    assert (root / "site" / "index.html").is_file()
