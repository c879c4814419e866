from __future__ import annotations

import pytest

from course_builder.yaml_source import YamlSyntaxError, load_yaml


def test_lines_of_keys_and_items():
    doc = load_yaml("a: 1\nb:\n  - x\n  - y: 2\n", "f.yml")
    assert doc.data == {"a": 1, "b": ["x", {"y": 2}]}
    assert doc.line(("a",)) == 1
    assert doc.line(("b", 1)) == 4
    assert doc.line(("b", 1, "y")) == 4
    assert doc.line(("b", 1, "missing")) == 4  # falls back to the nearest known place


def test_line_offset_for_front_matter():
    doc = load_yaml("title: x\nobjectives: []\n", "l.md", line_offset=1)
    assert doc.line(("objectives",)) == 3


def test_duplicate_keys_are_an_error_with_a_line():
    with pytest.raises(YamlSyntaxError) as exc:
        load_yaml("a: 1\nb: 2\na: 3\n", "f.yml")
    assert exc.value.line == 3
    assert "duplicate key 'a'" in exc.value.message


def test_syntax_error_points_at_the_start_of_the_problem():
    with pytest.raises(YamlSyntaxError) as exc:
        load_yaml('a: 1\nb: "open\nc: 2\n', "f.yml")
    assert exc.value.line == 2
