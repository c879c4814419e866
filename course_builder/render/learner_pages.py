"""Pages for the learner's own records: the contract form, the certificate, "My progress"."""

from __future__ import annotations

from ..model import Course, Section
from . import records
from .contract import contract_data, contract_html
from .pages import _front, _page_data


def contract_path(section: Section) -> str:
    return f"{section.id}/contract.md"


def contract_page(course: Course, section: Section) -> str:
    c = section.contract
    assert c is not None
    intro = f"{c.intro}\n\n" if c.intro else ""
    return (_front(c.title) + f"# {c.title}\n\n{intro}"
            + "Fill it in here, then print it (or save it as a PDF) for the meeting with your supervisor. "
            + "To plan it on paper instead, print a blank copy.\n{: .cb-screen-only }\n\n"
            + contract_html(course, c) + "\n\n"
            + _page_data(course, c.id, contract=contract_data(course, c)) + "\n")


def certificate_page(course: Course) -> str:
    return (_front("Certificate of completion") + "# Certificate of completion\n\n"
            + "When you have passed every section quiz, print your certificate here.\n"
            + "{: .cb-screen-only }\n\n" + records.certificate_html(course) + "\n\n"
            + _page_data(course, "certificate", certificate=records.certificate_data(course)) + "\n")


def progress_page(course: Course) -> str:
    return (_front("My progress") + "# My progress\n\n"
            + "What you have done in this course on this device, and what to do next.\n\n"
            + records.progress_html(course) + "\n\n"
            + _page_data(course, "progress", progress=records.progress_data(course)) + "\n")
