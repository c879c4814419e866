"""SCORM packages without a browser: every file listed, ADL's schema files at the root, a
manifest that validates against those schemas (as a strict LMS checks it on import), in each
version and edition; a learning path's package has an identifier and a title of its own."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest
import xmlschema

from course_builder.package.scorm import SCHEMAS, VERSIONS, manifest
from course_builder.tracks import for_track
from course_builder.validate import check_course

from .conftest import FIXTURES

ROOT_SCHEMA = {"1.2": "imscp_rootv1p1p2.xsd", "2004": "imscp_v1p1.xsd", "2004-4th": "imscp_v1p1.xsd"}
EDITION = {"1.2": "1.2", "2004": "2004 3rd Edition", "2004-4th": "2004 4th Edition"}


@pytest.fixture(scope="module", params=["1.2", "2004", "2004-4th"])
def package(request, fixture_packages, tmp_path_factory) -> tuple[str, Path]:
    folder = tmp_path_factory.mktemp("pkg")
    with zipfile.ZipFile(fixture_packages[request.param]) as zf:
        zf.extractall(folder)
    return request.param, folder


def _schema(version: str, folder: Path, tmp_path: Path) -> xmlschema.XMLSchema:
    schemas = tmp_path / "schemas"
    shutil.copytree(folder, schemas, ignore=shutil.ignore_patterns("*.html", "*.js", "*.css", "*.xml", "*.json"))
    if version == "1.2":
        # ADL's ims_xml.xsd binds the reserved xml namespace as its default, which LMSs accept
        # but a strict validator refuses: check against the W3C schema for that namespace instead.
        shutil.copyfile(Path(xmlschema.__file__).parent / "schemas" / "XML" / "xml.xsd", schemas / "ims_xml.xsd")
    # Load every schema the manifest names in xsi:schemaLocation, from the package, as an LMS does.
    hints = re.search(r'xsi:schemaLocation="([^"]+)"', (folder / "imsmanifest.xml").read_text()).group(1).split()
    locations = [(ns, str(schemas / name)) for ns, name in zip(hints[::2], hints[1::2], strict=True)]
    # validation="lax" builds the schemas despite their own old faults (IMS metadata 1.2.1 breaks
    # XSD's unique particle rule); the manifest itself is still checked strictly.
    return xmlschema.XMLSchema(str(schemas / ROOT_SCHEMA[version]), locations=locations, validation="lax")


def test_schema_files_sit_at_the_root_and_every_file_is_listed(package):
    version, folder = package
    shipped = sorted(p.name for p in (SCHEMAS / VERSIONS[version][0]).iterdir())
    assert ROOT_SCHEMA[version] in shipped
    assert all((folder / name).is_file() for name in shipped)
    text = (folder / "imsmanifest.xml").read_text(encoding="utf-8")
    assert f"<schemaversion>{EDITION[version]}</schemaversion>" in text
    listed = set(re.findall(r'<file href="([^"]+)"', text))
    files = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    assert listed == files - {"imsmanifest.xml"}


def test_manifest_validates_against_the_scorm_schemas(package, tmp_path):
    version, folder = package
    schema = _schema(version, folder, tmp_path)
    text = (folder / "imsmanifest.xml").read_text(encoding="utf-8")
    assert [str(e) for e in schema.iter_errors(text)] == []
    # ...and the check does catch a broken manifest.
    broken = text.replace('identifierref="sco-1"', 'identifierref="sco-1" colour="blue"')
    assert list(schema.iter_errors(broken))


def test_the_third_and_fourth_editions_ship_their_own_schema_files():
    third, fourth = (SCHEMAS / VERSIONS["2004"][0], SCHEMAS / VERSIONS["2004-4th"][0])
    assert {p.name for p in third.iterdir()} == {p.name for p in fourth.iterdir()}
    assert (third / "imscp_v1p1.xsd").read_bytes() != (fourth / "imscp_v1p1.xsd").read_bytes()


def test_a_path_package_names_its_path(tmp_path):
    """An LMS holding the whole course and several paths can tell their packages apart."""
    course = check_course(FIXTURES / "records")
    (tmp_path / "index.html").write_text("")
    whole = manifest(course, "2004", tmp_path)
    crew = manifest(for_track(course, "crew"), "2004", tmp_path)
    ident = re.compile(r'<manifest identifier="([^"]+)"')
    titles = re.compile(r"<title>([^<]+)</title>")
    assert ident.search(whole).group(1) == "records-course-1-0"
    assert ident.search(crew).group(1) == "records-course-crew-1-0"
    assert set(titles.findall(crew)) == {"Records fixture — Field crews"}
    assert set(titles.findall(whole)) == {course.title}
