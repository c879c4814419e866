"""Render the course model as plain Markdown/HTML pages plus the runtime's page data."""

from .generate import RenderedSite, render_site

__all__ = ["RenderedSite", "render_site"]
