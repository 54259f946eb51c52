"""Table schemas (pandera) for mentions, facts and checks: a violation is a clear error, not a bad report."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

UNITS = ["CNY", "USD", "EUR", "HKD", "percent", "percentage_point", "permille", "count", "mu", "m2", "km2", "km",
         "tonne", "tonne_per_year", "kW", "kWh", "rank", "month", "day", "week", "hour", "year", "minute", "GB",
         "other"]
QUALIFIERS = ["exact", "more_than_printed", "over", "under", "approx", "range"]
KINDS = ["actual", "expected", "target", "plan", "other"]
MEASURES = ["level", "growth_rate", "share", "completion_rate", "rank", "change", "count"]


class SchemaError(ValueError):
    pass


def _bounds_present(frame: pd.DataFrame) -> pd.Series:
    """A range has no single value but both bounds; every other mention has a value."""
    is_range = frame["qualifier"] == "range"
    return (is_range & frame["low"].notna() & frame["high"].notna()) | (~is_range & frame["value"].notna())


MENTIONS = pa.DataFrameSchema(
    {
        "doc": pa.Column(str),
        "doc_id": pa.Column(str),
        "surface": pa.Column(str, pa.Check.str_length(min_value=1)),
        "value": pa.Column(float, nullable=True),
        "low": pa.Column(float, nullable=True),
        "high": pa.Column(float, nullable=True),
        "unit": pa.Column(str, pa.Check.isin(UNITS)),
        "qualifier": pa.Column(str, pa.Check.isin(QUALIFIERS)),
        "kind": pa.Column(str, pa.Check.isin(KINDS)),
        "measure": pa.Column(str, pa.Check.isin(MEASURES)),
        "indicator": pa.Column(str),
        "period": pa.Column(str, nullable=True),
        "subject": pa.Column(str, nullable=True),
        "start": pa.Column(int, pa.Check.ge(0)),
        "end": pa.Column(int),
    },
    checks=[pa.Check(lambda f: f["end"] > f["start"], error="end must be after start"),
            pa.Check(_bounds_present, error="a mention needs a value, or both bounds for a range")],
    strict=False,
    coerce=False,
)

FACTS = pa.DataFrameSchema(
    {
        "fact_id": pa.Column(str, unique=True),
        "unit": pa.Column(str, pa.Check.isin(UNITS)),
        "measure": pa.Column(str, pa.Check.isin(MEASURES)),
        "sources": pa.Column(str, pa.Check.str_matches(r"^[^:;]+:\d+-\d+(; [^:;]+:\d+-\d+)*$")),
        "n_sources": pa.Column(int, pa.Check.ge(1)),
        "conflict": pa.Column(bool),
    },
    strict=False,
)

CHECKS = pa.DataFrameSchema(
    {
        "check": pa.Column(str),
        "status": pa.Column(str, pa.Check.isin(["pass", "fail", "not_applicable"])),
        "detail": pa.Column(str),
        "sources": pa.Column(str),
    },
    strict=False,
)


def validate(frame: pd.DataFrame, schema: pa.DataFrameSchema, name: str) -> pd.DataFrame:
    if frame.empty:
        return frame
    try:
        return schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases.head(5)
        listed = "; ".join(f"{r['column']}: {r['check']} (row {r['index']}, got {r['failure_case']!r})"
                           for r in cases.to_dict("records"))
        raise SchemaError(f"{name} table violates its schema: {listed}") from None
