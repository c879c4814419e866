"""Golden cases: one file each, holding author input files and the expected output.

    # what the case shows
    === quizzes/bank.yml          a file laid over tests/fixtures/mini (or '=== path: delete')
    ...
    === expect: errors            expected `course-builder check` output
    === expect: s1-basics/x.md    expected generated page

Run with UPDATE_GOLDEN=1 to rewrite the expected blocks from the current output.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

FIXTURE = Path(__file__).parent / "fixtures" / "mini"
HEADER = re.compile(r"^=== (.+?)\s*$", re.M)


@dataclass
class Case:
    path: Path
    comment: str
    files: dict[str, str | None] = field(default_factory=dict)
    expect: dict[str, str] = field(default_factory=dict)

    @classmethod
    def parse(cls, path: Path) -> "Case":
        text = path.read_text(encoding="utf-8")
        parts = HEADER.split(text)
        case = cls(path, parts[0].strip())
        for header, body in zip(parts[1::2], parts[2::2]):
            body = body[1:] if body.startswith("\n") else body
            if header.startswith("expect: "):
                case.expect[header[8:]] = body.rstrip("\n") + "\n"
            elif header.endswith(": delete"):
                case.files[header[: -len(": delete")]] = None
            else:
                case.files[header] = body
        return case

    def make_project(self, tmp: Path) -> Path:
        root = tmp / "course"
        shutil.copytree(FIXTURE, root)
        for name, body in self.files.items():
            target = root / name
            if body is None:
                shutil.rmtree(target) if target.is_dir() else target.unlink()
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(body, encoding="utf-8")
        return root

    def rewrite(self, actual: dict[str, str]) -> None:
        out = [self.comment, ""]
        for name, body in self.files.items():
            out.append(f"=== {name}: delete" if body is None else f"=== {name}\n{body.rstrip(chr(10))}")
        for name, body in actual.items():
            out.append(f"=== expect: {name}\n{body.rstrip(chr(10))}")
        self.path.write_text("\n".join(out) + "\n", encoding="utf-8")


def cases(kind: str) -> list[Path]:
    return sorted((Path(__file__).parent / "golden" / kind).glob("*.txt"))
