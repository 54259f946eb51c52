from decimal import Decimal

import pytest

from parkmetrics.numerals import parse_chinese_amount, parse_chinese_integer, step_of_last_digit


@pytest.mark.parametrize("text, value", [("十二", 12), ("两百五十", 250), ("三千万", 30_000_000), ("十", 10),
                                         ("二十", 20), ("一亿二千万", 120_000_000)])
def test_chinese_integers(text, value):
    assert parse_chinese_integer(text) == value


@pytest.mark.parametrize("text, expected", [
    ("十几", (None, 11, 19)), ("数十", (None, 20, 90)), ("三四", (None, 3, 4)), ("二十几", (None, 21, 29)),
    ("两", (2, None, None)),
])
def test_vague_chinese_amounts_give_bounds(text, expected):
    got = parse_chinese_amount(text)
    assert tuple(None if v is None else int(v) for v in got) == expected


@pytest.mark.parametrize("number, step", [("30", 10), ("540", 10), ("8900", 100), ("2.5", Decimal("0.1")),
                                          ("1000", 1000), ("7", 1)])
def test_step_of_last_nonzero_digit(number, step):
    assert step_of_last_digit(number) == Decimal(step)
