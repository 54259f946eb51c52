"""The embedded database (DuckDB) of documents, mentions, facts, checks and applied overrides.

Documents are keyed by the SHA-256 of their text and by the version of the extractor, so a
build re-extracts only new or changed pages (or all of them when the extractor changed) and
drops what came from removed ones. A file lock keeps two runs from writing at once.
"""

from __future__ import annotations

import hashlib
from importlib import resources
from pathlib import Path

import duckdb
import pandas as pd
from filelock import FileLock, Timeout

SCHEMA_VERSION = 1
TABLES = ["documents", "raw_mentions", "mentions", "facts", "checks", "overrides_applied", "zones"]
# Every module the extractor imports (tests/test_store.py checks the list against what importing it loads)
_EXTRACTOR_FILES = ["textmap.py", "numerals.py", "mentions.py", "periods.py", "classify.py", "extract.py",
                    "lexicon.py", "corpus.py", "structure.py", "subjects.py", "fastscan.py", "trie.py", "tables.py"]


class StoreError(RuntimeError):
    """The database is locked, corrupt or of an old format; the message says what to do."""


def extractor_version() -> str:
    """Changes whenever the code or vocabulary that reads figures changes."""
    digest = hashlib.sha256()
    package = resources.files("parkmetrics")
    for name in _EXTRACTOR_FILES:
        digest.update(package.joinpath(name).read_bytes())
    digest.update(package.joinpath("resources", "lexicon.yaml").read_bytes())
    return digest.hexdigest()[:16]


class Store:
    def __init__(self, path: Path, lock_timeout: float = 120.0) -> None:
        self.path = Path(path)
        self.lock = FileLock(str(self.path) + ".lock")
        self.lock_timeout = lock_timeout
        self.connection: duckdb.DuckDBPyConnection | None = None

    # -- lifecycle ---------------------------------------------------------------
    def __enter__(self) -> Store:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.lock.acquire(timeout=self.lock_timeout)
        except Timeout:
            raise StoreError(f"another parkmetrics run is writing {self.path}; waited {self.lock_timeout:.0f} s. "
                             "Try again when it has finished.") from None
        try:
            self.connection = self._open()
        except BaseException:
            self.lock.release()
            raise
        return self

    def __exit__(self, *exc) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None
        self.lock.release()

    def _open(self) -> duckdb.DuckDBPyConnection:
        fresh = not self.path.exists()
        try:
            connection = duckdb.connect(str(self.path))
        except duckdb.Error as error:
            raise StoreError(f"{self.path} is not a readable parkmetrics database ({str(error).splitlines()[0]}); "
                             "run `parkmetrics rebuild` to rebuild it from data/raw") from None
        if fresh:
            connection.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
            connection.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
            return connection
        try:
            row = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.Error:
            row = None
        if row is None or row[0] != str(SCHEMA_VERSION):
            connection.close()
            found = "no version" if row is None else f"format {row[0]}"
            raise StoreError(f"{self.path} has {found}, this parkmetrics writes format {SCHEMA_VERSION}; "
                             "run `parkmetrics rebuild` to rebuild it from data/raw")
        return connection

    # -- reading -----------------------------------------------------------------
    def _has(self, table: str) -> bool:
        assert self.connection is not None
        found = self.connection.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [table]).fetchone()
        return bool(found and found[0])

    def read(self, table: str) -> pd.DataFrame:
        assert self.connection is not None
        if not self._has(table):
            return pd.DataFrame()
        return self.connection.execute(f'SELECT * FROM "{table}"').df()

    def extraction_keys(self) -> dict[str, tuple[str, str]]:
        """doc_id -> (sha256, extractor version) of what is stored."""
        documents = self.read("documents")
        if documents.empty:
            return {}
        return {r.doc_id: (r.sha256, r.extractor) for r in documents.itertuples(index=False)}

    def raw_mentions_of(self, doc_ids: list[str]) -> pd.DataFrame:
        raw = self.read("raw_mentions")
        if raw.empty:
            return raw
        return raw[raw["doc_id"].isin(doc_ids)]

    # -- writing -----------------------------------------------------------------
    def replace(self, tables: dict[str, pd.DataFrame]) -> None:
        """Replace tables in one transaction: readers see the old state or the new one, never half."""
        assert self.connection is not None
        con = self.connection
        con.execute("BEGIN TRANSACTION")
        try:
            for name, frame in tables.items():
                con.register("incoming", frame)
                con.execute(f'CREATE OR REPLACE TABLE "{name}" AS SELECT * FROM incoming')
                con.unregister("incoming")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise


def remove_database(path: Path) -> None:
    for candidate in (Path(path), Path(str(path) + ".wal")):
        if candidate.exists():
            candidate.unlink()
