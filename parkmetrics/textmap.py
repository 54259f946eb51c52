"""Normalised views of a page that still point back at the printed characters.

Extraction works on a *compact* text: full-width forms folded to ASCII, traditional
characters converted to simplified, and the whitespace that OCR and newspaper layout
insert inside numbers and words removed. Every character of the compact text keeps
the offset of the character it came from, so a match can always be reported as a
span of the original file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

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

_FULLWIDTH_RUN = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_FULLWIDTH)) + "]+")
# Starts with the letter or digit before the gap (not a look-behind) so that the engine can skip
# ahead to candidates quickly.
# A gap within a line between letters, or a letter and a digit, is kept ("iPhone 12"). Digits are joined
# across spaces and line breaks: OCR spaces out the digits of one number ("1 0 8 个", "2 15.8 亿") far more
# often than prose prints two numbers side by side with nothing between them.
# (One character class first, so that the regex engine skips ahead quickly; digit-to-digit gaps are then left
# to be removed.)
_ALNUM_GAP = re.compile(r"[0-9A-Za-z][^\S\n\r]+(?=[0-9A-Za-z])")
_THOUSANDS_COMMA = re.compile(r"(?<![\d.,])\d{1,3}(?:，\d{3})+(?![\d.])")
_FULLWIDTH_DIGIT = re.compile("[０-９]")
_CLOCK = re.compile(r"\d{1,2}[:：]\d{2}")
_KEEP = "\x00"  # stands for a kept space while whitespace is removed
# Characters that exist only in traditional script; enough to decide whether a page
# needs OpenCC at all (most pages are simplified and skip the conversion cost).
_TRADITIONAL_HINTS = re.compile(r"[這個們來對說經區員與過業產會發開時國萬億項園濮陽]")


@lru_cache(maxsize=1)
def _t2s():  # pragma: no cover - trivial
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _needs_folding() -> re.Pattern[str]:
    """Full-width forms or characters OpenCC would change."""
    return re.compile(_FULLWIDTH_RUN.pattern[:-2] + _traditional_characters().pattern[1:-1] + "]")


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
    # For each compact character, the offset of the original character it came from (an array:
    # converting every offset to a Python int costs more than the few look-ups made).
    _original_offsets: np.ndarray
    script: str  # "simplified" or "traditional"
    # True when nothing was folded or converted: the compact text is then the printed text minus its
    # whitespace, and printed characters can be read from it directly.
    verbatim: bool = False

    def printed(self, start: int, end: int) -> str:
        """The printed characters behind compact ``[start, end)``, whitespace removed."""
        end = min(end, len(self.text))
        if self.verbatim:
            piece = self.text[start:end]
            return piece.replace(" ", "") if " " in piece else piece
        lo, hi = self.original_span(start, end)
        return strip_whitespace(self.original[lo:hi])

    def to_original(self, index: int) -> int:
        """Offset in the original text of the compact character at ``index``."""
        return int(self._original_offsets[index])

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` covering compact ``[start, end)`` (end exclusive)."""
        if end <= start:
            o = int(self._original_offsets[start]) if start < len(self.text) else len(self.original)
            return o, o
        return int(self._original_offsets[start]), int(self._original_offsets[end - 1]) + 1


def _code_points(text: str) -> np.ndarray:
    # "surrogatepass": a lone surrogate (only ever from a badly decoded file) is still one character
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _decode(codes: np.ndarray) -> str:
    return codes.tobytes().decode("utf-32-le", "surrogatepass")


@lru_cache(maxsize=None)
def _membership(chars: str) -> np.ndarray:
    """A look-up table over all code points: True for each of ``chars``."""
    table = np.zeros(0x110000, dtype=bool)
    table[[ord(c) for c in chars]] = True
    return table


# Every character str.split and regex \s treat as whitespace; all lie below U+3001.
_WHITESPACE_CHARS = "".join(chr(c) for c in range(0x3001) if chr(c).isspace())


def _positions(codes: np.ndarray, chars: str) -> np.ndarray:
    return np.flatnonzero(_membership(chars)[codes])


def char_positions(text: str, chars: str) -> list[int]:
    """Offsets in ``text`` of every occurrence of any of ``chars``, in order: one vectorised pass
    (several times faster than a regex character class for frequent characters such as ，)."""
    return _positions(_code_points(text), chars).tolist() if text else []


def starts_after(text: str, *char_sets: str) -> list[list[int]]:
    """For each set of characters, 0 and the offset just after each of its occurrences in ``text``:
    where the pieces cut by those characters start (clauses after ，, sentences after 。)."""
    codes = _code_points(text)
    return [[0] + (_positions(codes, chars) + 1).tolist() for chars in char_sets]


def _mark_kept_gap(m: re.Match[str]) -> str:
    gap = m.group()
    if gap[0].isdigit() and m.string[m.end()].isdigit() and not _CLOCK.match(m.string, m.end()):
        return gap  # "1 0 8 个": removed with the other whitespace (but "2021-11-18 09:32" keeps its gap)
    return gap[0] + _KEEP + gap[2:]


def compact(original: str, script: str | None = None) -> CompactText:
    """Build the compact text of ``original``.

    Whitespace is dropped except within a line between ASCII letters, or a letter and a digit:
    "1\\n亿元" and "1 0 8 个" are one figure each, "iPhone 12" keeps its space.
    """
    folded = original
    full_width_digits = False
    folded_anything = False
    # Most pages print neither full-width forms nor traditional characters: one scan for both
    # lets them skip folding and conversion.
    if _needs_folding().search(folded):
        # str.translate visits every character; translate only the runs of full-width forms.
        folded = _FULLWIDTH_RUN.sub(lambda m: m.group().translate(_FULLWIDTH), folded)
        full_width_digits = folded != original and bool(_FULLWIDTH_DIGIT.search(original))
        # Always convert: pages mix scripts (a simplified page quoting "營業收入"), and OpenCC
        # leaves simplified text as it is.
        folded = to_simplified(folded)
        folded_anything = folded != original
    if script is None:
        script = "traditional" if looks_traditional(original) else "simplified"
    # A gap within a line next to an ASCII letter is kept as one space ("iPhone 12"): mark it with a
    # placeholder that is not whitespace, so that it survives compaction.
    if _ALNUM_GAP.search(folded):
        folded = _ALNUM_GAP.sub(_mark_kept_gap, folded)
    if not folded:
        return CompactText(original, "", np.zeros(0, dtype=np.intp), script)
    codes = _code_points(folded)
    kept = np.flatnonzero(~_membership(_WHITESPACE_CHARS)[codes])
    text = _decode(codes[kept])
    if _KEEP in text:
        text = text.replace(_KEEP, " ")
    if full_width_digits and "，" in text:
        # "１，８６５億元" (even across a line break): on a page printing full-width digits, a full-width
        # comma followed by groups of three digits separates thousands, not clauses
        text = _THOUSANDS_COMMA.sub(lambda m: m.group().replace("，", ","), text)
        folded_anything = True
    return CompactText(original=original, text=text, _original_offsets=kept, script=script,
                       verbatim=not folded_anything)


def strip_whitespace(text: str) -> str:
    return "".join(text.split())  # str.split: several times faster than a regex substitution
