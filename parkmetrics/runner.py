"""Running parameterised notebooks with papermill, strictly. Knows nothing of economics.

papermill only warns about unknown parameters and a timed-out cell leaves no error
banner, so this runner checks names and types itself and treats any error output,
a ``papermill.exception`` flag or a non-zero return as failure.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jupytext
import nbformat

KERNEL_NAME = "parkmetrics"


class NotebookError(RuntimeError):
    """A notebook failed; the message names the notebook and the cell."""


class ParameterError(ValueError):
    """Unknown parameter names or values of the wrong type."""


@dataclass(frozen=True)
class Parameter:
    name: str
    default: Any
    type_name: str


def to_ipynb(source: Path, target: Path, kernel_name: str = KERNEL_NAME) -> Path:
    """A jupytext py:percent notebook as .ipynb with the kernel set (papermill needs the language)."""
    notebook = jupytext.read(source)
    notebook.metadata["kernelspec"] = {"name": kernel_name, "display_name": f"Python ({kernel_name})",
                                       "language": "python"}
    notebook.metadata.setdefault("language_info", {"name": "python"})
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, target)
    return target


def notebook_parameters(path: Path) -> dict[str, Parameter]:
    """Names, defaults and types of the cell tagged 'parameters'."""
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            namespace: dict[str, Any] = {}
            exec(compile(cell.source, f"{path}:parameters", "exec"), {}, namespace)  # noqa: S102
            return {name: Parameter(name, value, type(value).__name__) for name, value in namespace.items()
                    if not name.startswith("_")}
    raise ParameterError(f"{path}: no cell tagged 'parameters'")


def validate_parameters(path: Path, given: dict[str, Any]) -> dict[str, Any]:
    known = notebook_parameters(path)
    valid = ", ".join(f"{p.name} ({p.type_name})" for p in known.values())
    unknown = sorted(set(given) - set(known))
    if unknown:
        raise ParameterError(f"unknown parameter {', '.join(unknown)}; valid parameters: {valid}")
    for name, value in given.items():
        expected = type(known[name].default)
        ok = isinstance(value, expected) or (expected is float and isinstance(value, int)) or (
            known[name].default is None)
        if expected is bool and not isinstance(value, bool):
            ok = False
        if not ok:
            raise ParameterError(f"parameter {name} must be {expected.__name__}, got {type(value).__name__} "
                                 f"{value!r}; valid parameters: {valid}")
    return given


def _first_error(notebook) -> tuple[int, str] | None:
    for index, cell in enumerate(notebook.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                return index, f"{output.get('ename')}: {output.get('evalue')}"
    return None


def execute(source: Path, output: Path, parameters: dict[str, Any], cwd: Path,
            timeout: int = 600, kernel_name: str = KERNEL_NAME, name: str | None = None) -> Path:
    """Execute ``source`` into ``output``; raise NotebookError naming the notebook (``name``) and failing cell."""
    name = name or source.name
    import papermill
    from papermill.exceptions import PapermillExecutionError

    validate_parameters(source, parameters)
    try:
        papermill.execute_notebook(
            str(source), str(output), parameters=parameters, kernel_name=kernel_name, cwd=str(cwd),
            execution_timeout=timeout, progress_bar=sys.stderr.isatty(), log_output=False,
        )
    except PapermillExecutionError as error:
        raise NotebookError(f"{name}: cell {error.cell_index} failed ({error.ename}: {error.evalue})") from None
    except Exception as error:  # timeouts, dead kernels: papermill raises nbclient's own errors
        raise NotebookError(f"{name}: execution stopped ({type(error).__name__}: {error})") from None
    executed = nbformat.read(output, as_version=4)
    if executed.metadata.get("papermill", {}).get("exception"):
        raise NotebookError(f"{name}: papermill recorded an exception")
    failed = _first_error(executed)
    if failed is not None:
        raise NotebookError(f"{name}: cell {failed[0]} failed ({failed[1]})")
    return output
