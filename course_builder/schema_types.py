"""The value types and base model every author file format shares (see schema.py)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
Text = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]
# Strict: YAML's `true` is not the number 1, nor `1` true.
Percent = Annotated[int, Field(ge=0, le=100, strict=True)]
Flag = Annotated[bool, Field(strict=True)]
Draw = Annotated[int, Field(ge=1, le=200, strict=True)]
Attempts = Annotated[int, Field(ge=0, le=100, strict=True)]
Minutes = Annotated[int, Field(ge=1, le=120, strict=True)]
ScenarioMinutes = Annotated[int, Field(ge=1, le=60, strict=True)]
Weight = Annotated[int, Field(ge=0, le=10, strict=True)]
Commitments = Annotated[int, Field(ge=1, le=10, strict=True)]
Days = Annotated[int, Field(ge=1, le=365, strict=True)]
LintRule = Literal["longest-correct-bank", "longest-correct", "true-false-balance", "multiple-same-count",
                   "all-of-the-above", "none-of-the-above", "absolute-words", "negative-stem", "scenario-longest-best"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Lint(_Strict):
    """Item-writing checks to switch off here (their ids are in the Authoring guide)."""

    ignore: list[LintRule] = Field(default_factory=list)
