"""SCORM 1.2 and 2004 (3rd or 4th Edition) packages: a launch page that holds the LMS session
while the course's pages load in a frame beneath it, and an imsmanifest.xml that lists every
file. A learning path's package names the path in its identifier and title."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from ..model import Course
from ..render import LAUNCH, launch_page

SCHEMAS = Path(__file__).resolve().parent / "schemas"  # ADL's control files, which some LMSs require
# --scorm value → the folder of schema files under SCHEMAS, and the manifest's schemaversion.
# "2004" is the 3rd Edition: what most LMSs document support for.
VERSIONS = {"1.2": ("scorm12", "1.2"), "2004": ("scorm2004-3rd", "2004 3rd Edition"),
            "2004-4th": ("scorm2004-4th", "2004 4th Edition")}

_HEADERS = {
    "1.2": ('<manifest identifier={id} version={ver} xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" '
            'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd '
            'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd '
            'http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">',
            "<schema>ADL SCORM</schema><schemaversion>{schemaversion}</schemaversion>", 'adlcp:scormtype="sco"'),
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
             "<schema>ADL SCORM</schema><schemaversion>{schemaversion}</schemaversion>",
             'adlcp:scormType="sco"'),
}


def manifest(course: Course, version: str, site_dir: Path) -> str:
    """imsmanifest.xml for SCORM `version`, listing every file of the package."""
    head, schema, scormtype = _HEADERS["1.2" if version == "1.2" else "2004"]
    # An xsd:ID: letters, digits, "-" and "_", starting with a letter.
    track = f"-{course.track.id}" if course.track else ""
    ident = re.sub(r"[^A-Za-z0-9_-]+", "-", f"{course.id}{track}-{course.version}")
    ident = ident if ident[0].isalpha() else "c-" + ident
    title = escape(f"{course.title} — {course.track.title}" if course.track else course.title)
    files = sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*") if p.is_file())
    files = [f for f in files if f != "imsmanifest.xml"]
    file_tags = "\n".join(f"      <file href={quoteattr(f)}/>" for f in files)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        + head.format(id=quoteattr(ident), ver=quoteattr(course.version)) + "\n"
        + f"  <metadata>{schema.format(schemaversion=VERSIONS[version][1])}</metadata>\n"
        + '  <organizations default="org-1">\n    <organization identifier="org-1">\n'
        + f"      <title>{title}</title>\n"
        # No masteryscore: a SCORM 1.2 LMS would then judge passed/failed from the score alone,
        # whatever else completion asks for; the SCO reports the status itself.
        + f'      <item identifier="item-1" identifierref="sco-1">\n        <title>{title}</title>'
        + "\n      </item>\n    </organization>\n  </organizations>\n"
        + f'  <resources>\n    <resource identifier="sco-1" type="webcontent" {scormtype} href="{LAUNCH}">\n'
        + file_tags + "\n    </resource>\n  </resources>\n</manifest>\n"
    )


def add_scorm_files(course: Course, version: str, site_dir: Path) -> None:
    """Turn a built site into a SCORM package folder (the schema files, launch page and its
    script, and the manifest)."""
    if version not in VERSIONS:
        raise ValueError(f"SCORM version must be one of {', '.join(VERSIONS)}")
    for schema in sorted((SCHEMAS / VERSIONS[version][0]).iterdir()):
        shutil.copyfile(schema, site_dir / schema.name)
    page, files = launch_page(course)
    (site_dir / LAUNCH).write_text(page, encoding="utf-8")
    for path, text in files.items():
        (site_dir / path).write_text(text, encoding="utf-8")
    (site_dir / "imsmanifest.xml").write_text(manifest(course, version, site_dir), encoding="utf-8")
