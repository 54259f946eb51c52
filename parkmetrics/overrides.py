"""Human corrections, kept in data/overrides.csv and applied at every run."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .tables import csv_rows

OVERRIDE_COLUMNS = ["doc", "start", "surface", "field", "new_value", "reason", "author", "date"]
EDITABLE = {"value": float, "low": float, "high": float, "unit": str, "qualifier": str, "kind": str,
            "indicator": str, "measure": str, "period": str, "subject": str}


class OverrideError(ValueError):
    pass


def read_overrides(path: Path) -> pd.DataFrame:
    if not path.exists():
        return pd.DataFrame(columns=[*OVERRIDE_COLUMNS, "line"])
    rows = []
    for where, row in csv_rows(path, OVERRIDE_COLUMNS, OverrideError):
        if row["field"] not in EDITABLE:
            raise OverrideError(f"{where}: field {row['field']!r} cannot be overridden; one of {', '.join(EDITABLE)}")
        if not row["reason"].strip():
            raise OverrideError(f"{where}: every override needs a reason")
        if not (row["start"].strip() or row["surface"].strip()):
            raise OverrideError(f"{where}: give the mention's start offset or its surface")
        if EDITABLE[row["field"]] is float and row["new_value"].strip():
            try:
                float(row["new_value"])
            except ValueError:
                raise OverrideError(f"{where}: new_value {row['new_value']!r} is not a number") from None
        rows.append({**row, "line": int(where.rsplit(":", 1)[1])})
    return pd.DataFrame(rows, columns=[*OVERRIDE_COLUMNS, "line"])


def apply_overrides(mentions: pd.DataFrame, overrides: pd.DataFrame, path: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Mentions with corrections applied, and the audit table of what changed."""
    frame = mentions.copy()
    applied = []
    for row in overrides.itertuples(index=False):
        target = frame["doc"] == row.doc
        if str(row.start).strip():
            target &= frame["start"] == int(row.start)
        if str(row.surface).strip():
            target &= frame["surface"] == row.surface
        if not target.any():
            raise OverrideError(f"{path}:{row.line}: no mention of {row.surface or row.start!r} in {row.doc}; "
                                "the page or the extractor changed, so review this override")
        caster = EDITABLE[row.field]
        new = None if row.new_value.strip() == "" else caster(row.new_value)
        for index in frame.index[target]:
            old = frame.at[index, row.field]
            frame.at[index, row.field] = new
            applied.append({"doc": row.doc, "start": int(frame.at[index, "start"]),
                            "surface": frame.at[index, "surface"], "field": row.field, "old_value": old,
                            "new_value": new, "reason": row.reason, "author": row.author, "date": row.date})
    return frame, pd.DataFrame(applied, columns=["doc", "start", "surface", "field", "old_value", "new_value",
                                                 "reason", "author", "date"])
