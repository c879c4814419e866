"""Figures and charts in author Markdown: a fenced block of YAML that the one-pass check resolves
(every problem with its file and line) and the renderer turns into HTML before MkDocs sees the
page, so no MkDocs plugin is needed (and plain MkDocs would only show the block as code):

    ```figure
    src: assets/meter-dial.svg        # an .svg or .png under docs/ (or ../assets/… as for images)
    alt: A meter dial reading 0450
    caption: Read the dials from left to right.     # optional, Markdown
    description: |                                  # optional long description, Markdown
      The first dial points between 0 and 1 …
    ```

    ```chart
    type: line                        # or bar
    alt: Hourly reads over May, with a steady night-time flow
    csv: assets/may-reads.csv         # or data: [[label, value, …], …]
    ```

An SVG is inlined (svg.py: cleaned, its ids made unique on the page, black → the text colour);
a PNG stays a file the page links to; a chart is drawn as SVG at build time (charts.py)."""

from __future__ import annotations

import itertools
import posixpath
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ..model import Course, Figure, Lesson, Scenario
from ..problems import Problems, did_you_mean
from ..site_config import asset_problem
from ..yaml_source import SourceDoc, YamlPath, YamlSyntaxError, load_yaml
from . import charts, svg
from .templating import ENV

FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\s`]*)")
KEYS = {"figure": ("src", "alt", "caption", "description"),
        "chart": ("type", "alt", "caption", "description", "data", "csv", "series", "x_title", "y_title")}
IMAGE_TYPES = (".svg", ".png")
PNG = b"\x89PNG\r\n\x1a\n"
# Scenario texts a figure may go in: those shown once. The player copies a decision's texts as
# the learner goes, and a copied drawing would repeat its ids.
SCENARIO_TEXTS = ("setting", "often_goes_wrong", "better_approach")
ALT_HINT = "alt: A meter dial reading 0450   (what the picture shows, for someone who cannot see it)"
_HTML = ENV.from_string(
    '<figure class="cb-figure">{{ image }}{% if f.caption %}<figcaption>{{ f.caption | inline }}</figcaption>'
    '{% endif %}</figure>{% if f.description %}\n\n<details class="cb-figure-desc">'
    '<summary>{{ t("description") }}</summary>'
    '<div id="{{ id }}d">{{ f.description | block }}</div></details>{% endif %}')
_IMG = ENV.from_string(
    '<img class="cb-figure-img" src="{{ src }}" alt="{{ f.alt }}"{% if f.size %} width="{{ f.size[0] }}" '
    'height="{{ f.size[1] }}"{% endif %}{% if f.description %} aria-describedby="{{ id }}d"{% endif %}>')


@dataclass(frozen=True)
class Block:
    """A figure or chart block in a text: its kind, the (0-based) lines of its fences (`end` None
    when it is never closed), what lies between them, and whether it is indented."""

    kind: str
    fence: str
    start: int
    end: int | None
    body: str
    indented: bool


def blocks(text: str) -> list[Block]:
    """The figure and chart blocks of Markdown `text`, skipping every other fenced code block."""
    lines, out, i = text.split("\n"), [], 0
    while i < len(lines):
        match = FENCE.match(lines[i])
        if not match:
            i += 1
            continue
        fence = match["fence"]
        close = re.compile(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
        end = next((k for k in range(i + 1, len(lines)) if close.match(lines[k])), None)
        if match["info"] in KEYS:
            out.append(Block(match["info"], fence, i, end, "\n".join(lines[i + 1:len(lines) if end is None else end]),
                             bool(match["indent"])))
        if end is None:
            break
        i = end + 1
    return out


# Rendering: each page numbers its figures, so their ids (cb-fig1-…) are unique on it.

def expand(text: str, table: Mapping[str, Figure], base: str, numbers: Iterator[int]) -> str:
    """`text` with every block the check resolved replaced by its HTML; `base` leads from the
    page's folder to docs/ (a PNG's link). A block the check did not see stays as written."""
    if not table or ("```" not in text and "~~~" not in text):
        return text
    lines, out, done = text.split("\n"), [], 0
    for b in blocks(text):
        figure = table.get(b.body)
        if figure is None or b.end is None or b.indented:
            continue
        out += [*lines[done:b.start], "", html(figure, base, next(numbers)), ""]
        done = b.end + 1
    return "\n".join(out + lines[done:])


def html(figure: Figure, base: str, number: int) -> str:
    """One figure as HTML: <figure> with the image and caption, then the long description."""
    prefix = f"cb-fig{number}"
    if figure.svg is not None:
        image = Markup(figure.svg.replace(svg.PREFIX, prefix))
    else:
        image = Markup(_IMG.render(f=figure, src=base + (figure.png or ""), id=prefix))
    return _HTML.render(f=figure, image=image, id=prefix)


