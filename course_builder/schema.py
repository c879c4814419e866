"""The file formats authors write, as typed models; they validate input and emit JSON Schema.
The shared value types are in schema_types.py, the question banks' models in schema_questions.py."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field

from .branding import HEX
from .schema_questions import BankFile
from .schema_types import (
    Attempts,
    Commitments,
    Days,
    Draw,
    Flag,
    Id,
    Lint,
    Minutes,
    Percent,
    ScenarioMinutes,
    Text,
    Weight,
    _Strict,
)


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


class EncounterStep(_Strict):
    """One step of the course's encounter model (the order of a good customer contact)."""

    id: Id
    title: Text


class Audience(_Strict):
    """A group of learners that scenarios are written for."""

    id: Id
    title: Text


class FinalSpec(_Strict):
    """The final assessment: a fresh, balanced random draw from the pool on every attempt."""

    title: Text = "Final assessment"
    intro: Text | None = None
    draw: Draw = Field(20, description="Questions per attempt.")
    pass_mark: Percent | None = Field(None, description="Defaults to the course pass mark.")
    attempts: Attempts = Field(0, description="0 means unlimited.")
    tag: Id = Field("final", description="Pool questions carry this tag.")
    pool: dict[Id, Id] = Field(min_length=1, description="Section tag → section id, e.g. s1: s1-perspectives.")


class Completion(_Strict):
    """What counts as completing the course (for the certificate and the LMS)."""

    lessons: Flag = Field(True, description="Every lesson visited.")
    quizzes: Flag = Field(True, description="Every section quiz passed.")
    final: Flag = Field(True, description="The final assessment passed (when there is one).")


class TextLimits(_Strict):
    """How many characters a learner can type. Everything a learner writes is saved with their
    progress, which an LMS keeps in a field of limited size (4,096 characters in SCORM 1.2)."""

    reflection: Annotated[int, Field(ge=20, le=20000, strict=True)] = Field(
        1000, description="A reflection's answer.")
    line: Annotated[int, Field(ge=20, le=2000, strict=True)] = Field(
        100, description="A one-line field: the contract's text fields and the name on the certificate.")
    paragraph: Annotated[int, Field(ge=20, le=20000, strict=True)] = Field(
        500, description="A multi-line field of the contract.")


class Signature(_Strict):
    """A signature line printed on the certificate."""

    name: Text = Field(description="The signer's name, e.g. Dana Ruiz.")
    title: Text = Field(description="The signer's role, e.g. Training Coordinator.")


class CertificateSpec(_Strict):
    """What the printed certificate carries besides the learner's details."""

    signatures: list[Signature] = Field(default_factory=list, max_length=3,
                                        description="Up to three signature lines, each a name and a role.")


# Checked by validate/course.py (with hints); the patterns only let editors flag mistakes as authors type.
Colour = Annotated[str, Field(json_schema_extra={"pattern": HEX}, examples=["#1a5276"])]
FontStack = Annotated[str, Field(json_schema_extra={"pattern": r"^[^;{}<>@()\\]+$"})]


class Branding(_Strict):
    """The site's colours, logo, tab icon and font. Colours must keep text readable (WCAG AA)."""

    primary: Colour | None = Field(None, description="Header and link colour, quoted hex: \"#1a5276\". White "
                                                     "header text on it, and it on white, need 4.5:1 contrast.")
    accent: Colour | None = Field(None, description="Colour of hovered links and buttons, quoted hex; needs 4.5:1 "
                                                    "against white. Defaults to primary.")
    logo: Text | None = Field(None, description="Header image inside docs/, e.g. assets/logo.svg; replaces "
                                                "organisation.logo.")
    favicon: Text | None = Field(None, description="Browser tab icon inside docs/, e.g. assets/favicon.png.")
    font: FontStack | None = Field(None, description="CSS font-family list of fonts installed on learners' "
                                                     "computers, e.g. Segoe UI, Arial, sans-serif. "
                                                     "Nothing is downloaded.")


class TrackSpec(_Strict):
    """A learning path for one role: the sections (and extra lessons and scenarios) it requires."""

    id: Id
    title: Text
    audience: Text = Field(description="Who the track is for.")
    sections: list[Id] = Field(min_length=1, description="Sections it requires, whole.")
    lessons: list[Id] = Field(default_factory=list, description="Extra lessons from other sections.")
    scenarios: list[Id] | None = Field(None, description="Scenarios it requires; all in its sections if left out.")
    final_draw: Draw | None = Field(None, description="Final assessment size.")


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
    encounter_model: list[EncounterStep] = Field(
        default_factory=list, description="Steps that scenario choices name in 'steps:'.")
    audiences: list[Audience] = Field(
        default_factory=list, description="Scenario audiences, in the order pages list them.")
    final_assessment: FinalSpec | None = None
    tracks: list[TrackSpec] = Field(default_factory=list, description="Learning paths by role.")
    completion: Completion = Field(default_factory=Completion)
    lint: Lint = Field(default_factory=Lint, description="Item-writing checks to switch off for the whole course.")
    text_limits: TextLimits = Field(default_factory=TextLimits)
    branding: Branding = Field(default_factory=Branding)
    certificate: CertificateSpec = Field(default_factory=CertificateSpec)


class QuizSpec(_Strict):
    """A scored section quiz: questions drawn from the banks by id."""

    title: Text
    intro: Text | None = None
    questions: list[Id] = Field(min_length=1)
    pass_mark: Percent | None = Field(None, description="Overrides the course pass mark.")


