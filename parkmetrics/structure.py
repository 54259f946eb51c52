"""The sentences, clauses and articles of a compact text: where each piece starts, found once per page.

Every attribute of a figure is read from "its clause" or "its sentence": the boundaries are found in one
vectorised pass, and each figure is located once (:meth:`PageStructure.locate`) and its location passed on.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import NamedTuple

from .fastscan import Scanner
from .textmap import starts_after

_FULL_STOP_PUNCTUATION = "。！？!?】"  # (a 【…】 heading ends where its item's text begins)
_SENTENCE_PUNCTUATION = _FULL_STOP_PUNCTUATION + "；;"
# Clause boundaries: sentence punctuation and commas, colons and brackets.
_CLAUSE_PUNCTUATION = _SENTENCE_PUNCTUATION + "，,：:（）()"
BYLINE = re.compile(r"本报讯|本报记者")  # a new sentence (and article) begins after a byline
# 【…】 opens a news item on pages that print several ("【梅河口医药高新区】…", 【又讯】, and each ● of a round-up);
# other short ones are page furniture (【打印】【关闭】). (A Scanner: re alone would try it at every character.)
ARTICLE_START = Scanner(r"本报讯|核心提示|—{2,}|【[^】【]{5,30}】|【(?:又讯|简讯|快讯)】|●")


def _start_lookup(starts: list[int]) -> Callable[[int], int]:
    """The last of ``starts`` (sorted) at or before a position, remembered per position."""
    found: dict[int, int] = {}

    def start_before(pos: int) -> int:
        try:
            return found[pos]
        except KeyError:
            value = found[pos] = starts[bisect.bisect_right(starts, pos) - 1]
            return value

    return start_before


class Location(NamedTuple):
    sentence: int  # up to ；。！？ and bylines
    clause: int  # up to any clause mark
    stop: int  # up to 。！？ and bylines
    article: int
    stop_number: int  # index of the 。！？ sentence


class PageStructure:
    """Where the sentences, clauses and articles of one compact text start."""

    def __init__(self, text: str):
        self.text = text
        # Boundaries are punctuation (plus a few words, looked for only on pages that print them).
        self.clause_starts, self.sentence_starts, self.full_stop_starts = starts_after(
            text, _CLAUSE_PUNCTUATION, _SENTENCE_PUNCTUATION, _FULL_STOP_PUNCTUATION)
        if "本报" in text:
            for m in BYLINE.finditer(text):
                self.sentence_starts.append(m.end())
                self.full_stop_starts.append(m.end())
            self.sentence_starts.sort()
            self.full_stop_starts.sort()
        self.article_starts = [0]
        if "本报讯" in text or "核心提示" in text or "——" in text or "【" in text or "●" in text:
            for m in ARTICLE_START.finditer(text):
                previous = self.article_starts[-1]
                if text.startswith("【", previous) and text[previous:m.start()].endswith("】"):
                    continue  # "【…】本报讯…": a news item's body goes on from its heading
                self.article_starts.append(m.start())
        # (asked of positions other than figures', sometimes repeatedly: remembered per position)
        self.sentence_start = _start_lookup(self.sentence_starts)
        self.article_start = _start_lookup(self.article_starts)

    def locate(self, pos: int) -> Location:
        """Where the sentence, clause, full-stop sentence and article holding ``pos`` start. Every attribute
        of a figure reads them, so callers find them once per figure and pass them on."""
        bisect_right = bisect.bisect_right
        stop_number = bisect_right(self.full_stop_starts, pos) - 1
        sentences, clauses, articles = self.sentence_starts, self.clause_starts, self.article_starts
        return Location(sentences[bisect_right(sentences, pos) - 1], clauses[bisect_right(clauses, pos) - 1],
                        self.full_stop_starts[stop_number], articles[bisect_right(articles, pos) - 1], stop_number)

    def full_sentence(self, pos: int) -> tuple[int, int]:
        """Compact [start, end) of the sentence (up to and including 。！？) holding ``pos``."""
        i = bisect.bisect_right(self.full_stop_starts, pos)
        start = self.full_stop_starts[i - 1]
        end = self.full_stop_starts[i] if i < len(self.full_stop_starts) else len(self.text)
        while start < end and self.text[start] in "”’」』）) ":
            start += 1
        return start, end

    def in_breakdown(self, where: Location, pos: int) -> bool:
        return "其中" in self.text[where.stop:pos]

    def clause_end(self, pos: int) -> int:
        i = bisect.bisect_right(self.clause_starts, pos)
        return self.clause_starts[i] - 1 if i < len(self.clause_starts) else len(self.text)

    def article_end(self, article: int) -> int:
        i = bisect.bisect_right(self.article_starts, article)
        return self.article_starts[i] if i < len(self.article_starts) else len(self.text)
