"""Pages to mention records: one row per figure, traceable to its characters."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from .classify import DocumentContext, concrete_noun_pattern, list_positions
from .corpus import Document, Zone, iter_documents
from .lexicon import Lexicon, default_lexicon
from .mentions import find_mentions
from .numerals import to_number
from .periods import find_periods
from .subjects import zone_named_in
from .structure import Location
from .textmap import CompactText, compact

MENTION_COLUMNS = [
    "doc", "doc_id", "surface", "context", "value", "low", "high", "unit", "qualifier", "kind", "indicator",
    "measure", "period", "subject", "numeral", "note", "start", "end", "zone", "published", "sentence",
    "in_breakdown", "size_class", "quote",
]
QUOTE_CHARS = 160
CONTEXT_CHARS = 15


def extract_document(doc: Document, zones: list[Zone] | None = None,
                     lexicon: Lexicon | None = None) -> list[dict[str, Any]]:
    lexicon = lexicon or default_lexicon()
    zones = zones or []
    view = compact(doc.text, script=doc.script)
    text = view.text
    zone_name = next((z.name_zh for z in zones if z.zone_id == doc.zone), None) or zone_named_in(text)
    raw = find_mentions(text, _concrete_nouns(lexicon))
    periods = find_periods(text, doc.published)
    context = DocumentContext(text, periods, zone_name, lexicon, doc.published)
    positions = list_positions(text, raw)
    quotes: dict[int, str] = {}  # per sentence

    def quote_of(where: Location, pos: int) -> str:
        if where.stop not in quotes:
            quotes[where.stop] = _quote(view, *context.full_sentence(pos))
        return quotes[where.stop]

    published = doc.published.isoformat() if doc.published else None

    records: list[dict[str, Any]] = []
    previous: tuple[int, int, str] | None = None  # (article, sentence start, indicator) of the last figure
    in_sentence: list[str] = []  # indicators of the sentence's figures so far
    before_list: list[str] = []  # ... up to the '分别' list being read
    for index, mention in enumerate(raw):
        where = context.locate(mention.start)
        sentence, article = where.sentence, where.article
        same_sentence = previous is not None and previous[1] == sentence
        earlier = previous[2] if previous and not same_sentence and previous[0] == article else None
        if not same_sentence:
            in_sentence = []
        list_position = positions.get(index)
        if list_position is not None and list_position[0] == 0:
            before_list = list(in_sentence)
        indicator = context.indicator_for(mention, where, list_position,
                                          previous[2] if previous is not None and same_sentence else None, earlier,
                                          before_list if list_position is not None else ())
        previous = (article, sentence, indicator)
        in_sentence.append(indicator)
        measure = context.measure_for(mention, where, indicator)
        value, low, high = mention.value, mention.low, mention.high
        if (measure in ("growth_rate", "change") and value is not None and value > 0
                and context.is_falling(mention, where)):
            value = -value
        kind = context.kind_for(mention, where, indicator, measure)
        start, end = view.original_span(mention.start, mention.end)
        records.append({
            "doc": doc.file,
            "doc_id": doc.doc_id,
            "surface": view.printed(mention.start, mention.end),
            "context": view.printed(max(0, mention.start - CONTEXT_CHARS), mention.end + CONTEXT_CHARS),
            "value": to_number(value),
            "low": None if low is None else to_number(low),  # (bounds are mostly absent)
            "high": None if high is None else to_number(high),
            "unit": mention.unit,
            "qualifier": mention.qualifier,
            "kind": kind,
            "indicator": indicator,
            "measure": measure,
            "period": context.period_for(mention, where, kind, list_position),
            "subject": context.subject_for(mention, where),
            "numeral": mention.numeral,
            "note": "",
            "start": start,
            "end": end,
            "zone": doc.zone,
            "published": published,
            # For arithmetic checks: which sentence a figure is in, and whether it is one of the
            # parts listed after "其中" (of which).
            "sentence": where.stop_number,
            "in_breakdown": context.in_breakdown(where, mention.start),
            # "1亿元至5亿元项目", "亿元以上项目": a class of project sizes, not an amount of money
            "size_class": context.is_size_class(mention),
            "quote": quote_of(where, mention.start),
        })
    return records


def _quote(view: CompactText, start: int, end: int) -> str:
    """The printed sentence holding a figure, whitespace removed, shortened around long sentences."""
    sentence = view.printed(start, end) if end > start else ""
    return sentence if len(sentence) <= QUOTE_CHARS else sentence[:QUOTE_CHARS - 1] + "…"


_CONCRETE_CACHE: dict[int, re.Pattern[str]] = {}


def _concrete_nouns(lexicon: Lexicon) -> re.Pattern[str]:
    key = id(lexicon)
    if key not in _CONCRETE_CACHE:
        _CONCRETE_CACHE[key] = concrete_noun_pattern(lexicon)
    return _CONCRETE_CACHE[key]


def iter_records(documents: Iterable[Document], zones: list[Zone] | None = None,
                 lexicon: Lexicon | None = None) -> Iterator[dict[str, Any]]:
    for doc in documents:
        yield from extract_document(doc, zones, lexicon)


def records_frame(records: Iterable[dict[str, Any]]) -> pd.DataFrame:
    frame = pd.DataFrame.from_records(list(records), columns=MENTION_COLUMNS)
    for column in ("value", "low", "high"):
        frame[column] = frame[column].astype("float64")
    return frame


def extract(paths: Iterable[str | Path] | str | Path, published: date | None = None,
            zones: list[Zone] | None = None) -> pd.DataFrame:
    """Mentions of every page in ``paths`` (files or folders) as a DataFrame."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    if zones is None:
        from .settings import find_zones

        zones = find_zones(paths)
    return records_frame(iter_records(iter_documents(paths, zones, published), zones))
