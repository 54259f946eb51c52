from datetime import date

import pytest

from parkmetrics.periods import find_periods

PUBLISHED = date(2020, 6, 20)


@pytest.mark.parametrize("text, period", [
    ("去年", "2019"), ("今年1至5月", "2020-01/2020-05"), ("前五个月", "2020-01/2020-05"),
    ("上半年", "2020-01/2020-06"), ("一季度", "2020-01/2020-03"), ("截至目前", "2020"),
    ("2019年以来", "2019/2020"), ("十三五期间", "2016/2020"), ("去年12月", "2019-12"),
    ("2022年1月24日", "2022-01-24"), ("6月19日", "2020-06-19"), ("三年内", "2020/2022"),
    ("2016年下半年", "2016-07/2016-12"), ("近年来", None),
    ("近三年", "2018/2020"), ("五年来", "2016/2020"), ("过去五年", "2015/2019"), ("过去一年", "2019"),
    ("10年来", "2011/2020"), ("如今", "2020"),
])
def test_period_expressions(text, period):
    found = find_periods(text, PUBLISHED)
    assert found, text
    assert found[0].period == period


def test_month_day_after_publication_is_last_year():
    assert find_periods("12月3日", PUBLISHED)[0].period == "2019-12-03"


def test_a_year_over_its_whole_length_is_the_year_named():
    assert [p.period for p in find_periods("去年一年来，", PUBLISHED)] == ["2019"]


def test_event_months_and_comparison_bases_do_not_carry_over():
    start_of_month, = find_periods("2021年6月初，", PUBLISHED)
    assert (start_of_month.period, start_of_month.carries_over) == ("2021-06", False)
    assert find_periods("比去年同期增长", PUBLISHED)[0].is_base
    assert not find_periods("去年同期，全区", PUBLISHED)[0].is_base
