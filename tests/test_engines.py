"""Build engines (engines/): one generated config that each installed engine builds; a missing engine
says how to install it; a failed build leaves the previous site; only the adapters import an engine."""

from __future__ import annotations

import subprocess
import sys

import pytest

from course_builder import cli
from course_builder.engines import ENGINES, available
from course_builder.pipeline import Project, build

from .conftest import fixture_copy, require


def _need(name: str) -> None:
    require(available(name), f"the {name} engine is not installed: pip install -e '.[test]' installs it")


@pytest.mark.parametrize("name", list(ENGINES))
def test_each_engine_builds_a_fixture_course_from_the_same_config(name, tmp_path):
    _need(name)
    root = fixture_copy("records", tmp_path)
    site = build(Project(root, engine=name), tmp_path / "site")
    page = (site / "r1-start" / "welcome.html").read_text(encoding="utf-8")
    assert "cb-check-set" in page and 'lang="en"' in page
    assert (site / "certificate.html").is_file() and (site / "assets" / "course-builder").is_dir()
    config = (root / "build" / "mkdocs.yml").read_text(encoding="utf-8")
    assert "\nsite_dir: site\n" in config and "  variant: classic\n" in config
    assert not (root / "build" / "site").exists()  # an engine that builds there has its site moved out


@pytest.mark.parametrize("name", list(ENGINES))
def test_a_failed_build_leaves_the_previous_site(name, tmp_path, capsys):
    _need(name)
    root = fixture_copy("records", tmp_path)
    site = tmp_path / "site"
    site.mkdir()
    (site / "keep.txt").write_text("previous site", encoding="utf-8")
    from course_builder.engines import SiteBuildError, engine
    from course_builder.pipeline import prepare

    # A generated config whose pages are gone: every engine fails, after the course check passed.
    _, config = prepare(Project(root))
    config.write_text(config.read_text(encoding="utf-8").replace("docs_dir: pages", "docs_dir: gone"),
                      encoding="utf-8")
    with pytest.raises(SiteBuildError):
        engine(name).build(config, site)
    assert (site / "keep.txt").read_text(encoding="utf-8") == "previous site"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".site-")] == []


def test_a_missing_engine_says_how_to_install_it(tmp_path, capsys, monkeypatch):
    import course_builder.engines as engines

    monkeypatch.setattr(engines, "available", lambda name: name == "mkdocs")
    root = fixture_copy("mini", tmp_path)
    code = cli.main(["--project", str(root), "build", "--engine", "zensical"])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert "the Zensical engine is not installed" in err and "pip install 'course_builder[zensical]'" in err
    assert not (root / "site").exists()


def test_only_the_adapters_import_an_engine(tmp_path):
    """Checking, rendering and writing the generated config load none of MkDocs, ProperDocs or Zensical."""
    root = fixture_copy("records", tmp_path)
    code = ("import sys, pathlib\n"
            "from course_builder.pipeline import Project, prepare\n"
            f"prepare(Project(pathlib.Path({str(root)!r})))\n"
            "engines = ('mkdocs', 'material', 'properdocs', 'zensical')\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in engines))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_command_line_offers_exactly_the_engines_there_are():
    assert tuple(ENGINES) == cli.ENGINE_NAMES
