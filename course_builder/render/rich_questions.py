"""HTML bodies for ordering, matching and reflection questions (keyboard and button driven)."""

from __future__ import annotations

from ..model import Question
from .text import attr, block, inline, plain, stable_shuffle


def _question_feedback(q: Question) -> str:
    right, wrong = q.feedback or ("", "")
    return (f'<div class="cb-qfb" data-cb-fb="correct" hidden>{block(right)}</div>'
            f'<div class="cb-qfb" data-cb-fb="incorrect" hidden>{block(wrong)}</div>')


def ordering(q: Question, label: str) -> str:
    items = {i.id: i for i in q.items}
    rows = []
    for iid in stable_shuffle(list(items), q.id):
        text = plain(items[iid].text)
        rows.append(
            f'<li data-cb-item="{attr(iid)}"><span class="cb-item-text">{inline(items[iid].text)}</span>'
            f' <span class="cb-mark" hidden></span><span class="cb-move" hidden>'
            f'<button type="button" class="cb-up" aria-label="Move up: {attr(text)}">Move up</button>'
            f'<button type="button" class="cb-down" aria-label="Move down: {attr(text)}">Move down</button>'
            "</span></li>")
    return "\n".join([
        "<fieldset>", f"<legend>{label}</legend>",
        '<p class="cb-hint">Put these in the right order, first at the top. Use the Move up and Move down '
        "buttons. You get credit for each item in its right place.</p>",
        '<ol class="cb-order">', *rows, "</ol>", "</fieldset>", _question_feedback(q)])


def matching(q: Question, label: str) -> str:
    answers = {i.id: i for i in q.items}
    choices = "".join(f'<option value="{attr(aid)}">{attr(plain(answers[aid].text))}</option>'
                      for aid in stable_shuffle(list(answers), q.id))
    rows = []
    for p in q.pairs:
        sid = f"cb-{q.id}-{p.id}"
        fb = f'<div class="cb-fb" hidden>{block(p.feedback)}</div>' if p.feedback else ""
        rows.append(
            f'<div class="cb-pair" data-cb-pair="{attr(p.id)}"><label for="{sid}">{inline(p.prompt)}</label> '
            f'<select id="{sid}"><option value="">Choose…</option>{choices}</select>'
            f' <span class="cb-mark" hidden></span>{fb}</div>')
    return "\n".join([
        "<fieldset>", f"<legend>{label}</legend>",
        '<p class="cb-hint">Choose the matching answer for each item. You get credit for each correct match.</p>',
        *rows, "</fieldset>", _question_feedback(q)])


def reflection(q: Question, _label: str) -> str:
    tid = f"cb-{q.id}-text"
    hint = f'<p class="cb-hint" id="{tid}-hint">{inline(q.hint)}</p>' if q.hint else ""
    described = f' aria-describedby="{tid}-hint"' if q.hint else ""
    return "\n".join([
        f'<div class="cb-q cb-reflect" id="q-{q.id}" data-cb-q="{q.id}" data-cb-mode="reflect">',
        '<p class="cb-reflect-title"><strong>Reflection.</strong> Not scored; saved only on this device.</p>',
        f'<label for="{tid}">{inline(q.prompt)}</label>', hint,
        f'<textarea id="{tid}" rows="5"{described}></textarea>',
        '<p class="cb-status" role="status"></p>', "</div>"])


RICH = {"ordering": ordering, "matching": matching, "reflection": reflection}
