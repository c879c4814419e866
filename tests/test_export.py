"""Question banks exported for an LMS's own quiz engine, read back as the LMS would: GIFT by
Moodle's rules (escapes, weights, feedback), Moodle XML by element, QTI 1.2 as Canvas reads
it, and QTI 2.1 validated against the IMS schemas. No parser on PyPI is kept up for GIFT or
Moodle XML (pygiftparser was last released in 2017; moodle-xml-parser reads two types), so
the readers here follow Moodle's own rules."""

from __future__ import annotations

import base64
import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
import xmlschema

from course_builder.checks import check_project
from course_builder.cli import main
from course_builder.export import export_bank
from course_builder.export.bank import multiple_weights
from course_builder.export.gift import escape
from course_builder.export.qti21 import xhtml
from course_builder.render import text

from .conftest import FIXTURES, ROOT

EXPORT = FIXTURES / "export"
PNG = (EXPORT / "docs" / "assets" / "meter.png").read_bytes()
QTI12 = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"
QTI21_SCHEMAS = ROOT / "tests" / "schemas" / "qti21"
IMSCP_XSD = ROOT / "course_builder" / "package" / "schemas" / "scorm2004-3rd" / "imscp_v1p1.xsd"


@pytest.fixture(scope="module")
def checked():
    return check_project(EXPORT)


@pytest.fixture(scope="module")
def exported(checked, tmp_path_factory):
    out = tmp_path_factory.mktemp("export")

    def get(fmt: str, pool: str = "all", essays: bool = True):
        return export_bank(checked.course, checked.docs, fmt, pool, out / f"{fmt}-{pool}-{essays}", "x", essays)
    return get


# --- GIFT -------------------------------------------------------------------------------------

def test_gift_escapes_every_special_character():
    assert escape("a=b {c} ~d #e: f\\g") == "a\\=b \\{c\\} \\~d \\#e\\: f\\\\g"
    assert escape("line one\nline two") == "line one\\nline two"


def _split(value: str, marks: str) -> list[str]:
    """Split at unescaped marks (keeping each mark at the start of its part), as Moodle does."""
    parts, current, i = [], "", 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            current += value[i:i + 2]
            i += 2
            continue
        if value[i] in marks and current.strip():
            parts.append(current)
            current = ""
        current += value[i]
        i += 1
    return parts + ([current] if current.strip() else [])


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), value).strip()


def read_gift(source: str) -> dict[str, dict]:
    """Questions by name: category, text, answers (mark, weight, text, feedback), general feedback."""
    out, category = {}, None
    for block in re.split(r"\n\s*\n", source):
        lines = [line for line in block.splitlines() if not line.startswith("//")]
        block = "\n".join(lines).strip()
        if not block:
            continue
        if block.startswith("$CATEGORY:"):
            category = block.split(":", 1)[1].strip()
            continue
        m = re.match(r"::(.*?)(?<!\\)::\[html\](.*?)(?<!\\)\{(.*)(?<!\\)\}$", block, re.S)
        assert m, block
        name, prompt, body = m.groups()
        general = None
        if re.search(r"(?<!\\)####", body):
            body, general = re.split(r"(?<!\\)####", body, maxsplit=1)
        answers = []
        for part in _split(body.strip(), "=~") if body.strip() and not body.strip().startswith(("TRUE", "FALSE")) \
                else []:
            mark, rest = part[0], part[1:]
            weight = None
            if w := re.match(r"%(-?[\d.]+)%", rest):
                weight, rest = float(w.group(1)), rest[w.end():]
            answer, _, feedback = rest.partition("#") if not re.search(r"(?<!\\)#", rest) else \
                re.split(r"(?<!\\)(#)", rest, maxsplit=1)
            answers.append({"mark": mark, "weight": weight, "text": _unescape(answer), "feedback": _unescape(feedback)})
        tf = re.match(r"(TRUE|FALSE)(?<!\\)#(.*?)(?<!\\)#(.*)$", body.strip(), re.S)
        out[_unescape(name)] = {"category": category, "text": _unescape(prompt), "answers": answers,
                                "general": _unescape(general) if general else None,
                                "tf": (tf.group(1), _unescape(tf.group(2)), _unescape(tf.group(3))) if tf else None}
    return out


