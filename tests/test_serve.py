"""`course-builder serve` re-renders when a lesson changes and keeps the last good pages on errors."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request

from .conftest import copy_sources
from .golden import FIXTURE


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(url: str, text: str, timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if text in urllib.request.urlopen(url, timeout=2).read().decode("utf-8"):
                return True
        except OSError:
            pass
        time.sleep(0.3)
    return False


def test_serve_rebuilds_on_change(tmp_path):
    root = copy_sources(FIXTURE, tmp_path / "c")
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "course_builder", "--project", str(root), "serve",
                             "--dev-addr", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/s1-basics/first-lesson.html"
    try:
        assert _wait_for(url, "Water is wet."), "the preview never came up"
        lesson = root / "manual" / "s1-basics" / "01-first-lesson.md"
        lesson.write_text(lesson.read_text().replace("Water is wet. We", "Water is very wet. We"))
        assert _wait_for(url, "Water is very wet."), "the preview did not pick up the edit"
        (root / "quizzes" / "bank.yml").write_text("questions: [\n")
        time.sleep(2)
        assert _wait_for(url, "Water is very wet.", timeout=5), "a bad edit lost the last good page"
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
    assert "quizzes/bank.yml:2: error: YAML syntax error" in err
    assert "Traceback" not in err
