"""Branding colours and fonts: parsing, WCAG 2 contrast, nearby shades that pass, and font stacks
that load nothing. Plain maths on `#rrggbb` strings; no MkDocs, no dependencies."""

from __future__ import annotations

import colorsys
import math
import re

WHITE = "#ffffff"
# Material's dark scheme (slate) paints pages hsl(225, 15%, 14%) with its default --md-hue.
SLATE_BG = "#1e2129"
# WCAG 2 AA (SC 1.4.3) for normal-size text. Material writes white header text on the primary
# colour and links in the primary colour on white. The accent colours hovered and focused links
# in running text and in the menu (regular weight, ~0.7-0.8 rem) and fills hovered buttons under
# white text: it is not kept to large or bold text, so the 3:1 large-text level does not apply.
PRIMARY_MIN = 4.5
ACCENT_MIN = 4.5
HEX = r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"
_HEX = re.compile(HEX)
_FAMILY = re.compile(r"""^(?:"[^"\\;{}<>]+"|'[^'\\;{}<>]+'|[A-Za-z_-][\w-]*(?:\s+[A-Za-z_-][\w-]*)*)$""")
_LOADS = re.compile(r"url\s*\(|@import|@font-face", re.I)


def parse_hex(value: str) -> str | None:
    """`value` as lower-case `#rrggbb`, or None when it is not `#rgb` or `#rrggbb`."""
    if not _HEX.match(value):
        return None
    digits = value[1:].lower()
    return "#" + (digits if len(digits) == 6 else "".join(c * 2 for c in digits))


def _rgb(colour: str) -> tuple[float, float, float]:
    return int(colour[1:3], 16) / 255, int(colour[3:5], 16) / 255, int(colour[5:7], 16) / 255


def _hex(r: float, g: float, b: float) -> str:
    return "#" + "".join(f"{round(min(max(c, 0.0), 1.0) * 255):02x}" for c in (r, g, b))


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a `#rrggbb` colour: 0 for black, 1 for white."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(c) for c in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two `#rrggbb` colours, from 1 (same) to 21 (black on white)."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def ratio_text(ratio: float, needed: float = 0.0) -> str:
    """A ratio as authors read it ('2.4:1', '4.48:1'); one below `needed` never reads as reaching it."""
    value = round(ratio, 2)
    if ratio < needed <= value:
        value = math.floor(ratio * 100) / 100
    return f"{value:.2f}".rstrip("0").rstrip(".") + ":1"


def shade(colour: str, lightness: float) -> str:
    """`colour` with its HSL lightness moved by `lightness` (-1 to 1), same hue and saturation."""
    h, lum, s = colorsys.rgb_to_hls(*_rgb(colour))
    return _hex(*colorsys.hls_to_rgb(h, min(max(lum + lightness, 0.0), 1.0), s))


def passing_shade(colour: str, against: str, needed: float) -> str:
    """The nearest shade of `colour`'s hue with at least `needed` contrast against `against`: darker
    when `against` is lighter than `colour`, else lighter (`colour` itself when it already passes)."""
    step = -0.0025 if luminance(against) >= luminance(colour) else 0.0025
    for i in range(401):
        candidate = shade(colour, step * i)
        if contrast(candidate, against) >= needed:
            return candidate
    return "#000000" if step < 0 else WHITE


def font_problem(stack: str) -> tuple[str, str] | None:
    """Why `stack` is not a plain CSS font-family list (message, hint), or None when it is."""
    if not stack.strip():
        return "font is empty", "name fonts, e.g. font: Segoe UI, Roboto, Arial, sans-serif; or remove font:"
    if _LOADS.search(stack):
        return ("font must only name fonts, not load them: url(), @import and @font-face would fetch files, "
                "perhaps from another host", "name fonts installed on learners' computers, e.g. font: Segoe UI, "
                "Roboto, Arial, sans-serif; to ship a font, put its files under docs/ and load them from a "
                "stylesheet listed in extra_css in mkdocs.yml")
    for family in stack.split(","):
        family = family.strip()
        if not _FAMILY.match(family):
            return (f"font: '{family}' is not a font family name" if family else
                    "font has an empty entry between commas",
                    "list family names separated by commas; put a name with digits or symbols in double quotes, "
                    "and then the whole list in single quotes: font: '\"Source Sans 3\", Arial, sans-serif'")
    return None


def font_stack(stack: str) -> str:
    """A checked font stack, written the one way: entries separated by ', '."""
    families = (f.strip() for f in stack.split(","))
    return ", ".join(f if f[:1] in ("'", '"') else " ".join(f.split()) for f in families)
