"""No page, and no file of the site zip or of a SCORM package, holds a scored question's answer
or its feedback in plain text; sealed feedback opens with the right key and only with it."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import zipfile

from course_builder.pipeline import Project, build, package_scorm, package_zip
from course_builder.render import seal

from .conftest import fixture_copy

MARK = "SEALED-{}-TEXT"


def _unseal(text: str, key: str):
    data = base64.b64decode(text)
    secret = bytes.fromhex(key)
    stream = b"".join(hashlib.sha256(secret + n.to_bytes(4, "big")).digest() for n in range(len(data) // 32 + 1))
    return json.loads(bytes(a ^ b for a, b in zip(data, stream, strict=False)))


def test_sealed_feedback_opens_with_its_key_only():
    html = '<p>Right: <em>this</em> one. <a href="https://example.org">See</a> ' \
           '<a href="javascript:alert(1)">x</a></p><script>alert(1)</script>'
    key = seal.digest("salt", "f", "o", "a")
    sealed = seal.seal(key, html)
    assert "Right" not in sealed and "this" not in base64.b64decode(sealed).decode("latin-1")
    tree = _unseal(sealed, key)
    assert tree == [["p", {}, "Right: ", ["em", {}, "this"], " one. ", ["a", {"href": "https://example.org"}, "See"],
                     " ", ["a", {}, "x"]], "alert(1)"]  # no script element, no javascript: link
    try:
        _unseal(sealed, seal.digest("salt", "f", "o", "b"))
        raise AssertionError("a wrong key opened it")
    except (UnicodeDecodeError, json.JSONDecodeError):
        pass


def _files(root) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_no_output_holds_a_scored_answer_or_its_feedback(tmp_path):
    root = fixture_copy("questions", tmp_path)
    bank = root / "quizzes" / "quiz.yml"
    n = iter(range(1000))
    # Give every feedback and explanation of the scored questions a text that is easy to look for.
    text = re.sub(r"^(\s+(?:feedback|explanation|correct|incorrect): )(?!true$|false$).+$",
                  lambda m: m.group(1) + MARK.format(next(n)), bank.read_text(), flags=re.M)
    bank.write_text(text)
    project = Project(root)
    outputs = {"site": _files(build(project))}
    for name, target in (("zip", package_zip(project, tmp_path / "dist")),
                         ("scorm12", package_scorm(project, "1.2", tmp_path / "dist")),
                         ("scorm2004", package_scorm(project, "2004", tmp_path / "dist"))):
        with zipfile.ZipFile(target) as zf:
            outputs[name] = {info.filename: zf.read(info) for info in zf.infolist()}
    for name, files in outputs.items():
        for path, data in files.items():
            assert b"SEALED-" not in data, (name, path)
        page = files["q1-basics/quiz.html"].decode()
        quiz = json.loads(re.search(r'id="cb-page-data">(.*?)</script>', page).group(1))["questions"]
        assert all("correct" not in q for q in quiz.values()), name
    assert next(n) >= 16  # every option, pair, outcome and explanation got one to find
