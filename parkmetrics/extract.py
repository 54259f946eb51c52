"""Pages to mention records: one row per figure, traceable to its characters."""

from __future__ import annotations

import itertools
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
from .textmap import CompactText, compact

MENTION_COLUMNS = [
    "doc", "doc_id", "surface", "context", "value", "low", "high", "unit", "qualifier", "kind", "indicator",
    "measure", "period", "subject", "numeral", "note", "start", "end", "zone", "published", "sentence",
    "in_breakdown", "size_class", "quote",
]
QUOTE_CHARS = 160
ZONE_NAMES_READ = 20  # a page names its zone early: the first mentions of zones are enough to tell which
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
    quotes: dict[int, str] = {}

    def quote_of(pos: int) -> str:
        key = context.locate(pos).stop
        if key not in quotes:
            quotes[key] = _quote(view, *context.full_sentence(pos))
        return quotes[key]

    published = doc.published.isoformat() if doc.published else None

    records: list[dict[str, Any]] = []
    previous: tuple[int, int, str] | None = None  # (article, sentence start, indicator) of the last figure
    for index, mention in enumerate(raw):
        sentence, _, _, article = context.locate(mention.start)
        same_sentence = previous is not None and previous[1] == sentence
        earlier = previous[2] if previous and not same_sentence and previous[0] == article else None
        indicator = context.indicator_for(mention, positions.get(index),
                                          previous[2] if previous is not None and same_sentence else None, earlier)
        previous = (article, sentence, indicator)
        measure = context.measure_for(mention, indicator)
        value, low, high = mention.value, mention.low, mention.high
        if measure == "growth_rate" and value is not None and value > 0 and context.is_falling(mention):
            value = -value
        kind = context.kind_for(mention, indicator, measure)
        start, end = view.original_span(mention.start, mention.end)
        records.append({
            "doc": doc.file,
            "doc_id": doc.doc_id,
            "surface": view.printed(mention.start, mention.end),
            "context": view.printed(max(0, mention.start - CONTEXT_CHARS), mention.end + CONTEXT_CHARS),
            "value": to_number(value),
            "low": to_number(low),
            "high": to_number(high),
            "unit": mention.unit,
            "qualifier": mention.qualifier,
            "kind": kind,
            "indicator": indicator,
            "measure": measure,
            "period": context.period_for(mention, kind),
            "subject": context.subject_for(mention),
            "numeral": mention.numeral,
            "note": "",
            "start": start,
            "end": end,
            "zone": doc.zone,
            "published": published,
            # For arithmetic checks: which sentence a figure is in, and whether it is one of the
            # parts listed after "其中" (of which).
            "sentence": context.sentence_number(mention.start),
            "in_breakdown": context.in_breakdown(mention.start),
            # "1亿元至5亿元项目", "亿元以上项目": a class of project sizes, not an amount of money
            "size_class": context.is_size_class(mention),
            "quote": quote_of(mention.start),
        })
    return records


_ZONE_SUFFIX = re.compile(
    r"经济技术开发区|高新技术产业开发区|经济开发区|高新区|开发区|工业园区|产业园区|产业集聚区|综合保税区|保税港区|经开区|"
    r"合作区|实验区|试验区|示范区|自贸区|新区|园区")
# Verbs and prepositions that can run into a name: "走进修水县工业园区"
_LAST_VERB_BEFORE_NAME = re.compile(r".*(?:走进|走入|来到|深入|前往|位于|落户|入驻|进驻|扎根|考察|调研|参观|视察|聚焦|助力|"
                                    r"支持|推动|建设|打造|成立|设立|获批|获评|荣获|评为|入选|列入|成为|赴|在|据|让|把|被|是|"
                                    r"与|及|对|为|到|之路|之道|力争|争取|确保|推进|加快|实现|预计|计划|引导|鼓励)")
# (not 于 从 向 和 将: they begin place names, 于都, 从化, 向阳, 和平, 将乐)
# Characters that end prose rather than begin a place name (unlike 于, 从, 向, 和: 于都, 从化, 向阳, 和平)
_LAST_NON_NAME_CHAR = re.compile(r".*[给个以上下近就供的了是等将把被由其该此半多余]")
# Zones in general: "全省开发区", "省级高新区", "自治区级A类产业园区"
_GENERIC_PLACE = re.compile(r"(?:全|各|本|我|省|市|县|国家|国家级|省级|市级|县级|重点|新兴|特色|中国|全国)+$"
                            r"|(?:国家级|省级|自治区级|市级|县级|区级|[A-Z]类|[A-Z]级)")
# Name characters before a zone suffix ("郑州" of 郑州经济技术开发区), up to 10
_NAME_RUN = re.compile(r"[^\W\d的了在据是悉者讯报本全该各等]+")


def zone_named_in(text: str) -> str | None:
    """The zone a page from an unlisted zone talks about: its most frequent full name ("郑州经济技术开发区"),
    else its most frequent short form ("经开区")."""
    counts: dict[str, int] = {}
    named: dict[str, int] = {}
    for m in itertools.islice(_ZONE_SUFFIX.finditer(text), ZONE_NAMES_READ):
        if text.rfind("地址", max(0, m.start() - 16), m.start()) >= 0:
            continue  # a postal address ("地址：库尔勒市经济技术开发区梨香大道9号") names a place, not the topic
        # the run of name characters just before the suffix, read backwards (a forward search would try
        # every start in the window)
        window = text[max(0, m.start() - 10):m.start()]
        run = _NAME_RUN.match(window[::-1])
        start = m.start() - (run.end() if run else 0)
        verb = _LAST_VERB_BEFORE_NAME.match(text, start, m.start())
        if verb:
            start = verb.end()  # "走进修水县工业园区", "…之路走进沙溪经济开发区": the name starts after the verb
        stop = _LAST_NON_NAME_CHAR.match(text, start, m.start())
        if stop:
            start = stop.end()  # "…就地供应给园区", "134个自治区级以上园区": prose, not a name
        elif text[start:start + 1] in ("从", "向") and (text[start - 1:start] == "者"
                                                      or text.startswith(("获悉", "了解", "得知"), m.end())):
            start += 1  # "记者从苏州工业园区获悉" (but 从化经济开发区 is a name)
        if start < m.start() and (m.start() - start < 2 or _GENERIC_PLACE.match(text, start, m.start())):
            start = m.start()  # "全省开发区", "市开发区": zones in general, not a name
        name = text[start:m.end()]
        counts[name] = counts.get(name, 0) + 1
        if start < m.start():
            named[name] = named.get(name, 0) + 1
    pool = named or counts
    if not pool:
        return None
    return max(pool, key=lambda name: (pool[name], len(name)))


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
