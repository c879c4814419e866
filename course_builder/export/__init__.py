"""Question banks into an LMS's own quiz engine: GIFT and Moodle XML for Moodle, QTI 1.2 for
Canvas, QTI 2.1 content packages for the rest. Pure: reads the course model, writes files."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from ..model import Course
from .bank import PoolError, pool_names, select
from .formats import Export, Writer
from .gift import Gift
from .moodle_xml import MoodleXml
from .qti12 import Qti12
from .qti21 import Qti21

FORMATS: dict[str, type[Writer]] = {"gift": Gift, "moodle-xml": MoodleXml, "qti12": Qti12, "qti21": Qti21}

__all__ = ["FORMATS", "Export", "PoolError", "export_bank", "pool_names"]


def export_bank(course: Course, docs: dict[str, Path], fmt: str, pool: str, out_dir: Path, stem: str,
                essays: bool = True) -> Export:
    """Write `pool`'s questions in format `fmt` to `out_dir/<stem>-<pool>-<fmt><suffix>` (and, for
    GIFT, the images beside it). Files already there are replaced only once all is written."""
    entries = select(course, pool)
    writer_class = FORMATS[fmt]
    out_dir.mkdir(parents=True, exist_ok=True)
    name = f"{stem}-{pool}-{fmt}{writer_class.suffix}"
    export = Export(out_dir / name)
    export.questions = sum(1 for e in entries if essays or e.question.type != "reflection")
    export.left_out = len(entries) - export.questions
    if export.left_out:
        export.notes.append(f"{export.left_out} reflection question(s) left out (--reflections omit): "
                            "the course does not score them.")
    with tempfile.TemporaryDirectory(dir=out_dir, prefix=".export-") as tmp:
        writer = writer_class(course, docs, Path(tmp) / name, essays)
        writer.write(entries, export)
        missing = dict.fromkeys(writer.texts.missing)
        export.notes += [f"image not found under docs/, left as linked: {m}" for m in missing]
        for made in Path(tmp).iterdir():  # the file, and an images folder if one was written
            final = out_dir / made.name
            if final.is_dir():
                shutil.rmtree(final)
            made.replace(final)
    return export
