"""Scored questions without their answer key in plain sight.

A scored question's data holds no right answer: the runtime grades by comparing the salted
SHA-256 digest of the learner's answer (and of each option, item or pair) with the digests here.
Its feedback is sealed: XORed with a SHA-256 keystream whose key is the digest of what unlocks it
(the option chosen, the right answer, or a wrong one), so it is readable only once that answer is
submitted. This stops a learner who reads the page; it does not stop a determined person with
developer tools, who can try every answer (the For HR guide says so).

Sealed feedback is a tree of a few safe tags, never HTML, so the runtime builds it with DOM calls."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from typing import Any

from ..model import Course, Question
from .text import block

TAGS = {"p", "em", "strong", "a", "ul", "ol", "li", "code", "br", "abbr", "blockquote", "pre", "kbd", "sub", "sup",
        "span"}
ATTRS = {"href", "title"}
SAFE_HREF = re.compile(r"^(https?:|mailto:|#|[^:]*$)", re.I)


def digest(*parts: str) -> str:
    """SHA-256 of the parts joined by ':' (ids never hold one), in hex, as the runtime's digest()."""
    return hashlib.sha256(":".join(parts).encode()).hexdigest()


def salt(course: Course, q: Question) -> str:
    """A per-question salt, stable across builds (a build's output depends only on its input)."""
    return digest("salt", course.id, course.version, q.id)[:16]


def answer(q: Question) -> str:
    """The right answer as the runtime writes the learner's: option ids (sorted), the items in
    order, or pair=answer for each pair (sorted)."""
    if q.type == "ordering":
        return ",".join(i.id for i in q.items)
    if q.type == "matching":
        return ",".join(f"{p.id}={p.answer_id}" for p in sorted(q.pairs, key=lambda p: p.id))
    return ",".join(sorted(o.id for o in q.options if o.correct))


class _Tree(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root: list[Any] = ["div", {}]
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in TAGS:
            return
        kept = {k: v or "" for k, v in attrs if k in ATTRS and (k != "href" or SAFE_HREF.match(v or ""))}
        node: list[Any] = [tag, kept]
        self.stack[-1].append(node)
        if tag != "br":
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        if tag in TAGS and tag != "br" and len(self.stack) > 1 and self.stack[-1][0] == tag:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].append(data)


def tree(html_text: str) -> list[Any]:
    """Rendered HTML as [tag, {attrs}, children…] nodes of safe tags (others keep their text)."""
    parser = _Tree()
    parser.feed(html_text)
    parser.close()
    return parser.root[2:]


def seal(key: str, html_text: str) -> str:
    """The HTML's tree, encrypted under `key` (a hex digest): base64 of the JSON XOR a keystream
    of SHA-256(key ‖ block number) blocks."""
    plain = json.dumps(tree(html_text), ensure_ascii=False, separators=(",", ":")).encode()
    secret = bytes.fromhex(key)
    stream = b"".join(hashlib.sha256(secret + n.to_bytes(4, "big")).digest() for n in range(len(plain) // 32 + 1))
    return base64.b64encode(bytes(a ^ b for a, b in zip(plain, stream, strict=False))).decode()


def sealed(course: Course, q: Question) -> dict[str, Any]:
    """A scored question's data: its salt, the digest of the right answer (`k`), a digest per
    option, item or pair (`u`), and its feedback sealed (`fb`)."""
    s, raw = salt(course, q), q.html
    fb: dict[str, str] = {}
    out: dict[str, Any] = {"type": q.type, "salt": s, "k": digest(s, "a", answer(q)), "fb": fb}
    if q.type == "ordering":
        out["u"] = {item.id: digest(s, "p", item.id, str(n)) for n, item in enumerate(q.items)}
        # An item's feedback opens once the item is in its right place (as a matching pair's does).
        fb.update({item.id: seal(digest(s, "f", "p", item.id, str(n)), block(item.feedback, raw))
                   for n, item in enumerate(q.items) if item.feedback})
    elif q.type == "matching":
        out["u"] = {p.id: digest(s, "m", p.id, p.answer_id) for p in q.pairs}
        fb.update({p.id: seal(digest(s, "f", "m", p.id, p.answer_id), block(p.feedback, raw))
                   for p in q.pairs if p.feedback})
    else:
        out["u"] = {o.id: digest(s, "o", o.id, "1" if o.correct else "0") for o in q.options}
        fb.update({o.id: seal(digest(s, "f", "o", o.id), block(o.feedback, raw)) for o in q.options})
        if q.type == "multiple":
            out["n"] = sum(o.correct for o in q.options)
    if q.feedback:  # ordering and matching: for the whole answer, right or not
        fb["*right"] = seal(digest(s, "f", "a", answer(q)), block(q.feedback[0], raw))
        fb["*wrong"] = seal(digest(s, "f", "wrong"), block(q.feedback[1], raw))
    if q.explanation:
        fb["*expl"] = seal(digest(s, "f", "expl"), block(q.explanation, raw))
    return out
