"""Render the course model as plain Markdown/HTML pages plus the runtime's data and files."""

from .assets import ASSET_DIR, RUNTIME_DIR
from .generate import RenderedSite, render_site
from .launch import LAUNCH, launch_page
from .pages import facilitator_markdown, standalone_page
from .site_paths import PAGES, docs_file
from .templating import cache_compiled_templates

__all__ = ["ASSET_DIR", "LAUNCH", "PAGES", "RUNTIME_DIR", "RenderedSite", "cache_compiled_templates",
           "docs_file", "facilitator_markdown", "launch_page", "render_site", "standalone_page"]
