"""Real builds of fixture courses with MkDocs + Material, and properties of the built site."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile

from course_builder import cli, storage
from course_builder.pipeline import Project, build, package_zip
from course_builder.render import data
from course_builder.validate import check_course

from .conftest import FIXTURES, fixture_copy

DATA = re.compile(r'<script type="application/json" id="cb-page-data">(.*?)</script>', re.S)


def _page_data(html: str) -> dict:
    return json.loads(DATA.search(html).group(1))


def test_every_page_is_built(fixture_site):
    site = fixture_site("records")
    course = check_course(FIXTURES / "records")
    for section in course.sections:
        assert (site / section.id / "index.html").is_file()
        if section.quiz:
            assert (site / section.id / "quiz.html").is_file()
        for page in section.lessons + section.scenarios:
            assert (site / section.id / f"{page.id}.html").is_file()
    for page in ("index", "progress", "certificate", "final-assessment", "glossary", "tracks", "workbook",
                 "r2-apply/contract"):
        assert (site / f"{page}.html").is_file(), page
    assert not (site / "facilitator-guide.html").exists()  # it holds every answer: never in the site
    assert (site / "search" / "search_index.js").is_file()  # offline search


def test_the_facilitator_guide_is_one_file_with_every_answer(tmp_path):
    from course_builder.pipeline import package_facilitator_guide

    guide = package_facilitator_guide(Project(fixture_copy("records", tmp_path)), tmp_path / "out")
    assert guide.name == "records-course-1.0-facilitator-guide.html"
    html = guide.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and "<style>" in html and "<link" not in html
    assert html.count('class="cb-sheet-fb"') == 15  # the feedback of every option
    assert "Your password" in html and "Never." in html  # a scored question's option, and its feedback


def test_no_page_loads_anything_from_another_host(fixture_site):
    # Resources only: a plain <a href> to an outside page is a link, not a request.
    pattern = re.compile(r"""<(?:script|img|iframe|link|source|video|audio|embed|object)\b[^>]*"""
                         r"""(?:src|href|data)\s*=\s*["'](?:https?:)?//""", re.I)
    for name in ("questions", "records"):
        site = fixture_site(name)
        offenders = [p.name for p in site.rglob("*.html") if pattern.search(p.read_text(encoding="utf-8"))]
        assert offenders == [], name
        home = (site / "index.html").read_text(encoding="utf-8")
        assert "fonts.googleapis" not in home and "squidfunk.github.io" not in home


def test_links_are_relative_for_any_sub_path(fixture_site):
    html = (fixture_site("records") / "r1-start" / "quiz.html").read_text(encoding="utf-8")
    assert re.search(r'src="\.\./assets/course-builder/course-data\.[0-9a-f]{10}\.js"', html)
    assert re.search(r'src="\.\./assets/course-builder/core\.[0-9a-f]{10}\.js"', html)
    assert 'src="../assets/course-builder/vendor/iframe-worker-shim.js"' in html
    assert not re.search(r'(?:src|href)="/', html)


def test_builds_are_reproducible(tmp_path):
    a = build(Project(fixture_copy("records", tmp_path / "a")))
    b = build(Project(fixture_copy("records", tmp_path / "b")))
    files_a = {p.relative_to(a): p.read_bytes() for p in a.rglob("*") if p.is_file() and p.suffix != ".gz"}
    files_b = {p.relative_to(b): p.read_bytes() for p in b.rglob("*") if p.is_file() and p.suffix != ".gz"}
    assert files_a == files_b


def test_site_zip_is_byte_identical_across_two_builds(tmp_path):
    project = Project(fixture_copy("mini", tmp_path))
    first = package_zip(project, tmp_path / "one")
    second = package_zip(project, tmp_path / "two")
    assert first.read_bytes() == second.read_bytes()
    names = zipfile.ZipFile(first).namelist()
    assert "index.html" in names and any(n.startswith("assets/course-builder/core.") for n in names)
    assert names == sorted(names)


