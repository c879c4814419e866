"""The engines that turn the generated pages into a static site: MkDocs (the default), ProperDocs (the
maintained MkDocs 1.x fork) and Zensical (Material's successor). Each has one small adapter, the only
module that imports or runs it, with the same `build(config_path, site_dir, strict, epoch)`; all
build from the one generated config (config.py)."""

from __future__ import annotations

import importlib
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol


class SiteBuildError(Exception):
    """The engine could not build the site; the previous site is untouched."""


class EngineUnavailable(SiteBuildError):
    """The engine asked for is not installed."""


class Engine(Protocol):
    def build(self, config_path: Path, site_dir: Path, strict: bool = False, epoch: int | None = None) -> None: ...


@dataclass(frozen=True)
class EngineInfo:
    name: str
    title: str
    package: str  # the engine's own Python package, found without importing it
    adapter: str  # our module that runs it


ENGINES: dict[str, EngineInfo] = {e.name: e for e in (
    EngineInfo("mkdocs", "MkDocs", "mkdocs", "mkdocs_engine"),
    EngineInfo("properdocs", "ProperDocs", "properdocs", "properdocs_engine"),
    EngineInfo("zensical", "Zensical", "zensical", "zensical_engine"),
)}
DEFAULT = "mkdocs"


def available(name: str) -> bool:
    """Whether the engine `name` is installed (its package can be found; nothing is imported)."""
    return importlib.util.find_spec(ENGINES[name].package) is not None


def engine(name: str) -> Engine:
    """The adapter of engine `name`; EngineUnavailable, with the command that installs it, if missing."""
    info = ENGINES[name]
    if not available(name):
        extra = "" if name == DEFAULT else f"[{name}]"
        raise EngineUnavailable(
            f"the {info.title} engine is not installed. Install it into the course tool's environment with "
            f"`pip install 'course_builder{extra}'` (in this project: `.venv/bin/pip install -e '.{extra}'`), "
            f"or build with the default engine (--engine {DEFAULT}).")
    module: Engine = importlib.import_module(f"{__name__}.{info.adapter}")
    return module


@contextmanager
def source_date(epoch: int | None) -> Iterator[None]:
    """SOURCE_DATE_EPOCH set to `epoch` within the block (sitemap dates, gzip headers), then restored."""
    saved = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is not None:
        os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = saved


def build_then_swap(site_dir: Path, run: Callable[[Path], Path]) -> None:
    """Let `run(empty folder)` build a site and return where it is, then put it at `site_dir` in one
    rename, so a failed build leaves `site_dir` as it was."""
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".site-new-", dir=site_dir.parent))
    try:
        built = run(tmp)
        if built != tmp:
            tmp.rmdir()
            shutil.move(str(built), str(tmp))
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    old = None
    if site_dir.exists():
        old = Path(tempfile.mkdtemp(prefix=".site-old-", dir=site_dir.parent))
        old.rmdir()
        site_dir.rename(old)
    tmp.rename(site_dir)
    # mkdtemp made the folder private (0700); a web server must be able to read it.
    umask = os.umask(0)
    os.umask(umask)
    site_dir.chmod(0o777 & ~umask)
    if old:
        shutil.rmtree(old, ignore_errors=True)


def run_child(args: list[str], cwd: Path, epoch: int | None) -> None:
    """Run `python -m <engine> …` (args[0] is the engine's module) in a child process with
    SOURCE_DATE_EPOCH set; SiteBuildError with the engine's own words if it fails."""
    with source_date(epoch):  # the child inherits it
        done = subprocess.run([sys.executable, "-m", *args], cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        lines = [line.strip() for line in (done.stdout + done.stderr).splitlines() if line.strip()]
        errors = [line for line in lines if "error" in line.lower()] or lines[-1:]
        raise SiteBuildError(" ".join(errors[-3:]) or f"{args[0]} exited with status {done.returncode}")
