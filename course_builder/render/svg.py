"""SVG drawings made safe to inline into a page.

A drawing is parsed with expat (declared entities refused, nesting limited, each element's line
kept for messages; no regular expressions on the XML), then reduced to plain SVG: no script,
event attributes, foreignObject, editor metadata or <style>, and nothing that loads another
file. Its ids get a placeholder prefix that each page replaces with the figure's own, so two
figures never clash; black becomes the text colour (currentColor), so a drawing follows the
theme (light, dark, print)."""

from __future__ import annotations

import copy
import re
import xml.etree.ElementTree as ET
from xml.parsers import expat

from ..problems import Problems

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"
# Stands for a figure's id prefix until its page is rendered: XML text can never hold U+0001.
PREFIX = "\x01"
MAX_DEPTH = 100
MAX_BYTES = 1_000_000
DROPPED = ("script", "foreignObject")  # left out with a warning; <metadata> and editors' elements silently
TEXTY = ("text", "tspan", "textPath")  # elements whose whitespace is part of the text
REF_ATTRS = ("href", "src")
URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)", re.I)
SCHEME = re.compile(r"^\s*([a-z][a-z0-9+.-]*:|//)", re.I)
WEB = re.compile(r"^\s*(https?:|//)", re.I)
BLACK = re.compile(r"^\s*(#000|#000000|black)\s*$", re.I)
BLACK_DECL = re.compile(r"\b(fill|stroke|color|stop-color)(\s*:\s*)(#000000|#000|black)\b", re.I)
PAINT = ("fill", "stroke", "color", "stop-color")
LENGTH = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(px|mm|cm|in|pt|pc)?\s*$")
UNITS = {"px": 1.0, "mm": 96 / 25.4, "cm": 96 / 2.54, "in": 96.0, "pt": 4 / 3, "pc": 16.0}
EDIT_HINT = ("open it in a text editor or an SVG editor (e.g. Inkscape) and save it again as plain SVG")


class _Refused(Exception):
    def __init__(self, line: int, message: str, hint: str = EDIT_HINT):
        super().__init__(message)
        self.line, self.message, self.hint = line, message, hint


def _parse(data: bytes) -> tuple[ET.Element, dict[int, int]]:
    """The element tree of `data` and each element's line (by id()); _Refused on bad input."""
    parser = expat.ParserCreate(namespace_separator="}")
    builder = ET.TreeBuilder()
    lines: dict[int, int] = {}
    depth = 0

    def name(raw: str) -> str:
        return "{" + raw if "}" in raw else raw

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        if depth > MAX_DEPTH:
            raise _Refused(parser.CurrentLineNumber, f"elements are nested more than {MAX_DEPTH} levels deep",
                           "simplify the drawing (ungroup nested groups) and save it again")
        element = builder.start(name(tag), {name(k): v for k, v in attrs.items()})
        lines[id(element)] = parser.CurrentLineNumber

    def end(tag: str) -> None:
        nonlocal depth
        depth -= 1
        builder.end(name(tag))

    def entity(*_: object) -> None:
        raise _Refused(parser.CurrentLineNumber, "the file declares an XML entity, which a figure may not use",
                       "remove the <!ENTITY …> declarations (and the DOCTYPE's [ … ] part) and write the "
                       "values out")

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = builder.data
    parser.EntityDeclHandler = entity
    parser.UnparsedEntityDeclHandler = entity
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise _Refused(exc.lineno, f"not well-formed XML: {expat.ErrorString(exc.code)}") from None
    return builder.close(), lines


def _split(qname: str) -> tuple[str, str]:
    """(namespace, local name) of an ElementTree name."""
    if qname.startswith("{"):
        ns, _, local = qname[1:].partition("}")
        return ns, local
    return "", qname


