"""The file formats authors write, as typed models; they validate input and emit JSON Schema."""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
Text = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]
Percent = Annotated[int, Field(ge=0, le=100)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Contact(_Strict):
    """How learners reach the training team; every field is optional."""

    department: Text | None = None
    phone: Text | None = None
    email: Text | None = None
    address: Text | None = None
    website: Text | None = None


class Organisation(_Strict):
    """The utility that runs the course: its name and branding."""

    name: Text = Field(description="Shown in the site footer and wherever {{ organisation.name }} is used.")
    short_name: Text | None = None
    logo: Text | None = Field(None, description="Image path inside docs/, e.g. assets/logo.svg.")
    contact: Contact = Field(default_factory=Contact)


class CourseFile(_Strict):
    """course.yml: the course definition."""

    id: Id = Field(description="Stable course id; saved progress is keyed on it.")
    version: Text = Field(description="Course version, quoted, e.g. \"1.0\".")
    title: Text
    description: Text = Field(description="Markdown shown on the home page.")
    language: Text = Field("en", description="Interface language code for the site, e.g. en, es.")
    organisation: Organisation
    policy: dict[Id, Text] = Field(
        default_factory=dict,
        description="Utility policy values used in prose as {{ policy.NAME }}.",
    )
    pass_mark: Percent = Field(80, description="Percentage needed to pass a quiz.")
    sections: list[Id] = Field(min_length=1, description="Section folders in manual/, in order.")


class QuizSpec(_Strict):
    """A scored section quiz: questions drawn from the banks by id."""

    title: Text
    intro: Text | None = None
    questions: list[Id] = Field(min_length=1)
    pass_mark: Percent | None = Field(None, description="Overrides the course pass mark.")


class SectionFile(_Strict):
    """manual/<section>/section.yml: a section's title, summary, objectives and quiz."""

    title: Text
    summary: Text
    objectives: list[Text] = Field(min_length=1)
    quiz: QuizSpec | None = None


class LessonMeta(_Strict):
    """The front matter of a lesson (manual/<section>/NN-name.md)."""

    title: Text
    id: Id | None = Field(None, description="Defaults to the file name without its number.")
    objectives: list[Text] = Field(min_length=1)
    takeaways: list[Text] = Field(min_length=1)
    check: list[Id] = Field(default_factory=list, description="Knowledge-check question ids.")
    minutes: Annotated[int, Field(ge=1, le=120)] | None = Field(
        None, description="Estimated minutes; computed from the word count when left out."
    )


class OptionSpec(_Strict):
    """One answer option; every option explains why it is right or wrong."""

    id: Id | None = Field(None, description="Defaults to a, b, c… by position.")
    text: Text
    correct: bool = False
    feedback: Text


class _QuestionBase(_Strict):
    id: Id
    prompt: Text
    explanation: Text | None = None
    tags: list[Id] = Field(default_factory=list)


class ChoiceQuestion(_QuestionBase):
    """Single choice (exactly one correct option) or multiple choice (one or more)."""

    type: Literal["single", "multiple"]
    options: list[OptionSpec] = Field(min_length=2, max_length=8)


class TrueFalseFeedback(_Strict):
    correct: Text
    incorrect: Text


class TrueFalseQuestion(_QuestionBase):
    """A statement the learner judges true or false."""

    type: Literal["true_false"]
    answer: bool
    feedback: TrueFalseFeedback


QuestionSpec = Annotated[Union[ChoiceQuestion, TrueFalseQuestion], Field(discriminator="type")]


class BankFile(_Strict):
    """quizzes/<name>.yml: a bank of questions."""

    questions: list[QuestionSpec] = Field(min_length=1)


FILE_KINDS: dict[str, type[BaseModel]] = {
    "course": CourseFile,
    "section": SectionFile,
    "lesson": LessonMeta,
    "bank": BankFile,
}


def json_schemas() -> dict[str, dict]:
    """JSON Schema for each file kind, for editors (YAML language server)."""
    out = {}
    for kind, model in FILE_KINDS.items():
        schema = model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        out[kind] = schema
    return out
