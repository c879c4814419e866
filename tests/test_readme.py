"""The README's set-up commands are the ones CI runs, and use a virtual environment (a stock
Debian or Ubuntu Python refuses `pip install` outside one)."""

from __future__ import annotations

import re

from .conftest import ROOT


def _commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", text, re.S) if "venv" in block]


def test_there_are_two_set_up_commands_and_both_use_a_venv():
    build, tests = _commands()[:2]
    assert build.startswith("python3 -m venv .venv && ") and build.endswith("course-builder build")
    assert tests.startswith("python3 -m venv .venv && ") and "pytest" in tests
    assert "pip install" not in build.replace(".venv/bin/pip install", "")


def test_ci_runs_the_readme_test_command():
    tests = _commands()[1]
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests in run.splitlines()
