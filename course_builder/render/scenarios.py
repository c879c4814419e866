"""Scenario pages: the situation, a player the runtime drives, the full script (read without JS
or in print), the debrief and discussion questions."""

from __future__ import annotations

from ..model import Course, Scenario, Section
from .text import attr, block, inline

OUTCOMES = {"good": "Good outcome", "mixed": "Mixed outcome", "poor": "Poor outcome"}


def _labels(s: Scenario) -> dict[str, str]:
    labels, n = {}, 0
    for node in s.nodes:
        if node.choices:
            n += 1
            labels[node.id] = f"Decision {n}"
        else:
            labels[node.id] = f"Ending: {OUTCOMES[node.outcome]}"
    return labels


def script_html(s: Scenario) -> str:
    """Every decision and ending, in file order; choices show what happens next on request."""
    labels = _labels(s)
    out = ['<div class="cb-sc-script">']
    for node in s.nodes:
        text = f'<div class="cb-node-text">{block(node.text)}</div>' if node.text else ""
        if node.outcome:
            out.append(f'<section class="cb-node cb-end cb-end-{node.outcome}" data-cb-node="{node.id}">'
                       f'<h3>{labels[node.id]}</h3>{text}<div class="cb-end-text">{block(node.ending)}</div></section>')
            continue
        out.append(f'<section class="cb-node" data-cb-node="{node.id}"><h3>{labels[node.id]}</h3>{text}'
                   f'<p class="cb-node-prompt"><strong>{inline(node.prompt)}</strong></p><ol class="cb-choices" type="A">')
        for c in node.choices:
            out.append(
                f'<li data-cb-choice="{attr(c.id)}"><span class="cb-choice-text">{inline(c.text)}</span>'
                f'<details><summary>What happens</summary><div class="cb-cons">{block(c.consequence)}</div>'
                f'<div class="cb-coach"><p><strong>Coaching:</strong></p>{block(c.coaching)}</div>'
                f'<p class="cb-next">Next: {labels[c.next]}</p></details></li>')
        out.append("</ol></section>")
    out.append("</div>")
    return "\n".join(out)


def player_html(s: Scenario) -> str:
    return "\n".join([
        f'<div class="cb-scenario" data-cb-scenario="{s.id}">',
        '<p class="cb-sc-intro">Choose what you would do at each point. You will see what the customer '
        "does next and why. You can go back one step to try another choice, or start again.</p>",
        '<div class="cb-sc-play" hidden><ol class="cb-sc-log"></ol><div class="cb-sc-now"></div>',
        '<div class="cb-actions"><button type="button" class="md-button cb-sc-back">Go back one step</button>'
        '<button type="button" class="md-button cb-sc-restart">Start again</button></div>',
        '<p class="cb-status" role="status"></p></div>',
        script_html(s),
        "</div>",
    ])


def _sentence(html: str) -> str:
    """The text with a full stop, unless it already ends a sentence (perhaps inside quotes)."""
    return html if html.rstrip("\"'”’)").endswith((".", "?", "!", "…")) else html + "."


def _review(s: Scenario) -> str:
    """A line for every choice, under "went well" (a best choice) or "work on"; the runtime shows
    the lines for the choices on the learner's path."""
    labels, well, work = _labels(s), [], []
    for node in s.nodes:
        if not node.choices:
            continue
        better = next(c for c in node.choices if c.score == node.best)
        for c in node.choices:
            item = f'<li data-cb-deb="{node.id}:{attr(c.id)}" hidden>{labels[node.id]}: '
            if c.score == node.best:
                well.append(f"{item}{inline(c.text)}</li>")
            else:
                work.append(f"{item}you chose {_sentence(inline(c.text))} A stronger choice: {inline(better.text)}</li>")
    return (f'<div class="cb-sc-well"><h4>What went well</h4><ul>{"".join(well)}</ul></div>'
            f'<div class="cb-sc-work"><h4>What to work on</h4><ul>{"".join(work)}</ul></div>')


def key_steps_html(course: Course, s: Scenario) -> list[str]:
    """The titles of the encounter-model steps that matter in `s`, as inline HTML."""
    steps = dict(course.encounter_model)
    return [inline(steps.get(k, k)) for k in s.key_steps]


def debrief_html(course: Course, s: Scenario) -> str:
    key = "".join(f"<li>{title}</li>" for title in key_steps_html(course, s))
    return "\n".join([
        f'<div class="cb-sc-debrief" data-cb-debrief="{s.id}">',
        '<p class="cb-sc-wait" hidden>The debrief opens when you reach an ending.</p>',
        '<div class="cb-sc-body">',
        '<div class="cb-sc-result" hidden><h3 class="cb-sc-result-title" tabindex="-1"></h3>'
        '<p>The score counts 2 for the best choice at each decision, 1 for partly right and 0 for a '
        f'mistake.</p>{_review(s)}</div>',
        f"<h3>What often goes wrong</h3>{block(s.often_goes_wrong)}",
        f"<h3>The better approach</h3>{block(s.better_approach)}",
        f"<h3>Encounter-model steps that matter here</h3><ol>{key}</ol>" if key else "",
        "</div></div>",
    ])


def scenario_data(s: Scenario) -> dict:
    """The decision graph the runtime replays: choice → (score, next, steps) and the node's best
    score; endings by outcome."""
    nodes = {}
    for n in s.nodes:
        if n.outcome:
            nodes[n.id] = {"end": n.outcome}
        else:
            nodes[n.id] = {"c": {c.id: [c.score, c.next, list(c.steps)] for c in n.choices},
                           "b": n.best}
    return {"start": s.start, "nodes": nodes}


def audience_label(course: Course, audience: str) -> str:
    return dict(course.audiences).get(audience, audience)


def scenario_list(course: Course, section: Section) -> str:
    """The section landing's list of scenarios, grouped by audience, with the learner's status."""
    order = [a for a, _ in course.audiences] + sorted({s.audience for s in section.scenarios})
    out = []
    for audience in dict.fromkeys(order):
        group = [s for s in section.scenarios if s.audience == audience]
        if not group:
            continue
        out.append(f"### {audience_label(course, audience)}\n")
        for s in group:
            out.append(f"- [{s.title}]({s.id}.md) — about {s.minutes} min. {s.summary} "
                       f'<span class="cb-sc-status" data-cb-sc-status="{s.id}"></span>')
        out.append("")
    return "\n".join(out)
