"""Analysis tables of the report, computed from facts; every row keeps its sources."""

from __future__ import annotations

import calendar
from datetime import date

import pandas as pd

from .i18n import indicator_label, kind_label, stage_label

INVESTMENT_INDICATORS = ["investment", "investment_completed", "contract_value", "foreign_capital",
                         "domestic_capital", "fixed_asset_investment", "industrial_investment"]
YI = 1e8  # 亿


def _point(text: str, first: bool) -> date:
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1) if first else date(parts[0], 12, 31)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return date(parts[0], parts[1], 1 if first else last)
    return date(*parts)


def period_bounds(period: str | None) -> tuple[date, date] | None:
    """'2019' -> 2019-01-01..2019-12-31; '2020-01/2020-05' -> 2020-01-01..2020-05-31."""
    if not isinstance(period, str) or not period:
        return None
    first, _, last = period.partition("/")
    try:
        return _point(first, True), _point(last or first, False)
    except ValueError:
        return None


def select_facts(facts: pd.DataFrame, zones: list[str] | None = None, period_start: str = "",
                 period_end: str = "") -> pd.DataFrame:
    """Facts of the chosen zones whose period overlaps [period_start, period_end].

    With a period filter, facts without a period are left out (they cannot be placed).
    """
    selected = facts
    if zones:
        selected = selected[selected["zone"].isin(zones)]
    if period_start or period_end:
        low = _point(str(period_start), True) if period_start else date.min
        high = _point(str(period_end), False) if period_end else date.max
        keep = []
        for period in selected["period"]:
            bounds = period_bounds(period)
            keep.append(bounds is not None and bounds[0] <= high and bounds[1] >= low)
        selected = selected[pd.Series(keep, index=selected.index, dtype=bool)]
    return selected.reset_index(drop=True)


def zone_names(zones: pd.DataFrame, lang: str) -> dict[str, str]:
    column = "name_zh" if lang == "zh" else "name_en"
    return dict(zip(zones["zone_id"], zones[column]))


def _period_sort_key(period: str | None) -> tuple:
    bounds = period_bounds(period)
    return (bounds[0], bounds[1]) if bounds else (date.max, date.max)


def growth_table(facts: pd.DataFrame, zones: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Every growth rate: subject, indicator, period, kind, value in percent, sources."""
    rates = facts[(facts["measure"] == "growth_rate") & (facts["unit"] == "percent")].copy()
    names = zone_names(zones, lang)
    rows = pd.DataFrame({
        "zone": rates["zone"].map(names).fillna(rates["zone"]),
        "subject": rates["subject"],
        "indicator": [indicator_label(i, lang) for i in rates["indicator"]],
        "indicator_id": rates["indicator"],
        "period": rates["period"],
        "kind": [kind_label(k, lang) for k in rates["kind"]],
        "growth_pct": rates["value"],
        "conflict": rates["conflict"],
        "sources": rates["sources"],
        "docs": rates["docs"],
        "quote": rates["contexts"],
    })
    rows["_order"] = [_period_sort_key(p) for p in rows["period"]]
    return rows.sort_values(["zone", "indicator", "_order"]).drop(columns="_order").reset_index(drop=True)


def investment_table(facts: pd.DataFrame, zones: pd.DataFrame, lang: str, currency: str = "CNY",
                     usd_rate: float | None = None) -> pd.DataFrame:
    """Investment and capital amounts in yuan (foreign currency converted), with stage and sources.

    Financing (loans, bonds, guarantee funds) is not investment and is left out here.
    """
    money = facts[facts["indicator"].isin(INVESTMENT_INDICATORS) & facts["value_cny"].notna()
                  & facts["measure"].eq("level")].copy()
    names = zone_names(zones, lang)
    amount = money["value_cny"]
    if currency == "USD":
        if not usd_rate:
            raise ValueError("currency_display USD needs a USD rate")
        shown = amount / usd_rate / 1e6
    else:
        shown = amount / YI
    rows = pd.DataFrame({
        "zone": money["zone"].map(names).fillna(money["zone"]),
        "subject": money["subject"],
        "indicator": [indicator_label(i, lang) for i in money["indicator"]],
        "indicator_id": money["indicator"],
        "stage": [stage_label(s, lang) for s in money["stage"]],
        "kind": [kind_label(k, lang) for k in money["kind"]],
        "period": money["period"],
        "qualifier": money["qualifier"],
        "amount": shown,
        "printed": money["surfaces"],
        "conversion": money["conversion"],
        "sources": money["sources"],
        "docs": money["docs"],
    })
    # Open brackets ("10亿元以上") and ranges are project size classes, not amounts.
    rows = rows[~rows["qualifier"].isin(["range"])]
    return rows.sort_values(["zone", "amount"], ascending=[True, False]).reset_index(drop=True)


def corpus_table(documents: pd.DataFrame, zones: pd.DataFrame, lang: str) -> pd.DataFrame:
    names = zone_names(zones, lang)
    table = documents[["doc_id", "newspaper", "published", "date_source", "zone", "figures"]].copy()
    table["zone"] = table["zone"].map(names).fillna(table["zone"])
    return table


def sources_table(facts: pd.DataFrame) -> pd.DataFrame:
    """Each fact used, with its documents, spans and the quoted sentence."""
    return facts[["fact_id", "sources", "surfaces", "contexts"]].reset_index(drop=True)


def usd_rate_for(rates: pd.DataFrame, year: int) -> float:
    usd = rates[rates["currency"] == "USD"]
    row = usd.iloc[(usd["year"] - year).abs().argmin()]
    return float(row["cny_per_unit"])


LEVEL_INDICATORS = ["industrial_output", "value_added", "revenue", "tax", "fiscal_revenue", "general_budget_revenue",
                    "gdp", "trade_total", "exports", "imports", "retail_sales", "industrial_profit",
                    "fixed_asset_investment", "industrial_investment"]


def levels_table(facts: pd.DataFrame, zones: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Money levels of output, revenue, tax and trade, as printed and in 亿元."""
    levels = facts[facts["indicator"].isin(LEVEL_INDICATORS) & facts["measure"].eq("level")
                   & facts["value_cny"].notna()].copy()
    names = zone_names(zones, lang)
    rows = pd.DataFrame({
        "zone": levels["zone"].map(names).fillna(levels["zone"]),
        "subject": levels["subject"],
        "indicator": [indicator_label(i, lang) for i in levels["indicator"]],
        "period": levels["period"],
        "kind": [kind_label(k, lang) for k in levels["kind"]],
        "amount": levels["value_cny"] / YI,
        "printed": levels["surfaces"],
        "sources": levels["sources"],
        "docs": levels["docs"],
    })
    rows["_order"] = [_period_sort_key(p) for p in rows["period"]]
    return rows.sort_values(["zone", "indicator", "_order"]).drop(columns="_order").reset_index(drop=True)
