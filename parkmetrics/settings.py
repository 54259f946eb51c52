"""Where things are: the project folders every stage reads from and writes to."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .corpus import Zone, read_zones


def find_root(start: Path | None = None) -> Path:
    """The project root: $PARKMETRICS_HOME, else the nearest folder above with pyproject.toml and data/."""
    env = os.environ.get("PARKMETRICS_HOME")
    if env:
        return Path(env).resolve()
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "pyproject.toml").exists() and (folder / "data").is_dir():
            return folder
    return here


@dataclass(frozen=True)
class Paths:
    root: Path

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def raw(self) -> Path:
        return self.data / "raw"

    @property
    def processed(self) -> Path:
        return self.data / "processed"

    @property
    def reference(self) -> Path:
        return self.data / "reference"

    @property
    def zones(self) -> Path:
        return self.data / "zones.csv"

    @property
    def overrides(self) -> Path:
        return self.data / "overrides.csv"

    @property
    def notebooks(self) -> Path:
        return self.root / "notebooks"

    @property
    def figures(self) -> Path:
        return self.root / "figures"

    @property
    def reports(self) -> Path:
        return self.root / "reports"

    @property
    def params(self) -> Path:
        return self.root / "params"


def project_paths(root: Path | None = None) -> Paths:
    return Paths(root or find_root())


def find_zones(paths: Iterable[str | Path] = ()) -> list[Zone]:
    """The zone table of the project the inputs belong to (data/zones.csv)."""
    candidates = [project_paths().zones]
    for p in paths:
        p = Path(p).resolve()
        candidates += [folder / "zones.csv" for folder in (p, *p.parents)][:4]
    for candidate in candidates:
        if candidate.exists():
            return read_zones(candidate)
    return []
