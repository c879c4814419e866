"""The runtime the site serves (one JS + one CSS file) stays within its gzipped budget."""

from __future__ import annotations

import importlib.util

from .conftest import ROOT


def test_runtime_js_and_css_fit_ten_kilobytes_gzipped():
    spec = importlib.util.spec_from_file_location("runtime_size", ROOT / "scripts" / "runtime_size.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    total = sum(gz for _, gz in module.sizes().values())
    assert total <= module.BUDGET, f"runtime is {total} bytes gzipped"


def test_runtime_has_no_inline_handlers_or_html_parsing():
    source = "".join(p.read_text() for p in (ROOT / "course_builder" / "runtime").glob("*.js"))
    for banned in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert banned not in source, banned


def test_minified_runtime_matches_its_sources():
    import subprocess
    import sys

    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_runtime.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
