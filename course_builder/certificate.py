"""The certificate's number: derived from the course, its version, the learner's name and the
completion date, so a coordinator can recompute it (`course-builder certificate-number`) and see
that a printed certificate's details were not changed. The runtime (records.js) computes the same."""

from __future__ import annotations

import re


def _fnv1a(text: str) -> int:
    """32-bit FNV-1a over the text's UTF-8 bytes."""
    h = 0x811C9DC5
    for byte in text.encode("utf-8"):
        h = ((h ^ byte) * 0x01000193) & 0xFFFFFFFF
    return h


def certificate_number(course_id: str, version: str, name: str, date: str) -> str:
    """'XXXX-XXXX-XXXX' (hex) for a learner's name (spacing and case ignored) and an ISO date."""
    who = re.sub(r"\s+", " ", name).strip().lower()  # as the runtime's toLowerCase()
    source = f"{course_id}|{version}|{who}|{date}"
    a, b = _fnv1a(source), _fnv1a(source[::-1])
    digits = f"{a:08X}{b:08X}"[:12]
    return "-".join(digits[i:i + 4] for i in range(0, 12, 4))
