"""Finding quantity mentions in compact text: the number, its unit and its bounds.

Works on :class:`parkmetrics.textmap.CompactText`; what a figure *means* (indicator,
kind, period, subject) is decided later by :mod:`parkmetrics.classify`.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple
from decimal import Decimal

from .fastscan import Scanner
from .numerals import (
    CHINESE_DIGITS,
    MULTIPLIERS,
    parse_arabic,
    parse_chinese_amount,
    step_of_last_digit,
)
from .trie import trie_pattern

# printed unit -> (schema unit, factor to base units)
CURRENCIES = {"元": "CNY", "人民币": "CNY", "美元": "USD", "欧元": "EUR", "港元": "HKD", "港币": "HKD",
              "日元": "other", "英镑": "other", "澳门元": "other", "澳门币": "other", "澳元": "other", "新台币": "other",
              "韩元": "other", "卢布": "other"}
UNITS: dict[str, tuple[str, Decimal]] = {
    "%": ("percent", Decimal(1)), "‰": ("permille", Decimal(1)),
    "个百分点": ("percentage_point", Decimal(1)), "百分点": ("percentage_point", Decimal(1)),
    "平方公里": ("km2", Decimal(1)), "平方千米": ("km2", Decimal(1)), "平方米": ("m2", Decimal(1)),
    "公顷": ("other", Decimal(1)), "亩": ("mu", Decimal(1)),
    "吨/年": ("tonne_per_year", Decimal(1)), "吨": ("tonne", Decimal(1)), "公斤": ("tonne", Decimal("0.001")),
    "千瓦时": ("kWh", Decimal(1)), "度电": ("kWh", Decimal(1)),
    "兆瓦": ("kW", Decimal(1000)), "MW": ("kW", Decimal(1000)), "GW": ("kW", Decimal(1_000_000)),
    "kW": ("kW", Decimal(1)), "千瓦": ("kW", Decimal(1)), "kWh": ("kWh", Decimal(1)),
    "MWh": ("kWh", Decimal(1000)), "GWh": ("kWh", Decimal(1_000_000)),
    "公里": ("km", Decimal(1)), "千米": ("km", Decimal(1)),
    "GB": ("GB", Decimal(1)), "G": ("GB", Decimal(1)), "TB": ("GB", Decimal(1024)),
    "个多月": ("month", Decimal(1)), "个月": ("month", Decimal(1)), "个工作日": ("day", Decimal(1)),
    "工作日": ("day", Decimal(1)), "小时": ("hour", Decimal(1)), "分钟": ("minute", Decimal(1)),
    "天": ("day", Decimal(1)), "日": ("day", Decimal(1)), "周": ("week", Decimal(1)),
    "年": ("year", Decimal(1)), "个季度": ("other", Decimal(1)),
    "个位次": ("rank", Decimal(1)), "位次": ("rank", Decimal(1)),
    "倍": ("other", Decimal(1)),  # 增长1.5倍: a multiple
    "微米": ("other", Decimal(1)), "纳米": ("other", Decimal(1)), "毫米": ("other", Decimal(1)),
    "标准箱": ("other", Decimal(1)), "标箱": ("other", Decimal(1)), "TEU": ("other", Decimal(1)),  # containers
    "微克/立方米": ("other", Decimal(1)), "毫克/立方米": ("other", Decimal(1)),
}
MEASURE_WORDS = ["个", "家", "名", "人次", "人", "户", "项", "次", "份", "本", "条", "台", "套", "座", "栋",
                 "件", "批", "场", "所", "辆", "处", "块", "款", "只", "部", "篇", "封", "面", "位", "支",
                 "家次", "间", "张", "枚", "单", "票", "批次", "架次", "车次", "航次", "锭", "艘", "架", "片", "场次",
                 "颗", "棵", "头", "只次"]
for _word in MEASURE_WORDS:
    UNITS.setdefault(_word, ("count", Decimal(1)))
for _word, _code in CURRENCIES.items():
    UNITS[_word] = (_code, Decimal(1))


_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_MULT = trie_pattern(MULTIPLIERS)
_UNIT = trie_pattern(UNITS)
_SEP_CHARS = "至到-~—–"  # 1亿元至5亿元, 5-10亿元
_SEP = "[" + re.escape(_SEP_CHARS) + "]"
_QUOTE_BREAK = re.compile(r"[”』。！？]")
_QUOTE_CLOSE = re.compile(r"[”』\"]")
_SENTENCE_STOP = re.compile(r"[。！？]")
_RANK_MOVE = re.compile(r"(?:提升|上升|前移|前进|下降|后退|下滑|跃升)了?$")
# 年产5万吨, 年产无水氟化氢12万吨, 年处理能力达30万吨
ANNUAL_OUTPUT = re.compile(r"年(?:产|产能|产量|处理|加工|生产)[^，。；\d]{0,8}?(?:能力)?(?:达到?|为|约|超过?|可达)?$")
_SHARED_POINTS = re.compile(r"(?:和|、|及|与|，|,)\d+(?:\.\d+)?个?百分点")
_CLAUSE_STOP = re.compile(r"[，,。；;！？、]")
ARABIC = re.compile(
    # (a calendar year, 2020年, is never a figure: ruled out here, where it costs least)
    rf"(?=[第前后首\-\d])(?<![\d.,A-Za-z])(?!(?:19|20)\d\d年)(?P<ord>第|前|后|首)?(?P<sign>-)?(?P<n1>{_NUM})"
    rf"(?:(?P<sep>{_SEP})(?P<n2>{_NUM}))?"
    rf"(?P<q1>多|余)?(?P<mult>{_MULT})?(?P<q2>多|余)?(?P<unit>{_UNIT})?"
    rf"(?P<post>及以上|及以下|以上|以下|左右|以内|之内|内|多|余|来|上下)?"
)
# "亿元以上项目": a size bracket printed without a number (one 亿).
BRACKET = Scanner(r"(?=[亿万])(?<![\d多余万千百十])(?P<mult>亿|万)(?P<unit>元)(?P<post>以上|以下)"
                  r"(?=的?(?:[^\W\d]{0,4}?)项目|级)")  # 亿元以上(在建/工业/重点)项目

_CN_DIGITS = "一二两三四五六七八九十百千"
CHINESE_MEASURES = ["亩", "平方公里", "平方米", "公顷", "吨", "公里"]  # 一千二百亩, 三万余平方米
CHINESE = Scanner(
    rf"(?=[前{_CN_DIGITS}数几])(?<![第{_CN_DIGITS}\d])(?P<ord>前)?(?P<n>十几|几十|数十|数百|几百|[{_CN_DIGITS}]+几?)"
    rf"(?:(?P<strong>强)"
    rf"|(?P<q1>多|余)?(?P<mult>万亿|亿|千万|万)(?P<q2>多|余)?(?P<cur>{trie_pattern(CURRENCIES)})(?P<post>以上|左右|多|余)?"
    rf"|(?P<q5>多|余)?(?P<dur>个多月|个月|年|天|周|小时)(?P<dpost>内|之内|以内|来|了|多|的时间|时间|间)?"
    rf"|(?P<q4>多|余)?(?P<umult>万)?(?P<q6>多|余)?(?P<measure>{trie_pattern(CHINESE_MEASURES)})"
    rf"|(?P<q3>多|余)?(?P<mw>个|家|名|位|项|座|面|户|条|所|批次|批|大|支|只|台|套|场次|场|次|人次|人)(?=(?P<noun>[^，。、；：,;:！？!?“”《》（）()]{{0,12}})))"
)

PREFIX_OVER = ("超过", "突破", "逾", "超", "高于", "多于", "大于", "过")  # (年产值过100亿元)
_BOUND_WORDS = ("", "近", "逾", "超", "约", "超过", "达", "达到", "近乎", "将近")
PREFIX_AT_LEAST = ("不少于", "不低于", "至少", "不止", "起码")
PREFIX_UNDER = ("近", "将近", "接近", "不到", "不足", "不超过", "低于", "少于", "最高", "最多", "最高可达", "最高达", "最多可达")
# 约 ending another word is not "about": 签约19个, 节约300万元
_NOT_OVER = ("经过", "通过", "度过", "走过", "跨过", "不过", "错过", "去过")  # 过 as "pass", not "over"
_NOT_ABOUT = ("签约", "合约", "节约", "制约", "预约", "履约", "邀约", "特约", "公约", "条约", "违约", "缔约", "集约")
PREFIX_APPROX = ("约", "大约", "大概", "近乎")
_ANY_PREFIX = PREFIX_AT_LEAST + PREFIX_UNDER + PREFIX_OVER + PREFIX_APPROX
POSTFIX_UNDER = ("以下", "及以下", "以内", "之内", "内")


class RawMention(NamedTuple):  # a tuple: thousands are made per page, and frozen dataclasses are slow to build
    start: int  # compact offsets, end exclusive
    end: int
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    unit: str
    qualifier: str
    numeral: str
    printed_unit: str  # the measure word or unit as printed ("家", "亿元", "%")
    noun: str = ""  # text right after a measure word, for counts


def _prefix(text: str, start: int) -> str:
    """The characters before a figure that its bound words are read from (最高可达 is the longest)."""
    return text[max(0, start - 4):start]


def _bounds(number: str, scale: Decimal, value: Decimal, more: bool, post: str | None,
            prefix: str) -> tuple[str, Decimal | None, Decimal | None]:
    if more:
        return "more_than_printed", value, (parse_arabic(number) + step_of_last_digit(number)) * scale
    if post in ("以上", "及以上"):
        return "over", value, None
    if post in POSTFIX_UNDER:
        return "under", None, value
    if post in ("左右", "上下"):
        return "approx", None, None
    if prefix.endswith(PREFIX_AT_LEAST):
        return "over", value, None  # 不少于8个: at least 8
    if prefix.endswith(PREFIX_UNDER):
        return "under", None, value
    if prefix.endswith(PREFIX_OVER) and not prefix.endswith(_NOT_OVER):
        return "over", value, None
    if prefix.endswith(PREFIX_APPROX) and not prefix.endswith(_NOT_ABOUT):
        return "approx", None, None
    return "exact", None, None


def _inside(text: str, start: int, opening: str, closing: str, reach: int = 60) -> bool:
    lo = max(0, start - reach)
    return text.rfind(opening, lo, start) > text.rfind(closing, lo, start)


def _in_short_quote(text: str, start: int, end: int, reach: int = 10) -> bool:
    """Inside a quoted slogan such as “四个意识” (not a long quoted speech)."""
    before = text[max(0, start - reach):start]
    after = text[end:end + reach]
    opening = max(before.rfind("“"), before.rfind("『"), before.rfind('"'))
    if opening < 0 or _QUOTE_BREAK.search(before[opening:]):
        return False
    return bool(_QUOTE_CLOSE.search(after)) and not _SENTENCE_STOP.search(after.split("”")[0])


def _is_calendar_day(text: str, m: re.Match[str]) -> bool:
    """'6月19日' and '19日，' are dates; '1日办', '3日内' are durations."""
    before = text[max(0, m.start() - 1):m.start()]
    after = text[m.end():m.end() + 2]
    if before == "月" or not m.group("n1").isdigit():
        return True
    return not (after[:1] in ("办", "内") or after.startswith(("之内", "以内", "完成")) or m.group("post"))


def _is_technology_generation(text: str, m: re.Match[str]) -> bool:
    """'5G基站' is a technology, '30G流量' an amount of data."""
    if m.group("unit") != "G":
        return False
    return Decimal(m.group("n1")) <= 6 or text[m.end():m.end() + 1] in set("基网技通应+手时产")


def find_arabic(text: str) -> list[RawMention]:
    found: list[RawMention] = []
    bare: list[tuple[int, int, str]] = []  # numbers printed without a unit, for lists
    low: Decimal | None
    high: Decimal | None
    titles = "《" in text  # most pages quote no document title: skip looking for one
    for m in ARABIC.finditer(text):
        ordinal, sign, n1, _, n2, q1, mult_word, q2, unit_word, post = m.groups()
        if unit_word is None:
            if mult_word in ("亿", "万亿", "千亿", "百亿") and not (titles and _inside(text, m.start(), "《", "》")):
                unit_word = "元"  # 亿 on its own is money in economic news ("投资5亿")
            else:
                if mult_word is None and ordinal is None:
                    bare.append((m.start("sign") if sign else m.start("n1"), m.end("n1"), n1))
                continue
        unit, factor = UNITS[unit_word]
        if unit_word == "个" and _SHARED_POINTS.match(text, m.end()):
            unit = "percentage_point"  # "分别提高6.8个和3.1个百分点"
        if unit == "year" and (len(n1.replace(",", "")) == 4 or (n2 and len(n2) == 4)):
            continue  # a calendar year, not a duration
        if unit_word == "日" and _is_calendar_day(text, m):
            continue
        if unit_word == "G" and _is_technology_generation(text, m):
            continue
        if titles and _inside(text, m.start(), "《", "》"):
            continue  # inside a document title
        if ordinal in ("前", "首") and unit == "month":
            continue  # 前5个月, 首10个月 are periods
        if ordinal is None:
            start = m.start("sign") if sign else m.start("n1")
        else:
            start = m.start()
        scale = MULTIPLIERS.get(mult_word, Decimal(1)) * factor if mult_word else factor
        prefix = _prefix(text, start)
        end = m.end()
        if post == "来" and unit != "year":
            end -= 1
            post = None
        if post in ("多", "余") and unit not in ("year", "month", "day") and unit_word != "倍":
            end -= len(post)  # "3个多" is not "more than 3"; drop the stray character
            post = None
        more = bool(q1 or q2 or post in ("多", "余"))
        if unit == "tonne" and ANNUAL_OUTPUT.search(text, max(0, start - 12), start):
            unit = "tonne_per_year"  # 年产5万吨: a yearly capacity, like 5万吨/年
        if ordinal == "第" or (unit_word in ("位", "名") and _RANK_MOVE.search(prefix)):
            unit = "rank"  # 第98位; 排名提升12位
            unit_word = "位次" if ordinal != "第" else unit_word
        if n2 is not None:
            low = parse_arabic(n1) * scale
            high = parse_arabic(n2) * scale
            found.append(RawMention(start, end, None, low, high, unit, "range", "arabic", unit_word,
                                    text[end:end + 12]))
            continue
        value = parse_arabic(n1) * scale
        if sign:
            value = -value
        if more or post or prefix.endswith(_ANY_PREFIX):
            qualifier, low, high = _bounds(n1, scale, value, more, post, prefix)
        else:
            qualifier, low, high = "exact", None, None  # the common case, without the look-ups of _bounds
        found.append(RawMention(start, end, value, low, high, unit, qualifier, "arabic", unit_word,
                                text[end:end + 12]))
    found = _merge_ranges(text, found)
    return _propagate_list_units(text, found, bare)


def _merge_ranges(text: str, found: list[RawMention]) -> list[RawMention]:
    """'1亿元至5亿元' and '5亿-10亿元' are one range mention each."""
    merged: list[RawMention] = []
    for mention in found:
        if merged:
            prev = merged[-1]
            gap = mention.start - prev.end
            # "5亿-10亿元": the hyphen was read as the sign of the second number
            hyphen = gap == 0 and text[mention.start] == "-" and mention.value is not None and mention.value < 0
            if ((hyphen or (gap == 1 and text[prev.end] in _SEP_CHARS)) and prev.unit == mention.unit
                    and prev.qualifier == "exact" and mention.qualifier == "exact"
                    and prev.value is not None and mention.value is not None):
                high = -mention.value if hyphen else mention.value
                merged[-1] = prev._replace(end=mention.end, value=None, low=prev.value, high=high,
                                           qualifier="range", noun=mention.noun)
                continue
        merged.append(mention)
    return merged


_LIST_JOINER = re.compile(r"(?:、|和|及|与|以及|、和|,|，)")


def _propagate_list_units(text: str, found: list[RawMention], bare: list[tuple[int, int, str]]) -> list[RawMention]:
    """'分别高于…0.74和19.33个百分点': a unit printed once after a list applies to each number."""
    if not bare:
        return found
    by_start = {m.start: m for m in found}
    starts = sorted(by_start)
    added: list[RawMention] = []
    for start, end, number in reversed(bare):
        i = bisect.bisect_left(starts, end)
        if i >= len(starts):
            continue
        nxt = by_start[starts[i]]
        if nxt.start - end > 2 or not _LIST_JOINER.fullmatch(text[end:nxt.start]) or nxt.unit == "rank":
            continue
        if nxt.numeral != "arabic" or nxt.qualifier not in ("exact",) or nxt.value is None:
            continue
        if text[max(0, start - 1):start] in ("第", "年", "月", "日", "号"):
            continue
        value = _scaled_like(number, nxt, text)
        if value is None:
            continue
        mention = RawMention(start, end, value, None, None, nxt.unit, "exact", "arabic", "", nxt.noun)
        by_start[start] = mention
        starts.insert(bisect.bisect_left(starts, start), start)
        added.append(mention)
    return sorted(found + added, key=lambda m: m.start)


def _scaled_like(number: str, model: RawMention, text: str) -> Decimal | None:
    """Scale a bare number the way its list's last member is scaled."""
    printed = text[model.start:model.end]
    m = ARABIC.match(printed)
    if not m or m.group("n2"):
        return None
    base = parse_arabic(m.group("n1"))
    if base == 0 or model.value is None:
        return None
    scale = abs(model.value) / base
    return parse_arabic(number) * scale


