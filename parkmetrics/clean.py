"""Mentions to facts: normalised units, one fact per statement, conflicts flagged.

A *fact* is what the corpus states once or several times: the same subject,
indicator, measure, kind, period and stage with the same value. Mentions that agree
merge into one fact that keeps all their sources; statements that disagree stay
separate facts marked as a conflict so that the report can show them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

MONEY_UNITS = {"CNY", "USD", "EUR", "HKD"}
# Where a project stands, from intention to production; investment reporting is told in these stages.
STAGES = [
    ("production", r"投产|建成|达产|竣工|运营"),
    ("started", r"开工|在建|落地建设|开建|新开工|加快建设"),
    ("signed", r"签约|签订|签署|落地"),
    ("intention", r"意向|对接|洽谈|在谈"),
]
FACT_KEY = ["zone", "subject", "indicator", "measure", "kind", "period", "unit", "stage"]


def project_stage(context: str) -> str | None:
    for stage, pattern in STAGES:
        if re.search(pattern, context):
            return stage
    return None


def read_exchange_rates(path: Path) -> pd.DataFrame:
    rates = pd.read_csv(path, comment="#")
    required = {"year", "currency", "cny_per_unit", "source"}
    if missing := required - set(rates.columns):
        raise ValueError(f"{path}:1: missing columns {', '.join(sorted(missing))}")
    return rates


def _rate(rates: pd.DataFrame, currency: str, period: str | None, published: str | None) -> tuple[float, int] | None:
    year_text = (period or published or "")[:4]
    if not year_text.isdigit():
        return None
    table = rates[rates["currency"] == currency]
    if table.empty:
        return None
    year = int(year_text)
    exact = table[table["year"] == year]
    row = exact.iloc[0] if not exact.empty else table.iloc[(table["year"] - year).abs().argmin()]
    return float(row["cny_per_unit"]), int(row["year"])


def add_stage(mentions: pd.DataFrame, compact_contexts: pd.Series | None = None) -> pd.DataFrame:
    """The project stage of investment and project figures, read from their printed context."""
    frame = mentions.copy()
    relevant = frame["indicator"].isin(["projects", "investment", "contract_value", "investment_completed"])
    contexts = frame["context"] if compact_contexts is None else compact_contexts
    frame["stage"] = [project_stage(ctx) if rel else None for ctx, rel in zip(contexts, relevant)]
    return frame


def normalise(mentions: pd.DataFrame, rates: pd.DataFrame) -> pd.DataFrame:
    """Add value_cny (money in yuan, foreign currency at the year's average rate) and rate provenance."""
    frame = mentions.copy()
    value_cny, rate_note = [], []
    for row in frame.itertuples(index=False):
        amount = row.value if pd.notna(row.value) else (
            row.low if pd.notna(row.low) else row.high)
        if row.unit == "CNY":
            value_cny.append(amount)
            rate_note.append("")
        elif row.unit in MONEY_UNITS and pd.notna(amount):
            found = _rate(rates, row.unit, row.period, row.published)
            if found is None:
                value_cny.append(float("nan"))
                rate_note.append(f"no {row.unit} rate")
            else:
                rate, year = found
                value_cny.append(amount * rate)
                rate_note.append(f"{row.unit} at {rate:g} CNY ({year} annual average)")
        else:
            value_cny.append(float("nan"))
            rate_note.append("")
    frame["value_cny"] = pd.Series(value_cny, index=frame.index, dtype="float64")
    frame["conversion"] = rate_note
    return frame


def _source(row) -> str:
    return f"{row.doc_id}:{int(row.start)}-{int(row.end)}"


def build_facts(mentions: pd.DataFrame) -> pd.DataFrame:
    """Merge agreeing mentions into facts and flag disagreeing ones."""
    if mentions.empty:
        return pd.DataFrame(columns=[*FACT_KEY, "value", "low", "high", "qualifier", "value_cny", "conversion",
                                     "n_sources", "sources", "docs", "surfaces", "contexts", "conflict", "fact_id"])
    frame = mentions.copy()
    frame["source"] = [_source(r) for r in frame.itertuples(index=False)]
    key = frame[FACT_KEY].astype("string").fillna("∅").agg("|".join, axis=1)
    values = frame[["value", "low", "high"]].astype("string").fillna("∅").agg("|".join, axis=1)
    frame["_key"] = key
    frame["_fact"] = key + "#" + values
    grouped = frame.groupby("_fact", sort=False)
    facts = grouped.agg(
        **{c: (c, "first") for c in [*FACT_KEY, "value", "low", "high", "qualifier", "value_cny", "conversion",
                                     "published"]},
        n_sources=("source", "size"),
        sources=("source", lambda s: "; ".join(s)),
        docs=("doc_id", lambda s: "; ".join(dict.fromkeys(s))),
        surfaces=("surface", lambda s: "; ".join(dict.fromkeys(s))),
        contexts=("context", lambda s: " | ".join(dict.fromkeys(s))),
        _key=("_key", "first"),
    ).reset_index(drop=True)
    # Counts without a stage say too little about *what* they count for two of them to
    # contradict each other (11 建筑类企业 and 4 物流类企业 are both "enterprises").
    comparable = facts["measure"].isin(["level", "growth_rate", "share", "completion_rate", "rank"]) | \
        facts["stage"].notna()
    per_key = facts[comparable].groupby("_key")["_key"].transform("size")
    facts["conflict"] = False
    facts.loc[per_key.index, "conflict"] = per_key > 1
    facts = facts.drop(columns="_key")
    facts.insert(0, "fact_id", [f"F{i:05d}" for i in range(1, len(facts) + 1)])
    return facts
