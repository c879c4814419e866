"""Golden cases: one file each, holding author input files and the expected output.

    # what the case shows
    === quizzes/bank.yml          a file laid over the fixture course (tests/fixtures/mini)
    ...
    === path: delete              remove a file or folder of the fixture
    === path: folder              make an (empty) folder
    === path: link -> target      make a symbolic link (target relative to the link, or absolute)
    === path: escaped             a file whose body spells bytes as \\xNN or \\uNNNN (NUL, a BOM…)
    === args                      extra arguments for `course-builder check`, on one line
    === expect: errors            expected `course-builder check` output
    === expect: s1-basics/x.md    expected generated page (or runtime file, named without its hash:
                                  assets/course-builder/branding.HASH.css)
    === expect: build/mkdocs.yml  expected generated MkDocs config

Run with UPDATE_GOLDEN=1 to rewrite the expected blocks from the current output.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

FIXTURE = Path(__file__).parent / "fixtures" / "mini"
HEADER = re.compile(r"^=== (.+?)\s*$", re.M)
ESCAPE = re.compile(r"\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})")


@dataclass
class Case:
    path: Path
    comment: str
    files: dict[str, str | None] = field(default_factory=dict)  # header (with any ': kind') → body
    expect: dict[str, str] = field(default_factory=dict)
    args: list[str] = field(default_factory=list)

    @classmethod
    def parse(cls, path: Path) -> Case:
        text = path.read_text(encoding="utf-8")
        parts = HEADER.split(text)
        case = cls(path, parts[0].strip())
        for header, body in zip(parts[1::2], parts[2::2], strict=True):
            body = body[1:] if body.startswith("\n") else body
            if header.startswith("expect: "):
                case.expect[header[8:]] = body.rstrip("\n") + "\n" if body.strip() else ""
            elif header == "args":
                case.args = body.split()
            else:
                case.files[header] = body
        return case

    def make_project(self, tmp: Path) -> Path:
        root = tmp / "course"
        shutil.copytree(FIXTURE, root)
        for header, body in self.files.items():
            name, _, kind = header.partition(": ")
            target = root / name
            target.parent.mkdir(parents=True, exist_ok=True)
            if kind == "delete":
                shutil.rmtree(target) if target.is_dir() else target.unlink()
            elif kind == "folder":
                target.mkdir(parents=True, exist_ok=True)
            elif kind.startswith("link -> "):
                if target.exists() or target.is_symlink():
                    target.unlink()
                os.symlink(kind[len("link -> "):], target)
            elif kind == "escaped":
                target.write_bytes(ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), body or "")
                                   .encode("utf-8"))
            else:
                target.write_text(body or "", encoding="utf-8")
        return root

    def rewrite(self, actual: dict[str, str]) -> None:
        out = [self.comment, ""]
        for header, body in self.files.items():
            out.append(f"=== {header}" + ("" if not body else "\n" + body.rstrip("\n")))
        if self.args:
            out.append("=== args\n" + " ".join(self.args))
        for name, body in actual.items():
            out.append(f"=== expect: {name}\n{body.rstrip(chr(10))}")
        self.path.write_text("\n".join(out) + "\n", encoding="utf-8")


def cases(kind: str) -> list[Path]:
    return sorted((Path(__file__).parent / "golden" / kind).glob("*.txt"))
