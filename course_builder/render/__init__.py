"""Render the course model as plain Markdown/HTML pages plus the runtime's data and files."""

from .assets import ASSET_DIR, RUNTIME_DIR
from .generate import RenderedSite, render_site
from .launch import LAUNCH, launch_page
from .pages import facilitator_markdown, standalone_page
from .site_paths import PAGES, docs_file
from .templating import cache_compiled_templates

# Languages the whole interface is written in (pages and runtime). The runtime's messages may have
# more (CATALOGUES); until a language's page text is written too, check warns that pages mix them.
LANGUAGES = ("en",)

__all__ = ["ASSET_DIR", "LANGUAGES", "LAUNCH", "PAGES", "RUNTIME_DIR", "RenderedSite", "cache_compiled_templates",
           "docs_file", "facilitator_markdown", "launch_page", "render_site", "standalone_page"]
