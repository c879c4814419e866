"""The preview's error banner, as an author sees it: visible above the last good page, in the
light and the dark palette, and axe-clean."""

from __future__ import annotations

import pytest

from ..conftest import fixture_copy
from ..test_serve import LESSON, _page_has, _serving, _until
from .conftest import run_axe

pytestmark = pytest.mark.browser


def test_the_error_banner_is_visible_and_passes_axe(browser, tmp_path):
    root = fixture_copy("mini", tmp_path)
    with _serving(root) as preview:
        url = preview.base + LESSON
        assert _until(lambda: _page_has(url, "Water is wet.")), "the preview never came up"
        lesson = root / "manual" / "s1-basics" / "01-first-lesson.md"
        lesson.write_text(lesson.read_text().replace("check: [k-single,", "check: [k-single2,"))
        assert _until(lambda: _page_has(url, "cb-preview-error")), "no banner"
        for scheme in ("light", "dark"):
            ctx = browser.new_context(color_scheme=scheme)
            page = ctx.new_page()
            page.goto(url)
            alert = page.get_by_role("alert").filter(has_text="This preview is out of date")
            assert alert.is_visible()
            assert "manual/s1-basics/01-first-lesson.md:7: error: no question" in alert.inner_text()
            box, heading = alert.bounding_box(), page.locator("h1").first.bounding_box()
            assert box and heading and box["y"] < heading["y"], "the banner is not above the content"
            assert run_axe(page) == []
            ctx.close()
