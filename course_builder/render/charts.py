"""Charts drawn at build time, as plain SVG, from a small table: a chart block's data: or a CSV file.

A line or bar chart: axes, grid, ticks and labels in the text colour (currentColor); the data
in the theme's link colour (CSS: .cb-chart-series), each series told apart by a dash pattern or
shade as well, so a chart reads without colour and prints in black and white. Its viewBox lets
it scale down to a phone's width. No charting library: the ones at hand add scripts, remote
files, fixed colours or random ids (so builds would differ), and this needs none of that."""

from __future__ import annotations

import csv
import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

from .. import page_text
from ..problems import Problems
from ..yaml_source import SourceDoc

KINDS = ("line", "bar")
WIDTH, HEIGHT, FONT = 440, 260, 13
CHAR = 7.2  # an average character's width at FONT, to leave room for labels
MAX_LABELS = 6  # x-axis labels shown at most (every n-th one)
DASHES = ("", "7 4", "2 3", "10 3 2 3")
SHADES = ("1", "0.6", "0.3", "0.8")
MAX_SERIES = len(DASHES)
MAX_ROWS = 5000
MAX_BYTES = 1_000_000  # a CSV file; 5,000 rows of a date and a few numbers take about 200 KB


@dataclass(frozen=True)
class Table:
    """The rows of a chart: a label per row and, for each series (name, values), one value per row."""

    labels: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]


def number(value: float) -> str:
    """A tick value as people write it: 1500, 0.25, -3 (no exponent, no trailing zeros)."""
    text = f"{round(value, 6) + 0.0:.6f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def ticks(low: float, high: float) -> list[float]:
    """Round tick values (steps of 1, 2, 2.5 or 5 × 10ⁿ) covering low…high and zero, about five."""
    low, high = min(low, 0.0), max(high, 0.0)
    if high == low:
        high = low + 1
    raw = (high - low) / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw * 0.999)
    first, last = math.floor(low / step + 1e-9), math.ceil(high / step - 1e-9)
    return [i * step for i in range(first, last + 1)]


def _el(parent: ET.Element, tag: str, text: str | None = None, **attrs: str | float) -> ET.Element:
    element = ET.SubElement(parent, tag, {k.rstrip("_").replace("_", "-"): _attr(v) for k, v in attrs.items()})
    element.text = text
    return element


def _attr(value: str | float) -> str:
    return value if isinstance(value, str) else f"{round(value, 1):g}"


def draw(kind: str, table: Table, x_title: str | None = None, y_title: str | None = None) -> ET.Element:
    """The chart as an <svg> element (no namespace, as svg.markup takes it)."""
    values = [v for _, vs in table.series for v in vs]
    scale = ticks(min(values), max(values))
    labels = [number(t) for t in scale]
    legend = len(table.series) > 1
    left = 10 + (20 if y_title else 0) + CHAR * max(len(t) for t in labels)
    top, right, bottom = 12 + (24 if legend else 0), 14, 26 + (22 if x_title else 0)
    x0, x1, y0, y1 = left, WIDTH - right, top, HEIGHT - bottom

    def y(value: float) -> float:
        return y1 - (value - scale[0]) / (scale[-1] - scale[0]) * (y1 - y0)

    svg = ET.Element("svg", {"viewBox": f"0 0 {WIDTH} {HEIGHT}", "width": str(WIDTH), "height": str(HEIGHT),
                             "class": "cb-chart", "font-size": str(FONT), "fill": "currentColor"})
    grid = "".join(f"M{_attr(x0)} {_attr(y(t))}H{_attr(x1)}" for t in scale)
    _el(svg, "path", d=grid, stroke="currentColor", stroke_opacity="0.2", fill="none")
    for t, text in zip(scale, labels, strict=True):
        _el(svg, "text", text, x=x0 - 6, y=y(t) + 4, text_anchor="end")
    n = len(table.labels)
    band = (x1 - x0) / n
    if kind == "bar":
        xs = [x0 + band * (i + 0.5) for i in range(n)]
    else:
        xs = [x0 + (x1 - x0) * i / (n - 1) for i in range(n)] if n > 1 else [(x0 + x1) / 2]
    widest = CHAR * max(len(label) for label in table.labels) + 10
    every = max(math.ceil(n / MAX_LABELS), math.ceil(widest / (band if kind == "bar" else (x1 - x0) / max(n - 1, 1))))
    for i in range(0, n, every):
        anchor = "end" if xs[i] + CHAR * len(table.labels[i]) / 2 > WIDTH else \
            "start" if xs[i] - CHAR * len(table.labels[i]) / 2 < 0 else "middle"
        _el(svg, "path", d=f"M{_attr(xs[i])} {_attr(y1)}v5", stroke="currentColor")
        _el(svg, "text", table.labels[i], x=xs[i], y=y1 + 19, text_anchor=anchor)
    series = _el(svg, "g", class_="cb-chart-series")
    for k, (_, vs) in enumerate(table.series):
        if kind == "bar":
            width = band * 0.8 / len(table.series)
            group = _el(series, "g", fill="currentColor", fill_opacity=SHADES[k], stroke="currentColor")
            for i, v in enumerate(vs):
                top_y, base = sorted((y(v), y(0)))
                _el(group, "rect", x=x0 + band * (i + 0.1) + width * k, y=top_y, width=width,
                    height=max(base - top_y, 0.5))
        else:
            points = "L".join(f"{_attr(x)} {_attr(y(v))}" for x, v in zip(xs, vs, strict=True))
            _el(series, "path", d="M" + points, fill="none", stroke="currentColor", stroke_width="2",
                stroke_linejoin="round", **({"stroke_dasharray": DASHES[k]} if DASHES[k] else {}))
    _el(svg, "path", d=f"M{_attr(x0)} {_attr(y0)}V{_attr(y1)}H{_attr(x1)}", stroke="currentColor", fill="none")
    if x_title:
        _el(svg, "text", x_title, x=(x0 + x1) / 2, y=HEIGHT - 6, text_anchor="middle")
    if y_title:
        _el(svg, "text", y_title, x=-(y0 + y1) / 2, y=16, text_anchor="middle", transform="rotate(-90)")
    if legend:
        _legend(svg, kind, table, x0)
    return svg


