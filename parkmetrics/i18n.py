"""Words of the report in English and Chinese; indicator names come from resources/indicator_labels.csv."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

LANGS = ("en", "zh")

TEXT = {
    "title": {"en": "Development-zone economy: growth and investment", "zh": "开发区经济：增长与投资"},
    "subtitle": {"en": "Figures extracted from local news, each traced to its source",
                 "zh": "本报告数据均摘自地方新闻，每个数字均可追溯至原文"},
    "summary": {"en": "Summary", "zh": "摘要"},
    "corpus": {"en": "Corpus", "zh": "语料"},
    "growth": {"en": "Growth rates", "zh": "增长率"},
    "levels": {"en": "Output, revenue and trade", "zh": "产值、收入与贸易"},
    "amount_yi": {"en": "Amount (100 million yuan)", "zh": "金额（亿元）"},
    "investment": {"en": "Investment", "zh": "投资"},
    "quality": {"en": "Data quality", "zh": "数据质量"},
    "sources": {"en": "Sources", "zh": "来源"},
    "nothing": {"en": "No figures match this selection (zones {zones}, period {period}).",
                "zh": "当前筛选条件下没有数据（园区：{zones}；时期：{period}）。"},
    "no_chart": {"en": "No data to chart for this selection.", "zh": "当前筛选条件下没有可绘制的数据。"},
    "all": {"en": "all", "zh": "全部"},
    "source_line": {"en": "Source: {docs}", "zh": "来源：{docs}"},
    "growth_title": {"en": "Year-on-year growth by indicator", "zh": "各指标同比增长率"},
    "growth_finding": {"en": "{indicator} grew fastest: {value:+.1f}% ({period}, {subject})",
                       "zh": "{subject}{indicator}增长最快：{period}{value:+.1f}%"},
    "pipeline_finding": {"en": "{signed:g} projects signed, {production:g} in production ({period})",
                         "zh": "{period}签约项目{signed:g}个，投产{production:g}个"},
    "investment_finding": {"en": "Largest amount: {label}, {amount}", "zh": "金额最大：{label}，{amount}"},
    "target_finding": {"en": "{indicator} must grow {rate:.1f}% a year to reach its {year} target",
                       "zh": "{indicator}须年均增长{rate:.1f}%才能实现{year}年目标"},
    "growth_axis": {"en": "Growth (%)", "zh": "增长率（%）"},
    "investment_title": {"en": "Investment amounts by zone and stage", "zh": "各园区投资额（按阶段）"},
    "investment_axis_cny": {"en": "Amount (100 million yuan)", "zh": "金额（亿元）"},
    "investment_axis_usd": {"en": "Amount (million US dollars)", "zh": "金额（百万美元）"},
    "period": {"en": "Period", "zh": "时期"},
    "indicator": {"en": "Indicator", "zh": "指标"},
    "zone": {"en": "Zone", "zh": "园区"},
    "subject": {"en": "Subject", "zh": "主体"},
    "kind": {"en": "Kind", "zh": "类型"},
    "value": {"en": "Value", "zh": "数值"},
    "amount": {"en": "Amount", "zh": "金额"},
    "stage": {"en": "Stage", "zh": "阶段"},
    "source": {"en": "Source (document:characters)", "zh": "来源（文档:字符位置）"},
    "quote": {"en": "Printed as", "zh": "原文"},
    "documents": {"en": "Document", "zh": "文档"},
    "newspaper": {"en": "Newspaper", "zh": "报纸"},
    "published": {"en": "Published", "zh": "发布日期"},
    "date_source": {"en": "How the date was obtained", "zh": "日期来源"},
    "figures": {"en": "Figures", "zh": "数字个数"},
    "check": {"en": "Check", "zh": "检查"},
    "status": {"en": "Status", "zh": "结果"},
    "detail": {"en": "Detail", "zh": "说明"},
    "overrides": {"en": "Corrections applied (data/overrides.csv)", "zh": "已应用的人工更正（data/overrides.csv）"},
    "conflicts": {"en": "Conflicting statements", "zh": "相互矛盾的数据"},
    "no_rows": {"en": "None.", "zh": "无。"},
    "targets": {"en": "Targets and results", "zh": "目标与完成情况"},
    "pipeline": {"en": "From signing to production", "zh": "从签约到投产"},
    "pipeline_title": {"en": "Projects at each stage of the investment pipeline", "zh": "投资项目各阶段数量"},
    "projects_axis": {"en": "Projects", "zh": "项目数（个）"},
    "brackets": {"en": "Projects by investment size", "zh": "按投资规模分的项目数"},
    "bracket": {"en": "Size class", "zh": "投资规模"},
    "projects": {"en": "Projects", "zh": "项目数"},
    "by_subject": {"en": "Investment and capital by zone, company and project", "zh": "按园区、企业和项目分的投资与资金"},
    "financing": {"en": "Financing (loans, bonds, funds) — not investment", "zh": "融资（贷款、债券、基金），不计入投资"},
    "completion": {"en": "Completion of annual targets", "zh": "年度目标完成情况"},
    "completion_pct": {"en": "Completed (%)", "zh": "完成率（%）"},
    "future_targets": {"en": "Stated targets against the latest level", "zh": "既定目标与最新水平"},
    "target_title": {"en": "Latest level against the stated target", "zh": "最新水平与目标对比"},
    "latest": {"en": "Latest level", "zh": "最新水平"},
    "target": {"en": "Target", "zh": "目标"},
    "target_year": {"en": "Target year", "zh": "目标年份"},
    "latest_period": {"en": "Latest period", "zh": "最新时期"},
    "cagr_needed": {"en": "Growth needed a year (%)", "zh": "所需年均增长（%）"},
    "growth_achieved": {"en": "Growth achieved (%)", "zh": "实际增长（%）"},
    "needs": {"en": "needs {rate:.1f}% a year", "zh": "需年均增长{rate:.1f}%"},
    "readings": {"en": "Readings", "zh": "解读"},
    "checks": {"en": "Arithmetic checks", "zh": "算术检查"},
    "unplaced": {"en": "Figures without a period or subject", "zh": "缺少时期或主体的数字"},
    "missing": {"en": "Missing", "zh": "缺失"},
    "quote_sentence": {"en": "Quoted sentence", "zh": "原文句子"},
    "printed": {"en": "Printed", "zh": "原文数字"},
    "also_printed": {"en": "Other reports print", "zh": "其他报道数字"},
    "conflict_flag": {"en": "Conflict", "zh": "矛盾"},
    "findings_note": {"en": "Each finding is computed from the facts; sources are document:character spans.",
                      "zh": "每条结论均由数据计算得出；来源为“文档:字符位置”。"},
    "corpus_note": {"en": "{docs} documents, {figures} figures, {facts} facts.", "zh": "共{docs}篇文档，{figures}个数字，{facts}条事实。"},
    "old_value": {"en": "Printed value", "zh": "原值"},
    "new_value": {"en": "Corrected value", "zh": "更正值"},
    "field": {"en": "Field", "zh": "字段"},
    "reason": {"en": "Reason", "zh": "理由"},
}

KINDS = {"actual": {"en": "actual", "zh": "实际"}, "expected": {"en": "expected", "zh": "预计"},
         "target": {"en": "target", "zh": "目标"}, "plan": {"en": "plan", "zh": "计划"},
         "other": {"en": "other", "zh": "其他"}}
STAGES = {"intention": {"en": "intention", "zh": "意向"}, "signed": {"en": "signed", "zh": "签约"},
          "started": {"en": "started", "zh": "开工"}, "production": {"en": "in production", "zh": "投产"},
          None: {"en": "—", "zh": "—"}}


def t(key: str, lang: str, **values: object) -> str:
    return TEXT[key][lang].format(**values)


@lru_cache(maxsize=1)
def indicator_labels() -> dict[str, dict[str, str]]:
    raw = resources.files("parkmetrics.resources").joinpath("indicator_labels.csv").read_text("utf-8")
    return {row["indicator"]: {"en": row["en"], "zh": row["zh"]} for row in csv.DictReader(raw.splitlines())}


def indicator_label(indicator: str, lang: str) -> str:
    return indicator_labels().get(indicator, {}).get(lang, indicator)


def kind_label(kind: str, lang: str) -> str:
    return KINDS.get(kind, {}).get(lang, kind)


def stage_label(stage: str | None, lang: str) -> str:
    return STAGES.get(stage if isinstance(stage, str) else None, STAGES[None])[lang]


_MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def period_label(period: str | None, lang: str) -> str:
    """'2020-01/2020-05' -> 'Jan–May 2020' / '2020年1-5月'; '2019' -> '2019' / '2019年'."""
    if not isinstance(period, str) or not period:
        return "—" if lang == "en" else "时期不详"
    first, _, last = period.partition("/")

    def one(text: str) -> tuple[str, ...]:
        return tuple(text.split("-"))

    a = one(first)
    b = one(last) if last else a
    if len(a) == 1 and len(b) == 1:
        return (f"{a[0]}–{b[0]}" if a != b else a[0]) if lang == "en" else (
            f"{a[0]}—{b[0]}年" if a != b else f"{a[0]}年")
    if len(a) == 2 and len(b) == 2 and a[0] == b[0]:
        m1, m2 = int(a[1]), int(b[1])
        if lang == "en":
            return f"{_MONTHS_EN[m1 - 1]}–{_MONTHS_EN[m2 - 1]} {a[0]}" if m1 != m2 else f"{_MONTHS_EN[m1 - 1]} {a[0]}"
        return f"{a[0]}年{m1}—{m2}月" if m1 != m2 else f"{a[0]}年{m1}月"
    return period


CHECK_NAMES = {
    "range_order": {"en": "range order", "zh": "区间上下限"},
    "breakdown_sum": {"en": "parts add up to the total", "zh": "分项之和等于总数"},
    "trade_parts": {"en": "exports + imports = trade", "zh": "出口+进口=进出口总额"},
    "printed_share": {"en": "printed share or completion rate", "zh": "占比或完成率"},
    "rank_change": {"en": "rank change", "zh": "位次变化"},
    "growth_vs_levels": {"en": "growth against levels", "zh": "增速与总量一致"},
}
STATUSES = {"pass": {"en": "pass", "zh": "通过"}, "fail": {"en": "fail", "zh": "未通过"},
            "not_applicable": {"en": "cannot be decided", "zh": "无法判断"}}


def date_source_label(source: str, lang: str) -> str:
    if lang == "zh" and source == "manifest":
        return "来自文档清单（manifest.csv）"
    if lang == "en" and source == "manifest":
        return "manifest.csv"
    return source
