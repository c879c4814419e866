"""Printed page counts of the print-only pages (workbook, facilitator guide, contract,
certificate), on Letter and A4, with Debian's Chromium through Playwright.

    python3 scripts/print_pages.py [SITE_DIR]     (default: site/, built by course-builder build)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

PAGES = ["workbook.html", "facilitator-guide.html", "s5-applying/contract.html"]
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking"]


def page_count(pdf: bytes) -> int:
    """Pages in a PDF Chromium wrote (each page object is typed /Page)."""
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def main() -> int:
    from playwright.sync_api import sync_playwright

    site = Path(sys.argv[1] if len(sys.argv) > 1 else "site").resolve()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page()
        for name in PAGES:
            page.goto((site / name).as_uri())
            counts = [f"{fmt} {page_count(page.pdf(format=fmt))}" for fmt in ("Letter", "A4")]
            print(f"{name:28} pages: {', '.join(counts)}")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