def find_brackets(text: str) -> list[RawMention]:
    out: list[RawMention] = []
    if "元以" not in text:  # 亿元以上, 万元以下: far cheaper to rule out than to scan for
        return out
    for m in BRACKET.finditer(text):
        scale = MULTIPLIERS[m.group("mult")]
        if m.group("post") == "以上":
            out.append(RawMention(m.start(), m.end(), scale, scale, None, "CNY", "over", "chinese", "元"))
        else:
            out.append(RawMention(m.start(), m.end(), scale, None, scale, "CNY", "under", "chinese", "元"))
    return out


_BEFORE_ROUND = ("近", "上", "逾", "超", "破", "达", "过", "约")


def _step(value: Decimal) -> Decimal:
    """One step of the last non-zero digit of a Chinese numeral's value: 三百余 [300, 400), 一百二十余 [120, 130)."""
    return step_of_last_digit(str(int(value)))


def find_chinese(text: str, concrete_nouns: re.Pattern[str]) -> list[RawMention]:
    """Chinese numerals that count concrete things or carry a unit; names and slogans are skipped."""
    found: list[RawMention] = []
    titles = "《" in text
    quotes = "“" in text or "『" in text or '"' in text
    for m in CHINESE.finditer(text):
        numeral = m.group("n")
        if ((quotes and _in_short_quote(text, m.start(), m.end()))
                or (titles and _inside(text, m.start(), "《", "》"))):
            continue  # slogans and names: “两个确保”, 《十条措施》
        before = text[max(0, m.start() - 1):m.start()]
        if before in ("唯", "统", "逐", "万", "第"):
            continue
        if numeral == "一":
            continue  # 一 is idiom far more often than a count (一家, 一批); 一百家 is a count
        if numeral in ("百", "千") and not (before in _BEFORE_ROUND or m.group("cur") or m.group("q1")
                                            or m.group("q3")):
            continue  # 百花齐放, 千方百计; but 近百人, 突破百亿元, 百余家
        try:
            value, low, high = parse_chinese_amount(numeral)
        except ValueError:
            continue
        qualifier = "range" if value is None else "exact"
        end = m.end()
        if m.group("strong"):
            if value is None:
                continue
            found.append(RawMention(m.start(), end, value, None, None, "rank", "exact", "chinese", "强"))
            continue
        if m.group("cur"):
            if value is None:
                continue
            scale = MULTIPLIERS[m.group("mult")]
            more = bool(m.group("q1") or m.group("q2") or m.group("post") in ("多", "余"))
            lo: Decimal | None
            hi: Decimal | None
            if more:
                q, lo, hi = "more_than_printed", value * scale, (value + _step(value)) * scale
            elif m.group("post") == "以上":
                q, lo, hi = "over", value * scale, None
            else:
                q, lo, hi = _bounds(str(int(value)), Decimal(1), value * scale, False, None,
                                    _prefix(text, m.start()))
            found.append(RawMention(m.start(), end, value * scale, lo, hi, CURRENCIES[m.group("cur")], q,
                                    "chinese", m.group("mult") + m.group("cur")))
            continue
        if m.group("measure"):  # area, weight, distance written in Chinese
            if value is None:
                continue
            unit, factor = UNITS[m.group("measure")]
            scale = factor * (MULTIPLIERS["万"] if m.group("umult") else 1)
            if m.group("q4") or m.group("q6"):
                q, lo, hi = "more_than_printed", value * scale, (value + _step(value)) * scale
            else:
                q, lo, hi = _bounds(str(int(value)), scale, value * scale, False, None,
                                    _prefix(text, m.start()))
            found.append(RawMention(m.start(), end, value * scale, lo, hi, unit, q, "chinese", m.group("measure")))
            continue
        if m.group("dur"):
            if m.group("ord"):
                continue  # 前五个月 is a period
            dpost = "多" if m.group("q5") else m.group("dpost")
            word = m.group("dur")
            prefix = text[max(0, m.start() - 2):m.start()]
            if not dpost and not prefix.endswith(("用", "经过", "通过", "历时", "仅用", "工作", "连续", "长达", "历经",
                                                  "耗时", "持续")):
                continue
            unit = UNITS[word][0]
            if value is None:
                found.append(RawMention(m.start(), end, None, low, high, unit, "range", "chinese", word))
                continue
            if dpost in ("内", "之内", "以内"):
                found.append(RawMention(m.start(), end, value, None, value, unit, "under", "chinese", word))
            elif dpost == "多":
                found.append(RawMention(m.start(), end, value, value, value + _step(value), unit, "more_than_printed",
                                        "chinese", word))
            else:
                if dpost in ("了", "的时间", "时间", "间", "来"):
                    end -= len(dpost) if dpost != "来" else 0
                found.append(RawMention(m.start(), end, value, None, None, unit, "exact", "chinese", word))
            continue
        noun = m.group("noun") or ""
        nouns = list(concrete_nouns.finditer(noun))
        if value is not None and qualifier == "exact":
            prefix = _prefix(text, m.start())
            qualifier, low, high = _bounds(str(int(value)), Decimal(1), value, False, None, prefix)
        if m.group("q3") and value is not None:  # 三百余家: [300, 400)
            step = _step(value)
            qualifier, low, high = "more_than_printed", value, value + step
        if not nouns and (m.group("mw") in ("人", "人次", "名", "户") or (
                m.group("mw") in ("批次", "场次") and _CLAUSE_STOP.match(text[m.end():m.end() + 1] or "。"))):
            # people are concrete whatever follows: "硕士近百人"; so are visits and events: "客商来访近百批次"
            found.append(RawMention(m.start(), end, value, low, high, "count", qualifier, "chinese", m.group("mw"), ""))
            continue
        if not nouns and m.group("mw") != "大":
            # "企业数十家": the noun may come just before the numeral
            # ("走访企业近百家": a bound word may stand between them)
            window = text[max(0, m.start() - 8):m.start()]
            heads = list(concrete_nouns.finditer(window))
            head = heads[-1] if heads else None
            if head and window[head.end():] in _BOUND_WORDS and _CLAUSE_STOP.match(text[m.end():m.end() + 1] or "。"):
                found.append(RawMention(m.start(), end, value, low, high, "count", qualifier, "chinese",
                                        m.group("mw"), ""))
            continue
        if not nouns:
            continue
        concrete = nouns[-1]  # the head noun ends the phrase: 两个省级…观摩点
        if m.group("mw") == "大" and nouns[0].start() > 0:
            continue  # 两大企业 yes, 四大发展理念 no
        found.append(RawMention(m.start(), end + concrete.end(), value, low, high, "count", qualifier,
                                "chinese", m.group("mw"), noun))
    return found


