"""HTML for questions: native controls in a fieldset that read (and print) as a worksheet without JS."""

from __future__ import annotations

from ..model import Question
from .rich_questions import RICH
from .text import attr, block, inline, json_for_html

HINTS = {
    "single": "Choose one answer.",
    "multiple": "Choose all that apply. It counts as correct only when you choose every right "
                "answer and no wrong one.",
    "true_false": "Choose true or false.",
}
CHECK_BUTTONS = ('<div class="cb-actions">'
                 '<button type="button" class="md-button md-button--primary cb-check" hidden>Check answer</button>'
                 '<button type="button" class="md-button cb-retry" hidden>Try again</button></div>')


def question_html(q: Question, number: int, total: int, mode: str, study: str = "") -> str:
    """One question; `mode` is 'check' (instant feedback) or 'quiz' (scored on submit).

    `study` (HTML) says where to review, shown in the review when the answer was not right."""
    if q.type == "reflection":
        return RICH["reflection"](q, "")
    label = f'<span class="cb-qnum">Question {number} of {total}.</span> {inline(q.prompt)}'
    body = RICH[q.type](q, label) if q.type in RICH else _choice_body(q, label)
    parts = [f'<div class="cb-q" id="q-{q.id}" data-cb-q="{q.id}" data-cb-mode="{mode}">', body]
    if q.explanation:
        parts.append(f'<div class="cb-expl" hidden>{block(q.explanation)}</div>')
    if study:
        parts.append(f'<p class="cb-study" hidden>{study}</p>')
    if mode == "check":
        parts.append(CHECK_BUTTONS)
    parts.append('<p class="cb-status" role="status"></p>')
    parts.append("</div>")
    return "\n".join(parts)


def _choice_body(q: Question, label: str) -> str:
    kind = "checkbox" if q.type == "multiple" else "radio"
    name = f"cb-{q.id}"
    parts = ["<fieldset>", f"<legend>{label}</legend>", f'<p class="cb-hint">{HINTS[q.type]}</p>']
    for o in q.options:
        oid = f"{name}-{o.id}"
        parts.append(
            f'<div class="cb-opt"><input type="{kind}" id="{oid}" name="{name}" value="{attr(o.id)}">'
            f'<label for="{oid}">{inline(o.text)}</label> <span class="cb-mark" hidden></span>'
            f'<div class="cb-fb" data-cb-fb="{attr(o.id)}" hidden>{block(o.feedback)}</div></div>'
        )
    parts.append("</fieldset>")
    return "\n".join(parts)


def _numbered(questions: list[Question], mode: str, study: dict[str, str] | None = None) -> str:
    total = sum(q.scored for q in questions)
    out, n = [], 0
    for q in questions:
        n += q.scored
        out.append(question_html(q, n, total, mode, (study or {}).get(q.id, "")))
    return "\n".join(out)


def check_html(questions: list[Question]) -> str:
    """A lesson's knowledge check: unscored, feedback after each 'Check answer'."""
    return f'<div class="cb-check-set">\n{_numbered(questions, "check")}\n</div>'


def quiz_html(quiz, questions: list[Question], study: dict[str, str] | None = None) -> str:
    """A scored quiz: all questions, one submit, then score, pass/fail, review and retake."""
    return "\n".join([
        f'<form class="cb-quiz" data-cb-quiz="{quiz.id}" novalidate>',
        _numbered(questions, "quiz", study),
        '<div class="cb-actions"><button type="submit" class="md-button md-button--primary cb-submit" hidden>'
        "Submit answers</button></div>",
        '<div class="cb-result" hidden><h2 class="cb-result-title" tabindex="-1"></h2>'
        '<p class="cb-result-text"></p>'
        '<div class="cb-actions"><button type="button" class="md-button cb-retake">Retake the quiz</button></div></div>',
        "</form>",
    ])


def question_data(questions: list[Question]) -> dict:
    """What the runtime needs per question: its type and right answer."""
    return {q.id: {"type": q.type, "correct": q.correct} if q.scored else {"type": q.type}
            for q in questions}


def page_data_html(data: dict) -> str:
    """The page's data for the runtime; read by JS, never executed."""
    return f'<script type="application/json" id="cb-page-data">{json_for_html(data)}</script>'
