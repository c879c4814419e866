"""One real build of the shipped course, and properties of the built site."""

from __future__ import annotations

import re

from course_builder.pipeline import build

from .conftest import ROOT, copy_sources


def test_shipped_course_builds_every_page(shipped_site, shipped_course):
    course = shipped_course
    assert (shipped_site / "index.html").is_file()
    for section in course.sections:
        assert (shipped_site / section.id / "index.html").is_file()
        if section.kind == "section":
            assert (shipped_site / section.id / "quiz.html").is_file()
        for page in section.lessons + section.scenarios:
            assert (shipped_site / section.id / f"{page.id}.html").is_file()
    assert (shipped_site / "search" / "search_index.js").is_file()  # offline search
    assert (shipped_site / "authoring.html").is_file()
    assert (shipped_site / "glossary.html").is_file()


def test_section_one_meets_the_content_rules(shipped_course):
    course = shipped_course
    s1 = course.sections[0]
    for lesson in s1.lessons:
        assert 2 <= len(lesson.check) <= 4, lesson.id
        assert 5 <= lesson.minutes <= 10, (lesson.id, lesson.minutes)
    assert 10 <= len(s1.quiz.question_ids) <= 15
    for q in course.questions.values():
        assert all(o.feedback.strip() for o in q.options), q.id


def test_no_page_loads_anything_from_another_host(shipped_site):
    # Resources only: a plain <a href> to an outside page is a link, not a request.
    pattern = re.compile(r"""<(?:script|img|iframe|link|source|video|audio|embed|object)\b[^>]*"""
                         r"""(?:src|href|data)\s*=\s*["'](?:https?:)?//""", re.I)
    offenders = [p.name for p in shipped_site.rglob("*.html") if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
    home = (shipped_site / "index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis" not in home
    assert "squidfunk.github.io" not in home  # no "Made with" link out of an intranet site


def test_links_are_relative_for_any_sub_path(shipped_site):
    html = (shipped_site / "s1-perspectives" / "quiz.html").read_text(encoding="utf-8")
    assert 'src="../assets/course-builder/course.js"' in html
    assert 'src="../assets/course-builder/vendor/iframe-worker-shim.js"' in html
    assert not re.search(r'(?:src|href)="/', html)


def test_builds_are_reproducible(tmp_path):
    a = build(_project(tmp_path / "a"))
    b = build(_project(tmp_path / "b"))
    files_a = {p.relative_to(a): p.read_bytes() for p in a.rglob("*") if p.is_file() and p.suffix != ".gz"}
    files_b = {p.relative_to(b): p.read_bytes() for p in b.rglob("*") if p.is_file() and p.suffix != ".gz"}
    assert files_a == files_b


def _project(path):
    from course_builder.pipeline import Project

    return Project(copy_sources(ROOT, path))


def test_site_zip_is_byte_identical_across_two_builds(tmp_path):
    import zipfile

    from course_builder.pipeline import package_zip

    project = _project(tmp_path / "course")
    first = package_zip(project, tmp_path / "one")
    second = package_zip(project, tmp_path / "two")
    assert first.read_bytes() == second.read_bytes()
    names = zipfile.ZipFile(first).namelist()
    assert "index.html" in names and "assets/course-builder/course.js" in names
    assert names == sorted(names)


def test_a_track_build_holds_only_that_track(tmp_path, capsys):
    import json

    from course_builder import cli
    from course_builder.pipeline import Project

    project = _project(tmp_path / "course")
    site = build(Project(project.root, track="field"))
    assert (site / "s3-communication" / "lead-call.html").is_file()
    assert not (site / "s3-communication" / "high-bill.html").exists()  # a representatives' scenario
    assert sorted(p.name for p in (site / "s4-technology").glob("*.html")) == ["amr-and-ami.html", "index.html"]
    assert "Your learning path: Field crews" in (site / "index.html").read_text(encoding="utf-8")
    final = (site / "final-assessment.html").read_text(encoding="utf-8")
    data = json.loads(final.split('id="cb-page-data">')[1].split("</script>")[0])
    assert data["quiz"]["draw"] == 16 and len(data["quiz"]["groups"]) == 4
    assert not (site / "tracks.html").exists()
    assert cli.main(["--project", str(project.root), "build", "--track", "feild"]) == 1
    err = capsys.readouterr().err
    assert "no track with id 'feild'" in err and "did you mean 'field'?" in err


def test_full_site_knows_what_each_path_leaves_optional(shipped_course):
    from course_builder.render import paths, records
    from course_builder.tracks import for_track

    course = shipped_course
    optional = {t["id"]: set(t["o"]) for t in paths.nav_data(course)}
    assert optional["supervisors"] == set()
    assert "amr-and-ami" not in optional["field"]
    assert {"interval-data", "s4-technology-quiz", "high-bill"} <= optional["field"]
    assert "s4-technology" in optional["all-staff"]  # a section it leaves out whole
    assert "s3-communication" not in optional["all-staff"] and "encounter-opening" not in optional["all-staff"]
    cert = records.certificate_data(course)["tracks"]["all-staff"]
    assert [q["id"] for q in cert["quizzes"]] == ["s1-perspectives-quiz", "s2-foundations-quiz",
                                                  "s5-applying-quiz", course.final.id]
    assert "encounter-opening" in cert["lessons"] and "interval-data" not in cert["lessons"]
    # A single-track edition has nothing to choose.
    edition = for_track(course, "field")
    assert edition.editions == {} and "tracks" not in records.certificate_data(edition)
