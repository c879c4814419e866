"""The JSON Schemas editors use are generated from the same models that validate."""

from __future__ import annotations

from course_builder.schema_files import schema_texts

from .conftest import ROOT


def test_committed_schemas_are_current():
    for name, text in schema_texts().items():
        path = ROOT / "schemas" / name
        assert path.is_file(), f"run: course-builder schema  (missing {path})"
        assert path.read_text(encoding="utf-8") == text, f"run: course-builder schema  ({name} is stale)"


def test_schema_forbids_unknown_keys_and_requires_feedback():
    import json

    bank = json.loads(schema_texts()["bank.schema.json"])
    option = bank["$defs"]["OptionSpec"]
    assert option["additionalProperties"] is False
    assert "feedback" in option["required"]
