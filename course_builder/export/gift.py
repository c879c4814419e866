"""GIFT, Moodle's plain-text question format: one .gift file, categories as $CATEGORY lines.

GIFT cannot carry files: questions that show images keep their links, the images are copied
beside the file, and a note says to prefer Moodle XML for them."""

from __future__ import annotations

import re

from ..model import Question
from .bank import Entry, Texts, general_feedback, multiple_weights, percent, plain
from .formats import Export, Writer, moodle_category, ordering_as_matching, reflection_prompt

_SPECIAL = re.compile(r"([~=#{}:])")


def escape(value: str) -> str:
    """Text as GIFT reads it literally: a backslash before \\ ~ = # { } :, newlines as \\n."""
    return _SPECIAL.sub(r"\\\1", value.replace("\\", "\\\\")).replace("\r", "").replace("\n", "\\n")


class Gift(Writer):
    """Writes `<stem>.gift` (and an images folder when questions show images)."""

    suffix = ".gift"

    def write(self, entries: list[Entry], export: Export) -> None:
        texts = self.texts = Texts(self.docs, lambda path: path)
        lines = [f"// {self.course.title} {self.course.version}: question bank written by course-builder.",
                 "// It holds every answer: keep it from learners. Import it in Moodle: Question bank > Import > GIFT.",
                 ""]
        category = None
        for entry in entries:
            if entry.category != category:
                category = entry.category
                lines += [f"$CATEGORY: {moodle_category(self.course.title, category)}", ""]
            body = self.question(entry.question, texts, export)
            if body:
                lines += [body, ""]
        if texts.images:
            export.notes.append(f"GIFT cannot carry images: {len(texts.images)} image(s) were copied to "
                                f"{self.images_dir.name}/; upload them to Moodle and relink them, or export as "
                                "moodle-xml, which carries them.")
            self.copy_images(texts.images, self.images_dir)
        self.target.write_text("\n".join(lines), encoding="utf-8")

    def question(self, q: Question, texts: Texts, export: Export) -> str | None:
        """One question in GIFT, or None when it is left out."""
        prompt = q.prompt
        if q.type == "reflection":
            if not self.essays:
                return None
            return f"::{escape(q.id)}::[html]{escape(reflection_prompt(q, texts))}{{}}"
        head = f"::{escape(q.id)}::[html]{escape(texts.html(prompt, q)[0])}"
        general = general_feedback(q, texts)
        answers: list[str] = []
        if q.type == "true_false":
            right = next(o for o in q.options if o.correct)
            wrong = next(o for o in q.options if not o.correct)
            feedback = [escape(texts.html(wrong.feedback, q, inline=True)[0]),
                        escape(texts.html(right.feedback, q, inline=True)[0])]
            answers.append(("TRUE" if right.id == "true" else "FALSE") + "#" + "#".join(feedback))
        elif q.type in ("single", "multiple"):
            weights = multiple_weights(q) if q.type == "multiple" else {}
            for o in q.options:
                mark = (f"~%{percent(weights[o.id])}%" if q.type == "multiple" else ("=" if o.correct else "~"))
                answers.append(f"{mark}{escape(texts.html(o.text, q, inline=True)[0])}"
                               f"#{escape(texts.html(o.feedback, q, inline=True)[0])}")
        else:  # matching, and ordering as matching (GIFT has no ordering question)
            if q.type == "ordering":
                head += escape(ordering_as_matching(self.course))
                export.count("ordering as matching")
            rows, extra = _rows(q, texts)
            answers += [f"={escape(left)} -> {escape(right)}" for left, right in rows]
            answers += [f"= -> {escape(right)}" for right in extra]
            export.count("right/wrong feedback left out (GIFT has none for matching)")
        if general:
            answers.append(f"####{escape(general)}")
        return head + "{\n\t" + "\n\t".join(answers) + "\n}"


def _rows(q: Question, texts: Texts) -> tuple[list[tuple[str, str]], list[str]]:
    """(prompt as HTML, answer as plain text) rows, and the extra answers that match nothing."""
    if q.type == "ordering":
        return [(texts.html(i.text, q, inline=True)[0], str(n)) for n, i in enumerate(q.items, 1)], []
    answers = {i.id: plain(i.text, q) for i in q.items}
    used = {p.answer_id for p in q.pairs}
    return ([(texts.html(p.prompt, q, inline=True)[0], answers[p.answer_id]) for p in q.pairs],
            [answers[i.id] for i in q.items if i.id not in used])