class _Cleaner:
    """One pass over a parsed drawing: report what a figure may not hold, drop what it need not."""

    def __init__(self, where: str, lines: dict[int, int], problems: Problems):
        self.where, self.lines, self.problems = where, lines, problems
        self.ok = True
        self.ids: set[str] = set()
        self.warned: set[str] = set()

    def error(self, element: ET.Element, message: str, hint: str) -> None:
        self.ok = False
        self.problems.add(self.where, self.lines.get(id(element), 1), message, hint)

    def warn(self, element: ET.Element, what: str, why: str = "a course page runs no script from a drawing") -> None:
        if what not in self.warned:
            self.warned.add(what)
            self.problems.warn(self.where, self.lines.get(id(element), 1), f"{what} is left out of the figure: {why}",
                               "remove it from the file; a figure is a picture, and its text goes in alt: and "
                               "description:")

    def clean(self, element: ET.Element, top: bool = False) -> None:
        """Strip `element` (already known to be SVG) in place: attributes, then children."""
        self._attributes(element)
        kept = []
        for child in list(element):
            ns, local = _split(child.tag)
            if ns == SVG_NS and local in DROPPED:
                self.warn(child, f"<{local}>", "a course page runs no script from a drawing" if local == "script"
                          else "a figure is drawn in SVG, without HTML inside")
            elif ns == SVG_NS and local in ("animate", "set") and child.get("attributeName", "").endswith("href"):
                self.warn(child, f"<{local}> of a link")  # it could turn a link into a script
            elif ns == SVG_NS and local == "style":
                self.error(child, "a <style> element in an inlined SVG would restyle the whole page",
                           "give each shape its colours as attributes (fill=, stroke=) or in style=\"…\"; "
                           "Inkscape: Preferences › Input/Output › SVG output › CSS: style attribute; "
                           "Illustrator: Styling: Presentation Attributes")
            elif ns != SVG_NS or local == "metadata" or (top and local in ("title", "desc")):
                pass  # editors' data, and the file's own title: the figure's alt and description replace it
            else:
                child.tag = local
                self.clean(child)
                kept.append(child)
                continue
            if child.tail:  # the text after a dropped element stays
                if kept:
                    kept[-1].tail = (kept[-1].tail or "") + child.tail
                else:
                    element.text = (element.text or "") + child.tail
        element[:] = kept
        texty = element.tag in TEXTY  # its text and its children's tails are text the drawing shows
        element.text = _squash(element.text, texty)
        for child in element:
            child.tail = _squash(child.tail, texty)

    def _attributes(self, element: ET.Element) -> None:
        for qname, value in list(element.attrib.items()):
            del element.attrib[qname]
            ns, local = _split(qname)
            if ns == XLINK_NS and local == "href":
                ns = ""
            if ns == XML_NS and local in ("space", "lang"):
                element.set(qname, value)
                continue
            if ns or local.lower().startswith("on"):
                if local.lower().startswith("on"):
                    self.warn(element, f"the event attribute {local}=")
                continue
            if local in REF_ATTRS and not value.strip():
                continue
            if local in REF_ATTRS and not value.strip().startswith(("#", "data:")):
                self._reference(element, local, value)
                continue
            for match in URL.finditer(value):
                if not match.group(2).strip().startswith(("#", "data:")):
                    self._reference(element, local, match.group(2))
            if local == "id":
                self.ids.add(value)
            if local in PAINT and BLACK.match(value):
                value = "currentColor"
            elif local == "style":
                value = BLACK_DECL.sub(r"\1\2currentColor", value)
            element.set(local, value)

    def _reference(self, element: ET.Element, attribute: str, target: str) -> None:
        tag = _split(element.tag)[1]
        if WEB.match(target):
            self.error(element, f"<{tag} {attribute}> refers to another host ({target}), but the course must "
                       "make no request to another host", "embed what it shows in the drawing itself, or draw it")
        elif SCHEME.match(target) and not target.strip().lower().startswith("data:"):
            self.error(element, f"<{tag} {attribute}> has a link ({target}) a figure may not hold",
                       "remove the link: a figure is a picture, and its text goes in alt: and description:")
        else:
            self.error(element, f"<{tag} {attribute}> refers to another file ({target}), which an inlined "
                       "drawing cannot load", "embed the image in the drawing (Inkscape: Extensions › Images › "
                       "Embed Images), or make a PNG figure of it")


def _squash(value: str | None, texty: bool) -> str | None:
    """Line breaks become spaces; whitespace alone between elements goes, except inside text."""
    if not value:
        return None
    if not value.strip():
        return " " if texty else None
    return re.sub(r"\s*\n\s*", " ", value)


