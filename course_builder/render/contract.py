"""The performance contract form: native fields that save as the learner types and print
cleanly (each field's value is mirrored into a print line, so nothing is cut off)."""

from __future__ import annotations

from ..model import Contract, Course, Field
from .text import attr, inline, plain

TOOLS = (
    '<div class="cb-tools" hidden>'
    '<button type="button" class="md-button md-button--primary cb-print">Print or save as PDF</button>'
    '<button type="button" class="md-button cb-print-blank">Print a blank contract</button>'
    '<button type="button" class="md-button cb-clear">Clear my contract</button>'
    '<div class="cb-confirm" role="group" aria-label="Confirm clearing" hidden>'
    "<p>This deletes everything you typed in this contract on this device. It cannot be undone.</p>"
    '<button type="button" class="md-button cb-yes">Yes, clear it</button>'
    '<button type="button" class="md-button cb-no">Cancel</button></div></div>'
)


def _field(f: Field, key: str, label: str | None = None) -> str:
    fid = f"cb-f-{key.replace('.', '-')}"
    hint = f'<span class="cb-hint" id="{fid}-hint">{inline(f.hint)}</span>' if f.hint else ""
    common = f'id="{fid}" data-cb-field="{attr(key)}"'
    if f.hint:
        common += f' aria-describedby="{fid}-hint"'
    if f.autocomplete:
        common += f' autocomplete="{attr(f.autocomplete)}"'
    if f.type == "textarea":
        control = f"<textarea {common} rows=\"3\"></textarea>"
    else:
        control = f'<input type="{f.type}" {common}>'
    cls = "cb-field cb-field-" + f.type
    return (f'<div class="{cls}"><label for="{fid}">{inline(label or f.label)}</label>{hint}{control}'
            '<div class="cb-print-value" aria-hidden="true"></div></div>')


def _suggest(course: Course, n: int, field_id: str) -> str:
    steps = "".join(f'<option value="{attr(plain(title))}">{attr(plain(title))}</option>'
                    for _, title in course.encounter_model)
    sid = f"cb-suggest-{n}"
    return (f'<div class="cb-suggest" hidden><label for="{sid}">Start from a step of the encounter model</label>'
            f'<select id="{sid}" data-cb-suggest="c{n}.{field_id}"><option value="">Choose a step…</option>{steps}</select>'
            '<div class="cb-from-reflections" hidden><p>Or start from one of your reflections:</p><ul></ul></div></div>')


def _commitment(course: Course, c: Contract, n: int) -> str:
    parts = [f'<fieldset class="cb-commitment" data-cb-n="{n}"><legend>Commitment {n}</legend>']
    for f in c.commitment_fields:
        if f.suggest and course.encounter_model:
            parts.append(_suggest(course, n, f.id))
        parts.append(_field(f, f"c{n}.{f.id}"))
    if c.ratings:
        scale = "".join(f'<option value="{i}">{attr(plain(label))}</option>' for i, label in enumerate(c.scale, 1))
        cells = "".join(
            f'<td><select id="cb-f-c{n}-r{d}" data-cb-field="c{n}.r{d}" aria-label="{d}-day self-rating, '
            f'commitment {n}"><option value=""></option>{scale}</select>'
            f'<div class="cb-print-value" aria-hidden="true" data-label="{d} days"></div></td>' for d in c.ratings)
        heads = "".join(f'<th scope="col">{d} days</th>' for d in c.ratings)
        parts.append(f'<table class="cb-ratings"><caption>Self-rating ({attr(plain(c.scale[0]))} to '
                     f'{attr(plain(c.scale[-1]))})</caption><tr>{heads}</tr><tr>{cells}</tr></table>')
    parts.append("</fieldset>")
    return "".join(parts)


def contract_html(course: Course, c: Contract) -> str:
    details = "".join(_field(f, f.id) for f in c.details)
    commitments = "\n".join(_commitment(course, c, n) for n in range(1, c.max_commitments + 1))
    check_in = "".join(_field(f, f.id) for f in c.check_in)
    signs = "".join(
        f'<div class="cb-sign"><span class="cb-line"></span><span>{inline(who)} signature</span></div>'
        f'<div class="cb-sign cb-sign-date"><span class="cb-line"></span><span>Date</span></div>'
        for who in c.signatures)
    return "\n".join([
        f'<form class="cb-contract" data-cb-contract="{c.id}" data-cb-min="{c.min_commitments}" novalidate>',
        TOOLS,
        f'<fieldset class="cb-details"><legend>About you</legend>{details}</fieldset>',
        commitments,
        '<div class="cb-actions"><button type="button" class="md-button cb-add" hidden>Add another commitment'
        "</button></div>",
        f'<fieldset class="cb-check-in"><legend>Check-in</legend>{check_in}</fieldset>' if check_in else "",
        f'<div class="cb-signatures">{signs}</div>',
        '<p class="cb-status" role="status"></p>',
        "</form>",
    ])


def contract_data(course: Course, c: Contract) -> dict:
    """Reflections the contract offers as starting points: id and prompt (as text)."""
    return {"id": c.id, "max": c.max_commitments, "min": c.min_commitments,
            "reflections": [{"id": r, "prompt": plain(course.questions[r].prompt)} for r in c.reflections]}