def _legend(svg: ET.Element, kind: str, table: Table, x: float) -> None:
    """A key above the plot: each series' sample (dash or shade) and name."""
    key = _el(svg, "g", class_="cb-chart-series")
    names = _el(svg, "g")
    for k, (name, _) in enumerate(table.series):
        if kind == "bar":
            _el(key, "rect", x=x, y=8, width=18, height=10, fill="currentColor", fill_opacity=SHADES[k],
                stroke="currentColor")
        else:
            _el(key, "path", d=f"M{_attr(x)} 13h22", stroke="currentColor", stroke_width="2",
                **({"stroke_dasharray": DASHES[k]} if DASHES[k] else {}))
        _el(names, "text", name, x=x + 26, y=17)
        x += 40 + CHAR * len(name)


# Reading the table: every problem reported with its file and line.

def read_rows(rows: Any, doc: SourceDoc, path: str, problems: Problems) -> Table | None:
    """The table of a chart's data: (a list of rows, each a label and numbers), or None (reported)."""
    example = "data:\n  - [Mon, 12]\n  - [Tue, 15]"
    if not isinstance(rows, list) or len(rows) < 2:
        problems.add(path, doc.line(("data",)), "data: must be a list of at least two rows", example)
        return None
    parsed = []
    for i, row in enumerate(rows):
        values = row[1:] if isinstance(row, list) and row and not isinstance(row[0], (dict, list)) else []
        if not values or not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
                                 for v in values):
            problems.add(path, doc.line(("data", i)), "each row of data: is a label and one or more numbers", example)
            return None
        parsed.append((str(row[0]), [float(v) for v in values]))
    return _table(parsed, problems, path, doc.line(("data",)))


def read_csv(data: bytes, where: str, problems: Problems) -> tuple[list[str], Table] | None:
    """The header and table of a CSV file (`where`): a header row (the label column's title, then each
    series' name), then a label and numbers a row; or None (reported at its line)."""
    if len(data) > MAX_BYTES:
        problems.add(where, 0, f"the file is {len(data) // 1000:,} KB; a chart's table must be under "
                     f"{MAX_BYTES // 1000:,} KB", "sum the rows up (e.g. by day rather than by minute)")
        return None
    try:
        reader = csv.reader(data.decode("utf-8-sig").splitlines())
        header: list[str] = []
        parsed: list[tuple[str, list[float]]] = []
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            if not header:
                header = [cell.strip() for cell in row]
                if len(header) < 2:
                    problems.add(where, reader.line_num, "the first row names the columns: the labels', then each "
                                 "series'", "Hour,Litres")
                    return None
                continue
            values = _numbers(row[1:])
            if len(row) != len(header) or values is None:
                problems.add(where, reader.line_num, f"expected a label and {len(header) - 1} "
                             f"number{'s' if len(header) > 2 else ''}, as the first row names, found "
                             f"{','.join(row)!r}", "write numbers plainly: 1500.5, not 1,500.5 or 1500 L")
                return None
            parsed.append((row[0].strip(), values))
    except UnicodeDecodeError:
        problems.add(where, 0, "the file is not UTF-8 text", "save it again as CSV (UTF-8)")
        return None
    except csv.Error as exc:
        problems.add(where, reader.line_num, f"not a CSV table: {exc}", "save it again as CSV (UTF-8)")
        return None
    table = _table(parsed, problems, where, 0, header[1:])
    return (header, table) if table else None


def _numbers(cells: list[str]) -> list[float] | None:
    try:
        values = [float(cell) for cell in cells]
    except ValueError:
        return None
    return values if all(math.isfinite(v) for v in values) else None


def _table(rows: list[tuple[str, list[float]]], problems: Problems, path: str, line: int,
           names: list[str] | None = None) -> Table | None:
    if len(rows) < 2 or len(rows) > MAX_ROWS:
        problems.add(path, line, f"a chart needs 2 to {MAX_ROWS:,} rows; this one has {len(rows):,}",
                     "add rows, or sum them up (e.g. by day rather than by minute)")
        return None
    count = len(rows[0][1])
    if any(len(vs) != count for _, vs in rows):
        problems.add(path, line, "every row needs as many numbers as the first", "fill in missing values")
        return None
    names = names or [page_text.text("series", n=k + 1) for k in range(count)]
    series = tuple((names[k], tuple(vs[k] for _, vs in rows)) for k in range(count))
    return Table(tuple(label for label, _ in rows), series)