def in_lesson(lesson: Lesson, table: Mapping[str, Figure], base: str, numbers: Iterator[int]) -> Lesson:
    return replace(lesson, body=expand(lesson.body, table, base, numbers)) if table else lesson


def in_scenario(s: Scenario, table: Mapping[str, Figure], base: str, numbers: Iterator[int]) -> Scenario:
    if not table:
        return s
    return replace(s, setting=expand(s.setting, table, base, numbers),
                   often_goes_wrong=expand(s.often_goes_wrong, table, base, numbers),
                   better_approach=expand(s.better_approach, table, base, numbers))


def in_course(course: Course, base: str) -> Course:
    """The course with the figures of every lesson and scenario in place, for a page that holds
    them all (the print editions)."""
    if not course.figures:
        return course
    numbers, table = itertools.count(1), course.figures
    sections = tuple(replace(s, lessons=tuple(in_lesson(x, table, base, numbers) for x in s.lessons),
                             scenarios=tuple(in_scenario(x, table, base, numbers) for x in s.scenarios))
                     for s in course.sections)
    return replace(course, sections=sections)


# Checking: every block, once, against docs/.

class FigureCheck:
    """Resolves the figure blocks of a course's texts into `found` (by block text), adding a
    problem with file and line for each that cannot be shown; a file under docs/ is read and
    reported on once, however many figures use it."""

    def __init__(self, docs: dict[str, Path], problems: Problems):
        self.docs, self.problems = docs, problems
        self.found: dict[str, Figure] = {}
        self.drawings: dict[str, ET.Element | None] = {}
        self.tables: dict[str, tuple[list[str], charts.Table] | None] = {}

    def text(self, text: str, path: str, first_line: int, allowed: str = "") -> None:
        """Check the blocks of `text` (line `first_line` of the file `path`); with `allowed`, any
        block is an error saying where figures may go."""
        for b in blocks(text):
            line = first_line + b.start
            if allowed:
                self.problems.add(path, line, f"a {b.kind} cannot go here", allowed)
            elif b.indented:
                self.problems.add(path, line, f"a {b.kind} block must start at the beginning of a line",
                                  "move it out of the box or list it is in, and remove the indentation")
            elif b.end is None:
                self.problems.add(path, line, f"this {b.kind} block is never closed",
                                  f"end it with a line of {b.fence}")
            else:
                figure = self._block(b, path, line)
                if figure:
                    self.found[b.body] = figure

    def scenario(self, doc: SourceDoc) -> None:
        """Figures in a scenario file: in its setting, often_goes_wrong and better_approach only."""
        where = "a figure can go in a scenario's " + ", ".join(SCENARIO_TEXTS[:-1]) + f" or {SCENARIO_TEXTS[-1]}, " \
            "which the page shows once; not in a decision, choice or ending"

        def walk(value: Any, loc: YamlPath) -> None:
            if isinstance(value, str) and ("```" in value or "~~~" in value):
                ok = len(loc) == 1 and loc[0] in SCENARIO_TEXTS
                self.text(value, doc.path, doc.text_line(loc), "" if ok else where)
            elif isinstance(value, dict):
                for k, v in value.items():
                    walk(v, (*loc, k))
            elif isinstance(value, list):
                for i, v in enumerate(value):
                    walk(v, (*loc, i))
        walk(doc.data, ())

    def _block(self, b: Block, path: str, line: int) -> Figure | None:
        try:
            doc = load_yaml(b.body, path, line)
        except YamlSyntaxError as exc:
            self.problems.add(path, exc.line, f"in this {b.kind}: {exc.message}", exc.hint)
            return None
        spec = doc.data
        if not isinstance(spec, dict):
            self.problems.add(path, line, f"a {b.kind} block holds keys such as src: and alt:, one a line",
                              "```figure\nsrc: assets/meter.svg\nalt: A water meter\n```")
            return None
        ok = True
        for key in spec:
            if key not in KEYS[b.kind]:
                ok = False
                self.problems.add(path, doc.line((key,)), f"unknown key '{key}' in a {b.kind}",
                                  did_you_mean(str(key), KEYS[b.kind]) or "keys: " + ", ".join(KEYS[b.kind]))
        alt = spec.get("alt")
        if not isinstance(alt, str) or not alt.strip():
            ok = False
            where = doc.line(("alt",)) if "alt" in spec else line
            found = "" if "alt" not in spec else " (it is empty)" if isinstance(alt, str) or alt is None \
                else " (it must be text)"
            self.problems.add(path, where, f"a {b.kind} needs alt:, a text alternative{found}", ALT_HINT)
        for key in ("caption", "description", "x_title", "y_title"):
            if key in spec and (not isinstance(spec[key], str) or not spec[key].strip()):
                ok = False
                self.problems.add(path, doc.line((key,)), f"{key}: must be text", f"{key}: … (or leave it out)")
        image = self._image(spec, doc, path, line) if b.kind == "figure" else self._chart(spec, doc, path, line)
        if not ok or image is None:
            return None
        assert isinstance(alt, str)
        alt, caption, description = alt.strip(), spec.get("caption"), spec.get("description")
        if isinstance(image, str):
            return Figure(alt, png=image, size=self._png_size(image), caption=caption, description=description)
        return Figure(alt, svg=svg.markup(image, alt, bool(description)), caption=caption, description=description)

    def _path(self, value: Any, key: str, doc: SourceDoc, path: str, line: int, types: tuple[str, ...]) -> str | None:
        """The docs/ path that `value` (a figure's src:, a chart's csv:) names, or None (reported)."""
        where = doc.line((key,)) if key in doc.data else line
        if not isinstance(value, str) or not value.strip():
            self.problems.add(path, where, f"{key}: must name a {' or '.join(types)} file under docs/",
                              f"{key}: assets/example{types[0]}")
            return None
        target = re.sub(r"^(\./)*\.\./", "", value.strip())  # as for images: from a page in its section folder
        problem = asset_problem(target, self.docs)
        if problem is None and not target.lower().endswith(types):
            problem = (f"'{value}' is not a {' or '.join(types)} file",
                       "draw it as SVG, or save it as PNG" if key == "src" else "save the table as CSV")
        if problem:  # named as the author wrote it
            message = problem[0].replace(f"'{target}'", f"'{value}'")
            self.problems.add(path, where, f"{key}: {message}", problem[1])
            return None
        return posixpath.normpath(target)

    def _read(self, target: str) -> bytes | None:
        try:
            return self.docs[target].read_bytes()
        except OSError as exc:
            self.problems.add(f"docs/{target}", 0, f"cannot read the file: {exc.strerror}", "check its permissions")
            return None

    def _image(self, spec: dict, doc: SourceDoc, path: str, line: int) -> ET.Element | str | None:
        target = self._path(spec.get("src"), "src", doc, path, line, IMAGE_TYPES)
        if target is None or target.lower().endswith(".png"):
            return target
        if target not in self.drawings:
            data = self._read(target)
            self.drawings[target] = svg.load(data, f"docs/{target}", self.problems) if data is not None else None
        return self.drawings[target]

    def _csv(self, target: str) -> tuple[list[str], charts.Table] | None:
        if target not in self.tables:
            data = self._read(target)
            self.tables[target] = None if data is None else charts.read_csv(data, f"docs/{target}", self.problems)
        return self.tables[target]

    def _png_size(self, target: str) -> tuple[int, int] | None:
        try:
            with self.docs[target].open("rb") as f:
                head = f.read(24)
        except OSError:
            return None
        if head[:8] != PNG or head[12:16] != b"IHDR":
            return None
        return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")

    def _chart(self, spec: dict, doc: SourceDoc, path: str, line: int) -> ET.Element | None:
        kind = spec.get("type", "line")
        ok = True
        if kind not in charts.KINDS:
            ok = False
            self.problems.add(path, doc.line(("type",)), f"type: '{kind}' is not a kind of chart",
                              did_you_mean(str(kind), charts.KINDS) or "type: line   (or bar)")
        names = spec.get("series")
        if names is not None and (not isinstance(names, list) or not all(isinstance(n, str) for n in names)):
            ok, names = False, None
            self.problems.add(path, doc.line(("series",)), "series: must be a list of names",
                              "series: [This year, Last year]")
        header: list[str] = []
        if ("data" in spec) == ("csv" in spec):
            self.problems.add(path, line, "a chart needs its numbers: data: (a list of rows) or csv: (a file under "
                              "docs/), one of the two", "csv: assets/reads.csv   or\ndata:\n  - [Mon, 12]\n"
                              "  - [Tue, 15]")
            return None
        if "csv" in spec:
            target = self._path(spec["csv"], "csv", doc, path, line, (".csv",))
            read = self._csv(target) if target else None
            if read is None:
                return None
            header, table = read
        else:
            found = charts.read_rows(spec["data"], doc, path, self.problems)
            if found is None:
                return None
            table = found
        count = len(table.series)
        if names is not None and len(names) != count:
            ok = False
            self.problems.add(path, doc.line(("series",)), f"series: names {len(names)} series, but each row has "
                              f"{count} value{'s' if count != 1 else ''}", "give one name for each value column")
        if count > charts.MAX_SERIES:
            ok = False
            self.problems.add(path, line, f"a chart shows at most {charts.MAX_SERIES} series; this one has {count}",
                              "split it into two charts")
        if not ok or kind not in charts.KINDS:
            return None
        if names:
            table = charts.Table(table.labels, tuple((n, vs) for n, (_, vs) in zip(names, table.series, strict=True)))
        x_title = spec.get("x_title", header[0] if header else None)
        y_title = spec.get("y_title", header[1] if len(header) == 2 else None)
        return charts.draw(kind, table, x_title if isinstance(x_title, str) else None,
                           y_title if isinstance(y_title, str) else None)
