"""The fast scanner must find exactly what re.finditer finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parkmetrics import mentions, periods
from parkmetrics.fastscan import Scanner, first_characters
from parkmetrics.textmap import char_positions, compact

SCANNERS = {
    "periods": periods._PATTERN,
    "chinese numerals": mentions.CHINESE,
    "size brackets": mentions.BRACKET,
    "fractions": mentions.FRACTION,
}
# Characters the patterns care about, plus some they do not, so that random text is dense in near-misses.
ALPHABET = "0123456789年月日至到-~—前第去今上下半季度一二两三四五六七八九十百千万亿元个家多余以内来分之《》，。、 的是"
RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


def _matches(found) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in found]


@pytest.mark.parametrize("name", SCANNERS)
def test_same_matches_as_finditer_on_the_seed_pages(name: str) -> None:
    scanner = SCANNERS[name]
    for path in sorted(RAW.glob("*.txt")):
        text = compact(path.read_text("utf-8")).text
        assert _matches(scanner.finditer(text)) == _matches(scanner.pattern.finditer(text)), path.name


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=80))
def test_same_matches_as_finditer_on_any_text(text: str) -> None:
    for scanner in SCANNERS.values():
        assert _matches(scanner.finditer(text)) == _matches(scanner.pattern.finditer(text))


def test_first_characters_of_a_pattern() -> None:
    assert set(re.findall(r"\\d|.", first_characters(r"(?=x)(?:第|前)?\d+|[亿万]元") or "")) == {"第", "前", "\\d", "亿", "万"}
    assert first_characters(r"a?b*") is None  # can match the empty string
    assert first_characters(r"[^a]b") is None  # can start with almost anything
    assert first_characters(r"(?:^|，)x") == "，x"


def test_unbounded_patterns_fall_back_to_plain_finditer() -> None:
    scanner = Scanner(r".b")
    assert [m.group() for m in scanner.finditer("abcb")] == ["ab", "cb"]


def test_char_positions() -> None:
    assert char_positions("一，二。三，", "，。") == [1, 3, 5]
    assert char_positions("", "，") == []