def test_a_track_build_holds_only_that_track(tmp_path, capsys):
    root = fixture_copy("records", tmp_path)
    site = build(Project(root, track="crew"))
    assert sorted(p.name for p in (site / "r2-apply").glob("*.html")) == ["index.html", "plan.html"]
    assert "Your learning path: Field crews" in (site / "index.html").read_text(encoding="utf-8")
    data = _page_data((site / "final-assessment.html").read_text(encoding="utf-8"))
    assert data["quiz"]["draw"] == 2 and len(data["quiz"]["groups"]) == 1
    assert not (site / "tracks.html").exists()
    assert cli.main(["--project", str(root), "build", "--track", "crwe"]) == 1
    err = capsys.readouterr().err
    assert "no track with id 'crwe'" in err and "did you mean 'crew'?" in err


def test_the_full_site_knows_what_each_path_leaves_optional():
    course = check_course(FIXTURES / "records")
    optional = {t["id"]: set(t["o"]) for t in data.nav_paths(course)}
    assert optional["office"] == set()
    assert optional["crew"] == {"your-contract", "r2-apply-quiz"}  # its section stays: "plan" is required
    cert = data.certificate(course)["tracks"]["crew"]
    assert [q[0] for q in cert["quizzes"]] == ["r1-start-quiz", "final-assessment"]
    assert cert["lessons"] == ["welcome", "service", "plan"]
    edition = course.editions["crew"]
    assert edition.editions == {} and "tracks" not in data.certificate(edition)


def test_each_page_is_what_the_page_table_says(fixture_site_files):
    """Python's page table (what the navigation marks read) agrees with each page's own data."""
    site = fixture_site_files("records")
    table = json.loads(next(t for p, t in site.texts.items() if "/course-data." in p).split(".course = ", 1)[1]
                       .rstrip().rstrip(";"))["pages"]
    seen = 0
    for path, text in site.texts.items():
        match = path.endswith(".md") and DATA.search(text)
        if match and path[:-3] + ".html" in table:
            page = json.loads(match.group(1))["page"]
            assert table[path[:-3] + ".html"] == [page["id"], page["kind"]], path
            seen += 1
    assert seen == len(table)


def test_the_storage_contract_is_one_table():
    """Python's key for each record kind is the one the runtime builds from the same table."""
    course = check_course(FIXTURES / "records")
    assert storage.key(course, "answer", "r1-k1") == "cb:records-course:1.0:q:r1-k1"
    assert {storage.entry(kind, "x").split(":")[0] for kind in storage.KINDS} == set(storage.KINDS.values())


def test_a_title_with_quotes_keeps_every_attribute_whole(tmp_path):
    root = fixture_copy("mini", tmp_path)
    course_yml = root / "course.yml"
    course_yml.write_text(course_yml.read_text().replace("title: Mini course", 'title: \'Say "yes" & mean it\''))
    html = (build(Project(root)) / "index.html").read_text(encoding="utf-8")
    assert 'aria-label="Say “yes” & mean it"' in html
    assert not re.search(r'aria-label="[^"]*"[^ >/]', html)  # no attribute cut short by a quote


def test_check_does_not_import_mkdocs():
    code = ("import sys; from course_builder import cli; "
            f"code = cli.main(['--project', {str(FIXTURES / 'records')!r}, '-q', 'check']); "
            "print(code, sorted(m for m in sys.modules if m.split('.')[0] in ('mkdocs', 'material')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("0 []"), out


def test_the_facilitator_guide_carries_its_images(tmp_path):
    """One file to print or hand on: the PNG figures and lesson images it shows are inside it."""
    from course_builder.pipeline import package_facilitator_guide

    root = fixture_copy("figures", tmp_path)
    guide = package_facilitator_guide(Project(root), tmp_path / "out").read_text(encoding="utf-8")
    png = (root / "docs" / "assets" / "meter-box.png").read_bytes()
    import base64

    assert f'src="data:image/png;base64,{base64.b64encode(png).decode()}"' in guide
    assert 'src="assets/' not in guide and 'src="../assets/' not in guide
