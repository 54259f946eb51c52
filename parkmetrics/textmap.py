"""Normalised views of a page that still point back at the printed characters.

Extraction works on a *compact* text: full-width forms folded to ASCII, traditional
characters converted to simplified, and the whitespace that OCR and newspaper layout
insert inside numbers and words removed. Every character of the compact text keeps
the offset of the character it came from, so a match can always be reported as a
span of the original file.
"""

from __future__ import annotations

import bisect
from itertools import accumulate
import re
from dataclasses import dataclass
from functools import lru_cache

_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20  # ideographic space
# Punctuation the extractor reasons about keeps its Chinese form, so ，。、：；（）
# stay as printed; only digits, Latin letters and the symbols of numbers are folded.
for _keep in "，。、：；（）！？“”《》":
    _FULLWIDTH.pop(ord(_keep), None)
_FULLWIDTH[ord("．")] = ord(".")
_FULLWIDTH[ord("％")] = ord("%")
_FULLWIDTH[ord("－")] = ord("-")
_FULLWIDTH[ord("～")] = ord("~")

_WHITESPACE = re.compile(r"\s+")
_FULLWIDTH_RUN = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_FULLWIDTH)) + "]+")
_ALNUM_GAP = re.compile(r"(?<=[0-9A-Za-z])\s+(?=[0-9A-Za-z])")
_NON_SPACE = re.compile(r"\S+")
_KEEP = "\x00"  # stands for a kept space while pieces are collected
_ALNUM = re.compile(r"[0-9A-Za-z]")
# Characters that exist only in traditional script; enough to decide whether a page
# needs OpenCC at all (most pages are simplified and skip the conversion cost).
_TRADITIONAL_HINTS = re.compile(r"[這個們來對說經區員與過業產會發開時國萬億項園濮陽]")


@lru_cache(maxsize=1)
def _t2s():  # pragma: no cover - trivial
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _traditional_characters() -> re.Pattern[str]:
    """Every CJK character OpenCC would change, found once by converting the whole block one by one."""
    block = "".join(chr(c) for c in range(0x4E00, 0xA000))
    converted = _t2s().convert("\n".join(block)).split("\n")
    changed = [c for c, d in zip(block, converted) if c != d]
    return re.compile("[" + "".join(changed) + "]")


def to_simplified(text: str) -> str:
    """Traditional to simplified with OpenCC, keeping one output character per input character.

    Text without a single traditional character (most pages) is returned as it is, unconverted.
    """
    if not _traditional_characters().search(text):
        return text
    converted = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    # Phrase-level conversion changed the length; fall back to character-wise
    # conversion so that offsets stay aligned.
    convert = _t2s().convert
    return "".join(c if len(d := convert(c)) != 1 else d for c in text)


def looks_traditional(text: str) -> bool:
    return len(_TRADITIONAL_HINTS.findall(text[:5000])) >= 5


@dataclass(frozen=True)
class CompactText:
    """Whitespace-free normalised text plus the map back to the original offsets."""

    original: str
    text: str
    # For each kept run: start in the compact text and start in the original text.
    _compact_starts: tuple[int, ...]
    _original_starts: tuple[int, ...]
    script: str  # "simplified" or "traditional"

    def to_original(self, index: int) -> int:
        """Offset in the original text of the compact character at ``index``."""
        run = bisect.bisect_right(self._compact_starts, index) - 1
        return self._original_starts[run] + (index - self._compact_starts[run])

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` covering compact ``[start, end)`` (end exclusive)."""
        if end <= start:
            o = self.to_original(start) if start < len(self.text) else len(self.original)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1


def compact(original: str, script: str | None = None) -> CompactText:
    """Build the compact text of ``original``.

    Whitespace is dropped except between two ASCII letters or digits: "1\\n亿元" is
    one figure, but "2 5亿元" must not become 25亿元.
    """
    # str.translate visits every character; most pages print few full-width forms, so
    # translate only the runs that have them.
    folded = _FULLWIDTH_RUN.sub(lambda m: m.group().translate(_FULLWIDTH), original)
    if script is None:
        script = "traditional" if looks_traditional(folded) else "simplified"
    # Always convert: pages mix scripts (a simplified page quoting "營業收入"), and OpenCC
    # leaves simplified text as it is.
    folded = to_simplified(folded)
    # A gap between two ASCII letters or digits is kept as one space ("2 5亿元" is two numbers):
    # mark it with a placeholder so that one C-level scan finds every kept piece.
    if _ALNUM_GAP.search(folded):
        folded = _ALNUM_GAP.sub(lambda m: _KEEP + m.group()[1:], folded)
    pieces = _NON_SPACE.findall(folded)
    if not pieces:
        pieces, original_starts = [""], [0]
    else:
        original_starts = [m.start() for m in _NON_SPACE.finditer(folded)]
    compact_starts = list(accumulate(map(len, pieces[:-1]), initial=0))
    text = "".join(pieces).replace(_KEEP, " ")
    return CompactText(
        original=original,
        text=text,
        _compact_starts=tuple(compact_starts),
        _original_starts=tuple(original_starts),
        script=script,
    )


def strip_whitespace(text: str) -> str:
    return _WHITESPACE.sub("", text)