def test_gift_reads_back_as_the_course_wrote_it(checked, exported):
    done = exported("gift")
    course = checked.course
    found = read_gift(done.path.read_text(encoding="utf-8"))
    assert set(found) == set(course.questions)
    assert found["x1-single"]["category"] == "$course$/top/Export fixture/Section 1: Tools"
    assert found["x2-html"]["category"] == "$course$/top/Export fixture/Section 2: Talk"
    for qid, q in course.questions.items():
        got = found[qid]
        if q.type in ("single", "multiple"):
            weights = multiple_weights(q)
            assert [a["text"] for a in got["answers"]] == [text.inline(o.text, q.html) for o in q.options]
            assert [a["feedback"] for a in got["answers"]] == [text.inline(o.feedback, q.html) for o in q.options]
            if q.type == "single":
                assert [a["mark"] == "=" for a in got["answers"]] == [o.correct for o in q.options]
            else:
                assert [a["weight"] for a in got["answers"]] == [weights[o.id] for o in q.options]
                assert sum(w for w in weights.values() if w > 0) == pytest.approx(100)
    # The prompt with every special character comes back exactly.
    assert found["x2-escapes"]["text"] == "<p>In the note \"a=b {c} ~d #e: f\\g\", which sign means equals?</p>"
    assert [a["text"] for a in found["x2-escapes"]["answers"]] == ["=", "~", "The # sign"]
    assert found["x2-escapes"]["answers"][1]["feedback"] == "No: ~ means about, {like this}."
    # True/false: the wrong answer's feedback first, then the right one's.
    assert found["x1-tf"]["tf"] == ("TRUE", "That is exactly what it measures.", "It does.")
    # Matching: rows, the extra answer, and the rows' own feedback in the general feedback.
    match = found["x1-match"]
    assert [a["text"] for a in match["answers"]] == ["Wrench -> Turn a nut", "Meter -> Measure use",
                                                     "Valve key -> Shut off the water", "-> Paint a fence"]
    assert "A wrench turns nuts." in match["general"]
    # Ordering becomes matching to places 1, 2, 3; a reflection an essay ({}).
    assert [a["text"] for a in found["x1-order"]["answers"]] == ["Find the leak -> 1", "Shut the valve -> 2",
                                                                 "Fix the pipe -> 3"]
    assert found["x1-reflect"]["answers"] == [] and "Think of your last job." in found["x1-reflect"]["text"]
    assert found["x1-single"]["general"] == "<p>The valve key turns the curb stop.</p>"
    # GIFT cannot carry files: the image is copied beside the file, and the note says so.
    assert (done.path.parent / "x-all-gift-images" / "assets" / "meter.png").read_bytes() == PNG
    assert any("GIFT cannot carry images" in n for n in done.summary())


def test_reflections_can_be_left_out_with_a_note(exported):
    done = exported("gift", "x1-tools", essays=False)
    found = read_gift(done.path.read_text(encoding="utf-8"))
    assert "x1-reflect" not in found and "x2-html" not in found and "x1-k-image" in found
    assert done.left_out == 1 and any("1 reflection question(s) left out" in n for n in done.summary())


# --- Moodle XML -------------------------------------------------------------------------------

def test_moodle_xml_maps_every_type(checked, exported):
    root = ET.parse(exported("moodle-xml").path).getroot()
    categories = [c.findtext("category/text") for c in root.findall("question[@type='category']")]
    assert categories == ["$course$/top/Export fixture/Section 1: Tools", "$course$/top/Export fixture/Section 2: Talk"]
    questions = {q.findtext("name/text"): q for q in root.findall("question") if q.get("type") != "category"}
    assert {k: q.get("type") for k, q in questions.items()} == {
        "x1-k-image": "multichoice", "x1-single": "multichoice", "x1-multi": "multichoice", "x1-tf": "truefalse",
        "x1-order": "ordering", "x1-match": "matching", "x1-reflect": "essay", "x2-escapes": "multichoice",
        "x2-html": "multichoice"}
    single = questions["x1-single"]
    assert [a.get("fraction") for a in single.findall("answer")] == ["100", "0", "0"]
    feedback = [a.findtext("feedback/text") for a in single.findall("answer")]
    assert feedback[1] == "That paints; it does not shut anything."
    assert single.findtext("shuffleanswers") == "false"  # "None of these" is pinned: keep the authored order
    assert single.findtext("generalfeedback/text") == "<p>The valve key turns the curb stop.</p>"
    multi = questions["x1-multi"]
    assert multi.findtext("single") == "false" and multi.findtext("shuffleanswers") == "true"
    assert [a.get("fraction") for a in multi.findall("answer")] == ["50", "50", "-100"]
    tf = questions["x1-tf"]
    assert [(a.findtext("text"), a.get("fraction"), a.findtext("feedback/text")) for a in tf.findall("answer")] == [
        ("true", "100", "It does."), ("false", "0", "That is exactly what it measures.")]
    order = questions["x1-order"]
    assert [(a.findtext("text"), a.get("fraction")) for a in order.findall("answer")] == [
        ("Find the leak", "1"), ("Shut the valve", "2"), ("Fix the pipe", "3")]
    assert order.findtext("gradingtype") == "ABSOLUTE_POSITION"  # credit per item in its place, as in the course
    assert order.findtext("correctfeedback/text") == "<p>That is the order.</p>"
    match = questions["x1-match"]
    assert [(s.findtext("text"), s.findtext("answer/text")) for s in match.findall("subquestion")] == [
        ("Wrench", "Turn a nut"), ("Meter", "Measure use"), ("Valve key", "Shut off the water"), ("", "Paint a fence")]
    assert match.findtext("incorrectfeedback/text") == "<p>Not all of them.</p>"
    essay = questions["x1-reflect"]
    assert "Think of your last job." in essay.findtext("questiontext/text")
    # The image travels inside the file, where the text that shows it is.
    image = questions["x1-k-image"].find("questiontext")
    assert 'src="@@PLUGINFILE@@/assets/meter.png"' in image.findtext("text")
    file = image.find("file")
    assert (file.get("name"), file.get("path"), file.get("encoding")) == ("meter.png", "/assets/", "base64")
    assert base64.b64decode(file.text) == PNG
    # Raw HTML the author allowed stays HTML; elsewhere tags are text.
    assert questions["x2-html"].findtext("questiontext/text") == "<p>Which word is <strong>bold</strong> here?</p>"


