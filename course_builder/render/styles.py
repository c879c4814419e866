"""The runtime's stylesheets: the core one every page loads, and one per feature that only the
pages using that feature link to (so a lesson page does not pay for the contract's print
layout). Each is minified and named after its content, like the scripts."""

from __future__ import annotations

import functools
import hashlib
import posixpath

import rcssmin
from markupsafe import Markup

from .assets_dir import ASSET_DIR, RUNTIME_DIR

# Feature → its source files in runtime/css/ (forms.css serves the contract and the records).
STYLES = {
    "core": ["core.css"],
    "scenario": ["scenario.css"],
    "contract": ["forms.css", "contract.css"],
    "records": ["forms.css", "records.css"],
    "worksheets": ["worksheets.css"],
}


@functools.cache
def stylesheets() -> dict[str, tuple[str, str]]:
    """Feature → (path in the site, minified text)."""
    out = {}
    for name, sources in STYLES.items():
        text = "".join(rcssmin.cssmin((RUNTIME_DIR / "css" / s).read_text(encoding="utf-8")) + "\n" for s in sources)
        out[name] = (f"{ASSET_DIR}/{name}.{hashlib.sha256(text.encode()).hexdigest()[:10]}.css", text)
    return out


def link(name: str, page: str) -> Markup:
    """A `<link>` to a feature's stylesheet from the generated page at `page` (e.g. s1/x.md),
    placed in the page itself so it applies before any script runs, and without scripts."""
    href = posixpath.relpath(stylesheets()[name][0], posixpath.dirname(page) or ".")
    return Markup('<link rel="stylesheet" href="{}">\n\n').format(href)
