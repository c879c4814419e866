"""A reproducible zip of a built site: sorted entries, fixed times and permissions."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path


def zip_dir(source: Path, target: Path, epoch: int) -> Path:
    """Write every file under `source` into `target`, byte-identical for identical input.

    `epoch` (seconds) stamps every entry, so the archive depends only on the files' content.
    The archive is written beside `target` and moved into place only when complete.
    """
    stamp = time.gmtime(max(epoch, 315532800))[:6]  # zip cannot store dates before 1980
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
            for path in sorted(p for p in source.rglob("*") if p.is_file()):
                info = zipfile.ZipInfo(path.relative_to(source).as_posix(), date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                info.create_system = 3  # unix, so the permissions above are read the same everywhere
                zf.writestr(info, path.read_bytes(), compresslevel=9)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    tmp.replace(target)
    return target
