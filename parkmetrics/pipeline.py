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
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from . import checks as checks_module
from .clean import add_stage, build_facts, normalise, read_exchange_rates
from .corpus import iter_documents, read_zones
from .extract import MENTION_COLUMNS, extract_document, records_frame
from .overrides import apply_overrides, read_overrides
from .schemas import CHECKS, FACTS, MENTIONS, validate
from .settings import Paths, project_paths
from .store import Store, extractor_version, remove_database

TABLES = ["documents", "mentions", "facts", "checks", "overrides_applied"]
DATABASE_NAME = "parkmetrics.duckdb"


@dataclass
class Dataset:
    documents: pd.DataFrame
    mentions: pd.DataFrame
    facts: pd.DataFrame
    checks: pd.DataFrame
    overrides_applied: pd.DataFrame
    zones: pd.DataFrame
    raw_mentions: pd.DataFrame = field(default_factory=pd.DataFrame)
    extracted: list[str] = field(default_factory=list)  # doc ids read this run
    reused: list[str] = field(default_factory=list)  # doc ids whose stored extraction was still valid
    removed: list[str] = field(default_factory=list)  # doc ids stored before, gone from the corpus now

    def table(self, name: str) -> pd.DataFrame:
        return getattr(self, name)


def build(corpus_dir: Path | str | None = None, paths: Paths | None = None,
          default_date: date | None = None, store: Store | None = None) -> Dataset:
    """Run the stages on the corpus; with a store, pages whose text and extractor are unchanged are not re-read."""
    paths = paths or project_paths()
    corpus_dir = Path(corpus_dir) if corpus_dir else paths.raw
    zones = read_zones(paths.zones)
    version = extractor_version()
    stored = store.extraction_keys() if store is not None else {}
    documents, records, extracted, reused = [], [], [], []
    for doc in iter_documents([corpus_dir], zones, default_date):
        sha = doc.sha256
        documents.append({
            "doc_id": doc.doc_id, "file": doc.file, "newspaper": doc.newspaper,
            "published": doc.published.isoformat() if doc.published else None,
            "date_source": doc.date_source, "zone": doc.zone, "script": doc.script or "",
            "characters": len(doc.text), "sha256": sha, "extractor": version,
        })
        if stored.get(doc.doc_id) == (sha, version):
            reused.append(doc.doc_id)
        else:
            records.extend(extract_document(doc, zones))
            extracted.append(doc.doc_id)
    fresh = records_frame(records)
    cached = store.raw_mentions_of(reused) if store is not None and reused else pd.DataFrame()
    raw = pd.concat([f for f in (fresh, cached) if not f.empty], ignore_index=True) if len(cached) else fresh
    raw = raw[MENTION_COLUMNS].sort_values(["doc_id", "start"]).reset_index(drop=True)
    current = {d["doc_id"] for d in documents}
    removed = sorted(set(stored) - current)

    mentions, applied = apply_overrides(raw, read_overrides(paths.overrides), paths.overrides)
    mentions = add_stage(mentions)
    mentions = normalise(mentions, read_exchange_rates(paths.reference / "exchange_rates.csv"))
    validate(mentions, MENTIONS, "mentions")
    facts = validate(build_facts(mentions), FACTS, "facts")
    checks = checks_module.run_checks(mentions, facts)
    checks = _note_corrections(checks, checks_module.run_checks(raw.assign(value_cny=float("nan")),
                                                                facts.iloc[0:0]), applied)
    validate(checks, CHECKS, "checks")
    document_frame = pd.DataFrame(documents, columns=["doc_id", "file", "newspaper", "published", "date_source",
                                                      "zone", "script", "characters", "sha256", "extractor"])
    counts = mentions.groupby("doc_id").size()
    document_frame["figures"] = document_frame["doc_id"].map(counts).fillna(0).astype(int)
    zone_frame = pd.DataFrame([{"zone_id": z.zone_id, "name_zh": z.name_zh, "name_en": z.name_en,
                                "short_en": z.short_en or z.name_en} for z in zones])
    return Dataset(documents=document_frame, mentions=mentions, facts=facts, checks=checks,
                   overrides_applied=applied, zones=zone_frame, raw_mentions=raw,
                   extracted=extracted, reused=reused, removed=removed)


def _note_corrections(checks: pd.DataFrame, printed: pd.DataFrame, applied: pd.DataFrame) -> pd.DataFrame:
    """A check that fails on the printed figures but passes after an override says so."""
    if applied.empty or printed.empty:
        return checks
    failed_as_printed = printed[printed["status"] == "fail"].set_index(["check", "sources"])
    checks = checks.copy()
    for index, row in checks.iterrows():
        key = (row["check"], row["sources"])
        if row["status"] == "pass" and key in failed_as_printed.index:
            before = failed_as_printed.loc[key]
            before = before.iloc[0] if isinstance(before, pd.DataFrame) else before
            checks.at[index, "detail"] = (f"{row['detail']}; as printed it failed ({before['observed']}), "
                                          "corrected in data/overrides.csv")
    return checks


def update(paths: Paths | None = None, corpus_dir: Path | None = None, lock_timeout: float = 120.0) -> Dataset:
    """Build into the database incrementally and export the tables for sharing."""
    paths = paths or project_paths()
    with Store(paths.processed / DATABASE_NAME, lock_timeout=lock_timeout) as store:
        dataset = build(corpus_dir or paths.raw, paths, store=store)
        store.replace({"documents": dataset.documents, "raw_mentions": dataset.raw_mentions,
                       "mentions": dataset.mentions, "facts": dataset.facts, "checks": dataset.checks,
                       "overrides_applied": dataset.overrides_applied, "zones": dataset.zones})
        save(dataset, paths.processed)
    return dataset


def rebuild(paths: Paths | None = None, corpus_dir: Path | None = None) -> Dataset:
    """Throw the database away and build it again from the raw pages."""
    paths = paths or project_paths()
    database = paths.processed / DATABASE_NAME
    lock = Store(database)
    with lock.lock:
        remove_database(database)
    return update(paths, corpus_dir)


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
            current = pd.DataFrame(
                [{"file": p.name, "sha256": hashlib.sha256(p.read_text("utf-8").encode()).hexdigest()}
                 for p in corpus_dir.glob("*.txt")], columns=["file", "sha256"])
            if json.loads(build_file.read_text())["corpus"] == corpus_fingerprint(current):
                return dataset
        except (OSError, ValueError, KeyError):
            pass
    return build(corpus_dir, paths)
