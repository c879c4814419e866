"""The one place that runs ProperDocs, the maintained fork of MkDocs 1.x, with the Material theme
unchanged. It runs as a child process: ProperDocs redirects every `mkdocs` import to itself once
loaded, which must not happen inside the course tool (it uses MkDocs' own modules elsewhere)."""

from __future__ import annotations

from pathlib import Path

from . import build_then_swap, run_child


def build(config_path: Path, site_dir: Path, strict: bool = False, epoch: int | None = None) -> None:
    """Build into a temporary folder, then swap it in, so a failed build leaves `site_dir` as it was."""
    def run(tmp: Path) -> Path:
        run_child(["properdocs", "build", "--clean", "-f", str(config_path), "-d", str(tmp)]
                  + (["--strict"] if strict else []), config_path.parent, epoch)
        return tmp

    build_then_swap(site_dir, run)