# --- QTI 1.2 (Canvas) -------------------------------------------------------------------------

def _unzip(path: Path, into: Path) -> Path:
    with zipfile.ZipFile(path) as zf:
        zf.extractall(into)
    return into


def test_qti12_package_as_canvas_reads_it(exported, tmp_path):
    folder = _unzip(exported("qti12").path, tmp_path)
    manifest = ET.parse(folder / "imsmanifest.xml").getroot()
    ns = "{http://www.imsglobal.org/xsd/imscp_v1p1}"
    resources = manifest.findall(f"{ns}resources/{ns}resource")
    assert [r.get("type") for r in resources] == ["imsqti_xmlv1p2", "imsqti_xmlv1p2", "webcontent"]
    for r in resources:  # every file named is in the package
        assert (folder / r.get("href")).is_file()
    banks = [ET.parse(folder / r.get("href")).getroot() for r in resources[:2]]
    assert [b.find(f"{QTI12}assessment").get("title") for b in banks] == [
        "Export fixture: Section 1: Tools", "Export fixture: Section 2: Talk"]
    items = {i.get("title"): i for b in banks for i in b.iter(f"{QTI12}item")}

    def meta(item, label):
        for field in item.iter(f"{QTI12}qtimetadatafield"):
            if field.findtext(f"{QTI12}fieldlabel") == label:
                return field.findtext(f"{QTI12}fieldentry")

    assert {k: meta(i, "question_type") for k, i in items.items()} == {
        "x1-k-image": "multiple_choice_question", "x1-single": "multiple_choice_question",
        "x1-multi": "multiple_answers_question", "x1-tf": "true_false_question", "x1-order": "matching_question",
        "x1-match": "matching_question", "x1-reflect": "essay_question", "x2-escapes": "multiple_choice_question",
        "x2-html": "multiple_choice_question"}
    single = items["x1-single"]
    scored = [c for c in single.iter(f"{QTI12}respcondition") if c.find(f"{QTI12}setvar") is not None]
    assert [v.text for v in scored[0].iter(f"{QTI12}varequal")] == ["a"]
    feedback = {f.get("ident"): f.findtext(f".//{QTI12}mattext") for f in single.findall(f"{QTI12}itemfeedback")}
    assert feedback["b_fb"] == "That paints; it does not shut anything." and "general_fb" in feedback
    multi = items["x1-multi"]
    scored = next(c for c in multi.iter(f"{QTI12}respcondition") if c.find(f"{QTI12}setvar") is not None)
    assert [v.text for v in scored.find(f"{QTI12}conditionvar/{QTI12}and").findall(f"{QTI12}varequal")] == ["a", "b"]
    assert scored.find(f".//{QTI12}not/{QTI12}varequal").text == "c"
    match = items["x1-match"]
    rows = match.findall(f".//{QTI12}response_lid")
    assert len(rows) == 3 and len(rows[0].findall(f".//{QTI12}response_label")) == 4
    image = items["x1-k-image"].findtext(f"{QTI12}presentation/{QTI12}material/{QTI12}mattext")
    assert 'src="$IMS-CC-FILEBASE$/assets/meter.png"' in image
    assert (folder / "web_resources" / "assets" / "meter.png").read_bytes() == PNG


