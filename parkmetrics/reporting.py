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


SHORT_COLUMNS = {"period", "published", "kind", "stage", "status", "target_year", "latest_period", "zone"}
LONG_TEXT_COLUMNS = {"sources", "source", "quote", "quotes", "contexts", "detail", "reason", "date_source"}


def _label(key: str | None, column: str, lang: str) -> str:
    return TEXT[key][lang] if key is not None and key in TEXT else column


def fmt_table(frame: pd.DataFrame, lang: str, columns: dict[str, str | None]) -> str:
    """An HTML table of ``columns`` (name -> label key in i18n.TEXT, or None for the name itself)."""
    if frame.empty:
        return f"<p class='note'>{html.escape(t('no_rows', lang))}</p>"
    present = [c for c in columns if c in frame.columns]
    head = "".join(
        f"<th>{html.escape(_label(columns[c], c, lang))}</th>" for c in present)
    long_text = {i for i, c in enumerate(present) if c in LONG_TEXT_COLUMNS}
    short = {i for i, c in enumerate(present) if c in SHORT_COLUMNS}
    rows = []
    for record in frame[present].itertuples(index=False):
        cells = []
        for i, value in enumerate(record):
            text, numeric = _cell(value)
            css = "num" if numeric else ("long" if i in long_text else ("short" if i in short else ""))
            cells.append(f"<td class='{css}'>{text}</td>" if css else f"<td>{text}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def source_line(table: pd.DataFrame, lang: str, column: str = "docs") -> str:
    docs = sorted({d.strip() for cell in table[column].dropna() for d in str(cell).split(";") if d.strip()})
    return t("source_line", lang, docs=", ".join(docs))


def short_sources(sources: str, keep: int = 3) -> str:
    """The first few document:span sources of a finding; the Sources section lists them all."""
    spans = [s for s in sources.split("; ") if s]
    shown = "; ".join(spans[:keep])
    return shown + (f"; +{len(spans) - keep}" if len(spans) > keep else "")
