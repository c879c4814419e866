"""Render the course model as plain Markdown/HTML pages plus the runtime's page data."""

from .generate import ASSET_DIR, PAGES, RUNTIME_DIR, RenderedSite, render_site
from .ui_text import CATALOGUES

LANGUAGES = tuple(CATALOGUES)

__all__ = ["ASSET_DIR", "LANGUAGES", "PAGES", "RUNTIME_DIR", "RenderedSite", "render_site"]
