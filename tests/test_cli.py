"""The command line: help, exit codes, no tracebacks, and site/ untouched on bad input."""

from __future__ import annotations

import subprocess
import sys

import pytest

from course_builder import cli

from .conftest import copy_sources
from .golden import FIXTURE


@pytest.mark.parametrize("command", ["build", "check", "serve", "render", "schema"])
def test_help_for_each_command(command, capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main([command, "--help"])
    assert exc.value.code == 0
    assert "usage: course-builder" in capsys.readouterr().out


def test_check_ok(tmp_path, capsys):
    root = copy_sources(FIXTURE, tmp_path / "c")
    assert cli.main(["--project", str(root), "check"]) == 0
    assert "OK: Mini course 1 — 1 section" in capsys.readouterr().out


def test_bad_input_leaves_existing_site_exactly_as_it_was(tmp_path):
    root = copy_sources(FIXTURE, tmp_path / "c")
    assert cli.main(["--project", str(root), "-q", "build"]) == 0
    before = {p.relative_to(root / "site"): p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()}
    bank = root / "quizzes" / "bank.yml"
    bank.write_text(bank.read_text().replace("feedback: No, that is sand.", ""))
    proc = subprocess.run([sys.executable, "-m", "course_builder", "--project", str(root), "build"],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "quizzes/bank.yml:9: error: option questions[0].options[1] has no feedback" in proc.stderr
    after = {p.relative_to(root / "site"): p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()}
    assert after == before
    assert not list(root.glob(".site-*"))


def test_mkdocs_failure_keeps_the_old_site(tmp_path, capsys):
    root = copy_sources(FIXTURE, tmp_path / "c")
    assert cli.main(["--project", str(root), "-q", "build"]) == 0
    marker = (root / "site" / "index.html").read_bytes()
    # Only MkDocs can tell: a hand-written page links to a page that does not exist, and --strict
    # makes its warning fatal.
    (root / "docs").mkdir()
    (root / "docs" / "guide.md").write_text("# Guide\n\nSee [the missing page](missing.md).\n")
    assert cli.main(["--project", str(root), "-q", "build", "--strict"]) == 1
    assert "MkDocs could not build the site" in capsys.readouterr().err  # the engine is named
    assert (root / "site" / "index.html").read_bytes() == marker


@pytest.mark.parametrize("text, message", [
    (None, "mkdocs.yml: error: no mkdocs.yml in the course folder"),
    ("site_name: x\ntheme: [oops\n", "mkdocs.yml:2: error: YAML syntax error"),
])
def test_a_missing_or_broken_mkdocs_yml_is_a_clear_error(tmp_path, capsys, text, message):
    root = copy_sources(FIXTURE, tmp_path / "c")
    if text is None:
        (root / "mkdocs.yml").unlink()
    else:
        (root / "mkdocs.yml").write_text(text)
    assert cli.main(["--project", str(root), "-q", "build"]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not (root / "site").exists()


def test_render_writes_pages_outside_the_source_tree(tmp_path):
    root = copy_sources(FIXTURE, tmp_path / "c")
    out = tmp_path / "out"
    assert cli.main(["--project", str(root), "render", "--out", str(out)]) == 0
    assert (out / "s1-basics" / "first-lesson.md").is_file()
    assert any((out / "assets" / "course-builder").glob("core.*.js"))
    assert not (root / "docs" / "index.md").exists()


@pytest.mark.parametrize("argv", [["--project", "{root}", "-q", "check"], ["check", "--project", "{root}", "-q"],
                                  ["-q", "check", "--project", "{root}"]])
def test_project_and_quiet_work_before_or_after_the_command(tmp_path, capsys, argv):
    root = copy_sources(FIXTURE, tmp_path / "c")
    assert cli.main([a.replace("{root}", str(root)) for a in argv]) == 0
    assert "OK: Mini course" in capsys.readouterr().out


def test_check_strict_fails_on_warnings(tmp_path, capsys, caplog):
    root = copy_sources(FIXTURE, tmp_path / "c")
    (root / "mkdocs.yml").write_text((root / "mkdocs.yml").read_text() + "nav:\n  - Home: index.md\n")
    assert cli.main(["--project", str(root), "check"]) == 0
    assert "mkdocs.yml:9: warning: 'nav' is ignored" in caplog.text  # warnings go through logging
    assert cli.main(["--project", str(root), "check", "--strict"]) == 1
    err = capsys.readouterr().err
    assert "1 warning found, and --strict treats warnings as errors; nothing was built." in err


def test_an_unexpected_failure_is_one_plain_message(tmp_path, capsys, monkeypatch):
    from course_builder import pipeline

    def broken(project):
        raise RuntimeError("something of ours broke")

    monkeypatch.setattr(pipeline, "check", broken)
    root = copy_sources(FIXTURE, tmp_path / "c")
    assert cli.main(["--project", str(root), "check"]) == 2
    err = capsys.readouterr().err
    assert "course-builder failed unexpectedly (RuntimeError: something of ours broke)" in err
    assert "Traceback" not in err and "Please report this" in err


def test_certificate_number_recomputes_the_printed_one(capsys):
    from course_builder.certificate import certificate_number

    from .conftest import FIXTURES

    # Spacing and case of the name do not matter; the date and the name do.
    number = certificate_number("records-course", "1.0", "Pat Lee-Smith", "2026-11-30")
    assert number == certificate_number("records-course", "1.0", "  pat   LEE-smith ", "2026-11-30")
    assert number != certificate_number("records-course", "1.0", "Pat Lee-Smith", "2026-12-01")
    assert len(number) == 14 and number.count("-") == 2
    args = ["certificate-number", "--project", str(FIXTURES / "records"), "--name", "Pat Lee-Smith"]
    assert cli.main([*args, "--date", "2026-11-30"]) == 0
    assert capsys.readouterr().out.strip() == number
    assert cli.main([*args, "--date", "30/11/2026"]) == 1
    assert "give the completion date as YYYY-MM-DD" in capsys.readouterr().err
