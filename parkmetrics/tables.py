"""Reading the project's hand-kept CSV files (manifest, zones, overrides) with line numbers for errors."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path


def csv_rows(path: Path, required: Iterable[str], error: type[Exception]) -> Iterator[tuple[str, dict[str, str]]]:
    """Rows of a CSV file as ("file:line", row); missing columns raise ``error`` naming the file."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = set(required) - set(reader.fieldnames or [])
        if missing:
            raise error(f"{path}:1: missing columns {', '.join(sorted(missing))}")
        for line, row in enumerate(reader, start=2):
            yield f"{path}:{line}", {k: (v or "") for k, v in row.items() if k is not None}