class SectionFile(_Strict):
    """manual/<section>/section.yml: a section's title, summary, objectives and quiz."""

    kind: Literal["section", "appendix"] = "section"
    label: Text | None = Field(None, description="Appendix letter, e.g. A (appendices only).")
    title: Text
    summary: Text
    objectives: list[Text] = Field(default_factory=list, description="Required for sections.")
    quiz: QuizSpec | None = None


class LessonMeta(_Strict):
    """The front matter of a lesson (manual/<section>/NN-name.md)."""

    title: Text
    id: Id | None = Field(None, description="Defaults to the file name without its number.")
    layout: Literal["lesson", "page"] = Field(
        "lesson", description="'page' for job aids and appendix pages: no objectives or takeaways.")
    objectives: list[Text] = Field(default_factory=list, description="Required for lessons.")
    takeaways: list[Text] = Field(default_factory=list, description="Required for lessons.")
    check: list[Id] = Field(default_factory=list, description="Knowledge-check question ids.")
    glossary: list[Id] = Field(default_factory=list, description="Glossary term ids used here.")
    minutes: Minutes | None = Field(
        None, description="Estimated minutes; computed from the word count when left out."
    )


class ScenarioChoiceSpec(_Strict):
    """One choice at a decision point: what the learner does, and what follows."""

    id: Id | None = Field(None, description="Defaults to a, b, c… by position.")
    text: Text
    consequence: Text = Field(description="What the customer says or does next.")
    coaching: Text = Field(description="Why it works or fails, tied to the encounter model.")
    steps: list[Id] = Field(default_factory=list, description="Encounter-model steps it serves or breaks.")
    score: Weight = Field(description="Weight: 2 best, 1 partly right, 0 a mistake.")
    next: Id = Field(description="Id of the next node (a decision or an ending).")


class EndingSpec(_Strict):
    outcome: Literal["good", "mixed", "poor"]
    text: Text


class ScenarioNodeSpec(_Strict):
    """A decision point (prompt + choices) or an ending."""

    id: Id
    text: Text | None = Field(None, description="Narrative or dialogue shown first.")
    prompt: Text | None = None
    choices: list[ScenarioChoiceSpec] | None = Field(None, min_length=2, max_length=4)
    ending: EndingSpec | None = None


class ScenarioFile(_Strict):
    """manual/<section>/scenarios/NN-name.yml: a branching role-play scenario."""

    lint: Lint = Field(default_factory=Lint)
    id: Id | None = Field(None, description="Defaults to the file name without its number.")
    title: Text
    audience: Id = Field(description="An audience id from course.yml.")
    summary: Text
    minutes: ScenarioMinutes | None = None
    setting: Text
    customer: Text | None = None
    opening: Text
    often_goes_wrong: Text
    start: Id
    nodes: list[ScenarioNodeSpec] = Field(min_length=2)
    better_approach: Text
    key_steps: list[Id] = Field(default_factory=list)
    discussion: list[Text] = Field(default_factory=list)


class ContractField(_Strict):
    """One field of the performance contract."""

    id: Id
    label: Text
    type: Literal["text", "textarea", "date"] = "text"
    hint: Text | None = None
    autocomplete: Text | None = Field(None, description="HTML autocomplete token, e.g. name.")
    suggest: Flag = Field(False, description="Offer encounter-model steps and saved reflections.")


class CommitmentSpec(_Strict):
    min: Commitments = 3
    max: Commitments = 5
    fields: list[ContractField] = Field(min_length=1)
    ratings: list[Days] = Field(
        default_factory=lambda: [30, 60, 90], description="Days after which the learner rates themself.")
    scale: list[Text] = Field(default_factory=lambda: ["1 Not yet", "2 Sometimes", "3 Often",
                                                        "4 Nearly always", "5 Always"])


class ContractFile(_Strict):
    """manual/<section>/contract.yml: the personal performance contract form."""

    title: Text
    intro: Text | None = None
    details: list[ContractField] = Field(min_length=1, description="About the learner: name, job…")
    commitments: CommitmentSpec
    check_in: list[ContractField] = Field(default_factory=list)
    signatures: list[Text] = Field(default_factory=lambda: ["Employee", "Supervisor"])
    reflections: list[Id] | None = Field(
        None, description="Reflection question ids to offer; all reflections when left out.")


class FactsFile(_Strict):
    """manual/facts.yml: regulatory figures quoted as {{ facts.NAME }}."""

    facts: dict[Id, Text]


class GlossaryTerm(_Strict):
    id: Id
    term: Text
    definition: Text
    see: list[Id] = Field(default_factory=list, description="Related term ids.")


class GlossaryFile(_Strict):
    """manual/glossary.yml: terms lessons link to."""

    terms: list[GlossaryTerm] = Field(min_length=1)


FILE_KINDS: dict[str, type[BaseModel]] = {
    "course": CourseFile,
    "section": SectionFile,
    "lesson": LessonMeta,
    "bank": BankFile,
    "scenario": ScenarioFile,
    "facts": FactsFile,
    "contract": ContractFile,
    "glossary": GlossaryFile,
}


def json_schemas() -> dict[str, dict]:
    """JSON Schema for each file kind, for editors (YAML language server)."""
    out = {}
    for kind, model in FILE_KINDS.items():
        schema = model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        out[kind] = schema
    return out
