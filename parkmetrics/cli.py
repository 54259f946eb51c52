"""Command line: `parkmetrics extract | eval | build | report`."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

import click

from .corpus import CorpusError
from .overrides import OverrideError


class UserError(click.ClickException):
    """Printed as one line, without a traceback."""

    def show(self, file=None) -> None:  # noqa: D102
        click.echo(f"parkmetrics: error: {self.message}", err=True)


def _fail(error: Exception) -> UserError:
    return UserError(str(error))


def _date(_ctx, _param, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not YYYY-MM-DD") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="parkmetrics")
def main() -> None:
    """Figures of Chinese development-zone news as clean, traceable data and reports."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--date", "published", callback=_date, help="Publication date (YYYY-MM-DD) of files the manifest "
              "does not list.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Output file (default: standard output; "
              "parquet needs a file).")
def extract(paths: tuple[Path, ...], published: date | None, fmt: str, output: Path | None) -> None:
    """Every figure of the pages in PATHS (files or folders), one record per mention."""
    from .corpus import iter_documents
    from .extract import MENTION_COLUMNS, iter_records, records_frame
    from .settings import find_zones

    try:
        zones = find_zones(paths)

        def documents():
            for doc in iter_documents(paths, zones, published):
                if doc.published is None:
                    click.echo(f"parkmetrics: warning: {doc.path}: no publication date in a manifest or the text; "
                               "periods such as 今年 are left empty (give --date YYYY-MM-DD)", err=True)
                yield doc

        records = iter_records(documents(), zones)
        if fmt == "jsonl":
            import json

            handle = output.open("w", encoding="utf-8") if output else sys.stdout
            try:
                for record in records:
                    handle.write(json.dumps({k: record[k] for k in MENTION_COLUMNS}, ensure_ascii=False) + "\n")
            finally:
                if output:
                    handle.close()
            return
        frame = records_frame(records)
        if fmt == "csv":
            frame.to_csv(output or sys.stdout, index=False)
        else:
            if output is None:
                raise UserError("--format parquet needs -o FILE")
            frame.to_parquet(output, index=False)
    except BrokenPipeError:
        # the reader stopped early (`| head`): not an error
        sys.stderr.close()
        os._exit(0)
    except (CorpusError, OSError) as error:
        raise _fail(error) from None


@main.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--corpus", type=click.Path(exists=True, path_type=Path), help="Pages to extract (default data/raw).")
@click.option("--show-errors", is_flag=True, help="Also list missed, spurious and disagreeing mentions.")
def evaluate_command(gold_dir: Path, corpus: Path | None, show_errors: bool) -> None:
    """Precision, recall and F1 of mentions, and attribute accuracy, against gold annotations."""
    import pandas as pd

    from .evaluate import evaluate, read_gold
    from .extract import extract as run_extract
    from .settings import project_paths

    try:
        gold = read_gold(gold_dir)
        predicted = run_extract(corpus or project_paths().raw)
    except (CorpusError, ValueError, FileNotFoundError) as error:
        raise _fail(error) from None
    predicted = predicted[predicted["doc"].isin(set(gold["doc"]))]
    result = evaluate(predicted, gold)
    with pd.option_context("display.width", 200, "display.max_columns", 20, "display.max_colwidth", 60):
        click.echo(result.table().round(3).to_string(index=False))
        if show_errors:
            for title, frame in (("missed", result.misses), ("spurious", result.spurious),
                                 ("attribute disagreements (gold -> extracted)", result.disagreements)):
                click.echo(f"\n{title}: {len(frame)}")
                if len(frame):
                    keep = [c for c in ("doc", "surface", "context", "value", "low", "high", "unit")
                            if c in frame.columns] if title != "attribute disagreements (gold -> extracted)" \
                        else list(frame.columns)
                    click.echo(frame[keep].fillna("").to_string(index=False))

def _build_summary(dataset) -> str:
    return (f"{len(dataset.documents)} documents ({len(dataset.extracted)} extracted, {len(dataset.reused)} unchanged, "
            f"{len(dataset.removed)} removed), {len(dataset.mentions)} mentions, {len(dataset.facts)} facts, "
            f"{int(dataset.facts['conflict'].sum())} in conflict, "
            f"{int((dataset.checks['status'] == 'fail').sum())} of {len(dataset.checks)} checks failed")


@main.command()
@click.option("--corpus", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Pages to read (default data/raw).")
@click.option("--wait", default=120, show_default=True, help="Seconds to wait for another run's lock.")
def build(corpus: Path | None, wait: int) -> None:
    """Extract new or changed pages, correct, clean and check into data/processed/ (DuckDB, Parquet, CSV)."""
    from .pipeline import update
    from .schemas import SchemaError
    from .settings import project_paths
    from .store import StoreError

    paths = project_paths()
    try:
        dataset = update(paths, corpus, lock_timeout=wait)
    except (CorpusError, OverrideError, SchemaError, StoreError, ValueError) as error:
        raise _fail(error) from None
    click.echo(f"{_build_summary(dataset)} -> {paths.processed}")


@main.command()
def rebuild() -> None:
    """Delete the database and build it again from data/raw (after corruption or a format change)."""
    from .pipeline import rebuild as run_rebuild
    from .schemas import SchemaError
    from .settings import project_paths
    from .store import StoreError

    paths = project_paths()
    try:
        dataset = run_rebuild(paths)
    except (CorpusError, OverrideError, SchemaError, StoreError, ValueError) as error:
        raise _fail(error) from None
    click.echo(f"rebuilt: {_build_summary(dataset)} -> {paths.processed}")


@main.command()
@click.option("-p", "--parameter", "parameters", nargs=2, multiple=True, metavar="NAME VALUE",
              help="Notebook parameter, e.g. -p lang zh -p zones '[\"puyang-etdz\"]'. Repeatable.")
@click.option("--params", "params_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="YAML file of parameters (applied before -p).")
@click.option("--timeout", default=600, show_default=True, help="Seconds a notebook cell may run.")
def report(parameters: tuple[tuple[str, str], ...], params_file: Path | None, timeout: int) -> None:
    """Run the report notebooks through papermill and publish HTML and PDF to reports/latest/."""
    from .charts import FontMissingError
    from .export import ExportError
    from .report import make_report, parse_cli_value, read_params_file, validate_values
    from .runner import NotebookError, ParameterError
    from .settings import project_paths

    paths = project_paths()
    given = read_params_file(params_file) if params_file else {}
    given.update({name: parse_cli_value(value) for name, value in parameters})
    try:
        validate_values(given, paths)
        result = make_report(paths, given, timeout=timeout)
    except (ParameterError, NotebookError, ExportError, FontMissingError, CorpusError, OverrideError,
            FileNotFoundError) as error:
        raise _fail(error) from None
    click.echo(f"report: {result.latest / 'report.html'}")
    click.echo(f"report: {result.latest / 'report.pdf'}")
    click.echo(f"executed notebook: {result.latest / 'report.ipynb'}")


if __name__ == "__main__":  # pragma: no cover
    main()
