"""The utility's mkdocs.yml, read and checked without MkDocs: its YAML, and the settings the
course relies on (the Material theme, no fonts or files from another host, relative links,
offline search, extensions and plugins that are installed, asset files that exist)."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from . import page_text
from .load import inside, read_yaml, rel, yaml_file
from .model import Branding
from .problems import Problems, did_you_mean
from .yaml_source import SourceDoc, Tagged

THEME = "material"
SET_BY_COURSE = {"docs_dir": "the generated pages' folder", "site_dir": "site/ (or build --site-dir)",
                 "nav": "the course's sections and pages"}
REMOTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.I)
COMMENTED_HEX = re.compile(r":\s*(#[0-9a-fA-F]{3,8})\b")  # `primary: #1a5276`, which YAML reads as a comment


@dataclass
class SiteConfig:
    """What the course needs from mkdocs.yml; `data` is the file as written, `branding` course.yml's
    (set once the course is checked), which the generated config's theme takes."""

    path: str = "mkdocs.yml"
    data: dict[str, Any] = field(default_factory=dict)
    branding: Branding = field(default_factory=Branding)

    def list(self, key: str) -> list[Any]:
        value = self.data.get(key)
        return list(value) if isinstance(value, list) else []

    @property
    def theme(self) -> dict[str, Any]:
        theme = self.data.get("theme")
        return {"name": theme} if isinstance(theme, str) else dict(theme) if isinstance(theme, dict) else {}

    @property
    def extra(self) -> dict[str, Any]:
        extra = self.data.get("extra")
        return extra if isinstance(extra, dict) else {}

    def palette(self) -> Any:
        """theme.palette for the generated config, or None to keep mkdocs.yml's: when the branding sets
        colours, each of the author's schemes (light, dark…) with primary and/or accent 'custom', so
        Material takes them from the branding stylesheet (render/styles.py)."""
        brand = self.branding
        if not brand.primary and not brand.accent:
            return None
        given = self.theme.get("palette")
        schemes = given if isinstance(given, list) else [given] if isinstance(given, dict) else [{"scheme": "default"}]
        out = []
        for scheme in schemes:
            scheme = dict(scheme) if isinstance(scheme, dict) else {}
            scheme.update({k: "custom" for k in ("primary", "accent") if getattr(brand, k)})
            out.append(scheme)
        return out if isinstance(given, list) else out[0]


def read_site_config(root: Path, docs: dict[str, Path], problems: Problems) -> SiteConfig:
    """Read and check mkdocs.yml; each problem names its line. `docs` are the files under docs/."""
    path = yaml_file(root, root, "mkdocs", problems)
    if path is None:
        problems.add("mkdocs.yml", 0, "no mkdocs.yml in the course folder",
                     "the course folder needs a mkdocs.yml for the site's theme; copy the shipped one")
        return SiteConfig()
    doc = read_yaml(root, path, problems, foreign_tags=True)
    if doc is None:
        return SiteConfig(rel(root, path))
    if not isinstance(doc.data, dict):
        problems.add(doc.path, 1, f"{doc.path} must be a mapping of settings, e.g. theme: and plugins:",
                     "see the shipped mkdocs.yml")
        return SiteConfig(doc.path)
    config = SiteConfig(doc.path, doc.data)
    _Checker(root, doc, docs, problems).run()
    return config


