"""Formatting helpers for the report notebooks: escaped HTML tables and chart source lines."""

from __future__ import annotations

import html
import math

import pandas as pd

from .i18n import TEXT, t


def _cell(value: object) -> tuple[str, bool]:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—", False
    if isinstance(value, bool):
        return ("⚠" if value else ""), False
    if isinstance(value, float):
        return (f"{value:,.2f}".rstrip("0").rstrip(".") if abs(value) < 1e6 else f"{value:,.0f}"), True
    if isinstance(value, int):
        return f"{value:,}", True
    return html.escape(str(value)), False


def fmt_table(frame: pd.DataFrame, lang: str, columns: dict[str, str | None]) -> str:
    """An HTML table of ``columns`` (name -> label key in i18n.TEXT, or None for the name itself)."""
    if frame.empty:
        return f"<p class='note'>{html.escape(t('no_rows', lang))}</p>"
    present = [c for c in columns if c in frame.columns]
    head = "".join(
        f"<th>{html.escape(TEXT[columns[c]][lang] if columns[c] in TEXT else c)}</th>" for c in present)
    rows = []
    for record in frame[present].itertuples(index=False):
        cells = []
        for value in record:
            text, numeric = _cell(value)
            cells.append(f"<td class='num'>{text}</td>" if numeric else f"<td>{text}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def source_line(table: pd.DataFrame, lang: str, column: str = "docs") -> str:
    docs = sorted({d.strip() for cell in table[column].dropna() for d in str(cell).split(";") if d.strip()})
    return t("source_line", lang, docs=", ".join(docs))
