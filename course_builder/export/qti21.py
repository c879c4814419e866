"""QTI 2.1 as an IMS content package: one assessmentItem file per question (choice, order, match
and extended-text interactions, per-option feedback as modal feedback), an assessmentTest with a
section per category, the images, and imsmanifest.xml. Valid against the IMS XSDs (tested)."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from ..model import Question
from .bank import Entry, Texts
from .formats import Export, reflection_prompt
from .qti import IMSCP, XSI, Package, Resource, element_maker, identifier, write_xml

QTI = "http://www.imsglobal.org/xsd/imsqti_v2p1"
QTI_XSD = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"
el = element_maker(QTI)

# The XHTML QTI 2.1 allows in item bodies, and the attributes kept on each; other tags are unwrapped.
_BLOCK = {"p", "div", "ul", "ol", "li", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
          "table", "thead", "tbody", "tr", "th", "td", "caption", "dl", "dt", "dd"}
_INLINE = {"em", "strong", "b", "i", "code", "a", "img", "br", "span", "sub", "sup", "q", "abbr", "cite",
           "kbd", "samp", "var", "small", "big", "tt", "dfn", "acronym"}
_ATTRS = {"a": {"href"}, "img": {"src", "alt", "width", "height"}, "th": {"colspan", "rowspan"},
          "td": {"colspan", "rowspan"}, "ol": set(), "ul": set()}
_VOID = re.compile(r"<(br|img|hr)\b([^>]*?)\s*/?>", re.I)
_ENTITY = re.compile(r"&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);)(\w+);", re.I)


def xhtml(value: str) -> list[ET.Element]:
    """Author HTML (from Markdown) as elements in the QTI namespace, keeping only what QTI 2.1
    allows; text that is not well-formed XML comes through as one paragraph of plain text."""
    value = _VOID.sub(lambda m: f"<{m.group(1).lower()}{m.group(2)} />", value)
    value = _ENTITY.sub(lambda m: html.unescape(m.group(0)), value)
    try:
        root = ET.fromstring(f"<div>{value}</div>")
    except ET.ParseError:
        root = ET.Element("div")
        ET.SubElement(root, "p").text = re.sub(r"<[^>]+>", "", html.unescape(value))
    out = ET.Element("div")
    _copy(root, out)
    blocks = list(out)
    if (out.text and out.text.strip()) or any(b.tag.split("}")[1] not in _BLOCK for b in blocks):
        wrapper = ET.Element(f"{{{QTI}}}p")  # loose inline content goes in one paragraph
        wrapper.text, wrapper[:] = out.text, blocks
        return [wrapper]
    return blocks


def _copy(source: ET.Element, target: ET.Element) -> None:
    _append_text(target, source.text)
    for child in source:
        tag = child.tag.lower()
        if tag in _BLOCK or tag in _INLINE:
            attrs = {k: v for k, v in child.attrib.items() if k in _ATTRS.get(tag, set())}
            if tag == "img":
                attrs.setdefault("alt", "")
            node = ET.SubElement(target, f"{{{QTI}}}{tag}", attrs)
            _copy(child, node)
            node.tail = child.tail
        else:  # not allowed in QTI: keep its content only
            _append_text(target, child.text)
            for grandchild in list(child):
                holder = ET.Element("x")
                holder.append(grandchild)
                _copy(holder, target)
            _append_text(target, child.tail)


def _append_text(node: ET.Element, value: str | None) -> None:
    if not value:
        return
    if len(node):
        node[-1].tail = (node[-1].tail or "") + value
    else:
        node.text = (node.text or "") + value


def _flow(parent: ET.Element, value: str) -> ET.Element:
    for node in xhtml(value):
        parent.append(node)
    return parent


class Qti21(Package):
    """Writes `<stem>.zip`: an IMS content package of QTI 2.1 items and one assessment test."""

    schema_location = (f"{IMSCP} http://www.imsglobal.org/xsd/imscp_v1p1.xsd "
                       f"{QTI} {QTI_XSD}")

    def fill(self, folder: Path, entries: list[Entry], export: Export) -> list[Resource]:
        self.texts = Texts(self.docs, lambda path: "../images/" + path)
        resources: list[Resource] = []
        sections: dict[str, list[tuple[str, str]]] = {}
        for e in entries:
            q = e.question
            if q.type == "reflection" and not self.essays:
                continue
            item = self.item(q)
            href = f"items/{q.id}.xml"
            write_xml(folder / href, item)
            used = [f"images/{rel}" for rel in self.texts.images if rel in _used_images(item)]
            resources.append(Resource(identifier(q.id), "imsqti_item_xmlv2p1", href, [href] + used))
            sections.setdefault(e.category, []).append((identifier(q.id), f"../{href}"))
        self.copy_images(self.texts.images, folder / "images")
        test_id = identifier(f"{self.course.id}-bank")
        write_xml(folder / "tests" / "test.xml", self.test(test_id, sections))
        resources.append(Resource(test_id, "imsqti_test_xmlv2p1", "tests/test.xml",
                                  depends=[r.identifier for r in resources]))
        return resources

    def manifest(self, resources: list[Resource]) -> ET.Element:
        root = super().manifest(resources)
        meta = ET.Element(f"{{{IMSCP}}}metadata")
        ET.SubElement(meta, f"{{{IMSCP}}}schema").text = "QTIv2.1 Package"
        ET.SubElement(meta, f"{{{IMSCP}}}schemaversion").text = "1.0.0"
        root.insert(0, meta)
        return root

    def test(self, test_id: str, sections: dict[str, list[tuple[str, str]]]) -> ET.Element:
        ET.register_namespace("", QTI)
        ET.register_namespace("xsi", XSI)
        root = ET.Element(f"{{{QTI}}}assessmentTest", {"identifier": test_id, "title": self.course.title,
                                                        f"{{{XSI}}}schemaLocation": f"{QTI} {QTI_XSD}"})
        part = el(root, "testPart", {"identifier": "part-1", "navigationMode": "nonlinear",
                                     "submissionMode": "simultaneous"})
        for n, (title, items) in enumerate(sections.items(), 1):
            section = el(part, "assessmentSection", {"identifier": f"section-{n}", "title": title,
                                                     "visible": "true"})
            for ident, href in items:
                el(section, "assessmentItemRef", {"identifier": ident, "href": href})
        return root

    def item(self, q: Question) -> ET.Element:
        ET.register_namespace("", QTI)
        ET.register_namespace("xsi", XSI)
        root = ET.Element(f"{{{QTI}}}assessmentItem", {
            "identifier": identifier(q.id), "title": q.id, "adaptive": "false", "timeDependent": "false",
            f"{{{XSI}}}schemaLocation": f"{QTI} {QTI_XSD}"})
        kind = {"single": ("single", "identifier"), "true_false": ("single", "identifier"),
                "multiple": ("multiple", "identifier"), "ordering": ("ordered", "identifier"),
                "matching": ("multiple", "directedPair"), "reflection": ("single", "string")}[q.type]
        response = el(root, "responseDeclaration", {"identifier": "RESPONSE", "cardinality": kind[0],
                                                     "baseType": kind[1]})
        if q.scored:
            correct = el(response, "correctResponse")
            for value in self.correct_values(q):
                el(correct, "value", text=value)
        if q.type == "matching":  # credit for each right pair, as in the course
            mapping = el(response, "mapping", {"lowerBound": "0", "defaultValue": "0"})
            for value in self.correct_values(q):
                el(mapping, "mapEntry", {"mapKey": value, "mappedValue": "1"})
        score = el(root, "outcomeDeclaration", {"identifier": "SCORE", "cardinality": "single", "baseType": "float"})
        el(el(score, "defaultValue"), "value", text="0")
        if q.scored:
            el(root, "outcomeDeclaration", {"identifier": "FEEDBACK", "cardinality": "multiple",
                                            "baseType": "identifier"})
        body = el(root, "itemBody")
        prompt = reflection_prompt(q, self.texts) if q.type == "reflection" else self.texts.html(q.prompt, q)[0]
        _flow(body, prompt)
        feedback: dict[str, str] = {}
        if q.type == "reflection":
            el(body, "extendedTextInteraction", {"responseIdentifier": "RESPONSE",
                                                 "expectedLength": str(self.course.text_limits["reflection"])})
            return root
        if q.type in ("single", "multiple", "true_false"):
            interaction = el(body, "choiceInteraction", {
                "responseIdentifier": "RESPONSE", "shuffle": "true",
                "maxChoices": "1" if q.type != "multiple" else "0"})
            for o in q.options:
                choice = el(interaction, "simpleChoice", {"identifier": identifier(o.id),
                                                          "fixed": str(o.fixed or q.type == "true_false").lower()})
                _flow(choice, self.texts.html(o.text, q, inline=True)[0])
                feedback[identifier(o.id)] = self.texts.html(o.feedback, q)[0]
        elif q.type == "ordering":
            interaction = el(body, "orderInteraction", {"responseIdentifier": "RESPONSE", "shuffle": "true"})
            for item in q.items:
                _flow(el(interaction, "simpleChoice", {"identifier": identifier(item.id)}),
                      self.texts.html(item.text, q, inline=True)[0])
        else:
            interaction = el(body, "matchInteraction", {"responseIdentifier": "RESPONSE", "shuffle": "true",
                                                        "maxAssociations": str(len(q.pairs))})
            left, right = el(interaction, "simpleMatchSet"), el(interaction, "simpleMatchSet")
            for pair in q.pairs:
                _flow(el(left, "simpleAssociableChoice", {"identifier": f"P_{identifier(pair.id)}",
                                                          "matchMax": "1"}),
                      self.texts.html(pair.prompt, q, inline=True)[0])
                if pair.feedback:
                    feedback[f"ROW_{identifier(pair.id)}"] = self.texts.html(pair.feedback, q)[0]
            for answer in q.items:
                uses = sum(p.answer_id == answer.id for p in q.pairs)
                _flow(el(right, "simpleAssociableChoice", {"identifier": f"A_{identifier(answer.id)}",
                                                           "matchMax": str(max(uses, 1))}),
                      self.texts.html(answer.text, q, inline=True)[0])
        if q.feedback:
            feedback["RIGHT"], feedback["WRONG"] = (self.texts.html(t, q)[0] for t in q.feedback)
        if q.explanation:
            feedback["EXPLAIN"] = self.texts.html(q.explanation, q)[0]
        self.processing(root, q, feedback)
        for ident, value in feedback.items():
            _flow(el(root, "modalFeedback", {"outcomeIdentifier": "FEEDBACK", "identifier": ident,
                                             "showHide": "show"}), value)
        return root

    @staticmethod
    def correct_values(q: Question) -> list[str]:
        if q.type == "ordering":
            return [identifier(i.id) for i in q.items]
        if q.type == "matching":
            return [f"P_{identifier(p.id)} A_{identifier(p.answer_id)}" for p in q.pairs]
        return [identifier(o.id) for o in q.options if o.correct]

    @staticmethod
    def processing(root: ET.Element, q: Question, feedback: dict[str, str]) -> None:
        """Scored as in the course (choices all or nothing; ordering per item in its place;
        matching per right pair); FEEDBACK collects which feedback to show."""
        rp = el(root, "responseProcessing")

        def add(condition: ET.Element, ident: str) -> None:
            setter = el(condition, "setOutcomeValue", {"identifier": "FEEDBACK"})
            both = el(setter, "multiple")
            el(both, "variable", {"identifier": "FEEDBACK"})
            el(both, "baseValue", {"baseType": "identifier"}, ident)

        decide = el(rp, "responseCondition")
        right = el(decide, "responseIf")
        match = el(right, "match")
        el(match, "variable", {"identifier": "RESPONSE"})
        el(match, "correct", {"identifier": "RESPONSE"})
        wrong = el(decide, "responseElse")
        if q.type in ("single", "multiple", "true_false"):  # all or nothing
            el(el(right, "setOutcomeValue", {"identifier": "SCORE"}), "baseValue", {"baseType": "float"}, "1")
            el(el(wrong, "setOutcomeValue", {"identifier": "SCORE"}), "baseValue", {"baseType": "float"}, "0")
        if "RIGHT" in feedback:
            add(right, "RIGHT")
            add(wrong, "WRONG")
        if q.type == "matching":  # the right pairs, then a share of 1 (divided, so all right is exactly 1)
            el(el(rp, "setOutcomeValue", {"identifier": "SCORE"}), "mapResponse", {"identifier": "RESPONSE"})
        for n, item in enumerate(q.items if q.type == "ordering" else (), 1):  # the items in their places
            place = el(el(rp, "responseCondition"), "responseIf")
            same = el(place, "match")
            el(el(same, "index", {"n": str(n)}), "variable", {"identifier": "RESPONSE"})
            el(same, "baseValue", {"baseType": "identifier"}, identifier(item.id))
            total = el(el(place, "setOutcomeValue", {"identifier": "SCORE"}), "sum")
            el(total, "variable", {"identifier": "SCORE"})
            el(total, "baseValue", {"baseType": "float"}, "1")
        if q.type in ("matching", "ordering"):
            share = el(el(rp, "setOutcomeValue", {"identifier": "SCORE"}), "divide")
            el(share, "variable", {"identifier": "SCORE"})
            el(share, "baseValue", {"baseType": "float"}, str(len(q.pairs or q.items)))
        if q.type in ("single", "multiple", "true_false"):  # the feedback of each option chosen
            chosen = el(rp, "responseCondition")
            when = el(chosen, "responseIf")
            el(el(when, "not"), "isNull").append(ET.Element(f"{{{QTI}}}variable", {"identifier": "RESPONSE"}))
            setter = el(when, "setOutcomeValue", {"identifier": "FEEDBACK"})
            both = el(setter, "multiple")
            el(both, "variable", {"identifier": "FEEDBACK"})
            el(both, "variable", {"identifier": "RESPONSE"})
        for pair in q.pairs:  # a matching row's feedback, when that row is right
            if f"ROW_{identifier(pair.id)}" in feedback:
                row = el(el(rp, "responseCondition"), "responseIf")
                member = el(row, "member")
                el(member, "baseValue", {"baseType": "directedPair"},
                   f"P_{identifier(pair.id)} A_{identifier(pair.answer_id)}")
                el(member, "variable", {"identifier": "RESPONSE"})
                add(row, f"ROW_{identifier(pair.id)}")
        if "EXPLAIN" in feedback:
            always = el(el(rp, "responseCondition"), "responseIf")
            el(always, "baseValue", {"baseType": "boolean"}, "true")
            add(always, "EXPLAIN")


def _used_images(item: ET.Element) -> set[str]:
    prefix = "../images/"
    return {node.get("src", "")[len(prefix):] for node in item.iter(f"{{{QTI}}}img")
            if node.get("src", "").startswith(prefix)}