class _Checker:
    def __init__(self, root: Path, doc: SourceDoc, docs: dict[str, Path], problems: Problems):
        self.root, self.doc, self.docs, self.problems = root, doc, docs, problems
        self.data: dict[str, Any] = doc.data

    def error(self, loc: tuple, message: str, hint: str = "") -> None:
        self.problems.add(self.doc.path, self.doc.line(loc), message, hint)

    def run(self) -> None:
        theme = self._theme()
        for key, owner in SET_BY_COURSE.items():
            if key in self.data:
                self.problems.warn(self.doc.path, self.doc.line((key,)), f"'{key}' is ignored: course-builder sets "
                                   f"it to {owner}", f"remove '{key}' from {self.doc.path}")
        if "use_directory_urls" in self.data and self.data["use_directory_urls"] is not False:
            self.error(("use_directory_urls",), "use_directory_urls must be false: the course's links then work "
                       "from a file share (file://) and under any sub-path", "use_directory_urls: false")
        if "extra" in self.data and not isinstance(self.data["extra"], dict):
            self.error(("extra",), "'extra' must be a mapping of settings", "extra:\n  generator: false")
        if "INHERIT" in self.data:
            parent = self.data["INHERIT"]
            if not isinstance(parent, str) or not (self.root / parent).is_file():
                self.error(("INHERIT",), f"INHERIT names a file that does not exist: {parent}",
                           "give the path of another settings file, relative to the course folder")
        self._extensions()
        self._plugins(theme)
        for key in ("extra_css", "extra_javascript"):
            self._assets(key)

    def _theme(self) -> str | None:
        theme = self.data.get("theme")
        loc = ("theme",)
        if isinstance(theme, str):
            theme = {"name": theme}
        elif not isinstance(theme, dict):
            self.error(loc, f"'theme' must be a mapping with name: {THEME}, found {_describe(theme)}",
                       f"theme:\n  name: {THEME}\n  font: false")
            return None
        name = theme.get("name")
        if name != THEME:
            self.error(loc + ("name",) if "name" in theme else loc, f"the theme must be {THEME} (Material for MkDocs), "
                       f"found {_describe(name)}", f"theme:\n  name: {THEME}")
        font = theme.get("font", False)
        if font is not False:
            self.error(loc + ("font",), "theme.font loads its fonts from Google's servers, but the course must make "
                       "no request to another host", "font: false   (to use a font of your own, put its files "
                       "under docs/ and add a stylesheet to extra_css)")
        if "language" in theme:
            self.problems.warn(self.doc.path, self.doc.line(loc + ("language",)), "theme.language is ignored: the "
                               "site's language comes from language: in course.yml", "remove it")
        if "custom_dir" in theme:
            folder = theme["custom_dir"]
            target = self.root / folder if isinstance(folder, str) else None
            if target is None or not target.is_dir() or not inside(self.root, target):
                self.error(loc + ("custom_dir",), f"theme.custom_dir is not a folder in the course folder: {folder}",
                           "give a folder's path relative to the course folder, e.g. overrides")
        for key in ("logo", "favicon"):
            if key in theme:
                self._asset(loc + (key,), theme[key], f"theme.{key}")
        self._palette(theme.get("palette"))
        return name if isinstance(name, str) else None

    def _palette(self, palette: Any) -> None:
        """Material takes only its colour names for primary and accent and silently ignores a hex
        colour: say so, and point to course.yml's branding, which checks contrast too."""
        loc: tuple[Any, ...] = ("theme", "palette")
        schemes = [(palette, loc)] if isinstance(palette, dict) else \
            [(s, loc + (i,)) for i, s in enumerate(palette) if isinstance(s, dict)] if isinstance(palette, list) else []
        for scheme, where in schemes:
            for key in ("primary", "accent"):
                value = scheme.get(key, "")
                line = self.doc.line(where + (key,))
                if value is None:  # an unquoted #1a5276 is a YAML comment
                    found = COMMENTED_HEX.search(self._source_line(line))
                    value = found.group(1) if found else None
                if isinstance(value, str) and value.strip().startswith("#"):
                    self.problems.warn(self.doc.path, line, f"theme.palette {key} '{value.strip()}' is ignored: "
                                       "Material takes only its colour names here (indigo, teal…)",
                                       f"set the colour in course.yml, where the build also checks its contrast:\n"
                                       f"branding:\n  {key}: \"{value.strip()}\"")

    def _source_line(self, line: int) -> str:
        try:
            lines = (self.root / self.doc.path).read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return ""
        return lines[line - 1] if 0 < line <= len(lines) else ""

    def _extensions(self) -> None:
        value = self.data.get("markdown_extensions")
        loc: tuple[Any, ...] = ("markdown_extensions",)
        if value is None:
            return
        if isinstance(value, dict):
            items: list[tuple[Any, Any, tuple]] = [(k, v, loc + (k,)) for k, v in value.items()]
        elif isinstance(value, list):
            items = []
            for i, item in enumerate(value):
                if isinstance(item, dict) and len(item) == 1:
                    (name, options), = item.items()
                    items.append((name, options, loc + (i,)))
                elif isinstance(item, str):
                    items.append((item, None, loc + (i,)))
                else:
                    self.error(loc + (i,), "each Markdown extension is a name, or a name with its options",
                               "markdown_extensions:\n  - admonition\n  - toc:\n      permalink: true")
        else:
            self.error(loc, "'markdown_extensions' must be a list", "markdown_extensions:\n  - admonition")
            return
        for name, options, where in items:
            if not isinstance(name, str):
                self.error(where, f"'{name}' is not a Markdown extension name", "e.g. admonition")
            elif not _extension_installed(name):
                self.error(where, f"Markdown extension '{name}' is not installed",
                           did_you_mean(name, _entry_points("markdown.extensions")) or
                           "install the package that provides it (e.g. pip install pymdown-extensions for "
                           "pymdownx.*), or remove it")
            if options is not None and not isinstance(options, dict):
                self.error(where, f"the options of '{name}' must be a mapping", f"- {name}:\n    option: value")

    def _plugins(self, theme: str | None) -> None:
        value = self.data.get("plugins")
        loc: tuple[Any, ...] = ("plugins",)
        if value is None:
            names: list[tuple[Any, tuple]] = [("search", loc)]  # MkDocs' default
        elif isinstance(value, dict):
            names = [(k, loc + (k,)) for k in value]
        elif isinstance(value, list):
            names = [(next(iter(p)) if isinstance(p, dict) and len(p) == 1 else p, loc + (i,))
                     for i, p in enumerate(value)]
        else:
            self.error(loc, "'plugins' must be a list", "plugins:\n  - search\n  - offline")
            return
        installed = _entry_points("mkdocs.plugins")
        options = value.values() if isinstance(value, dict) else \
            [next(iter(p.values())) if isinstance(p, dict) and len(p) == 1 else None for p in value or []]
        for (name, where), given in zip(names, options or [None] * len(names), strict=True):
            if given is not None and not isinstance(given, dict):
                self.error(where, f"the options of plugin '{name}' must be a mapping", f"- {name}:\n    option: value")
            if not isinstance(name, str):
                self.error(where, "each plugin is a name, or a name with its options", "plugins:\n  - search")
            elif name not in installed and f"{theme}/{name}" not in installed:
                self.error(where, f"MkDocs plugin '{name}' is not installed",
                           did_you_mean(name, installed) or "install the package that provides it, or remove it")
        if value is not None and "offline" not in {n for n, _ in names}:
            self.problems.warn(self.doc.path, self.doc.line(loc), "without the offline plugin, search does not work "
                               "when the site is opened from a file share (file://)",
                               "plugins:\n  - search\n  - offline")

    def _assets(self, key: str) -> None:
        value = self.data.get(key)
        if value is None:
            return
        if not isinstance(value, list):
            self.error((key,), f"'{key}' must be a list of files under docs/", f"{key}:\n  - assets/extra.css")
            return
        for i, item in enumerate(value):
            path = item.get("path") if isinstance(item, dict) and key == "extra_javascript" else item
            self._asset((key, i), path, key)

    def _asset(self, loc: tuple, value: Any, what: str) -> None:
        if isinstance(value, Tagged):
            return  # resolved by MkDocs (e.g. !ENV)
        problem = asset_problem(value, self.docs)
        if problem:
            self.error(loc, f"{what}: {problem[0]}", problem[1])


