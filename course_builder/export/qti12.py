"""QTI 1.2 as Canvas imports it: one assessment per section (Canvas makes each a question bank),
Canvas's question types, per-option feedback, images as the package's web resources."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from ..model import Question
from .bank import Entry, Texts, general_feedback, plain
from .formats import Export, ordering_as_matching, reflection_prompt
from .qti import Package, Resource, identifier, write_xml

QTI = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
FILEBASE = "$IMS-CC-FILEBASE$/"  # Canvas resolves it to the package's web_resources/ folder
TYPES = {"single": "multiple_choice_question", "multiple": "multiple_answers_question",
         "true_false": "true_false_question", "matching": "matching_question",
         "ordering": "matching_question", "reflection": "essay_question"}


def _el(parent: ET.Element, tag: str, attrs: dict[str, str] | None = None, text: str | None = None) -> ET.Element:
    node = ET.SubElement(parent, tag, attrs or {})
    if text is not None:
        node.text = text
    return node


def _material(parent: ET.Element, value: str, texttype: str = "text/html") -> None:
    _el(_el(parent, "material"), "mattext", {"texttype": texttype}, value)


class Qti12(Package):
    """Writes `<stem>.zip`: imsmanifest.xml, one QTI 1.2 assessment per category, web_resources/."""

    schema_location = "http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd"

    def fill(self, folder: Path, entries: list[Entry], export: Export) -> list[Resource]:
        self.texts = Texts(self.docs, lambda path: FILEBASE + path)
        groups: dict[str, list[Question]] = {}
        for e in entries:
            if e.question.type != "reflection" or self.essays:
                groups.setdefault(e.category, []).append(e.question)
        resources = []
        for n, (category, questions) in enumerate(groups.items(), 1):
            ident = f"{identifier(self.course.id)}-bank-{n}"
            root = ET.Element("questestinterop", {"xmlns": QTI})
            assessment = _el(root, "assessment", {"ident": ident, "title": f"{self.course.title}: {category}"})
            section = _el(assessment, "section", {"ident": "root_section"})
            for q in questions:
                self.item(section, q, export)
            write_xml(folder / ident / f"{ident}.xml", root)
            resources.append(Resource(ident, "imsqti_xmlv1p2", f"{ident}/{ident}.xml"))
        for rel, source in self.texts.images.items():
            self.copy_images({rel: source}, folder / "web_resources")
            resources.append(Resource(f"image-{len(resources)}", "webcontent", f"web_resources/{rel}"))
        return resources

    def item(self, section: ET.Element, q: Question, export: Export) -> None:
        item = _el(section, "item", {"ident": identifier(q.id), "title": q.id})
        meta = _el(_el(item, "itemmetadata"), "qtimetadata")
        for label, entry in (("question_type", TYPES[q.type]), ("points_possible", "1.0")):
            field = _el(meta, "qtimetadatafield")
            _el(field, "fieldlabel", text=label)
            _el(field, "fieldentry", text=entry)
        presentation = _el(item, "presentation")
        prompt = reflection_prompt(q, self.texts) if q.type == "reflection" else self.texts.html(q.prompt, q)[0]
        if q.type == "ordering":
            prompt += ordering_as_matching(self.course)
            export.count("ordering as matching (Canvas has no ordering question)")
        _material(presentation, prompt)
        processing = _el(item, "resprocessing")
        _el(_el(processing, "outcomes"), "decvar", {"maxvalue": "100", "minvalue": "0", "varname": "SCORE",
                                                    "vartype": "Decimal"})
        feedback: dict[str, str] = {}
        general = general_feedback(q, self.texts)
        if general:
            feedback["general_fb"] = general
            self.condition(processing, None, "general_fb")
        if q.type == "reflection":
            response = _el(presentation, "response_str", {"ident": "response1", "rcardinality": "Single"})
            _el(_el(response, "render_fib"), "response_label", {"ident": "answer1", "rshuffle": "No"})
            _el(_el(_el(processing, "respcondition", {"continue": "No"}), "conditionvar"), "other")
        elif q.type in ("single", "multiple", "true_false"):
            self.choices(presentation, processing, q, feedback)
        else:
            self.rows(presentation, processing, q, feedback)
        for ident, value in feedback.items():
            node = _el(item, "itemfeedback", {"ident": ident})
            _material(_el(node, "flow_mat"), value)

    def choices(self, presentation: ET.Element, processing: ET.Element, q: Question,
                feedback: dict[str, str]) -> None:
        cardinality = "Multiple" if q.type == "multiple" else "Single"
        lid = _el(presentation, "response_lid", {"ident": "response1", "rcardinality": cardinality})
        render = _el(lid, "render_choice", {"shuffle": "No" if any(o.fixed for o in q.options) else "Yes"})
        for o in q.options:
            label = _el(render, "response_label", {"ident": identifier(o.id)})
            _material(label, self.texts.html(o.text, q, inline=True)[0])
            feedback[f"{identifier(o.id)}_fb"] = self.texts.html(o.feedback, q, inline=True)[0]
            self.condition(processing, [(o.id, True)], f"{identifier(o.id)}_fb")
        right = [(o.id, o.correct) for o in q.options if o.correct or q.type == "multiple"]
        scored = _el(processing, "respcondition", {"continue": "No"})
        self._conditions(_el(scored, "conditionvar"), right, "response1")
        _el(scored, "setvar", {"action": "Set", "varname": "SCORE"}, "100")

    def rows(self, presentation: ET.Element, processing: ET.Element, q: Question,
             feedback: dict[str, str]) -> None:
        """Matching (and ordering as matching): one response per row, each worth its share."""
        if q.type == "ordering":
            rows = [(identifier(i.id), self.texts.html(i.text, q, inline=True)[0], f"place{n}")
                    for n, i in enumerate(q.items, 1)]
            answers = [(f"place{n}", str(n)) for n in range(1, len(q.items) + 1)]
        else:
            rows = [(identifier(p.id), self.texts.html(p.prompt, q, inline=True)[0], identifier(p.answer_id))
                    for p in q.pairs]
            answers = [(identifier(i.id), plain(i.text, q)) for i in q.items]
        share = f"{100 / len(rows):.4f}"
        for row, prompt, answer in rows:
            lid = _el(presentation, "response_lid", {"ident": f"response_{row}"})
            _material(lid, prompt)
            render = _el(lid, "render_choice")
            for ident, text in answers:
                _material(_el(render, "response_label", {"ident": ident}), text, "text/plain")
            condition = _el(processing, "respcondition")
            _el(_el(condition, "conditionvar"), "varequal", {"respident": f"response_{row}"}, answer)
            _el(condition, "setvar", {"varname": "SCORE", "action": "Add"}, share)
        if q.feedback:
            feedback["correct_fb"], feedback["general_incorrect_fb"] = (self.texts.html(t, q)[0] for t in q.feedback)

    def condition(self, processing: ET.Element, chosen: list[tuple[str, bool]] | None, feedback: str) -> None:
        node = _el(processing, "respcondition", {"continue": "Yes"})
        var = _el(node, "conditionvar")
        if chosen is None:
            _el(var, "other")
        else:
            self._conditions(var, chosen, "response1")
        _el(node, "displayfeedback", {"feedbacktype": "Response", "linkrefid": feedback})

    @staticmethod
    def _conditions(var: ET.Element, chosen: list[tuple[str, bool]], respident: str) -> None:
        parent = _el(var, "and") if len(chosen) > 1 else var
        for option, wanted in chosen:
            target = parent if wanted else _el(parent, "not")
            _el(target, "varequal", {"respident": respident}, identifier(option))
