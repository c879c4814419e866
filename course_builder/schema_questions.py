"""Question banks (quizzes/*.yml): each kind of question, as a typed model."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .schema_types import Flag, Id, Lint, Text, _Strict


class OptionSpec(_Strict):
    """One answer option; every option explains why it is right or wrong."""

    id: Id | None = Field(None, description="Defaults to a, b, c… by position.")
    text: Text
    correct: Flag = False
    feedback: Text
    fixed: Flag = Field(False, description="Keep this option in its place when options are shuffled, "
                                           "e.g. 'None of these' last.")


class _QuestionBase(_Strict):
    id: Id
    prompt: Text
    explanation: Text | None = None
    tags: list[Id] = Field(default_factory=list)
    lint: Lint = Field(default_factory=Lint)
    html: Flag = Field(False, description="Let raw HTML in this question's texts through; by default it is shown "
                                          "as text (Markdown still works).")


class ChoiceQuestion(_QuestionBase):
    """Single choice (exactly one correct option) or multiple choice (one or more)."""

    type: Literal["single", "multiple"]
    options: list[OptionSpec] = Field(min_length=2, max_length=8)


class QuestionFeedback(_Strict):
    """Feedback for the whole question: when it is right, and when it is not."""

    correct: Text
    incorrect: Text


class TrueFalseQuestion(_QuestionBase):
    """A statement the learner judges true or false."""

    type: Literal["true_false"]
    answer: Flag
    feedback: QuestionFeedback


class OrderItemSpec(_Strict):
    id: Id | None = Field(None, description="Defaults to a, b, c… by position.")
    text: Text
    feedback: Text | None = Field(None, description="Why this item comes at its place in the order.")


class OrderingQuestion(_QuestionBase):
    """Put items in order; written in the right order, shown shuffled; credit per item in place."""

    type: Literal["ordering"]
    items: list[Text | OrderItemSpec] = Field(min_length=3, max_length=12)
    feedback: QuestionFeedback


class MatchPairSpec(_Strict):
    id: Id | None = Field(None, description="Defaults to a, b, c… by position.")
    prompt: Text
    answer: Text
    feedback: Text | None = Field(None, description="Why this pair belongs together.")


class MatchingQuestion(_QuestionBase):
    """Pick the matching answer for each prompt from a list; credit per pair."""

    type: Literal["matching"]
    pairs: list[MatchPairSpec] = Field(min_length=2, max_length=10)
    distractors: list[Text] = Field(default_factory=list, max_length=5)
    feedback: QuestionFeedback


class ReflectionQuestion(_QuestionBase):
    """A free-text prompt: not scored, saved in the browser, reusable by the contract."""

    type: Literal["reflection"]
    hint: Text | None = None


AnyQuestion = ChoiceQuestion | TrueFalseQuestion | OrderingQuestion | MatchingQuestion | ReflectionQuestion
QuestionSpec = Annotated[
    ChoiceQuestion | TrueFalseQuestion | OrderingQuestion | MatchingQuestion | ReflectionQuestion,
    Field(discriminator="type"),
]


class BankFile(_Strict):
    """quizzes/<name>.yml: a bank of questions."""

    questions: list[QuestionSpec] = Field(min_length=1)
