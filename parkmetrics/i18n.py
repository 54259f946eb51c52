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
    "published": {"en": "Published", "zh": "发布日期"},
    "date_source": {"en": "How the date was obtained", "zh": "日期来源"},
    "figures": {"en": "Figures", "zh": "数字个数"},
    "check": {"en": "Check", "zh": "检查"},
    "status": {"en": "Status", "zh": "结果"},
    "detail": {"en": "Detail", "zh": "说明"},
    "overrides": {"en": "Corrections applied (data/overrides.csv)", "zh": "已应用的人工更正（data/overrides.csv）"},
    "conflicts": {"en": "Conflicting statements", "zh": "相互矛盾的数据"},
    "no_rows": {"en": "None.", "zh": "无。"},
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