def _has_ratio_or_fraction(text: str) -> bool:
    """Whether a page may print a ratio or fraction (a digit, a separator, a digit; or 分之): most pages
    print none, and str.find is far cheaper than running the patterns over them."""
    if "分之" in text:
        return True
    for separator in (":", "：", "/"):
        i = text.find(separator, 1)
        while i > 0:
            if text[i - 1].isdigit() and text[i + 1:i + 2].isdigit():
                return True
            i = text.find(separator, i + 1)
    return False


RATIO = re.compile(r"(?=\d[\d.]*[:：]\d)(?<![\d.:：])(\d+(?:\.\d+)?)(?:[:：](\d+(?:\.\d+)?)){1,4}(?![\d.:：%])")
FRACTION = Scanner(r"(?=\d{1,3}/|[一二三四五六七八九十]{1,3}分之)(?:(?<![\d./])(\d{1,3})/(\d{1,3})(?![\d./])"
                   r"|(?P<den>[一二三四五六七八九十]{1,3})分之(?P<num>[一二三四五六七八九十]{1,3}))(?P<post>以上|左右|以内|以下)?")
_CLOCK_CONTEXT = re.compile(r"(?:上午|下午|晚上|早上|凌晨|时间|比分|比)$")


def find_ratios_and_fractions(text: str) -> list[RawMention]:
    """'产业结构调整为3.9：59.5：36.6' (each part a share) and '三分之一', '2/3' (a fraction)."""
    found: list[RawMention] = []
    if not _has_ratio_or_fraction(text):
        return found
    for m in RATIO.finditer(text):
        parts = list(re.finditer(r"\d+(?:\.\d+)?", m.group()))
        if len(parts) < 2 or _CLOCK_CONTEXT.search(text[max(0, m.start() - 2):m.start()]):
            continue
        if len(parts) == 2 and all("." not in p.group() and len(p.group()) == 2 for p in parts) \
                and int(parts[0].group()) < 24 and int(parts[1].group()) < 60:
            continue  # 10:30 is a time of day
        values = [Decimal(p.group()) for p in parts]
        unit = "percent" if abs(sum(values, Decimal(0)) - 100) <= Decimal("0.5") else "other"
        for p, value in zip(parts, values):
            found.append(RawMention(m.start() + p.start(), m.start() + p.end(), value, None, None, unit, "exact",
                                    "arabic", "ratio"))
    for m in FRACTION.finditer(text):
        if m.group("den"):
            try:
                numerator = Decimal(parse_chinese_amount(m.group("num"))[0] or 0)
                denominator = Decimal(parse_chinese_amount(m.group("den"))[0] or 0)
            except ValueError:
                continue
            numeral = "chinese"
        else:
            if _inside(text, m.start(), "《", "》"):
                continue
            numerator, denominator = Decimal(m.group(1)), Decimal(m.group(2))
            numeral = "arabic"
        if denominator == 0 or numerator > denominator:
            continue
        # a part of a whole, in percent like every other share ("不到四分之一的土地": under 25 %)
        value = numerator * 100 / denominator
        prefix = _prefix(text, m.start())
        post = m.group("post")
        qualifier, low, high = _bounds(str(value), Decimal(1), value, False, post, prefix) \
            if post or prefix.endswith(_ANY_PREFIX) else ("exact", None, None)
        found.append(RawMention(m.start(), m.end(), value, low, high, "percent", qualifier, numeral, "fraction"))
    return found


