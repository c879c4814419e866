"""What the two QTI packages share: an IMS content package (imsmanifest.xml, the question files,
the images) written to a folder and zipped reproducibly."""

from __future__ import annotations

import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from ..package.site_zip import zip_dir
from .bank import Entry
from .formats import Export, Writer

IMSCP = "http://www.imsglobal.org/xsd/imscp_v1p1"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
EPOCH = 315532800  # 1980-01-01: a package depends on its content only


class Package(Writer):
    """A QTI content package: `fill(folder, entries, export)` writes the files and returns the
    manifest's resources as (identifier, type, href, files, dependencies)."""

    suffix = ".zip"
    schema_location = ""

    def write(self, entries: list[Entry], export: Export) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            resources = self.fill(folder, entries, export)
            write_xml(folder / "imsmanifest.xml", self.manifest(resources))
            zip_dir(folder, self.target, EPOCH)

    def fill(self, folder: Path, entries: list[Entry], export: Export) -> list[Resource]:
        raise NotImplementedError

    def manifest(self, resources: list[Resource]) -> ET.Element:
        ET.register_namespace("", IMSCP)
        ET.register_namespace("xsi", XSI)
        root = ET.Element(f"{{{IMSCP}}}manifest", {"identifier": f"{self.course.id}-questions",
                                                   f"{{{XSI}}}schemaLocation": self.schema_location})
        ET.SubElement(root, f"{{{IMSCP}}}organizations")
        parent = ET.SubElement(root, f"{{{IMSCP}}}resources")
        for r in resources:
            node = ET.SubElement(parent, f"{{{IMSCP}}}resource", identifier=r.identifier, type=r.type, href=r.href)
            for href in r.files:
                ET.SubElement(node, f"{{{IMSCP}}}file", href=href)
            for ref in r.depends:
                ET.SubElement(node, f"{{{IMSCP}}}dependency", identifierref=ref)
        return root


class Resource:
    """One manifest resource."""

    def __init__(self, identifier: str, type: str, href: str, files: list[str] | None = None,
                 depends: list[str] | None = None) -> None:
        self.identifier, self.type, self.href = identifier, type, href
        self.files, self.depends = files or [href], depends or []


def write_xml(path: Path, root: ET.Element) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    ET.indent(root)
    ET.ElementTree(root).write(path, encoding="UTF-8", xml_declaration=True)


def identifier(value: str) -> str:
    """An XML identifier (NCName) from an author's id: ids may start with a digit."""
    return value if value[:1].isalpha() or value[:1] == "_" else f"_{value}"


def sub(parent: ET.Element, tag: str, ns: str, attrs: dict[str, str] | None = None, text: str | None = None,
        ) -> ET.Element:
    node = ET.SubElement(parent, f"{{{ns}}}{tag}", attrs or {})
    if text is not None:
        node.text = text
    return node


def element_maker(ns: str) -> Callable[..., ET.Element]:
    """sub() bound to one namespace."""
    return lambda parent, tag, attrs=None, text=None: sub(parent, tag, ns, attrs, text)