# --- QTI 2.1 ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def qti21_schema():
    from tests.schemas.qti21 import load  # the IMS schema, with our stubs for what it imports

    return load()


def test_qti21_package_validates_against_the_ims_schemas(exported, qti21_schema, tmp_path):
    folder = _unzip(exported("qti21").path, tmp_path)
    manifest_schema = xmlschema.XMLSchema(IMSCP_XSD)
    manifest_schema.validate(folder / "imsmanifest.xml")
    manifest = ET.parse(folder / "imsmanifest.xml").getroot()
    ns = "{http://www.imsglobal.org/xsd/imscp_v1p1}"
    listed = [f.get("href") for f in manifest.iter(f"{ns}file")]
    assert sorted(set(listed)) == sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                                         if p.is_file() and p.name != "imsmanifest.xml")
    items = sorted((folder / "items").glob("*.xml"))
    assert len(items) == 9
    for path in items + [folder / "tests" / "test.xml"]:
        qti21_schema.validate(path)
    broken = (folder / "items" / "x1-single.xml").read_text(encoding="utf-8").replace('identifier="b"', "", 1)
    assert not qti21_schema.is_valid(broken)  # the schema does check: a choice without its identifier fails
    q = ET.parse(folder / "items" / "x1-single.xml").getroot()
    ns = "{http://www.imsglobal.org/xsd/imsqti_v2p1}"
    assert [v.text for v in q.iter(f"{ns}value") if v.text != "0"] == ["a"]
    feedback = {f.get("identifier"): "".join(f.itertext()).strip() for f in q.findall(f"{ns}modalFeedback")}
    assert feedback["b"] == "That paints; it does not shut anything." and "EXPLAIN" in feedback
    assert [c.get("fixed") for c in q.iter(f"{ns}simpleChoice")] == ["false", "false", "true"]
    order = ET.parse(folder / "items" / "x1-order.xml").getroot()
    assert order.find(f".//{ns}responseDeclaration").get("cardinality") == "ordered"
    match = ET.parse(folder / "items" / "x1-match.xml").getroot()
    assert [v.text for v in match.iter(f"{ns}value")][:3] == ["P_a A_a", "P_b A_b", "P_c A_c"]
    assert (folder / "images" / "assets" / "meter.png").read_bytes() == PNG
    image = ET.parse(folder / "items" / "x1-k-image.xml").getroot().find(f".//{ns}img")
    assert (image.get("src"), image.get("alt")) == ("../images/assets/meter.png", "A meter dial at 0450")


def test_xhtml_keeps_what_qti_allows_and_unwraps_the_rest():
    ns = "{http://www.imsglobal.org/xsd/imsqti_v2p1}"
    out = xhtml('<p>A <mark>marked</mark> <em>word</em>&nbsp;and<br> a <img src="x.png"></p>')
    assert [e.tag for e in out] == [f"{ns}p"]
    assert "".join(out[0].itertext()) == "A marked word\u00a0and a "
    assert [e.tag for e in out[0]] == [f"{ns}em", f"{ns}br", f"{ns}img"] and out[0][2].get("alt") == ""
    assert "".join(xhtml("<p>broken <b>html</p>")[0].itertext()) == "broken html"


def test_an_image_not_under_docs_is_left_as_linked_and_named():
    from course_builder.export.bank import Texts
    from course_builder.model import Question

    q = Question(id="q1", type="single", prompt="![A dial](../assets/none.png) and ![Remote](https://example.org/a.png)")
    texts = Texts({"assets/meter.png": EXPORT / "docs" / "assets" / "meter.png"}, lambda path: "files/" + path)
    rendered, used = texts.html(q.prompt, q)
    assert used == [] and 'src="../assets/none.png"' in rendered
    assert texts.missing == ["q1: ../assets/none.png", "q1: https://example.org/a.png"]
    assert texts.html("![A dial](../assets/meter.png)", q) == (
        '<p><img alt="A dial" src="files/assets/meter.png"></p>', ["assets/meter.png"])


# --- the command ------------------------------------------------------------------------------

def test_export_command_writes_and_names_the_pool(tmp_path, capsys):
    assert main(["export", "--project", str(EXPORT), "--format", "qti21", "--out", str(tmp_path)]) == 0
    assert (tmp_path / "export-course-1.0-final-qti21.zip").is_file()
    assert "7 questions written to" in capsys.readouterr().out  # the final pool: no checks, no reflection
    assert main(["export", "--project", str(EXPORT), "--format", "gift", "--pool", "x3", "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "error: --pool x3: no pool called 'x3'; choose one of: final, all, x1-tools, x2-talk" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export-course-1.0-final-qti21.zip"]