CHINESE_PERCENT = re.compile(r"(?P<base>百|千)分之(?P<n>[一二两三四五六七八九十百零〇]+)(?:点(?P<f>[零〇一二三四五六七八九]+))?"
                             r"(?P<post>以内|以下|以上|左右)?")
_DIGIT_OF = {"零": "0", "〇": "0", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5", "六": "6",
             "七": "7", "八": "8", "九": "9"}


def find_chinese_percent(text: str) -> list[RawMention]:
    """"增长百分之八点五": percentages written out in formal Chinese."""
    found: list[RawMention] = []
    if "分之" not in text:
        return found
    for m in CHINESE_PERCENT.finditer(text):
        try:
            whole = parse_chinese_amount(m.group("n"))[0]
        except ValueError:
            continue
        if whole is None:
            continue
        value = whole + (Decimal("0." + "".join(_DIGIT_OF[c] for c in m.group("f"))) if m.group("f") else 0)
        unit, printed = ("percent", "%") if m.group("base") == "百" else ("permille", "‰")
        post = m.group("post")
        qualifier, low, high = _bounds(str(value), Decimal(1), value, False, post,
                                       _prefix(text, m.start()))
        found.append(RawMention(m.start(), m.end(), value, low, high, unit, qualifier, "chinese", printed))
    return found


