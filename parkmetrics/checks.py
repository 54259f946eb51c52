"""Arithmetic and plausibility checks of the facts; each check is a row with the numbers it used."""

from __future__ import annotations

import pandas as pd

CHECK_COLUMNS = ["check", "status", "detail", "expected", "observed", "sources"]


def impossible_ranges(mentions: pd.DataFrame) -> pd.DataFrame:
    """A range whose low end exceeds its high end cannot be what the writer meant."""
    rows = []
    ranges = mentions[mentions["low"].notna() & mentions["high"].notna()]
    for row in ranges.itertuples(index=False):
        status = "fail" if row.low > row.high else "pass"
        rows.append({"check": "range_order", "status": status,
                     "detail": f"{row.surface}: low {row.low:g} {'>' if status == 'fail' else '<='} high {row.high:g}",
                     "expected": "low <= high", "observed": f"{row.low:g} .. {row.high:g}",
                     "sources": f"{row.doc_id}:{int(row.start)}-{int(row.end)}"})
    return pd.DataFrame(rows, columns=CHECK_COLUMNS)


def run_checks(mentions: pd.DataFrame, facts: pd.DataFrame) -> pd.DataFrame:
    return pd.concat([impossible_ranges(mentions)], ignore_index=True)
