from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture()
def project_copy(tmp_path: Path) -> Path:
    """A throw-away copy of the project's inputs, so tests never touch data/ or reports/."""
    for name in ("data", "notebooks", "params"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("processed", "*.ipynb"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "figures").mkdir()
    return tmp_path
