"""Arithmetic and plausibility checks; each check is a row with its status and the numbers it used.

Status is ``pass``, ``fail`` or ``not_applicable`` (the check's inputs are there but it cannot be
decided, e.g. a breakdown whose parts are not all printed). A check only produces rows where
its inputs occur, so an empty result means nothing to check, not "all good".
"""

from __future__ import annotations

import re

import pandas as pd

CHECK_COLUMNS = ["check", "status", "detail", "expected", "observed", "sources"]
MONEY = {"CNY", "USD", "EUR", "HKD"}


def _source(row) -> str:
    return f"{row.doc_id}:{int(row.start)}-{int(row.end)}"


def _row(check: str, status: str, detail: str, expected: str, observed: str, rows) -> dict:
    return {"check": check, "status": status, "detail": detail, "expected": expected, "observed": observed,
            "sources": "; ".join(_source(r) for r in rows)}


_NUMBER = re.compile(r"(\d+(?:\.(\d+))?)(万亿|亿|千万|万)?")
_SCALE = {"万亿": 1e12, "亿": 1e8, "千万": 1e7, "万": 1e4, None: 1.0}


def _half_step(surface: str) -> float:
    """Half a unit of the last printed digit, in base units: '40052万元' -> 5000, '18.52亿元' -> 500000."""
    m = _NUMBER.search(surface.replace(",", ""))
    if not m:
        return 0.0
    decimals = len(m.group(2) or "")
    return 0.5 * 10 ** (-decimals) * _SCALE[m.group(3)]


def range_order(mentions: pd.DataFrame) -> list[dict]:
    """A printed range whose low end exceeds its high end ("55亿元至10亿元") cannot be what was meant."""
    out = []
    for row in mentions[(mentions["qualifier"] == "range") & mentions["low"].notna()
                        & mentions["high"].notna()].itertuples(index=False):
        ok = row.low <= row.high
        out.append(_row("range_order", "pass" if ok else "fail",
                        f"{row.surface}: low {'<=' if ok else '>'} high", "low <= high",
                        f"{row.low:,.0f} .. {row.high:,.0f}", [row]))
    return out


def breakdown_sums(mentions: pd.DataFrame) -> list[dict]:
    """Counts listed after "其中" (of which) against the total printed just before them.

    "新签约项目20个……其中，1亿元至5亿元的项目14个，…3个，…3个": 14 + 3 + 3 should be 20.
    """
    out = []
    counts = mentions[mentions["unit"] == "count"]
    for _, doc_counts in counts.groupby("doc_id", sort=False):
        doc_counts = doc_counts.sort_values("start")
        for sentence, parts in doc_counts[doc_counts["in_breakdown"]].groupby("sentence", sort=False):
            before = doc_counts[(doc_counts["start"] < parts["start"].min())
                                & (doc_counts["sentence"] >= sentence - 1) & ~doc_counts["in_breakdown"]]
            if before.empty or len(parts) < 2 or parts["value"].isna().any():
                continue
            total = before.iloc[-1]
            if pd.isna(total["value"]):
                continue
            observed = float(parts["value"].sum())
            status = "pass" if abs(observed - total["value"]) < 1e-9 else "fail"
            shown = " + ".join(f"{v:g}" for v in parts["value"])
            out.append(_row("breakdown_sum", status,
                            f"{total['surface']} {total['indicator']}: parts {shown} = {observed:g}",
                            f"{total['value']:g}", f"{observed:g}",
                            [_Row(total), *[_Row(p) for p in parts.to_dict("records")]]))
    return out


class _Row:
    """Attribute access over a dict or Series, for _source."""

    def __init__(self, data) -> None:
        self.doc_id, self.start, self.end = data["doc_id"], data["start"], data["end"]


def trade_balance(mentions: pd.DataFrame) -> list[dict]:
    """Exports plus imports against the trade total of the same subject and period."""
    out = []
    levels = mentions[(mentions["measure"] == "level") & mentions["unit"].isin(MONEY) & mentions["value"].notna()]
    trade = levels[levels["indicator"].isin(["trade_total", "exports", "imports"])]
    for (_, _, _), group in trade.groupby(["subject", "period", "unit"], dropna=False):
        by = {ind: g.iloc[0] for ind, g in group.groupby("indicator")}
        if set(by) != {"trade_total", "exports", "imports"}:
            continue
        total, exports, imports = by["trade_total"], by["exports"], by["imports"]
        observed = exports["value"] + imports["value"]
        # each printed figure may be rounded by half its last digit
        tolerance = sum(_half_step(r["surface"]) for r in (total, exports, imports))
        status = "pass" if abs(observed - total["value"]) <= tolerance else "fail"
        out.append(_row("trade_parts", status,
                        f"exports {exports['surface']} + imports {imports['surface']} vs total {total['surface']}",
                        f"{total['value']:,.0f}", f"{observed:,.0f}", [_Row(total), _Row(exports), _Row(imports)]))
    return out


