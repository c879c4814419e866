"""`course-builder serve` re-renders when a lesson changes and keeps the last good pages on errors."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable

from .conftest import fixture_copy


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


def _page_has(url: str, text: str) -> bool:
    try:
        return text in urllib.request.urlopen(url, timeout=2).read().decode("utf-8")
    except OSError:
        return False


def test_serve_rebuilds_on_change_and_keeps_the_last_good_pages(tmp_path):
    root = fixture_copy("mini", tmp_path)
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "course_builder", "--project", str(root), "serve",
                             "--dev-addr", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    err: list[str] = []
    threading.Thread(target=lambda: err.extend(iter(proc.stderr.readline, "")), daemon=True).start()
    url = f"http://127.0.0.1:{port}/s1-basics/first-lesson.html"
    try:
        assert _until(lambda: _page_has(url, "Water is wet.")), "the preview never came up"
        lesson = root / "manual" / "s1-basics" / "01-first-lesson.md"
        lesson.write_text(lesson.read_text().replace("Water is wet. We", "Water is very wet. We"))
        assert _until(lambda: _page_has(url, "Water is very wet.")), "the preview did not pick up the edit"
        (root / "quizzes" / "bank.yml").write_text("questions: [\n")
        assert _until(lambda: any("quizzes/bank.yml:2: error: YAML syntax error" in line for line in err)), \
            "the bad edit was not reported"
        assert _page_has(url, "Water is very wet."), "a bad edit lost the last good page"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert not any("Traceback" in line for line in err)
