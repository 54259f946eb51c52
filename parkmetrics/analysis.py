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
    """Zone ids to the names tables show: Chinese names, or short English ones ("Puyang ETDZ")."""
    column = "name_zh" if lang == "zh" else ("short_en" if "short_en" in zones.columns else "name_en")
    return dict(zip(zones["zone_id"], zones[column]))


def subject_names(subjects: pd.Series, zones: pd.DataFrame, lang: str) -> pd.Series:
    """Subjects as tables show them: a zone's own name in the report's language, other names as printed."""
    if lang == "zh":
        return subjects
    names = dict(zip(zones["name_zh"], zones["short_en"] if "short_en" in zones.columns else zones["name_en"]))
    return subjects.map(lambda s: names.get(s, s))


def _period_sort_key(period: str | None) -> tuple:
    bounds = period_bounds(period)
    return (bounds[0], bounds[1]) if bounds else (date.max, date.max)


def growth_table(facts: pd.DataFrame, zones: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Every growth rate: subject, indicator, period, kind, value in percent, sources."""
    rates = facts[(facts["measure"] == "growth_rate") & (facts["unit"] == "percent")].copy()
    names = zone_names(zones, lang)
    rows = pd.DataFrame({
        "zone": rates["zone"].map(names).fillna(rates["zone"]),
        "subject": subject_names(rates["subject"], zones, lang),
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
                     rates: pd.DataFrame | None = None) -> pd.DataFrame:
    """Investment and capital amounts in yuan (foreign currency converted), with stage and sources.

    Financing (loans, bonds, guarantee funds) is not investment and is left out here.
    """
    money = facts[facts["indicator"].isin(INVESTMENT_INDICATORS) & facts["value_cny"].notna()
                  & facts["measure"].eq("level")].copy()
    names = zone_names(zones, lang)
    amount = money["value_cny"]
    shown = pd.Series([display_amount(a, currency, rates, p) for a, p in zip(amount, money["period"])],
                      index=money.index, dtype="float64")
    rows = pd.DataFrame({
        "zone": money["zone"].map(names).fillna(money["zone"]),
        "subject": subject_names(money["subject"], zones, lang),
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
    # Size classes ("10亿元以上项目", "1亿元至5亿元") are not amounts of money.
    rows = rows[~rows["qualifier"].isin(["range"]) & ~money["size_class"].astype(bool).to_numpy()]
    return rows.sort_values(["zone", "amount"], ascending=[True, False]).reset_index(drop=True)


def corpus_table(documents: pd.DataFrame, zones: pd.DataFrame, lang: str,
                 selected: set[str] | None = None) -> pd.DataFrame:
    """The documents of the selection (all when ``selected`` is None), with how each date was obtained."""
    from .i18n import date_source_label

    names = zone_names(zones, lang)
    if selected is not None:
        documents = documents[documents["doc_id"].isin(selected)]
    table = documents[["doc_id", "newspaper", "published", "date_source", "zone", "figures"]].copy()
    table["date_source"] = [date_source_label(d, lang) for d in table["date_source"]]
    table["zone"] = table["zone"].map(names).fillna(table["zone"])
    return table


def sources_table(facts: pd.DataFrame) -> pd.DataFrame:
    """Each fact used, with its documents, spans and the quoted sentence."""
    return facts[["fact_id", "sources", "surfaces", "quotes"]].reset_index(drop=True)


def usd_rate_for(rates: pd.DataFrame, year: int) -> float:
    usd = rates[rates["currency"] == "USD"]
    row = usd.iloc[(usd["year"] - year).abs().argmin()]
    return float(row["cny_per_unit"])


LEVEL_INDICATORS = ["industrial_output", "value_added", "revenue", "tax", "fiscal_revenue", "general_budget_revenue",
                    "gdp", "trade_total", "exports", "imports", "retail_sales", "industrial_profit",
                    "fixed_asset_investment", "industrial_investment"]


def levels_table(facts: pd.DataFrame, zones: pd.DataFrame, lang: str, currency: str = "CNY",
                 rates: pd.DataFrame | None = None) -> pd.DataFrame:
    """Money levels of output, revenue, tax and trade, as printed and in 亿元."""
    levels = facts[facts["indicator"].isin(LEVEL_INDICATORS) & facts["measure"].eq("level")
                   & facts["value_cny"].notna()].copy()
    names = zone_names(zones, lang)
    rows = pd.DataFrame({
        "zone": levels["zone"].map(names).fillna(levels["zone"]),
        "subject": subject_names(levels["subject"], zones, lang),
        "indicator": [indicator_label(i, lang) for i in levels["indicator"]],
        "period": levels["period"],
        "kind": [kind_label(k, lang) for k in levels["kind"]],
        "amount": [display_amount(a, currency, rates, p) for a, p in zip(levels["value_cny"], levels["period"])],
        "printed": levels["surfaces"],
        "sources": levels["sources"],
        "docs": levels["docs"],
    })
    rows["_order"] = [_period_sort_key(p) for p in rows["period"]]
    return rows.sort_values(["zone", "indicator", "_order"]).drop(columns="_order").reset_index(drop=True)


STAGE_ORDER = ["intention", "signed", "started", "production"]


def pipeline_table(facts: pd.DataFrame, zones: pd.DataFrame, lang: str, currency: str = "CNY",
                   rates: pd.DataFrame | None = None) -> pd.DataFrame:
    """Projects from intention to production: count and amount at each stage, per zone and period.

    Counts are whole statements (not the parts after 其中, not size classes). Where articles
    disagree, the value printed by most sources is shown, then the one of the latest article; the
    other printed values are listed beside it, with its own sources only.
    """
    staged = facts[facts["stage"].notna() & facts["qualifier"].isin(["exact", "more_than_printed"])
                   & ~facts["in_breakdown"].astype(bool) & ~facts["size_class"].astype(bool)]
    names = zone_names(zones, lang)
    rows = []
    for (zone, period, stage), group in staged.groupby(["zone", "period", "stage"], dropna=False):
        counts = group[(group["indicator"] == "projects") & (group["measure"] == "count")]
        amounts = group[group["value_cny"].notna() & group["measure"].eq("level")]
        if counts.empty and amounts.empty:
            continue
        shown = _preferred(counts)
        amount = _preferred(amounts)
        others = sorted({f"{v:g}" for v in counts["value"]} - ({f"{shown['value']:g}"} if shown is not None else set()))
        cited = [f for f in (shown, amount) if f is not None]
        rows.append({
            "zone": names.get(zone, zone), "period": period, "stage_id": stage,
            "stage": stage_label(stage, lang),
            "projects": shown["value"] if shown is not None else float("nan"),
            "also_printed": ", ".join(others),
            "amount": float("nan") if amount is None else display_amount(
                amount["value_cny"], currency, rates, period),
            "conflict": bool(counts["conflict"].any()),
            "sources": "; ".join(f["sources"] for f in cited),
            "docs": "; ".join(dict.fromkeys(f["docs"] for f in cited)),
        })
    table = pd.DataFrame(rows, columns=["zone", "period", "stage_id", "stage", "projects", "also_printed", "amount",
                                        "conflict", "sources", "docs"])
    table["_order"] = table["stage_id"].map({s: i for i, s in enumerate(STAGE_ORDER)})
    return table.sort_values(["zone", "period", "_order"]).drop(columns="_order").reset_index(drop=True)


def _preferred(facts: pd.DataFrame):
    """The value printed by most sources, then by the latest publication."""
    if facts.empty:
        return None
    order = facts.assign(_published=facts["published"].fillna("")).sort_values(
        ["n_sources", "_published"], ascending=[False, False])
    return order.iloc[0]


def size_brackets_table(mentions: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Projects by investment size class, as listed after 其中 ("1亿元至5亿元的项目14个")."""
    ordered = mentions.sort_values(["doc_id", "start"])
    parts = ordered[ordered["in_breakdown"].astype(bool)]
    rows = []
    for (doc_id, _sentence), group in parts.groupby(["doc_id", "sentence"], sort=False):
        records = group.to_dict("records")
        # the parts belong to the stage of the total printed just before "其中"
        totals = ordered[(ordered["doc_id"] == doc_id) & (ordered["start"] < group["start"].min())
                         & ~ordered["in_breakdown"].astype(bool) & (ordered["unit"] == "count")]
        total_stage = totals["stage"].iloc[-1] if not totals.empty else None
        for size, count in zip(records, records[1:]):
            if size["indicator"] == "investment" and size["unit"] == "CNY" and count["unit"] == "count":
                low, high = size["low"], size["high"]
                if size["qualifier"] == "over":
                    label = f"{low / YI:g}亿元以上" if lang == "zh" else f"over {low / YI:g} (100m yuan)"
                elif size["qualifier"] == "range":
                    label = f"{low / YI:g}–{high / YI:g}亿元" if lang == "zh" else f"{low / YI:g}–{high / YI:g} (100m yuan)"
                else:
                    continue
                stage = count.get("stage") if isinstance(count.get("stage"), str) else total_stage
                rows.append({"stage": stage_label(stage, lang), "stage_id": stage,
                             "bracket": label, "projects": count["value"], "period": count["period"],
                             "printed": f"{size['surface']} … {count['surface']}",
                             "sources": f"{doc_id}:{int(size['start'])}-{int(count['end'])}"})
    return pd.DataFrame(rows, columns=["stage", "stage_id", "bracket", "projects", "period", "printed", "sources"])


def completion_table(facts: pd.DataFrame, zones: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Completion rates of annual targets and plans, as printed."""
    rates = facts[facts["measure"].eq("completion_rate") & facts["unit"].eq("percent")]
    names = zone_names(zones, lang)
    return pd.DataFrame({
        "zone": rates["zone"].map(names).fillna(rates["zone"]),
        "subject": subject_names(rates["subject"], zones, lang),
        "indicator": [indicator_label(i, lang) for i in rates["indicator"]], "period": rates["period"],
        "completion_pct": rates["value"], "sources": rates["sources"], "docs": rates["docs"],
    }).reset_index(drop=True)


def targets_table(facts: pd.DataFrame, zones: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Stated future targets against the latest actual or expected level of the same subject and indicator,
    with the compound annual growth needed to reach them beside the latest growth achieved."""
    targets = facts[facts["kind"].eq("target") & facts["measure"].eq("level") & facts["value_cny"].notna()]
    levels = facts[facts["kind"].isin(["actual", "expected"]) & facts["measure"].eq("level")
                   & facts["value_cny"].notna() & facts["period"].str.fullmatch(r"\d{4}", na=False)]
    rates = facts[facts["measure"].eq("growth_rate") & facts["period"].str.fullmatch(r"\d{4}", na=False)]
    names = zone_names(zones, lang)
    rows = []
    for target in targets.itertuples(index=False):
        year = str(target.period)[:4] if isinstance(target.period, str) else None
        same = levels[(levels["subject"] == target.subject) & (levels["indicator"] == target.indicator)]
        if year:
            same = same[same["period"] < year]
        latest = same.sort_values("period").iloc[-1] if not same.empty else None
        needed = achieved = float("nan")
        if latest is not None and year:
            years = int(year) - int(latest["period"])
            if years > 0 and latest["value_cny"] > 0:
                needed = 100 * ((target.value_cny / latest["value_cny"]) ** (1 / years) - 1)
            rate = rates[(rates["subject"] == target.subject) & (rates["indicator"] == target.indicator)
                         & (rates["period"] == latest["period"])]
            achieved = rate["value"].iloc[0] if not rate.empty else float("nan")
        rows.append({
            "zone": names.get(target.zone, target.zone), "indicator": indicator_label(target.indicator, lang),
            "target_year": year, "target": target.value_cny / YI, "target_printed": target.surfaces,
            "latest_period": latest["period"] if latest is not None else None,
            "latest": latest["value_cny"] / YI if latest is not None else float("nan"),
            "cagr_needed_pct": needed, "growth_achieved_pct": achieved,
            "sources": target.sources + ("; " + latest["sources"] if latest is not None else ""),
            "docs": target.docs + ("; " + latest["docs"] if latest is not None else ""),
        })
    return pd.DataFrame(rows, columns=["zone", "indicator", "target_year", "target", "target_printed", "latest_period",
                                       "latest", "cagr_needed_pct", "growth_achieved_pct", "sources", "docs"])


def conflicts_table(facts: pd.DataFrame, lang: str) -> pd.DataFrame:
    conflicting = facts[facts["conflict"]]
    return pd.DataFrame({
        "subject": conflicting["subject"], "indicator": [indicator_label(i, lang) for i in conflicting["indicator"]],
        "stage": [stage_label(s, lang) for s in conflicting["stage"]], "period": conflicting["period"],
        "value": conflicting["value"], "printed": conflicting["surfaces"], "sources": conflicting["sources"],
    }).sort_values(["subject", "indicator", "stage", "period"]).reset_index(drop=True)


def unplaced_table(mentions: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """Figures that could not be given a period or a subject."""
    from .i18n import t

    missing = mentions[mentions["period"].isna() | mentions["subject"].isna()]
    return pd.DataFrame({
        "surface": missing["surface"], "indicator": missing["indicator"],
        "missing": [t("period", lang) if pd.isna(p) else t("subject", lang) for p in missing["period"]],
        "source": missing["doc_id"] + ":" + missing["start"].astype(int).astype(str) + "-"
        + missing["end"].astype(int).astype(str),
        "quote": missing["quote"],
    }).reset_index(drop=True)


def value_added_reading(facts: pd.DataFrame) -> list[dict]:
    """Value added growing faster than output means a rising value-added ratio; computed where both are printed."""
    readings = []
    rates = facts[facts["measure"].eq("growth_rate") & facts["indicator"].isin(["industrial_output", "value_added"])]
    levels = facts[facts["measure"].eq("level") & facts["indicator"].isin(["industrial_output", "value_added"])
                   & facts["value_cny"].notna()]
    for (subject, period), group in rates.groupby(["subject", "period"]):
        by = {r.indicator: r for r in group.itertuples(index=False)}
        if {"industrial_output", "value_added"} - set(by):
            continue
        output, added = by["industrial_output"], by["value_added"]
        reading = {"subject": subject, "period": period, "output_growth": output.value,
                   "value_added_growth": added.value, "ratio_now": float("nan"), "ratio_before": float("nan"),
                   "sources": "; ".join([output.sources, added.sources])}
        lv = levels[(levels["subject"] == subject) & (levels["period"] == period)]
        lv_by = {r.indicator: r for r in lv.itertuples(index=False)}
        if {"industrial_output", "value_added"} <= set(lv_by):
            now = lv_by["value_added"].value_cny / lv_by["industrial_output"].value_cny
            before = (lv_by["value_added"].value_cny / (1 + added.value / 100)) / (
                lv_by["industrial_output"].value_cny / (1 + output.value / 100))
            reading.update(ratio_now=100 * now, ratio_before=100 * before,
                           sources=reading["sources"] + "; " + lv_by["value_added"].sources + "; "
                           + lv_by["industrial_output"].sources)
        readings.append(reading)
    return readings


def period_comparison(facts: pd.DataFrame) -> pd.DataFrame:
    """The same indicator's growth across periods of one subject (e.g. 2019 against January–May 2020)."""
    rates = facts[facts["measure"].eq("growth_rate") & facts["period"].notna()]
    rows = []
    for (subject, indicator), group in rates.groupby(["subject", "indicator"]):
        if group["period"].nunique() < 2:
            continue
        ordered = group.assign(_o=[_period_sort_key(p) for p in group["period"]]).sort_values("_o")
        first, last = ordered.iloc[0], ordered.iloc[-1]
        rows.append({"subject": subject, "indicator": indicator, "first_period": first["period"],
                     "first_growth": first["value"], "last_period": last["period"], "last_growth": last["value"],
                     "sources": first["sources"] + "; " + last["sources"]})
    return pd.DataFrame(rows, columns=["subject", "indicator", "first_period", "first_growth", "last_period",
                                       "last_growth", "sources"])


def display_amount(amount_cny: float, currency: str, rates: pd.DataFrame | None = None,
                    period: str | None = None) -> float:
    """亿元, or million US dollars at the annual average rate of the figure's year."""
    if pd.isna(amount_cny):
        return float("nan")
    if currency == "USD":
        year = str(period)[:4] if isinstance(period, str) and str(period)[:4].isdigit() else None
        if rates is None or year is None:
            return float("nan")
        return amount_cny / usd_rate_for(rates, int(year)) / 1e6
    return amount_cny / YI


def translate_checks(checks: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Check names and statuses in the report's language (details keep the printed figures)."""
    from .i18n import CHECK_NAMES, STATUSES

    if checks.empty:
        return checks
    return checks.assign(check=[CHECK_NAMES.get(c, {}).get(lang, c) for c in checks["check"]],
                         status=[STATUSES.get(s, {}).get(lang, s) for s in checks["status"]])


def select_by_documents(table: pd.DataFrame, doc_ids: set[str], column: str = "sources") -> pd.DataFrame:
    """Rows of checks or overrides that cite one of ``doc_ids`` (the documents of the selection)."""
    if table.empty:
        return table
    keep = table[column].map(lambda cell: any(str(s).split(":")[0].removesuffix(".txt") in doc_ids
                                              for s in str(cell).split("; "))).astype(bool)
    return table[keep].reset_index(drop=True)


def growth_title(growth: pd.DataFrame, lang: str) -> str:
    """A title that states the finding: the fastest-growing indicator."""
    from .i18n import period_label, t

    if growth.empty:
        return t("growth_title", lang)
    top = growth.loc[growth["growth_pct"].idxmax()]
    return t("growth_finding", lang, indicator=top["indicator"], value=top["growth_pct"],
             period=period_label(top["period"], lang), subject=top["subject"])


def pipeline_title(pipeline: pd.DataFrame, lang: str) -> str:
    from .i18n import period_label, t

    counts = pipeline.dropna(subset=["projects"])
    for period, group in counts.groupby("period"):
        by = dict(zip(group["stage_id"], group["projects"]))
        if "signed" in by and "production" in by:
            return t("pipeline_finding", lang, signed=by["signed"], production=by["production"],
                     period=period_label(period, lang))
    return t("pipeline_title", lang)


def investment_title(investment: pd.DataFrame, lang: str) -> str:
    from .i18n import t

    if investment.empty:
        return t("investment_title", lang)
    top = investment.iloc[investment["amount"].fillna(-1).argmax()]
    return t("investment_finding", lang, label=f"{top['subject']} · {top['indicator']}", amount=top["printed"])


def targets_title(targets: pd.DataFrame, lang: str) -> str:
    from .i18n import t

    reachable = targets.dropna(subset=["cagr_needed_pct"])
    if reachable.empty:
        return t("target_title", lang)
    top = reachable.iloc[0]
    return t("target_finding", lang, indicator=top["indicator"], rate=top["cagr_needed_pct"], year=top["target_year"])