def _size(root: ET.Element) -> tuple[str, str] | None:
    """The drawing's width and height in CSS pixels: its width= and height=, else its viewBox's."""
    width, height = (_pixels(root.get(k, "")) for k in ("width", "height"))
    if width and height:
        return _number(width), _number(height)
    box = root.get("viewBox", "").replace(",", " ").split()
    try:
        if len(box) == 4 and float(box[2]) > 0 and float(box[3]) > 0:
            return _number(float(box[2])), _number(float(box[3]))
    except ValueError:
        pass
    return None


def _pixels(length: str) -> float | None:
    match = LENGTH.match(length)
    return float(match.group(1)) * UNITS[match.group(2) or "px"] if match else None


def _number(value: float) -> str:
    return f"{round(value, 2):g}"


def _prefix_ids(root: ET.Element, ids: set[str]) -> None:
    """Give every id, and every reference to one (#id, url(#id), ARIA id lists), the placeholder
    prefix and a hyphen (PREFIX-id); the figure's own ids have none (PREFIXt, PREFIXd), so never clash."""
    def url(match: re.Match[str]) -> str:
        target = match.group(2).strip()
        if target.startswith("#") and target[1:] in ids:
            return f"url(#{PREFIX}-{target[1:]})"
        return match.group(0)

    for element in root.iter():
        for name, value in list(element.attrib.items()):
            if name == "href":
                # Written xlink:href, which every browser still reads: Material's instant navigation
                # rewrites each [href] as if it were a link's, and an SVG element's href is read-only.
                del element.attrib[name]
                name = "xlink:href"
            if name == "id":
                value = f"{PREFIX}-{value}"
            elif name in ("xlink:href", "src") and value.startswith("#") and value[1:] in ids:
                value = f"#{PREFIX}-{value[1:]}"
            elif name in ("aria-labelledby", "aria-describedby"):
                value = " ".join(f"{PREFIX}-{v}" if v in ids else v for v in value.split())
            elif "url(" in value:
                value = URL.sub(url, value)
            element.set(name, value)


def load(data: bytes, where: str, problems: Problems) -> ET.Element | None:
    """The drawing in `data` (the file `where`), cleaned and ready for `markup`; None (with every
    problem added, naming `where` and its line) when it cannot be a figure."""
    if len(data) > MAX_BYTES:
        problems.add(where, 0, f"the drawing is {len(data) // 1000:,} KB; a figure inlined into a page must be "
                     f"under {MAX_BYTES // 1000:,} KB", "simplify it (e.g. Inkscape's Save As › Optimized SVG), or "
                     "make a PNG figure of it")
        return None
    try:
        root, lines = _parse(data)
    except _Refused as exc:
        problems.add(where, exc.line, exc.message, exc.hint)
        return None
    if root.tag != f"{{{SVG_NS}}}svg":
        problems.add(where, 1, f"not an SVG drawing: its first element is <{_split(root.tag)[1]}>, not <svg> "
                     f"in the SVG namespace", f"start it with <svg xmlns=\"{SVG_NS}\" …>")
        return None
    cleaner = _Cleaner(where, lines, problems)
    root.tag = "svg"
    cleaner.clean(root, top=True)
    size = _size(root)
    if size is None:
        cleaner.error(root, "the drawing has no viewBox (nor a width and height in pixels), so it cannot scale "
                      "to the page", 'add viewBox="0 0 W H" to its <svg> element (W and H: its width and height)')
    if not cleaner.ok or size is None:
        return None
    if "viewBox" not in root.attrib:
        root.set("viewBox", f"0 0 {size[0]} {size[1]}")
    root.set("width", size[0])
    root.set("height", size[1])
    _prefix_ids(root, cleaner.ids)
    return root


def markup(root: ET.Element, alt: str, described: bool, kind: str = "cb-figure-img") -> str:
    """The drawing as inline SVG markup: an image whose accessible name is `alt` (a <title> it
    labels itself with) and, when `described`, whose description is the figure's (id …d)."""
    svg = copy.deepcopy(root)
    title = ET.Element("title", {"id": PREFIX + "t"})
    title.text = alt
    svg.insert(0, title)
    classes = " ".join(dict.fromkeys([kind, *svg.get("class", "").split()]))
    attrs = {"class": classes, "role": "img", "aria-labelledby": PREFIX + "t"}
    if described:
        attrs["aria-describedby"] = PREFIX + "d"
    svg.attrib = {**attrs, **{k: v for k, v in svg.attrib.items() if k not in attrs and k != "role"}}
    return ET.tostring(svg, encoding="unicode", short_empty_elements=True)
