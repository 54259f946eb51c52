"""Key findings of the report as sentences, each generated from the facts with its figure and sources."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from . import analysis
from .i18n import indicator_label, kind_label, period_label
from .units import format_money


@dataclass(frozen=True)
class Finding:
    text: str
    sources: str
    topic: str = ""


def _pct(value: float) -> str:
    return f"{value:+.1f}%"


def output_and_growth(facts: pd.DataFrame, lang: str) -> list[Finding]:
    found = []
    levels = facts[facts["indicator"].eq("industrial_output") & facts["measure"].eq("level")
                   & facts["value_cny"].notna() & facts["period"].str.fullmatch(r"\d{4}", na=False)]
    rates = facts[facts["indicator"].eq("industrial_output") & facts["measure"].eq("growth_rate")]
    for level in levels.sort_values("period").itertuples(index=False):
        rate = rates[(rates["subject"] == level.subject) & (rates["period"] == level.period)]
        if rate.empty:
            continue  # a level alone says little; the finding is level and growth together
        growth = f", {_pct(rate['value'].iloc[0])} year on year"
        sources = level.sources + ("; " + rate["sources"].iloc[0] if not rate.empty else "")
        if lang == "zh":
            text = (f"{level.subject}{period_label(level.period, lang)}工业总产值{format_money(level.value_cny, lang)}"
                    f"（{kind_label(level.kind, lang)}），同比增长{rate['value'].iloc[0]:g}%。")
        else:
            text = (f"{level.subject}: industrial output {format_money(level.value_cny, lang)} in "
                    f"{period_label(level.period, lang)} ({kind_label(level.kind, lang)}){growth}.")
        found.append(Finding(text, sources))
    return found[-1:]


def value_added_ratio(facts: pd.DataFrame, lang: str) -> list[Finding]:
    found = []
    for r in analysis.value_added_reading(facts):
        faster = r["value_added_growth"] > r["output_growth"]
        ratio = ""
        if pd.notna(r["ratio_now"]):
            ratio = (f"，增加值率由{r['ratio_before']:.1f}%升至{r['ratio_now']:.1f}%" if lang == "zh" else
                     f"; the value-added ratio rose from {r['ratio_before']:.1f}% to {r['ratio_now']:.1f}%")
        period = period_label(r["period"], lang)
        if lang == "zh":
            text = (f"{r['subject']}{period}工业增加值增长{r['value_added_growth']:g}%，"
                    f"{'快于' if faster else '慢于'}总产值增速{r['output_growth']:g}%{ratio if faster else ''}。")
        else:
            text = (f"{r['subject']}, {period}: value added grew {'faster' if faster else 'slower'} than output "
                    f"({_pct(r['value_added_growth'])} against {_pct(r['output_growth'])}){ratio if faster else ''}.")
        found.append(Finding(text, r["sources"]))
    found.sort(key=lambda f: "rose" not in f.text and "升至" not in f.text)
    return found[:1]


def growth_across_periods(facts: pd.DataFrame, lang: str) -> list[Finding]:
    found = []
    for r in analysis.period_comparison(facts).itertuples(index=False):
        name = indicator_label(r.indicator, lang)
        a, b = period_label(r.first_period, lang), period_label(r.last_period, lang)
        if lang == "zh":
            text = f"{r.subject}{name}增速由{a}的{r.first_growth:g}%变为{b}的{r.last_growth:g}%。"
        else:
            text = f"{r.subject}: {name.lower()} growth went from {_pct(r.first_growth)} ({a}) to {_pct(r.last_growth)} ({b})."
        found.append(Finding(text, r.sources))
    return found[:1]


def pipeline(facts: pd.DataFrame, zones: pd.DataFrame, lang: str) -> list[Finding]:
    table = analysis.pipeline_table(facts, zones, lang)
    found = []
    for (zone, period), group in table.groupby(["zone", "period"]):
        if len(group) < 2:
            continue
        parts = []
        for row in group.itertuples(index=False):
            if pd.isna(row.projects):
                continue
            amount = "" if pd.isna(row.amount) else (
                f"（{format_money(row.amount * analysis.YI, lang)}）" if lang == "zh" else
                f" ({format_money(row.amount * analysis.YI, lang)})")
            parts.append(f"{row.stage}{row.projects:g}个{amount}" if lang == "zh" else
                         f"{row.projects:g} {row.stage}{amount}")
        conflict = bool(group["conflict"].any())
        if lang == "zh":
            text = f"{zone}{period_label(period, lang)}项目进展：" + "，".join(parts) + (
                "；不同报道的项目数不一致，见数据质量部分。" if conflict else "。")
        else:
            text = f"{zone}, {period_label(period, lang)}: projects " + ", ".join(parts) + (
                "; articles disagree on some counts (see Data quality)." if conflict else ".")
        found.append(Finding(text, "; ".join(group["sources"])))
    return found[:1]


def foreign_capital(facts: pd.DataFrame, lang: str) -> list[Finding]:
    capital = facts[facts["indicator"].eq("foreign_capital") & facts["measure"].eq("level")
                    & facts["value_cny"].notna()]
    found = []
    for row in capital.itertuples(index=False):
        done = facts[facts["indicator"].eq("foreign_capital") & facts["measure"].eq("completion_rate")
                     & (facts["period"] == row.period) & (facts["subject"] == row.subject)]
        share = (f"，完成目标任务的{done['value'].iloc[0]:g}%" if lang == "zh" else
                 f", {done['value'].iloc[0]:g}% of its target") if not done.empty else ""
        if lang == "zh":
            text = (f"{row.subject}{period_label(row.period, lang)}引进境外资金{row.surfaces}"
                    f"（按{row.conversion.split(' at ')[1].split(' CNY')[0] if ' at ' in row.conversion else ''}折合"
                    f"{format_money(row.value_cny, lang)}）{share}。")
        else:
            text = (f"{row.subject}: foreign capital {row.surfaces} in {period_label(row.period, lang)} "
                    f"(≈ {format_money(row.value_cny, lang)}, {row.conversion}){share}.")
        sources = row.sources + ("; " + done["sources"].iloc[0] if not done.empty else "")
        found.append(Finding(text, sources))
        break
    return found


def planned_vs_completed(facts: pd.DataFrame, lang: str) -> list[Finding]:
    found = []
    done = facts[facts["indicator"].eq("investment_completed") & facts["measure"].eq("completion_rate")]
    for rate in done.itertuples(index=False):
        amounts = facts[(facts["subject"] == rate.subject) & (facts["period"] == rate.period)
                        & facts["measure"].eq("level") & facts["value_cny"].notna()]
        completed = amounts[amounts["indicator"] == "investment_completed"]
        planned = amounts[(amounts["indicator"] == "investment") & (amounts["kind"] == "plan")]
        if completed.empty or planned.empty:
            continue
        c, p = completed.iloc[0], planned.iloc[0]
        if lang == "zh":
            text = (f"{rate.subject}{period_label(rate.period, lang)}计划投资{p['surfaces']}，已完成{c['surfaces']}，"
                    f"完成率{rate.value:g}%。")
        else:
            text = (f"{rate.subject}: {c['surfaces']} of {p['surfaces']} planned investment completed in "
                    f"{period_label(rate.period, lang)} ({rate.value:g}%).")
        found.append(Finding(text, "; ".join([c["sources"], p["sources"], rate.sources])))
    return found[:1]


def targets(facts: pd.DataFrame, zones: pd.DataFrame, lang: str) -> list[Finding]:
    table = analysis.targets_table(facts, zones, lang)
    table = table[table["cagr_needed_pct"].notna()]
    found = []
    for row in table.itertuples(index=False):
        achieved = "" if pd.isna(row.growth_achieved_pct) else (
            f"，而{row.latest_period}年实际增长{row.growth_achieved_pct:g}%" if lang == "zh" else
            f"; growth in {row.latest_period} was {row.growth_achieved_pct:g}%")
        if lang == "zh":
            text = (f"要在{row.target_year}年实现{row.indicator}{row.target_printed}的目标，需从{row.latest_period}年的"
                    f"{row.latest:g}亿元起每年增长{row.cagr_needed_pct:.1f}%{achieved}。")
        else:
            text = (f"Reaching the {row.target_year} target for {row.indicator.lower()} ({row.target_printed}) from "
                    f"{format_money(row.latest * analysis.YI, lang)} in {row.latest_period} needs "
                    f"{row.cagr_needed_pct:.1f}% growth a year{achieved}.")
        found.append(Finding(text, row.sources))
    return found[:1]


def data_quality(checks: pd.DataFrame, facts: pd.DataFrame, lang: str) -> list[Finding]:
    if checks.empty and not facts["conflict"].any():
        return []
    passed = int((checks["status"] == "pass").sum())
    failed = int((checks["status"] == "fail").sum())
    undecided = int((checks["status"] == "not_applicable").sum())
    conflicts = int(facts["conflict"].sum())
    if lang == "zh":
        text = (f"{len(checks)}项算术检查：{passed}项通过，{failed}项未通过，{undecided}项无法判断；"
                + (f"{conflicts}条数据与其他报道相互矛盾，已在数据质量部分列出。" if conflicts else "未发现相互矛盾的数据。"))
    else:
        text = (f"Arithmetic checks: {passed} pass, {failed} fail, {undecided} cannot be decided; "
                + (f"{conflicts} facts conflict with other statements and are listed under Data quality."
                   if conflicts else "no statements conflict."))
    return [Finding(text, "")]


def key_findings(facts: pd.DataFrame, checks: pd.DataFrame, zones: pd.DataFrame, lang: str) -> list[Finding]:
    """Five to eight findings where the data allow; fewer when a selection holds little."""
    found = []
    for topic, findings in (("output_and_growth", output_and_growth(facts, lang)),
                            ("value_added_ratio", value_added_ratio(facts, lang)),
                            ("growth_across_periods", growth_across_periods(facts, lang)),
                            ("pipeline", pipeline(facts, zones, lang)),
                            ("foreign_capital", foreign_capital(facts, lang)),
                            ("planned_vs_completed", planned_vs_completed(facts, lang)),
                            ("targets", targets(facts, zones, lang)),
                            ("data_quality", data_quality(checks, facts, lang))):
        found += [Finding(_english_zone_names(f.text, zones) if lang == "en" else f.text, f.sources, topic)
                  for f in findings]
    return found[:8]


def _english_zone_names(text: str, zones: pd.DataFrame) -> str:
    """One name per zone in English sentences: '濮阳工业园区' reads 'Puyang IP' like the tables."""
    column = "short_en" if "short_en" in zones.columns else "name_en"
    for name_zh, name_en in zip(zones["name_zh"], zones[column]):
        text = text.replace(name_zh, name_en)
    return text
