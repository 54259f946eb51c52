"""Pages in: the raw corpus, its manifest, the zone table and publication dates."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .tables import csv_rows

MANIFEST_NAME = "manifest.csv"
MANIFEST_COLUMNS = ["doc_id", "file", "newspaper", "published", "zone", "script"]
TEXT_SUFFIXES = {".txt"}


class CorpusError(ValueError):
    """Bad input, reported as 'file:line: what is wrong' without a traceback."""


@dataclass(frozen=True)
class Zone:
    zone_id: str
    name_zh: str
    name_en: str
    aliases: tuple[str, ...]
    city: str = ""
    short_en: str = ""


@dataclass(frozen=True)
class Document:
    doc_id: str
    file: str
    path: Path
    text: str
    published: date | None
    date_source: str
    zone: str | None
    newspaper: str
    script: str | None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def read_zones(path: Path) -> list[Zone]:
    zones = []
    for where, row in csv_rows(path, ["zone_id", "name_zh", "name_en", "aliases"], CorpusError):
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", row["zone_id"]):
            raise CorpusError(f"{where}: zone_id must be a short ASCII id like 'puyang-etdz'")
        aliases = tuple(a for a in row["aliases"].split("|") if a)
        zones.append(Zone(row["zone_id"], row["name_zh"], row["name_en"], aliases, row.get("city", ""),
                          row.get("short_en", "")))
    return zones


def _parse_date(text: str, where: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CorpusError(f"{where}: publication date {text!r} is not YYYY-MM-DD") from None


def read_manifest(folder: Path) -> dict[str, dict[str, str]]:
    """Manifest rows keyed by file name; an absent manifest is an empty one."""
    path = folder / MANIFEST_NAME
    if not path.exists():
        return {}
    rows: dict[str, dict[str, str]] = {}
    for where, row in csv_rows(path, MANIFEST_COLUMNS, CorpusError):
        if not row["file"]:
            raise CorpusError(f"{where}: empty file name")
        if row["published"]:
            _parse_date(row["published"], where)
        if row["script"] not in ("", "simplified", "traditional"):
            raise CorpusError(f"{where}: script must be 'simplified' or 'traditional', not {row['script']!r}")
        row["_where"] = where
        rows[row["file"]] = row
    return rows


_FULL_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")
_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def infer_publication_date(text: str) -> tuple[date | None, str]:
    """Publication date from the page itself, and how it was found.

    The latest explicit date ("2020年4月8日") wins; otherwise the latest year the
    page mentions combined with its latest month-day.
    """
    explicit: list[date] = []
    for m in _FULL_DATE.finditer(text):
        try:
            explicit.append(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            continue
    years = [int(y) for y in _YEAR.findall(text)]
    combined: list[date] = []
    if years:
        latest_year = max(years)
        for m in _MONTH_DAY.finditer(text):
            try:
                combined.append(date(latest_year, int(m.group(1)), int(m.group(2))))
            except ValueError:
                continue
    best_explicit = max(explicit) if explicit else None
    best_combined = max(combined) if combined else None
    if best_explicit and (not best_combined or best_explicit >= best_combined):
        return best_explicit, f"inferred: explicit date {best_explicit:%Y-%m-%d} printed on the page"
    if best_combined:
        return best_combined, (f"inferred: latest year printed ({best_combined.year}) "
                               f"with latest month-day ({best_combined.month}月{best_combined.day}日)")
    if years:
        return date(max(years), 12, 31), f"inferred: latest year printed ({max(years)}), no month-day"
    return None, "unknown: no date in manifest or text"


def infer_zone(text: str, zones: list[Zone]) -> str | None:
    """The known zone a page is about, by its full name or a distinctive alias; None for other zones.

    Aliases without the city's name (开发区, 工业园区) name any zone, so they do not count here.
    """
    from .textmap import to_simplified

    text = to_simplified(text)
    best, best_count = None, 0
    for zone in zones:
        distinctive = [a for a in zone.aliases if zone.city and zone.city in a]
        count = text.count(zone.name_zh) * 3 + sum(text.count(a) for a in distinctive)
        if count > best_count:
            best, best_count = zone.zone_id, count
    return best


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise CorpusError(f"{path}:1: not UTF-8 or GB18030 text")


def _doc_files(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        path = Path(path)
        if path.is_dir():
            yield from sorted(p for p in path.iterdir() if p.suffix in TEXT_SUFFIXES and p.is_file())
        elif path.is_file():
            yield path
        else:
            raise CorpusError(f"{path}: no such file or folder")


def iter_documents(paths: Iterable[Path | str], zones: list[Zone] | None = None,
                   default_date: date | None = None) -> Iterator[Document]:
    """Documents of files and folders, one at a time (the corpus may be large)."""
    zones = zones or []
    zone_ids = {z.zone_id for z in zones}
    manifests: dict[Path, dict[str, dict[str, str]]] = {}
    for path in _doc_files(Path(p) for p in paths):
        folder = path.parent
        if folder not in manifests:
            manifests[folder] = read_manifest(folder)
        row = manifests[folder].get(path.name, {})
        text = _read_text(path)
        if row.get("published"):
            published: date | None = _parse_date(row["published"], row["_where"])
            date_source = "manifest"
        elif default_date is not None:
            published, date_source = default_date, "given on the command line (--date)"
        else:
            published, date_source = infer_publication_date(text)
        zone = row.get("zone") or infer_zone(text, zones)
        if row.get("zone") and zone_ids and zone not in zone_ids:
            raise CorpusError(f"{row['_where']}: unknown zone {zone!r}; known: {', '.join(sorted(zone_ids))}")
        yield Document(
            doc_id=row.get("doc_id") or path.stem,
            file=path.name,
            path=path,
            text=text,
            published=published,
            date_source=date_source,
            zone=zone,
            newspaper=row.get("newspaper") or "",
            script=row.get("script") or None,
        )