def printed_shares(mentions: pd.DataFrame) -> list[dict]:
    """A printed share or completion rate against the two amounts printed before it in its sentence.

    "计划投资33.27亿元，已完成投资18.52亿元，占年计划投资额的55.67%": 18.52 / 33.27 = 55.67 %.
    """
    out = []
    for _, doc in mentions.groupby("doc_id", sort=False):
        doc = doc.sort_values("start")
        rates = doc[doc["measure"].isin(["share", "completion_rate"]) & (doc["unit"] == "percent")]
        for rate in rates.itertuples(index=False):
            amounts = doc[(doc["sentence"] == rate.sentence) & (doc["start"] < rate.start)
                          & (doc["measure"] == "level") & doc["value"].notna()]
            if len(amounts) < 2 or amounts.iloc[-1]["unit"] != amounts.iloc[-2]["unit"] or not amounts.iloc[-2]["value"]:
                out.append(_row("printed_share", "not_applicable",
                                f"{rate.surface} ({rate.measure}): needs the amount and the whole (or target) "
                                f"in its sentence; {len(amounts)} amount(s) printed", f"{rate.value:g}", "—", [rate]))
                continue
            part, whole = amounts.iloc[-1], amounts.iloc[-2]
            computed = 100 * part["value"] / whole["value"]
            status = "pass" if abs(computed - rate.value) <= _half_step(rate.surface) + 1e-9 else "fail"
            out.append(_row("printed_share", status,
                            f"{part['surface']} / {whole['surface']} = {computed:.4f}% vs printed {rate.surface}",
                            f"{rate.value:g}", f"{computed:.4f}", [_Row(part), _Row(whole), rate]))
    return out


def rank_changes(mentions: pd.DataFrame) -> list[dict]:
    """"由第176位上升至第98位，上升78个位次": the printed change against the two ranks."""
    out = []
    ranks = mentions[mentions["unit"] == "rank"]
    for (_, _), group in ranks.groupby(["doc_id", "sentence"], sort=False):
        positions = group[group["measure"] == "rank"]
        changes = group[group["measure"] == "change"]
        if len(positions) != 2 or changes.empty:
            continue
        before, after = positions.iloc[0], positions.iloc[1]
        change = changes.iloc[0]
        observed = abs(before["value"] - after["value"])
        status = "pass" if observed == change["value"] else "fail"
        out.append(_row("rank_change", status,
                        f"{before['surface']} -> {after['surface']}: {observed:g} places vs printed {change['surface']}",
                        f"{change['value']:g}", f"{observed:g}", [_Row(before), _Row(after), _Row(change)]))
    return out


def growth_against_levels(facts: pd.DataFrame) -> list[dict]:
    """A growth rate against the levels of the same indicator printed for that year and the year before."""
    out = []
    levels = facts[(facts["measure"] == "level") & facts["value_cny"].notna() & facts["period"].str.fullmatch(
        r"\d{4}", na=False) & (facts["kind"] == "actual")]
    rates = facts[(facts["measure"] == "growth_rate") & facts["period"].str.fullmatch(r"\d{4}", na=False)]
    for rate in rates.itertuples(index=False):
        same = levels[(levels["subject"] == rate.subject) & (levels["indicator"] == rate.indicator)]
        now = same[same["period"] == rate.period]
        then = same[same["period"] == str(int(rate.period) - 1)]
        if now.empty or then.empty:
            continue
        computed = 100 * (now["value_cny"].iloc[0] / then["value_cny"].iloc[0] - 1)
        status = "pass" if abs(computed - rate.value) <= 0.5 else "fail"
        out.append({"check": "growth_vs_levels", "status": status,
                    "detail": f"{rate.indicator} {rate.period}: levels give {computed:.1f}% vs printed {rate.value:g}%",
                    "expected": f"{rate.value:g}", "observed": f"{computed:.2f}",
                    "sources": "; ".join([rate.sources, now["sources"].iloc[0], then["sources"].iloc[0]])})
    return out


def run_checks(mentions: pd.DataFrame, facts: pd.DataFrame) -> pd.DataFrame:
    rows = (range_order(mentions) + breakdown_sums(mentions) + trade_balance(mentions) + printed_shares(mentions)
            + rank_changes(mentions) + growth_against_levels(facts))
    return pd.DataFrame(rows, columns=CHECK_COLUMNS)