def asset_problem(path: Any, docs: dict[str, Path], base: str = "") -> tuple[str, str] | None:
    """Why `path` (relative to the docs/ folder `base`) is not a file the site can serve, or None."""
    if not isinstance(path, str) or not path.strip():
        return f"expected the path of a file under docs/, found {_describe(path)}", "e.g. assets/logo.svg"
    if REMOTE.match(path):
        return (f"'{path}' is on another host, but the course must make no request to another host",
                "download the file into docs/ and give its path relative to docs/")
    if path.startswith("data:"):
        return None
    if path.startswith("/"):
        return (f"'{path}' starts with '/', which breaks when the site is opened from a file share or "
                "hosted under a sub-path", "give the path relative to docs/, without the leading '/'")
    target = _normalise(base + path.split("#")[0].split("?")[0])
    if target not in docs:
        where = ("give its path relative to docs/" if not base else
                 "link to it relative to the page (a lesson's page is in its section's folder: ../assets/x.png)")
        hint = did_you_mean(target, docs) or f"put the file under docs/ and {where}"
        return f"'{path}' is not a file under docs/", hint
    return None


def _normalise(path: str) -> str:
    parts: list[str] = []
    for part in path.split("/"):
        if part == "..":
            if parts:
                parts.pop()
            else:
                return "../" + path  # outside docs/: never a docs file
        elif part not in ("", "."):
            parts.append(part)
    return "/".join(parts)


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, (bool, int, float)):
        return f"'{value}'"
    if isinstance(value, str):
        return f"'{value}'"
    return "a list" if isinstance(value, list) else "a mapping"


@cache
def _entry_points(group: str) -> frozenset[str]:
    return frozenset(e.name for e in importlib.metadata.entry_points(group=group))


def _extension_installed(name: str) -> bool:
    if name in _entry_points("markdown.extensions"):
        return True
    module = name.split(":", 1)[0]
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


@cache
def theme_languages() -> frozenset[str]:
    """The interface languages Material offers (its language partials), found without importing it."""
    spec = importlib.util.find_spec(THEME)
    folders = list(spec.submodule_search_locations or []) if spec else []
    return frozenset(p.stem for f in folders for p in (Path(f) / "templates" / "partials" / "languages").glob("*.html"))


def check_language(doc: SourceDoc | None, language: str, has_text: bool, problems: Problems) -> None:
    """course.yml's language must be one the theme offers; a language the course's own interface text
    is not written in falls back to English (a warning)."""
    path, line = (doc.path, doc.line(("language",))) if doc else ("course.yml", 0)
    offered = theme_languages()
    if offered and language not in offered:
        problems.add(path, line, f"language '{language}' is not one the site's theme offers",
                     did_you_mean(language, offered) or did_you_mean(language.split("-")[0], offered) or
                     "use a language code such as en, es or fr")
    elif not has_text:
        problems.warn(path, line, f"the course's own interface text is not written in '{language}', so its "
                      f"buttons, headings and messages are in English",
                      "languages with interface text: " + ", ".join(sorted(page_text.CATALOGUES)))
