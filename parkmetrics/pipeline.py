"""The data stages, raw pages to clean facts, with one meaning each.

extract  data/raw/*.txt             -> mentions   (one row per printed figure)
correct  data/overrides.csv         -> mentions with audited human corrections
clean    mentions + reference rates -> facts      (normalised, merged, conflicts flagged)
check    mentions + facts           -> checks     (arithmetic and plausibility)

Every table carries the document id and character span of each figure it holds.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from . import checks as checks_module
from .clean import add_stage, build_facts, normalise, read_exchange_rates
from .corpus import iter_documents, read_zones
from .extract import extract_document, records_frame
from .overrides import apply_overrides, read_overrides
from .settings import Paths, project_paths

TABLES = ["documents", "mentions", "facts", "checks", "overrides_applied"]


@dataclass
class Dataset:
    documents: pd.DataFrame
    mentions: pd.DataFrame
    facts: pd.DataFrame
    checks: pd.DataFrame
    overrides_applied: pd.DataFrame
    zones: pd.DataFrame

    def table(self, name: str) -> pd.DataFrame:
        return getattr(self, name)


def build(corpus_dir: Path | str | None = None, paths: Paths | None = None,
          default_date: date | None = None) -> Dataset:
    paths = paths or project_paths()
    corpus_dir = Path(corpus_dir) if corpus_dir else paths.raw
    zones = read_zones(paths.zones)
    documents, records = [], []
    for doc in iter_documents([corpus_dir], zones, default_date):
        documents.append({
            "doc_id": doc.doc_id, "file": doc.file, "newspaper": doc.newspaper,
            "published": doc.published.isoformat() if doc.published else None,
            "date_source": doc.date_source, "zone": doc.zone, "script": doc.script or "",
            "characters": len(doc.text), "sha256": doc.sha256,
        })
        records.extend(extract_document(doc, zones))
    mentions = records_frame(records)
    mentions, applied = apply_overrides(mentions, read_overrides(paths.overrides), paths.overrides)
    mentions = add_stage(mentions)
    mentions = normalise(mentions, read_exchange_rates(paths.reference / "exchange_rates.csv"))
    facts = build_facts(mentions)
    document_frame = pd.DataFrame(documents, columns=["doc_id", "file", "newspaper", "published", "date_source",
                                                      "zone", "script", "characters", "sha256"])
    counts = mentions.groupby("doc_id").size()
    document_frame["figures"] = document_frame["doc_id"].map(counts).fillna(0).astype(int)
    zone_frame = pd.DataFrame([{"zone_id": z.zone_id, "name_zh": z.name_zh, "name_en": z.name_en} for z in zones])
    return Dataset(
        documents=document_frame,
        mentions=mentions,
        facts=facts,
        checks=checks_module.run_checks(mentions, facts),
        overrides_applied=applied,
        zones=zone_frame,
    )


def _atomic_write(path: Path, write) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def save(dataset: Dataset, folder: Path) -> list[Path]:
    """Parquet for analysis and CSV for sharing, each written atomically."""
    written = []
    for name in [*TABLES, "zones"]:
        frame = dataset.table(name)
        parquet = folder / f"{name}.parquet"
        _atomic_write(parquet, lambda p, f=frame: f.to_parquet(p, index=False))
        csv_path = folder / f"{name}.csv"
        _atomic_write(csv_path, lambda p, f=frame: f.to_csv(p, index=False))
        written += [parquet, csv_path]
    fingerprint = corpus_fingerprint(dataset.documents)
    _atomic_write(folder / "build.json",
                  lambda p: p.write_text(json.dumps({"corpus": fingerprint, "tables": TABLES}, indent=2)))
    return written


def corpus_fingerprint(documents: pd.DataFrame) -> str:
    joined = "\n".join(sorted(documents["file"] + ":" + documents["sha256"]))
    return hashlib.sha256(joined.encode()).hexdigest()


def load(folder: Path) -> Dataset:
    missing = [n for n in [*TABLES, "zones"] if not (folder / f"{n}.parquet").exists()]
    if missing:
        raise FileNotFoundError(f"{folder}: missing {', '.join(missing)}; run `parkmetrics build` first")
    return Dataset(**{n: pd.read_parquet(folder / f"{n}.parquet") for n in [*TABLES, "zones"]})


def load_or_build(corpus_dir: Path | str | None = None, paths: Paths | None = None) -> Dataset:
    """The processed tables when they were built from this corpus, else a fresh in-memory build."""
    paths = paths or project_paths()
    corpus_dir = Path(corpus_dir) if corpus_dir else paths.raw
    build_file = paths.processed / "build.json"
    if corpus_dir.resolve() == paths.raw.resolve() and build_file.exists():
        try:
            dataset = load(paths.processed)
            current = "\n".join(sorted(
                f"{p.name}:{hashlib.sha256(p.read_text('utf-8').encode('utf-8')).hexdigest()}"
                for p in corpus_dir.glob("*.txt")))
            if json.loads(build_file.read_text())["corpus"] == hashlib.sha256(current.encode()).hexdigest():
                return dataset
        except (OSError, ValueError, KeyError):
            pass
    return build(corpus_dir, paths)