# (after 的 too: "全区八成以上的税收", "占全市工业的七成左右")
TENTHS = Scanner(r"(?:(?<=占|长|高|降|少|近|过|超|约|逾|达|到|至|增|的|省|市|国)|(?=.成(?:以上|左右|多)))"
                 r"(?<![一二两三四五六七八九十])"
                 r"(?:(?P<n>[一二两三四五六七八九])成|(?P<half>一半))(?![员立为功果效熟本交型就长不])(?P<post>以上|左右|多)?")


def find_tenths(text: str) -> list[RawMention]:
    """"增长两成", "占比近四成": tenths, read as percent, after a word of change, share or bound."""
    found: list[RawMention] = []
    if "成" not in text and "一半" not in text:
        return found
    for m in TENTHS.finditer(text):
        value = Decimal(50) if m.group("half") else Decimal(CHINESE_DIGITS[m.group("n")] * 10)
        post = m.group("post")
        qualifier, low, high = _bounds(str(int(value)), Decimal(1), value, post == "多", post,
                                       _prefix(text, m.start()))
        found.append(RawMention(m.start(), m.end(), value, low, high, "percent", qualifier, "chinese", "成"))
    return found


# "居全市第一位", "排名全省第十二名" (the gold counts Chinese numerals only with a unit: 排名全国第一 is not a figure)
RANK_CHINESE = Scanner(r"(?P<verb>居|列|排名|排|位居|位列|名列|跻身|保持)(?P<scope>[^，。；第\d]{0,8}?)第"
                       r"(?P<n>[一二三四五六七八九十]{1,3})(?P<unit>位|名)")


def find_chinese_ranks(text: str) -> list[RawMention]:
    """"居全市第一位", "排名全省第十二名": a rank written in Chinese, after a verb of ranking (第一 alone is
    far more often an idiom: 第一时间, 第一书记)."""
    found: list[RawMention] = []
    if "第" not in text:
        return found
    for m in RANK_CHINESE.finditer(text):
        try:
            value = parse_chinese_amount(m.group("n"))[0]
        except ValueError:
            continue
        if value is not None:
            found.append(RawMention(m.start("n") - 1, m.end(), value, None, None, "rank", "exact", "chinese",
                                    m.group("unit")))
    return found


def find_mentions(text: str, concrete_nouns: re.Pattern[str]) -> list[RawMention]:
    """All quantity mentions of a compact text, in order, without overlaps."""
    candidates = find_arabic(text) + find_brackets(text) + find_chinese(text, concrete_nouns) \
        + find_ratios_and_fractions(text) + find_chinese_percent(text) + find_chinese_ranks(text) \
        + find_tenths(text)
    candidates.sort(key=lambda m: (m.start, -(m.end - m.start)))
    result: list[RawMention] = []
    last_end = -1
    for mention in candidates:
        if mention.start >= last_end:
            if mention.qualifier == "exact" and text.find("约占", max(0, mention.start - 16), mention.start) >= 0 \
                    and _ABOUT_SHARE.search(text, max(0, mention.start - 16), mention.start):
                mention = mention._replace(qualifier="approx")  # "约占全市的三分之一": 约 qualifies the share
            result.append(mention)
            last_end = mention.end
    return result


_ABOUT_SHARE = re.compile(r"约占[^，。；\d]{0,12}$")
