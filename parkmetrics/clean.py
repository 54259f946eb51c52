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
    ("intention", r"意向|对接|洽谈|在谈"),
    ("production", r"投产|建成|达产|竣工|运营"),
    ("started", r"开工|在建|落地建设|开建|新开工|加快建设"),
    ("signed", r"签约|签订|签署|落地"),
]
_CLAUSE_BREAK = re.compile(r"[，,。；;：:！？]")
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


def own_clause(context: str, surface: str) -> str:
    """The clause of the printed context that holds the figure: "去年共签约项目20个", not the next one."""
    at = context.find(surface)
    if at < 0:
        return context
    before = _CLAUSE_BREAK.split(context[:at])[-1]
    after = _CLAUSE_BREAK.split(context[at + len(surface):])[0]
    return before + surface + after


def add_stage(mentions: pd.DataFrame) -> pd.DataFrame:
    """The project stage of investment and project figures, read from the clause that prints them."""
    frame = mentions.copy()
    relevant = frame["indicator"].isin(["projects", "investment", "contract_value", "investment_completed"])
    frame["stage"] = [project_stage(own_clause(ctx, surface)) if rel else None
                      for ctx, surface, rel in zip(frame["context"], frame["surface"], relevant)]
    return frame


# Units that measure the same thing in different sizes, to one base unit each (areas in square metres;
# 1 mu = 10000/15 m2, the statutory definition).
BASE_UNITS = {"mu": ("m2", 10000 / 15), "km2": ("m2", 1e6), "m2": ("m2", 1.0), "km": ("km", 1.0),
              "tonne": ("tonne", 1.0), "tonne_per_year": ("tonne_per_year", 1.0), "kW": ("kW", 1.0),
              "kWh": ("kWh", 1.0), "count": ("count", 1.0), "week": ("day", 7.0), "day": ("day", 1.0),
              "month": ("month", 1.0), "year": ("month", 12.0), "hour": ("hour", 1.0), "minute": ("hour", 1 / 60)}


def normalise(mentions: pd.DataFrame, rates: pd.DataFrame) -> pd.DataFrame:
    """Add value_cny (money in yuan, foreign currency at the year's average rate) with its rate, and
    base_value / base_unit for quantities printed in different units (亩 and 平方公里 both in m2)."""
    frame = mentions.copy()
    base = [BASE_UNITS.get(unit) for unit in frame["unit"]]
    amount = frame["value"].fillna(frame["low"]).fillna(frame["high"])
    frame["base_unit"] = [b[0] if b else ("CNY" if u in MONEY_UNITS else u) for b, u in zip(base, frame["unit"])]
    frame["base_value"] = [a * b[1] if b and pd.notna(a) else float("nan") for a, b in zip(amount, base)]
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
    money = frame["unit"].isin(MONEY_UNITS)
    frame.loc[money, "base_value"] = frame.loc[money, "value_cny"]
    return frame


def _source(row) -> str:
    return f"{row.doc_id}:{int(row.start)}-{int(row.end)}"


def _comparable(mentions: pd.DataFrame) -> pd.Series:
    """Mentions that state a whole fact, so that two different values of it contradict each other.

    Not comparable: parts listed after 其中 (components, not the whole), size classes of
    projects ("1亿元至5亿元项目"), durations, and counts whose stage or object is unknown
    (11 建筑类企业 and 4 物流类企业 are both "enterprises").
    """
    size_class = mentions["size_class"].astype(bool) | (
        mentions["indicator"].eq("investment") & mentions["qualifier"].eq("range"))
    duration = mentions["indicator"].eq("duration")
    vague_count = mentions["measure"].eq("count") & mentions["stage"].isna()
    return ~(mentions["in_breakdown"].astype(bool) | size_class | duration | vague_count)


def _conflicts(facts: pd.DataFrame, mentions: pd.DataFrame) -> pd.Series:
    """Facts of one key with different values, printed in different sentences.

    One sentence that prints two values of a key ("由第176位上升至第98位") describes a
    change, not a contradiction.
    """
    flags = pd.Series(False, index=facts.index)
    comparable = facts[facts["_comparable"]]
    for _, group in comparable.groupby("_key"):
        if len(group) < 2:
            continue
        for i, a in group.iterrows():
            for j, b in group.iterrows():
                if i < j and not (a["_sentences"] & b["_sentences"]):
                    flags[i] = flags[j] = True
    return flags


def build_facts(mentions: pd.DataFrame) -> pd.DataFrame:
    """Merge agreeing mentions into facts and flag disagreeing ones."""
    if mentions.empty:
        return pd.DataFrame(columns=[*FACT_KEY, "value", "low", "high", "qualifier", "value_cny", "conversion",
                                     "n_sources", "sources", "docs", "surfaces", "contexts", "quotes", "conflict", "fact_id"])
    frame = mentions.copy()
    frame["source"] = [_source(r) for r in frame.itertuples(index=False)]
    key = frame[FACT_KEY].astype("string").fillna("∅").agg("|".join, axis=1)
    values = frame[["value", "low", "high"]].astype("string").fillna("∅").agg("|".join, axis=1)
    frame["_key"] = key
    frame["_fact"] = key + "#" + values
    frame["_sentence"] = frame["doc_id"] + "#" + frame["sentence"].astype("string")
    frame["_comparable"] = _comparable(frame)
    grouped = frame.groupby("_fact", sort=False)
    facts = grouped.agg(
        **{c: (c, "first") for c in [*FACT_KEY, "value", "low", "high", "qualifier", "value_cny", "conversion",
                                     "base_value", "base_unit", "published"]},
        n_sources=("source", "size"),
        sources=("source", lambda s: "; ".join(s)),
        docs=("doc_id", lambda s: "; ".join(dict.fromkeys(s))),
        surfaces=("surface", lambda s: "; ".join(dict.fromkeys(s))),
        contexts=("context", lambda s: " | ".join(dict.fromkeys(s))),
        quotes=("quote", lambda s: " | ".join(dict.fromkeys(s))),
        _key=("_key", "first"),
        _sentences=("_sentence", lambda s: frozenset(s)),
        _comparable=("_comparable", "all"),
        in_breakdown=("in_breakdown", "all"),
        size_class=("size_class", "any"),
    ).reset_index(drop=True)
    facts["conflict"] = _conflicts(facts, frame)
    facts = facts.drop(columns=["_key", "_sentences", "_comparable"])
    facts.insert(0, "fact_id", [f"F{i:05d}" for i in range(1, len(facts) + 1)])
    return facts
