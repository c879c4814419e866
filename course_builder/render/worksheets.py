"""Print editions: a learner workbook (questions as worksheets with answer spaces) and a
facilitator guide (the same with answers, feedback, scenario debriefs and discussion)."""

from __future__ import annotations

import re

from ..model import Course, Question, Scenario
from .scenarios import _labels, key_steps_html
from .styles import link
from .text import block, inline, stable_shuffle

WORKBOOK = "workbook.md"
FACILITATOR = "facilitator-guide.md"
LETTERS = "ABCDEFGHIJKL"


def _demote(markdown_text: str, levels: int) -> str:
    return re.sub(r"^(#{1,4}) ", lambda m: "#" * min(6, len(m.group(1)) + levels) + " ", markdown_text, flags=re.M)


def question_sheet(q: Question, n: int, answers: bool) -> str:
    """One question as a worksheet item; with `answers`, the key and every feedback."""
    head = f'<div class="cb-sheet"><p class="cb-sheet-q"><strong>{n}.</strong> {inline(q.prompt)}</p>'
    if q.type == "reflection":
        return head + '<div class="cb-write"></div><div class="cb-write"></div><div class="cb-write"></div></div>'
    rows = []
    if q.type == "ordering":
        for iid in stable_shuffle([i.id for i in q.items], q.id):
            item = next(i for i in q.items if i.id == iid)
            pos = [i.id for i in q.items].index(iid) + 1
            rows.append(f"<li>{'<strong>' + str(pos) + '</strong>' if answers else '____'} {inline(item.text)}</li>")
        body = "<p><em>Number the items in order.</em></p><ul class=\"cb-sheet-list\">" + "".join(rows) + "</ul>"
    elif q.type == "matching":
        order = stable_shuffle([i.id for i in q.items], q.id)
        letter = {iid: LETTERS[k] for k, iid in enumerate(order)}
        pairs = "".join(f"<li>{letter[p.answer_id] if answers else '____'} {inline(p.prompt)}"
                        + (f" — {inline(p.feedback)}" if answers and p.feedback else "") + "</li>" for p in q.pairs)
        options = "".join(f"<li>{letter[iid]}. {inline(next(i.text for i in q.items if i.id == iid))}</li>"
                          for iid in order)
        body = (f'<p><em>Write the letter of the matching answer.</em></p><ul class="cb-sheet-list">{pairs}</ul>'
                f'<ul class="cb-sheet-list">{options}</ul>')
    else:
        for k, o in enumerate(q.options):
            box = ("✓" if o.correct else "✗") if answers else "☐"
            fb = f'<div class="cb-sheet-fb">{block(o.feedback)}</div>' if answers else ""
            rows.append(f"<li>{box} {LETTERS[k]}. {inline(o.text)}{fb}</li>")
        body = '<ul class="cb-sheet-list">' + "".join(rows) + "</ul>"
    if answers and q.feedback and q.type in ("ordering", "matching"):
        body += f'<div class="cb-sheet-fb">{block(q.feedback[0])}</div>'
    if answers and q.explanation:
        body += f'<div class="cb-sheet-fb">{block(q.explanation)}</div>'
    return head + body + "</div>"


def scenario_sheet(course: Course, s: Scenario, answers: bool) -> str:
    labels = _labels(s)
    out = [f'<div class="cb-sheet-scenario"><p><strong>The situation.</strong></p>{block(s.setting)}']
    if s.customer:
        out.append(f"<p><strong>The customer:</strong> {inline(s.customer)}</p>")
    out.append(f"<blockquote>{block(s.opening)}</blockquote>")
    for node in s.nodes:
        if node.outcome and not answers:
            continue
        out.append(f'<div class="cb-sheet"><p class="cb-sheet-q"><strong>{labels[node.id]}</strong></p>')
        if node.text:
            out.append(block(node.text))
        if node.outcome:
            out.append(block(node.ending) + "</div>")
            continue
        out.append(f"<p><strong>{inline(node.prompt)}</strong></p><ul class=\"cb-sheet-list\">")
        for k, c in enumerate(node.choices):
            extra = ""
            if answers:
                verdict = "Best choice" if c.score == node.best else "Partly right" if c.score else "A mistake"
                extra = (f'<div class="cb-sheet-fb"><p><em>{verdict}.</em> <strong>What happens:</strong></p>'
                         f"{block(c.consequence)}<p><strong>Coaching:</strong></p>{block(c.coaching)}"
                         f"<p>Next: {labels[c.next]}</p></div>")
            out.append(f"<li>{'' if answers else '☐ '}{LETTERS[k]}. {inline(c.text)}{extra}</li>")
        out.append("</ul>" + ("" if answers else '<p>Why?</p><div class="cb-write"></div>') + "</div>")
    if answers:
        out.append(f"<p><strong>What often goes wrong.</strong></p>{block(s.often_goes_wrong)}"
                   f"<p><strong>The better approach.</strong></p>{block(s.better_approach)}")
        if s.key_steps:
            out.append("<p><strong>Steps that matter here:</strong> "
                       + ", ".join(key_steps_html(course, s)) + ".</p>")
    if s.discussion:
        out.append("<p><strong>Discussion questions.</strong></p><ol>"
                   + "".join(f"<li>{inline(d)}</li>" for d in s.discussion) + "</ol>")
    out.append("</div>")
    return "\n".join(out)


def print_edition(course: Course, answers: bool) -> str:
    title = "Facilitator guide" if answers else "Learner workbook"
    intro = ("The whole course on paper for a classroom session or a crew without computers, with the "
             "answers, the feedback for every option, scenario debriefs and discussion questions."
             if answers else
             "The whole course on paper, for crews without computers and for classroom sessions. Answer "
             "the questions in the spaces; your facilitator has the answers.")
    path = FACILITATOR if answers else WORKBOOK
    out = [f'---\ntitle: "{title}"\nsearch:\n  exclude: true\n---\n', link("worksheets", path) + f"# {title}: {course.title}\n",
           f"{intro}\n{{: .cb-screen-only }}\n",
           "Use your browser's **Print** command (or save as PDF). Each section starts on a new page.\n"
           "{: .cb-screen-only }\n"]
    for section in course.sections:
        if section.kind != "section":
            continue
        out.append(f'## {section.heading} {{: .cb-new-page }}\n\n{section.summary}\n')
        for lesson in section.lessons:
            out.append(f"### {lesson.title}\n\n{_demote(lesson.body, 2)}\n")
            if lesson.takeaways:
                out.append("#### Key takeaways\n\n" + "\n".join(f"- {t}" for t in lesson.takeaways) + "\n")
            if lesson.check:
                sheets = "\n".join(question_sheet(course.questions[q], n, answers)
                                   for n, q in enumerate(lesson.check, 1))
                out.append(f"#### Knowledge check\n\n{sheets}\n")
        for s in section.scenarios:
            out.append(f"### Scenario: {s.title}\n\n{scenario_sheet(course, s, answers)}\n")
        if section.quiz:
            sheets = "\n".join(question_sheet(course.questions[q], n, answers)
                               for n, q in enumerate(section.quiz.question_ids, 1))
            out.append(f"### {section.quiz.title}\n\n{sheets}\n")
    return "\n".join(out)
