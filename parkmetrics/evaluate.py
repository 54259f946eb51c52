"""Extraction measured against hand-made gold annotations (gold/SCHEMA.md)."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

ATTRIBUTES = ["qualifier", "kind", "indicator", "measure", "period", "subject"]


def read_gold(folder: Path) -> pd.DataFrame:
    rows = []
    files = sorted(Path(folder).rglob("*.jsonl"))
    if not files:
        raise FileNotFoundError(f"{folder}: no *.jsonl gold files")
    for path in files:
        for line_no, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{line_no}: not JSON ({error.msg})") from None
    return pd.DataFrame(rows)


def _same_number(a, b) -> bool:
    if a is None or b is None or (isinstance(a, float) and math.isnan(a)) or (isinstance(b, float) and math.isnan(b)):
        return (a is None or (isinstance(a, float) and math.isnan(a))) and (
            b is None or (isinstance(b, float) and math.isnan(b)))
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


def _values_match(gold: dict, pred: dict) -> bool:
    if gold["unit"] != pred["unit"]:
        return False
    if gold.get("value") is not None and not (isinstance(gold["value"], float) and math.isnan(gold["value"])):
        return _same_number(gold["value"], pred["value"])
    return _same_number(gold.get("low"), pred["low"]) and _same_number(gold.get("high"), pred["high"])


def _norm(value):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return value


@dataclass
class DocScore:
    doc: str
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    attribute_hits: dict[str, int] = field(default_factory=lambda: {a: 0 for a in ATTRIBUTES})

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    per_doc: list[DocScore]
    misses: pd.DataFrame  # gold rows with no match
    spurious: pd.DataFrame  # predicted rows with no match
    disagreements: pd.DataFrame  # matched pairs whose attributes differ

    @property
    def total(self) -> DocScore:
        total = DocScore("overall")
        for score in self.per_doc:
            total.gold += score.gold
            total.predicted += score.predicted
            total.matched += score.matched
            for a in ATTRIBUTES:
                total.attribute_hits[a] += score.attribute_hits[a]
        return total

    def table(self) -> pd.DataFrame:
        rows = []
        for score in [*self.per_doc, self.total]:
            row = {"doc": score.doc, "gold": score.gold, "predicted": score.predicted, "matched": score.matched,
                   "precision": score.precision, "recall": score.recall, "f1": score.f1}
            for a in ATTRIBUTES:
                row[a] = score.attribute_hits[a] / score.matched if score.matched else float("nan")
            rows.append(row)
        return pd.DataFrame(rows)


def evaluate(predicted: pd.DataFrame, gold: pd.DataFrame) -> Evaluation:
    """Match mentions (same document, overlapping span, same unit and value or bounds)."""
    scores: list[DocScore] = []
    misses, spurious, disagreements = [], [], []
    docs = sorted(set(gold["doc"]) | set(predicted["doc"]))
    for doc in docs:
        g = gold[gold["doc"] == doc].to_dict("records")
        p = predicted[predicted["doc"] == doc].to_dict("records")
        score = DocScore(doc, gold=len(g), predicted=len(p))
        used: set[int] = set()
        for gold_row in g:
            match = None
            for i, pred_row in enumerate(p):
                if i in used:
                    continue
                if pred_row["start"] < gold_row["end"] and gold_row["start"] < pred_row["end"] \
                        and _values_match(gold_row, pred_row):
                    match = i
                    break
            if match is None:
                misses.append(gold_row)
                continue
            used.add(match)
            score.matched += 1
            pred_row = p[match]
            diff = {}
            for a in ATTRIBUTES:
                if _norm(gold_row.get(a)) == _norm(pred_row.get(a)):
                    score.attribute_hits[a] += 1
                else:
                    diff[a] = (gold_row.get(a), pred_row.get(a))
            if diff:
                disagreements.append({"doc": doc, "surface": gold_row["surface"], "start": gold_row["start"],
                                      **{a: f"{g_!r} -> {p_!r}" for a, (g_, p_) in diff.items()}})
        spurious += [row for i, row in enumerate(p) if i not in used]
        scores.append(score)
    return Evaluation(scores, pd.DataFrame(misses), pd.DataFrame(spurious), pd.DataFrame(disagreements))
