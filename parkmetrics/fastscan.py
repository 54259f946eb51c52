"""``finditer`` that lets the regex engine skip, at C speed, the positions where no match can begin.

Python's ``re`` only skips ahead quickly when a pattern *starts* with a literal or a character
class; a pattern that starts with a look-around or an alternation of groups is tried at every
position of the text, which costs several times a plain scan. :class:`Scanner` works out the set
of characters any match can start with (from the parsed pattern, so it cannot drift from it)
and searches for ``[those](?<=(?=pattern).)``: one of those characters, at which the pattern
matches. The engine's fast character-class skip does the searching; the pattern itself runs only
where a match begins.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator
from typing import Any

# The regex parser is private to the standard library (re._parser since 3.11, sre_parse before);
# it is the only way to read a pattern's structure.
_sre: Any = importlib.import_module("re._constants" if sys.version_info >= (3, 11) else "sre_constants")
_sre_parse: Any = importlib.import_module("re._parser" if sys.version_info >= (3, 11) else "sre_parse")

_CATEGORY_CLASS = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_SPACE: r"\s"}


class _Unbounded(Exception):
    """The pattern can start with any character (``.``, ``[^…]``, \\D…): no skipping is possible."""


def _first(items: list, out: list[str]) -> bool:
    """Add to ``out`` the character-class pieces that can begin ``items`` (a parsed sequence);
    return whether the whole sequence can match the empty string."""
    for op, av in items:
        if op is _sre.LITERAL:
            out.append(re.escape(chr(av)))
            return False
        if op is _sre.IN:
            for item_op, item in av:
                if item_op is _sre.LITERAL:
                    out.append(re.escape(chr(item)))
                elif item_op is _sre.RANGE:
                    out.append(f"{re.escape(chr(item[0]))}-{re.escape(chr(item[1]))}")
                elif item_op is _sre.CATEGORY and item in _CATEGORY_CLASS:
                    out.append(_CATEGORY_CLASS[item])
                else:
                    raise _Unbounded
            return False
        if op is _sre.SUBPATTERN:
            if not _first(list(av[-1]), out):
                return False
        elif op is _sre.BRANCH:
            empty = False
            for branch in av[1]:
                empty |= _first(list(branch), out)
            if not empty:
                return False
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            low, _, item = av
            if not _first(list(item), out) and low > 0:
                return False
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            continue  # zero width: the next item begins the match
        else:
            raise _Unbounded
    return True


def first_characters(pattern: str) -> str | None:
    """A character class (without brackets) of every character a match of ``pattern`` can start
    with, or None when that is any character or the pattern can match the empty string."""
    out: list[str] = []
    try:
        if _first(list(_sre_parse.parse(pattern)), out):
            return None
    except _Unbounded:
        return None
    return "".join(dict.fromkeys(out))


class Scanner:
    """A compiled pattern whose ``finditer`` gives the same matches as ``re.finditer`` (non-overlapping,
    left to right), faster when matches can begin with only a few characters."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = re.compile(pattern, flags)
        # Case-insensitive matching would need every case of each first character.
        first = None if flags & re.IGNORECASE else first_characters(pattern)
        self._candidates: re.Pattern[str] | None = None
        if first:
            try:
                self._candidates = re.compile(f"[{first}](?<=(?={pattern}).)", flags)
            except re.error:  # e.g. a conditional group, which re refuses inside a look-behind
                self._candidates = None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self._candidates is None:
            yield from self.pattern.finditer(text)
            return
        match = self.pattern.match
        end = 0
        for candidate in self._candidates.finditer(text):
            start = candidate.start()
            if start >= end:
                m = match(text, start)
                if m is not None:  # always, but keeps the type checker honest
                    end = m.end()
                    yield m
