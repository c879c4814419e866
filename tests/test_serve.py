"""`course-builder serve` says where it serves and when it is ready, re-renders when a lesson
changes, and on errors keeps the last good pages with the problems in a banner on each."""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from course_builder.problems import Problems
from course_builder.render.preview import banner, with_banner

from .conftest import fixture_copy

LESSON = "s1-basics/first-lesson.html"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _until(condition: Callable[[], bool], timeout: float = 30.0) -> bool:
    """Poll `condition` until it holds or `timeout` seconds pass."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def _page(url: str) -> str:
    try:
        return urllib.request.urlopen(url, timeout=2).read().decode("utf-8")
    except OSError:
        return ""


def _page_has(url: str, text: str) -> bool:
    return text in _page(url)


@dataclass
class _Preview:
    base: str
    out: list[str] = field(default_factory=list)
    err: list[str] = field(default_factory=list)

    def said(self, pattern: str, lines: list[str] | None = None) -> bool:
        return any(re.search(pattern, line) for line in (self.err if lines is None else lines))


@contextmanager
def _serving(root: Path) -> Iterator[_Preview]:
    """Run `course-builder serve` on `root` until the block ends, then stop it as Ctrl+C does."""
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "course_builder", "--project", str(root), "serve",
                             "--dev-addr", f"127.0.0.1:{port}"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    preview = _Preview(f"http://127.0.0.1:{port}/")
    for stream, lines in ((proc.stdout, preview.out), (proc.stderr, preview.err)):
        threading.Thread(target=lambda s=stream, ls=lines: ls.extend(iter(s.readline, "")), daemon=True).start()
    try:
        yield preview
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            code = proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
    assert code == 0, "".join(preview.err)
    assert not preview.said("Traceback"), "".join(preview.err)


def test_banner_escapes_the_problems_and_goes_after_the_front_matter():
    problems = Problems()
    problems.add("quizzes/bank.yml", 4, "bad <script>alert(1)</script> & co", "write `a: b`\nnot <b>")
    problems.warn("manual/s1/01-a.md", 0, "a warning")
    html = banner(problems)
    assert 'role="alert"' in html and "quizzes/bank.yml:4</strong>: error:" in html
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in html
    assert "not &lt;b&gt;" in html and "manual/s1/01-a.md</strong>: warning: a warning" in html
    assert "last good version" in html and "2 problems" in html
    assert "\n\n" not in html.rstrip("\n"), "a blank line would end Markdown's raw HTML block"
    page = '---\ntitle: "A"\n---\n\n# A\n\nText.\n'
    assert with_banner(page, html) == '---\ntitle: "A"\n---\n\n' + html + "\n# A\n\nText.\n"
    assert with_banner("# B\n", html) == "\n" + html + "# B\n"


def test_serve_says_where_and_when_ready_and_keeps_the_last_good_pages(tmp_path):
    root = fixture_copy("mini", tmp_path)
    with _serving(root) as preview:
        url = preview.base + LESSON
        assert _until(lambda: _page_has(url, "Water is wet.")), "the preview never came up"
        address = f'Serving "Mini course" at {preview.base} — Ctrl+C to stop'
        assert _until(lambda: any(address in line for line in preview.out)), preview.out
        assert not preview.said("^Ready")  # the address line says the first build is ready
        lesson = root / "manual" / "s1-basics" / "01-first-lesson.md"
        lesson.write_text(lesson.read_text().replace("Water is wet. We", "Water is very wet. We"))
        assert _until(lambda: _page_has(url, "Water is very wet.")), "the preview did not pick up the edit"
        assert _until(lambda: preview.said(r"^Ready: rebuilt in \d+\.\d s \(\d\d:\d\d:\d\d\)$")), preview.err
        bank = root / "quizzes" / "bank.yml"
        good_bank = bank.read_text()
        bank.write_text("questions: [\n")
        assert _until(lambda: preview.said("quizzes/bank.yml:2: error: YAML syntax error")), \
            "the bad edit was not reported"
        assert _until(lambda: _page_has(url, "<strong>quizzes/bank.yml:2</strong>: error: YAML syntax error")), \
            "the served page shows no banner"
        assert _page_has(url, "Water is very wet."), "a bad edit lost the last good page"
        bank.write_text(good_bank)
        assert _until(lambda: not _page_has(url, "cb-preview-error") and _page_has(url, "Water is very wet.")), \
            "fixing the error did not remove the banner"


def test_serve_shows_a_missing_question_on_every_page_until_fixed(tmp_path):
    root = fixture_copy("mini", tmp_path)
    lesson = root / "manual" / "s1-basics" / "01-first-lesson.md"
    good = lesson.read_text()
    with _serving(root) as preview:
        url, home = preview.base + LESSON, preview.base + "index.html"
        assert _until(lambda: _page_has(url, "Water is wet.")), "the preview never came up"
        lesson.write_text(good.replace("check: [k-single,", "check: [k-single2,"))
        where = "<strong>manual/s1-basics/01-first-lesson.md:7</strong>: error: no question with id &#39;k-single2&#39;"
        assert _until(lambda: _page_has(url, where)), "the lesson shows no banner"
        assert _page_has(home, where), "the home page shows no banner"
        page = _page(url)
        assert page.index('class="cb-preview-error" role="alert"') < page.index('<h1 id="first-lesson"')
        assert 'data-cb-q="k-single"' in page, "the page is not the last good one"
        assert "last good version" in page
        assert _until(lambda: preview.said("^Preview updated: each page shows the problems above")), preview.err
        lesson.write_text(good)
        assert _until(lambda: not _page_has(url, "cb-preview-error") and not _page_has(home, "cb-preview-error")), \
            "fixing the error did not remove the banner"
        assert _until(lambda: preview.said("^Ready: rebuilt in")), preview.err


def test_serve_reports_an_address_in_use_without_a_traceback(tmp_path):
    root = fixture_copy("mini", tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([sys.executable, "-m", "course_builder", "--project", str(root), "serve",
                                 "--dev-addr", f"127.0.0.1:{port}"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert f"error: the preview could not start: cannot serve at 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr
