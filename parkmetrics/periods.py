"""Time expressions of news prose, resolved against the publication date.

Periods are ISO 8601 strings as in gold/SCHEMA.md: "2019", "2019-12", "2020-06-19",
"2020-01/2020-05", "2020/2022".
"""

from __future__ import annotations

import re
from typing import NamedTuple
from datetime import date

from .numerals import CHINESE_DIGITS, parse_chinese_integer
from .fastscan import Scanner
from .trie import trie_pattern

_CN = "[一二两三四五六七八九十]+"
_N = rf"(?:\d{{1,2}}|{_CN})"


class PeriodMention(NamedTuple):
    start: int
    end: int
    period: str | None
    # A day is when something happened ("6月19日，…召开"), not the period a later
    # sentence's figures describe, so days do not carry over to the next sentence.
    carries_over: bool
    # "较上年", "比年初", "去年同期": the base a change is measured against, not the figure's period.
    is_base: bool = False
    # 全年, 年内, 当年: the year of the period being talked about, not necessarily this year.
    follows_frame: bool = False


def _num(text: str) -> int:
    if text.isdigit():
        return int(text)
    if all(c in CHINESE_DIGITS or c == "十" for c in text):
        return parse_chinese_integer(text)
    raise ValueError(text)


def _month_span(year: int, first: int, last: int) -> str:
    if first == last:
        return f"{year}-{first:02d}"
    return f"{year}-{first:02d}/{year}-{last:02d}"


_QUARTERS = {"一": (1, 3), "1": (1, 3), "二": (4, 6), "2": (4, 6), "三": (7, 9), "3": (7, 9),
             "四": (10, 12), "4": (10, 12)}

_RELATIVE_YEAR = {"前年": -2, "去年": -1, "上年": -1, "过去一年": -1, "过去的一年": -1, "今年": 0, "本年": 0, "当年": 0,
                  "明年": 1}

# The leading look-ahead lets the regex engine skip, cheaply, positions where no
# alternative can start; without it every alternative is tried at every character.
_CN_LED = "[一二两三四五六七八九十]+(?:年内|年来|年以来|个月|季度|至|到|-|—|~|月|五)"
# Every way a time expression can begin, checked before the alternatives are tried: most positions
# fail here at once (一, 上, 年 are common characters, but rarely start a period).
_DIGIT_LED = r"(?:19|20)\d\d(?:年|至|到|-|—|~)|\d{1,2}(?:月|至|到|-|—|~|年内|年来|年以来)"
_CN_NUM = "[一二两三四五六七八九十]"
_START = (_DIGIT_LED + "|" + _CN_LED + r"|[一二][〇零九][〇零一二三四五六七八九]{2}年|[前首](?:\d|" + _CN_NUM + ")"
          + r"|(?:近|过去|这)(?:\d|" + _CN_NUM + ")" + r"|第[一二三四1234]季度"
          + r"|(?:通过|用|经过|再用|再过)(?:\d|" + _CN_NUM + r")|(?:截至|截止|到)\d|" + trie_pattern([
              "前年", "去年", "上年", "过去一年", "过去的一年", "今年", "首三季", "首季", "本年", "当年", "明年", "上半年", "下半年", "前三季度", "至目前",
              "目前", "年内", "全年", "年底", "年初", "当前", "日前", "近日", "近年", "近几年", "近些年", "多年来", "上周",
              "本周", "上月", "上个月", "本月", "截至目前", "截至当前", "如今", "眼下", "当下", "当天", "当日"]))
_PATTERN = Scanner(
    rf"(?=(?:{_START}))(?:" + "|".join([
        r"(?P<ymd>(?P<ymd_y>(?:19|20)\d{2})年(?P<ymd_m>\d{1,2})月(?P<ymd_d>\d{1,2})日)",
        rf"(?P<ymm>(?P<ymm_y>(?:19|20)\d{{2}})年(?P<ymm_a>{_N})月?(?:至|到|-|—|~)(?P<ymm_b>{_N})月)",
        r"(?P<yy>(?P<yy_a>(?:19|20)\d{2})(?:年)?(?:至|到|-|—|~)(?P<yy_b>(?:19|20)\d{2})年)",
        r"(?P<ym>(?P<ym_y>(?:19|20)\d{2})年(?P<ym_m>\d{1,2})月(?!\d{1,2}日))",
        r"(?P<yhalf>(?P<yhalf_y>(?:19|20)\d{2})年(?P<yhalf_h>上半年|下半年|前三季度|(?:第)?[一二三四1234]季度))",
        r"(?P<ysince>(?P<ysince_y>(?:19|20)\d{2})年(?:以来|来))",
        r"(?P<y>(?P<y_y>(?:19|20)\d{2})年(?!\d))",
        r"(?P<cy>(?P<cy_y>[一二][〇零九][〇零一二三四五六七八九]{2})年)",
        rf"(?P<rel>(?P<rel_w>前年|去年|上年|过去的?一年|今年|本年|当年|明年)(?:(?P<rel_a>{_N})月?(?:至|到|-|—|~)(?P<rel_b>{_N})月|(?P<rel_m>{_N})月(?:份)?(?:(?P<rel_d>\d{{1,2}})日)?|前(?P<rel_f>{_N})个月|(?P<rel_h>上半年|下半年|前三季度|首三季度?|首季度?|(?:第)?[一二三四1234]季度)|(?P<rel_end>年?底|年?末)|(?P<rel_since>以来|年初以来|初以来))?)",
        rf"(?P<mm>(?P<mm_a>{_N})月?(?:至|到|-|—|~)(?P<mm_b>{_N})月)",
        rf"(?P<first>[前首](?P<first_n>{_N})个?月)",  # 前五个月, 首10个月
        r"(?P<half>上半年|下半年|前三季度|首三季度?|首季度?|(?:第)?[一二三四1234]季度)",
        r"(?P<md>(?P<md_m>\d{1,2})月(?P<md_d>\d{1,2})日)",
        r"(?P<mon>(?:截至|截止|到)?(?P<mon_m>\d{1,2})(?:月份|月末|月底|月当月|月(?=[，,、]|单月|当月)))",
        r"(?P<frame>全年|年内|当年|年底|年初以来)",
        r"(?P<now>截至目前|截至当前|至目前|目前|今年以来|当前|日前|近日|如今|眼下|当下)",
        r"(?P<week>上周|本周|上个?月|本月)",
        rf"(?P<within>(?P<within_n>\d|{_CN})年内)",
        rf"(?P<recent>(?P<recent_w>近|过去|这)(?P<recent_n>\d{{1,2}}|{_CN})年(?:来|以来|间|中|里)?"
        rf"|(?P<recent_m>\d{{1,2}}|{_CN})年(?:来|以来))",
        rf"(?P<effort>(?:通过|用|经过|再用|再过)(?P<effort_a>\d|{_CN})(?:(?:至|到|-)(?P<effort_b>\d|{_CN}))?年)",
        r"(?P<fyp>十(?P<fyp_n>[一二三四五])五(?P<fyp_end>末|期末)?(?:期间|以来|时期)?)",
        r"(?P<vague>近年来|近几年|多年来|近年|近些年)",
        r"(?P<sameday>当天|当日)",
    ]) + ")"
)

# A year followed by the zone's or a company's founding: the date of an event, not the period of figures
# (but "2016年落户开发区的时候，只有40多名工人" dates what it was like then)
_FOUNDING = re.compile(r"[^，。；\d]{0,12}?(?:设立|成立|建立|创建|组建|落户|获批|挂牌|开园|建区)"
                       r"(?:[^，。；\d]{0,6}的(?!时候|时)|[，。；])")
_POINT_IN_MONTH = ("初", "上旬", "中旬", "下旬", "底", "末")
_COMPARED_WITH = ("较", "比", "同", "与", "于")
_CLAUSE_MARKS = "，,。；;：:！？!?（("
_HALVES = {"上半年": (1, 6), "下半年": (7, 12), "前三季度": (1, 9), "首三季": (1, 9), "首三季度": (1, 9),
           "首季": (1, 3), "首季度": (1, 3)}


def _year_of_month(month: int, published: date) -> int:
    """The year of a month printed without one: the publication's, or the year before when the month is still to
    come ("1-11月" in a January paper reports last year's months)."""
    return published.year - (month > published.month)


def _half(word: str) -> tuple[int, int]:
    if word in _HALVES:
        return _HALVES[word]
    return _QUARTERS[word.replace("第", "")[0]]


def _week_or_month(word: str, published: date) -> str:
    from datetime import timedelta

    monday = published - timedelta(days=published.weekday())
    if word == "本周":
        return f"{monday:%Y-%m-%d}/{published:%Y-%m-%d}"
    if word == "上周":
        return f"{monday - timedelta(days=7):%Y-%m-%d}/{monday - timedelta(days=1):%Y-%m-%d}"
    if word == "本月":
        return f"{published:%Y-%m}"
    first = published.replace(day=1) - timedelta(days=1)
    return f"{first:%Y-%m}"


def find_periods(text: str, published: date | None) -> list[PeriodMention]:
    """Every time expression in ``text`` with the period it denotes."""
    year = published.year if published else None
    found: list[PeriodMention] = []
    titles = "《" in text  # most pages quote no document title: skip looking for one
    for m in _PATTERN.finditer(text):
        if titles:
            window = text[max(0, m.start() - 40):m.start()]
            if window.rfind("《") > window.rfind("》"):
                continue  # a year in a document title: 《2020年工作要点》
        g = m.group
        form = m.lastgroup  # the outermost named group that matched: the form of the expression
        period: str | None = None
        carries = True
        try:
            if form == "ymd":
                period = f"{int(g('ymd_y'))}-{int(g('ymd_m')):02d}-{int(g('ymd_d')):02d}"
                carries = False
            elif form == "ymm":
                period = _month_span(int(g("ymm_y")), _num(g("ymm_a")), _num(g("ymm_b")))
            elif form == "yy":
                period = f"{g('yy_a')}/{g('yy_b')}"
            elif form == "ym":
                period = f"{int(g('ym_y'))}-{int(g('ym_m')):02d}"
            elif form == "yhalf":
                a, b = _half(g("yhalf_h"))
                period = _month_span(int(g("yhalf_y")), a, b)
            elif form == "ysince":
                start = int(g("ysince_y"))
                period = f"{start}/{year}" if year and year > start else str(start)
            elif form == "y":
                period = g("y_y")
            elif form == "cy":
                period = "".join(str(CHINESE_DIGITS[c]) for c in g("cy_y"))  # 二〇二三年
            elif form == "rel":
                if year is None:
                    continue
                y = year + _RELATIVE_YEAR[g("rel_w")]
                if g("rel_a"):
                    period = _month_span(y, _num(g("rel_a")), _num(g("rel_b")))
                elif g("rel_m"):
                    month = _num(g("rel_m"))
                    if g("rel_d"):
                        period = f"{y}-{month:02d}-{int(g('rel_d')):02d}"
                        carries = False
                    else:
                        period = f"{y}-{month:02d}"
                elif g("rel_f"):
                    period = _month_span(y, 1, _num(g("rel_f")))
                elif g("rel_h"):
                    a, b = _half(g("rel_h"))
                    period = _month_span(y, a, b)
                elif g("rel_end"):
                    period = f"{y}-12"  # 截至去年底: the year's last month
                elif g("rel_since") and y < year:
                    period = f"{y}/{year}"  # 去年以来: from last year until now
                else:
                    period = str(y)
            elif form == "mm":
                if published is None:
                    continue
                last = _num(g("mm_b"))
                period = _month_span(_year_of_month(last, published), _num(g("mm_a")), last)
            elif form == "first":
                if published is None:
                    continue
                last = _num(g("first_n"))
                period = _month_span(_year_of_month(last, published), 1, last)
            elif form == "half":
                if year is None:
                    continue
                a, b = _half(g("half"))
                period = _month_span(year, a, b)
            elif form == "md":
                if published is None:
                    continue
                month, day = int(g("md_m")), int(g("md_d"))
                if not (1 <= month <= 12 and 1 <= day <= 31):
                    continue
                y = published.year - ((month, day) > (published.month, published.day))
                period = f"{y}-{month:02d}-{day:02d}"
                carries = False
            elif form == "mon":
                if published is None:
                    continue
                month = int(g("mon_m"))
                if not 1 <= month <= 12:
                    continue
                period = f"{_year_of_month(month, published)}-{month:02d}"
            elif form == "frame":
                if year is None or text.startswith(("目标", "任务", "计划", "预算"), m.end()):
                    continue  # "完成全年目标任务的108%": the target is yearly, the figure is not dated by it
                period = str(year)
                found.append(PeriodMention(m.start(), m.end(), period, True, follows_frame=True))
                continue
            elif form == "week":
                if published is None:
                    continue
                period = _week_or_month(g("week"), published)
            elif form == "now":
                if year is None:
                    continue
                period = str(year)
            elif form == "recent":
                if year is None:
                    continue
                if g("recent_m") and text[m.start() - 1:m.start()] == "年":
                    continue  # "去年一年来": the year just named, over its whole length
                n = _num(g("recent_n") or g("recent_m"))
                if g("recent_w") == "这" and n == 1:
                    # "2023年，…。这一年，…": the year being talked about, like 当年
                    found.append(PeriodMention(m.start(), m.end(), str(year), True, follows_frame=True))
                    continue
                if g("recent_w") == "过去":  # 过去三年: the three full years before this one
                    period = f"{year - n}/{year - 1}" if n > 1 else str(year - 1)
                else:  # 近三年, 五年来: the years up to now
                    period = f"{year - n + 1}/{year}" if n > 1 else str(year)
            elif form == "within":
                if year is None:
                    continue
                n = _num(g("within_n"))
                period = f"{year}/{year + n - 1}" if n > 1 else str(year)
            elif form == "effort":
                if year is None:
                    continue
                period = str(year + _num(g("effort_a")))  # the earliest year the goal is set for
            elif form == "fyp":
                plan = {"一": 11, "二": 12, "三": 13, "四": 14, "五": 15}[g("fyp_n")]
                first = 2006 + (plan - 11) * 5
                period = f"{first}/{first + 4}"
                if g("fyp_end"):
                    period = str(first + 4)  # 十四五末: the plan's last year
                elif year is not None and first <= year <= first + 4 and (
                        m.group().endswith("以来") or text.startswith(("以来", "”以来", "\"以来"), m.end())):
                    period = f"{first}/{year}"  # “十四五”以来: from the plan's first year until now
            elif form == "vague":
                period = None
            elif form == "sameday":
                # "3月19日，…推介会举行。当天共有62个项目集中签约": the day just named in the article
                last_day = next((p for p in reversed(found) if p.period and len(p.period) == 10), None)
                if last_day is None or m.start() - last_day.end > 300:
                    continue
                period = last_day.period
                carries = False
        except (ValueError, KeyError):
            continue
        if carries and period is not None and len(period) == 7 and text.startswith(_POINT_IN_MONTH, m.end()):
            carries = False  # "2021年6月初，…": when something happened, like a day
        before = text[max(0, m.start() - 1):m.start()]
        # "较上年", "比去年同期", "高于去年": what a change is measured against. "去年同期，…" opening a
        # clause is the period of the clause's figures.
        base = before in _COMPARED_WITH or (text[m.end():m.end() + 2] == "同期"
                                            and not (m.start() == 0 or before in _CLAUSE_MARKS))
        if not base and before in ("、", "和") and found and found[-1].is_base and found[-1].end == m.start() - 1:
            base = True  # "较一季度、上半年分别提高…": both are bases
        if not base and form in ("y", "ym", "ymd", "cy") and _FOUNDING.match(text, m.end()):
            base = True  # "2001年经国务院批准设立，规划面积…", "2016年落户园区的企业": when it began, not a period
        if not base and before == "是" and text.startswith("的", m.end()):
            base = True  # "分别是2019年的6.3倍": the year compared with
        if form == "mon" and (m.group().endswith(("当月", "月末", "月底")) or m.group().startswith(("截至", "截止"))
                              or text.startswith(("当月", "单月"), m.end())):
            # "10月当月，…": an aside in a report of the year so far; "截至10月末": a point in time, like a day
            carries = False
        found.append(PeriodMention(m.start(), m.end(), period, carries, is_base=base))
    return _listed_periods_stay(text, found)


def _listed_periods_stay(text: str, found: list[PeriodMention]) -> list[PeriodMention]:
    """"一季度和上半年…分别增长18.5%和22.2%": periods listed together date their own sentence's figures, and
    neither is the period the following sentences talk about."""
    for k in range(1, len(found)):
        before, current = found[k - 1], found[k]
        if text[before.end:current.start] in ("和", "、", "及", "与", "以及") and before.carries_over:
            found[k - 1] = before._replace(carries_over=False)
            found[k] = current._replace(carries_over=False)
    return found
