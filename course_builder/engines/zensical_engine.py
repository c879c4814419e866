"""The one place that runs Zensical, Material for MkDocs' successor. It reads the generated
mkdocs.yml as it is, but builds only into a folder inside the config's own folder (the config's
`site_dir`), so the site is moved from there into place. It runs as a child process: its core is
native code that prints its own report and keeps state between builds."""

from __future__ import annotations

from pathlib import Path

from . import SiteBuildError, build_then_swap, run_child
from .config import SITE_DIR


def build(config_path: Path, site_dir: Path, strict: bool = False, epoch: int | None = None) -> None:
    """Build with `zensical build --clean`, then swap the site in; a failed build leaves `site_dir` as it was."""
    built = (config_path.parent / SITE_DIR).resolve()

    def run(tmp: Path) -> Path:
        run_child(["zensical", "build", "--clean", "-f", str(config_path)] + (["--strict"] if strict else []),
                  config_path.parent, epoch)
        if not (built / "index.html").is_file():
            raise SiteBuildError(f"Zensical reported success but wrote no site to {built}")
        return built

    build_then_swap(site_dir, run)
