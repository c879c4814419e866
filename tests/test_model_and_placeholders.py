from __future__ import annotations

from course_builder.model import Lesson
from course_builder.placeholders import Values, fill
from course_builder.problems import did_you_mean


def _lesson(words: int, checks: int = 0, minutes=None) -> Lesson:
    return Lesson("l", "s", 1, "T", ("o",), ("t",), "body", tuple(f"q{i}" for i in range(checks)),
                  words, minutes)


def test_minutes_from_words_and_questions():
    assert _lesson(1000).minutes == 5
    assert _lesson(1000, checks=3).minutes == 7  # 5 + 1.5, rounded up
    assert _lesson(10).minutes == 1
    assert _lesson(1000, minutes=12).minutes == 12


def test_fill_reports_unknown_with_line_offset():
    seen = []
    text = fill("a {{ x }}\nb {{ y }}", Values({"x": "1"}), lambda line, name: seen.append((line, name)))
    assert text == "a 1\nb {{ y }}"
    assert seen == [(1, "y")]


def test_did_you_mean():
    assert did_you_mean("objectivs", ["objectives", "title"]) == "did you mean 'objectives'?"
    assert did_you_mean("zzz", ["objectives"]) == ""
