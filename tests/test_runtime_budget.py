"""What a page loads of the runtime stays within its budget; the runtime parses no HTML and its
bundles are current with their sources."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

from course_builder.pipeline import Project, rendered

from .conftest import ROOT


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_page_kind_fits_its_budget(shipped_project):
    # The course-wide data grows with the course, so the budget is measured on the shipped one.
    size = _script("runtime_size")
    worst = size.sizes(rendered(shipped_project))
    assert worst["lesson"] <= size.LESSON_BUDGET, worst
    assert max(worst.values()) <= size.PAGE_BUDGET, worst


def test_a_lesson_loads_no_feature_file(fixture_site_files):
    size = _script("runtime_size")
    site = fixture_site_files("records")
    for kind, files in size.page_loads(site).values():
        features = [f for f in files if f not in site.extra_javascript + site.extra_css]
        if kind in ("lesson", "home", "glossary"):
            assert features == [], (kind, features)
        if kind in ("quiz", "contract", "certificate", "progress", "scenario", "final"):
            assert features, kind


def test_median_inline_page_data_is_small(shipped_project):
    data = _script("page_data_size")
    sizes = sorted(size for _, size in data.inline_sizes(rendered(shipped_project)).values())
    assert sizes[len(sizes) // 2] <= data.TARGET


def test_runtime_has_no_inline_handlers_or_html_parsing():
    source = "".join(p.read_text() for p in (ROOT / "course_builder" / "runtime").glob("*.js"))
    for banned in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert banned not in source, banned


def test_minified_bundles_match_their_sources():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_runtime.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_renders_without_a_project_change(tmp_path):
    """Rendering never writes into the course folder."""
    from .conftest import fixture_copy

    root = fixture_copy("mini", tmp_path)
    before = sorted(p.relative_to(root) for p in root.rglob("*"))
    rendered(Project(root))
    assert sorted(p.relative_to(root) for p in root.rglob("*")) == before
