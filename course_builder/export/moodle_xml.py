"""Moodle XML: every question type Moodle has, per-option feedback, right/partly/wrong feedback,
categories per section, and images carried inside the file (base64) where each text shows them."""

from __future__ import annotations

import base64
import html
import re
import xml.etree.ElementTree as ET

from ..model import Question
from .bank import Entry, Texts, general_feedback, multiple_weights, percent, plain
from .formats import Export, Writer, export_text, moodle_category, reflection_prompt

PLUGINFILE = "@@PLUGINFILE@@/"


class MoodleXml(Writer):
    """Writes `<stem>.xml`, a Moodle XML question file."""

    suffix = ".xml"

    def write(self, entries: list[Entry], export: Export) -> None:
        self.texts = Texts(self.docs, lambda path: PLUGINFILE + path)
        quiz = ET.Element("quiz")
        quiz.append(ET.Comment(f" {self.course.title} {self.course.version}: question bank written by "
                               "course-builder. It holds every answer: keep it from learners. "))
        category = None
        for entry in entries:
            if entry.category != category:
                category = entry.category
                node = ET.SubElement(quiz, "question", type="category")
                ET.SubElement(ET.SubElement(node, "category"), "text").text = \
                    moodle_category(self.course.title, category)
            q = entry.question
            if q.type == "reflection" and not self.essays:
                continue
            self.question(quiz, q, export)
        ET.indent(quiz)
        ET.ElementTree(quiz).write(self.target, encoding="UTF-8", xml_declaration=True)

    def question(self, quiz: ET.Element, q: Question, export: Export) -> None:
        kind = {"single": "multichoice", "multiple": "multichoice", "true_false": "truefalse",
                "matching": "matching", "ordering": "ordering", "reflection": "essay"}[q.type]
        node = ET.SubElement(quiz, "question", type=kind)
        ET.SubElement(ET.SubElement(node, "name"), "text").text = q.id
        prompt = reflection_prompt(q, self.texts) if q.type == "reflection" else self.texts.html(q.prompt, q)[0]
        self.html(node, "questiontext", prompt)
        self.html(node, "generalfeedback", general_feedback(q, self.texts))
        for tag, value in (("defaultgrade", "1"), ("penalty", "0"), ("hidden", "0"), ("idnumber", q.id)):
            ET.SubElement(node, tag).text = value
        if q.type in ("single", "multiple"):
            pinned = any(o.fixed for o in q.options)
            if pinned:
                export.count("options kept in the authored order (one is pinned; Moodle cannot pin one)")
            for tag, value in (("single", str(q.type == "single").lower()),
                               ("shuffleanswers", "false" if pinned else "true"),
                               ("answernumbering", "none"), ("showstandardinstruction", "1")):
                ET.SubElement(node, tag).text = value
            weights = multiple_weights(q) if q.type == "multiple" else {o.id: 100.0 if o.correct else 0.0
                                                                         for o in q.options}
            if q.type == "multiple":
                export.count("several answers: Moodle gives part marks for part of the right answer")
            for o in q.options:
                self.answer(node, q, o.text, percent(weights[o.id]), o.feedback)
        elif q.type == "true_false":
            for o in q.options:
                self.answer(node, q, None, "100" if o.correct else "0", o.feedback, literal=o.id)
        elif q.type == "reflection":
            for tag, value in (("responseformat", "editor"), ("responserequired", "1"),
                               ("responsefieldlines", "10"), ("attachments", "0"), ("attachmentsrequired", "0")):
                ET.SubElement(node, tag).text = value
            self.html(node, "graderinfo", f"<p>{export_text(self.course)['reflection_grader']}</p>")
            self.html(node, "responsetemplate", "")
        else:
            self.right_wrong(node, q)
            if q.type == "matching":
                ET.SubElement(node, "shuffleanswers").text = "true"
                answers = {i.id: i.text for i in q.items}
                for pair in q.pairs:
                    self.subquestion(node, q, self.texts.html(pair.prompt, q, inline=True)[0],
                                     plain(answers[pair.answer_id], q))
                used = {p.answer_id for p in q.pairs}
                for item in q.items:
                    if item.id not in used:
                        self.subquestion(node, q, "", plain(item.text, q))
            else:  # ordering: Moodle's Ordering question (standard from Moodle 4.4), credit per item in place
                for tag, value in (("layouttype", "VERTICAL"), ("selecttype", "ALL"), ("selectcount", "0"),
                                   ("gradingtype", "ABSOLUTE_POSITION"), ("showgrading", "SHOW"),
                                   ("numberingstyle", "none")):
                    ET.SubElement(node, tag).text = value
                for n, item in enumerate(q.items, 1):
                    self.answer(node, q, item.text, str(n), None)
        if q.type in ("single", "multiple"):
            self.html(node, "correctfeedback", "")
            self.html(node, "partiallycorrectfeedback", "")
            self.html(node, "incorrectfeedback", "")

    def html(self, parent: ET.Element, tag: str, value: str) -> ET.Element:
        """<tag format="html"><text>…</text> and the files its images need."""
        node = ET.SubElement(parent, tag, format="html")
        ET.SubElement(node, "text").text = value
        self._attach(node, value)
        return node

    def answer(self, node: ET.Element, q: Question, text: str | None, fraction: str, feedback: str | None,
               literal: str | None = None) -> None:
        answer = ET.SubElement(node, "answer", fraction=fraction, format="moodle_auto_format" if literal else "html")
        value = literal or self.texts.html(text or "", q, inline=True)[0]
        ET.SubElement(answer, "text").text = value
        self._attach(answer, value)
        if feedback is not None:
            self.html(answer, "feedback", self.texts.html(feedback, q, inline=True)[0])

    def subquestion(self, node: ET.Element, q: Question, prompt: str, answer: str) -> None:
        sub = self.html(node, "subquestion", prompt)
        ET.SubElement(ET.SubElement(sub, "answer"), "text").text = answer

    def right_wrong(self, node: ET.Element, q: Question) -> None:
        right, wrong = q.feedback or ("", "")
        self.html(node, "correctfeedback", self.texts.html(right, q)[0] if right else "")
        self.html(node, "partiallycorrectfeedback", self.texts.html(wrong, q)[0] if wrong else "")
        self.html(node, "incorrectfeedback", self.texts.html(wrong, q)[0] if wrong else "")

    def _attach(self, node: ET.Element, value: str) -> None:
        """The images a text shows, as <file> elements beside its <text> (Moodle's way)."""
        for rel in dict.fromkeys(re.findall(r'src="' + re.escape(PLUGINFILE) + r'([^"]+)"', value)):
            rel = html.unescape(rel)
            folder, _, name = ("/" + rel).rpartition("/")
            ET.SubElement(node, "file", name=name, path=folder + "/", encoding="base64").text = \
                base64.b64encode(self.docs[rel].read_bytes()).decode("ascii")
