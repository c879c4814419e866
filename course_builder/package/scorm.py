"""SCORM 1.2 and 2004 packages: a launch page that holds the LMS session while the course's
pages load in a frame beneath it, and an imsmanifest.xml that lists every file."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from ..model import Course
from ..render import ASSET_DIR, RUNTIME_DIR
from ..render.text import json_for_html

SCHEMAS = Path(__file__).resolve().parent / "schemas"  # ADL's control files, which some LMSs require
LAUNCH = "scorm-launch.html"
LAUNCH_JS = f"{ASSET_DIR}/scorm-launch.js"
VERSIONS = ("1.2", "2004")

_HEADERS = {
    "1.2": ('<manifest identifier={id} version={ver} xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" '
            'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd '
            'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd '
            'http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">',
            "<schema>ADL SCORM</schema><schemaversion>1.2</schemaversion>", 'adlcp:scormtype="sco"'),
    "2004": ('<manifest identifier={id} version={ver} xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" '
             'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" '
             'xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3" '
             'xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3" '
             'xmlns:imsss="http://www.imsglobal.org/xsd/imsss" '
             'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
             'xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd '
             'http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd '
             'http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd '
             'http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd '
             'http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">',
             "<schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion>",
             'adlcp:scormType="sco"'),
}


def lms_data(course: Course) -> dict:
    """What the launch page needs to report status and score: what completion requires."""
    from ..render.paths import per_track
    from ..render.records import required_quizzes, requirements

    sections = [s for s in course.sections if s.kind == "section"]
    ids = sorted(set(course.questions) | {l.id for s in sections for l in s.lessons}
                 | {sc.id for s in sections for sc in s.scenarios} | {q["id"] for q in required_quizzes(course)}
                 | {s.contract.id for s in sections if s.contract})
    # With tracks, the learner's chosen path (saved under "track:chosen") decides what is required.
    return {"prefix": course.storage_prefix, **requirements(course), **per_track(course, requirements),
            # suspend_data names ids by their index here ("~" + base 36) to fit SCORM 1.2's 4,096
            # characters; the table's checksum guards against a package whose ids have changed.
            "ids": ids, "table": hashlib.sha256("\n".join(ids).encode()).hexdigest()[:8]}


def launch_page(course: Course) -> str:
    """The SCO's launch file: finds the LMS API, then shows the course in a full-size frame."""
    title = escape(course.title)
    return (
        f'<!doctype html>\n<html lang="{escape(course.language)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{title}</title>\n'
        "<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%;display:block}"
        "#cb-lms-note:empty{display:none}#cb-lms-note{margin:0;padding:.4em .8em;font:14px sans-serif;"
        "background:#fff4e5;color:#5c3b00}</style>\n</head>\n<body>\n"
        '<p id="cb-lms-note" role="status"></p>\n'
        f'<iframe id="cb-course" title="{title}"></iframe>\n'
        f'<script type="application/json" id="cb-lms-data">{json_for_html(lms_data(course))}</script>\n'
        f'<script src="{LAUNCH_JS}"></script>\n</body>\n</html>\n'
    )


def manifest(course: Course, version: str, site_dir: Path) -> str:
    """imsmanifest.xml for SCORM `version`, listing every file of the package."""
    head, schema, scormtype = _HEADERS[version]
    # An xsd:ID: letters, digits, "-" and "_", starting with a letter.
    ident = re.sub(r"[^A-Za-z0-9_-]+", "-", f"{course.id}-{course.version}")
    ident = ident if ident[0].isalpha() else "c-" + ident
    files = sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*") if p.is_file())
    files = [f for f in files if f != "imsmanifest.xml"]
    file_tags = "\n".join(f"      <file href={quoteattr(f)}/>" for f in files)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        + head.format(id=quoteattr(ident), ver=quoteattr(course.version)) + "\n"
        + f"  <metadata>{schema}</metadata>\n"
        + '  <organizations default="org-1">\n    <organization identifier="org-1">\n'
        + f"      <title>{escape(course.title)}</title>\n"
        # No masteryscore: a SCORM 1.2 LMS would then judge passed/failed from the running average
        # score part-way through; the SCO reports the status itself.
        + f'      <item identifier="item-1" identifierref="sco-1">\n        <title>{escape(course.title)}</title>'
        + "\n      </item>\n    </organization>\n  </organizations>\n"
        + f'  <resources>\n    <resource identifier="sco-1" type="webcontent" {scormtype} href="{LAUNCH}">\n'
        + file_tags + "\n    </resource>\n  </resources>\n</manifest>\n"
    )


def add_scorm_files(course: Course, version: str, site_dir: Path) -> None:
    """Turn a built site into a SCORM package folder (the schema files, launch page and its
    script, and the manifest)."""
    if version not in VERSIONS:
        raise ValueError(f"SCORM version must be one of {', '.join(VERSIONS)}")
    for schema in sorted((SCHEMAS / f"scorm{version.replace('.', '')}").iterdir()):
        shutil.copyfile(schema, site_dir / schema.name)
    (site_dir / LAUNCH).write_text(launch_page(course), encoding="utf-8")
    shutil.copyfile(RUNTIME_DIR / "scorm-launch.js", site_dir / LAUNCH_JS)
    (site_dir / "imsmanifest.xml").write_text(manifest(course, version, site_dir), encoding="utf-8")
