"""Write the JSON Schemas of the file formats so editors can validate while authors type."""

from __future__ import annotations

import json
from pathlib import Path

from .schema import json_schemas


def schema_texts() -> dict[str, str]:
    return {f"{kind}.schema.json": json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
            for kind, schema in json_schemas().items()}


def write_schemas(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schema_texts().items():
        path = out_dir / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
