"""The IMS QTI 2.1 schema, loaded for validating exported items offline (see README.md)."""

from __future__ import annotations

from pathlib import Path

import xmlschema

HERE = Path(__file__).resolve().parent
XML_XSD = HERE.parents[2] / "course_builder" / "package" / "schemas" / "scorm2004-4th" / "xml.xsd"


def load() -> xmlschema.XMLSchema:
    """The QTI 2.1 schema, strict, with our stubs for MathML, XInclude and IMS LIP (never fetched)."""
    return xmlschema.XMLSchema(str(HERE / "imsqti_v2p1.xsd"), allow="local", locations=[
        ("http://www.w3.org/XML/1998/namespace", str(XML_XSD)),
        ("http://www.w3.org/2001/XInclude", str(HERE / "stubs" / "xinclude-any.xsd")),
        ("http://www.w3.org/1998/Math/MathML", str(HERE / "stubs" / "mathml-any.xsd")),
        ("http://www.imsglobal.org/xsd/imslip_v1p0", str(HERE / "stubs" / "imslip-any.xsd")),
    ])
