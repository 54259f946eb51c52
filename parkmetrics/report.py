"""One report run: parameters -> papermill -> HTML and PDF -> reports/latest, all or nothing."""

from __future__ import annotations

import re
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from . import export, runner
from .settings import Paths

REPORT_NOTEBOOK = "report.py"


@dataclass
class ReportResult:
    run_dir: Path
    html: Path
    pdf: Path
    latest: Path
    seconds: dict[str, float] = field(default_factory=dict)


def read_params_file(path: Path) -> dict[str, Any]:
    try:
        loaded = yaml.safe_load(path.read_text("utf-8")) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise runner.ParameterError(f"{path}{line}: not valid YAML") from None
    if not isinstance(loaded, dict):
        raise runner.ParameterError(f"{path}:1: expected 'name: value' lines")
    return loaded


def parse_cli_value(text: str) -> Any:
    """'-p zones [a, b]' and '-p lang zh' the way papermill's -y does: YAML scalars and lists."""
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError:
        return text


def make_report(paths: Paths, parameters: dict[str, Any], timeout: int = 600) -> ReportResult:
    seconds: dict[str, float] = {}
    source_py = paths.notebooks / REPORT_NOTEBOOK
    defaults = read_params_file(paths.params / "default.yaml") if (paths.params / "default.yaml").exists() else {}
    with tempfile.TemporaryDirectory(prefix="parkmetrics-nb-") as scratch:
        source = runner.to_ipynb(source_py, Path(scratch) / "report.ipynb")
        given = {**defaults, **parameters}
        runner.validate_parameters(source, given)
        paths.reports.mkdir(parents=True, exist_ok=True)
        run_dir = export.new_run_dir(paths.reports)
        given["output_dir"] = str(run_dir)
        executed = run_dir / "report.ipynb"
        started = time.perf_counter()
        try:
            runner.execute(source, executed, given, cwd=paths.root, timeout=timeout,
                           name=str(source_py.relative_to(paths.root)))
        except runner.NotebookError as error:
            failed = paths.reports / "failed" / run_dir.name
            failed.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(run_dir), failed)
            raise runner.NotebookError(f"{error}; partly executed notebook kept at {failed / executed.name}; "
                                       "reports/latest is unchanged") from None
        seconds["notebook"] = time.perf_counter() - started
    lang = given.get("lang", "en")
    from .i18n import t

    started = time.perf_counter()
    html = export.to_html([executed], run_dir / "report.html", t("title", lang), lang)
    seconds["html"] = time.perf_counter() - started
    started = time.perf_counter()
    pdf = export.to_pdf(html, run_dir / "report.pdf")
    seconds["pdf"] = time.perf_counter() - started
    latest = export.publish(run_dir, paths.reports)
    return ReportResult(run_dir, html, pdf, latest, seconds)


def validate_values(given: dict[str, Any], paths: Paths) -> None:
    """Values the notebook cannot check before it starts: languages, currencies, zone ids."""
    from .corpus import read_zones
    from .i18n import LANGS

    if "lang" in given and given["lang"] not in LANGS:
        raise runner.ParameterError(f"parameter lang must be one of {', '.join(LANGS)}, got {given['lang']!r}")
    if "currency_display" in given and given["currency_display"] not in ("CNY", "USD"):
        raise runner.ParameterError(f"parameter currency_display must be CNY or USD, got {given['currency_display']!r}")
    if "zones" in given:
        zones = given["zones"]
        if isinstance(zones, str):
            zones = given["zones"] = [zones]
        if not isinstance(zones, list):
            raise runner.ParameterError(f"parameter zones must be a list of zone ids, got {zones!r}")
        known = {z.zone_id for z in read_zones(paths.zones)}
        unknown = [z for z in zones if z not in known]
        if unknown:
            raise runner.ParameterError(f"unknown zone {', '.join(map(str, unknown))}; known: {', '.join(sorted(known))}")
    for name in ("period_start", "period_end"):
        if name in given:
            value = given[name]
            if isinstance(value, int):
                value = given[name] = str(value)
            if value and not _valid_period_bound(str(value)):
                raise runner.ParameterError(f"parameter {name} must look like 2019, 2019-06 or 2019-06-30, got {value!r}")


def _valid_period_bound(text: str) -> bool:
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        return False
    parts = [int(p) for p in text.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True
