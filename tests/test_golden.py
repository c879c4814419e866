"""Golden tests: author input → expected error text or generated page."""

from __future__ import annotations

import os
import re

import pytest

from course_builder import cli
from course_builder.pipeline import Project, check
from course_builder.render import render_site

from .golden import Case, cases

UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
HASHED = re.compile(r"\.[0-9a-f]{10}\.(css|js)\b")
CONFIG = "build/mkdocs.yml"  # `=== expect: build/mkdocs.yml`: the MkDocs config the build writes


def _unhashed(text: str) -> str:
    """Runtime file names carry a hash of their content; a page's golden file names them without it."""
    return HASHED.sub(r".HASH.\1", text)


@pytest.mark.parametrize("path", cases("errors"), ids=lambda p: p.stem)
def test_error_case(path, tmp_path, capsys):
    case = Case.parse(path)
    root = case.make_project(tmp_path)
    code = cli.main(["--project", str(root), "check", *case.args])
    err = capsys.readouterr().err.replace(str(root), "<project>")
    assert code == (1 if err else 0)
    assert "Traceback" not in err
    if UPDATE:
        case.rewrite({"errors": err})
    assert err == case.expect["errors"]


@pytest.mark.parametrize("path", cases("render"), ids=lambda p: p.stem)
def test_render_case(path, tmp_path):
    case = Case.parse(path)
    root = case.make_project(tmp_path)
    project = Project(root)
    checked = check(project)
    site = render_site(checked.course, checked.docs)
    texts = {_unhashed(name): text for name, text in site.texts.items()}  # runtime files by unhashed name
    if CONFIG in case.expect:
        from course_builder.engines.config import write_config

        config = write_config(root, checked.site, project.pages_dir, site, project.config_path)
        texts[CONFIG] = config.read_text(encoding="utf-8")
    actual = {name: _unhashed(texts[name]) for name in case.expect}
    if UPDATE:
        case.rewrite(actual)
    assert actual == case.expect
