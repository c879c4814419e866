"""Figures a content review asks for, from the shipped course (or --project DIR): per question bank,
the items by type, how often the key is the longest option, the true/false split and how many
options multiple-choice items mark right; per scenario, its decisions; per learning path, its time.

    python scripts/content_stats.py [--project DIR]
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from course_builder.validate import check_course  # noqa: E402


def _best_path(s) -> int:
    """Decisions on the best path: from the start, always take the highest-scored choice."""
    nodes, at, seen, count = {n.id: n for n in s.nodes}, s.start, set(), 0
    while at in nodes and nodes[at].choices and at not in seen:
        seen.add(at)
        count += 1
        at = max(nodes[at].choices, key=lambda c: c.score).next
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=ROOT)
    args = parser.parse_args()
    course = check_course(args.project)
    print("Question banks")
    for bank in sorted((args.project / "quizzes").glob("*.y*ml")):
        ids = [q["id"] for q in yaml.safe_load(bank.read_text(encoding="utf-8"))["questions"]]
        qs = [course.questions[i] for i in ids if i in course.questions]
        types = collections.Counter(q.type for q in qs)
        singles = [q for q in qs if q.type == "single"]
        longest = sum(1 for q in singles
                      if max(q.options, key=lambda o: len(o.text)).correct
                      and sorted(len(o.text) for o in q.options)[-1] > sorted(len(o.text) for o in q.options)[-2])
        flags = [o.id for q in qs if q.type == "true_false" for o in q.options if o.correct]
        multi = collections.Counter(f"{sum(o.correct for o in q.options)}/{len(q.options)}"
                                    for q in qs if q.type == "multiple")
        final = sum(1 for q in qs if "final" in q.tags)
        print(f"  {bank.name}: {len(qs)} items ({', '.join(f'{n} {t}' for t, n in types.most_common())}); "
              f"key longest in {longest} of {len(singles)} single; true/false {flags.count('true')} true, "
              f"{flags.count('false')} false; multiple right/options {dict(multi)}; {final} in the final pool")
    print("Scenarios (decisions on the best path / decision nodes)")
    for section in course.sections:
        for s in section.scenarios:
            print(f"  {s.id}: {_best_path(s)} / {sum(1 for n in s.nodes if n.choices)}")
    print("Time (estimated, minutes)")
    print(f"  whole course: {course.minutes}")
    for tid, edition in course.editions.items():
        print(f"  path {tid}: {edition.minutes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
