"""What a figure means: indicator, measure, kind, period and subject, read from its clause.

Rules follow the grammar of statistical reporting rather than any one page:
the nearest naming word before a figure in its clause names it; "分别" lists align
names and values by position; kind words (预计, 力争, 计划) hold until the sentence ends;
a period stated in a sentence holds for it and, for later sentences of the same
article, until another period is stated.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date

from .lexicon import Lexicon
from .mentions import RawMention
from .periods import PeriodMention

SENTENCE_END = re.compile(r"[。！？；!?;]|本报讯|本报记者")
CLAUSE_END = re.compile(r"[，,：:。！？；!?;（）()]")
ARTICLE_START = re.compile(r"本报讯|核心提示|—{2,}")

GROWTH_WORDS = re.compile(r"增长|增速|同比|环比|增幅|提高|上升|下降|减少|回落|降低|下滑|涨|降幅|增加")
FALL_WORDS = re.compile(r"(?:下降|减少|回落|降低|下滑|降幅)[了达为至]?$")
SHARE_WORDS = re.compile(r"占|比重|占比|份额")
COMPLETION_WORDS = re.compile(r"完成(?:[^，。]{0,8})?(?:目标|任务|计划)|占(?:[^，。]{0,8})?计划|计划的|目标任务")
CHANGE_WORDS = re.compile(r"延长|缩短|上升|提前|增加|减少|前移")
PLAN_SIZE_WORDS = re.compile(r"总投资|投资总额|概算|计划投资|投资规模|年度计划|项目|估算")
SUB_DISTRICT = re.compile(r"([\u4e00-\u9fff]{2})办(?![公事法理学好实])")
NOT_AN_ENTITY = re.compile(r"^(?:今年|去年|目前|同时|其中|全区|全市|园区|工业园区|开发区|记者|各级)")
# "完成目标任务的105.8%" measures against a target; the figure itself is actual.
TARGET_AS_YARDSTICK = re.compile(r"完成[^，。]{0,6}目标任务|目标任务|年度目标")
ALREADY_DONE = re.compile(r"(?:已|累计)(?:完成|实现)")
LIST_JOINERS = re.compile(r"^(?:、|和|及|与|以及|,|，)$")

UNIT_INDICATORS = {
    "mu": "land_area", "km2": "land_area", "m2": "land_area", "tonne_per_year": "capacity",
    "km": "distance", "rank": "ranking", "day": "duration", "hour": "duration", "week": "duration",
    "month": "duration", "year": "duration", "minute": "duration", "GB": "other",
    "kWh": "electricity_use", "kW": "capacity",
}
MONEY = {"CNY", "USD", "EUR", "HKD"}
CONCRETE_EXTRA = ["城市", "观摩点", "专班", "锦旗", "人", "省", "县", "示范点", "示范区", "基地", "平台",
                  "中心", "生产线", "团队", "小组", "园区", "企业"]


@dataclass(frozen=True)
class Meaning:
    indicator: str
    measure: str
    kind: str
    period: str | None
    subject: str | None


_ENTITY_CACHE: dict[str, re.Pattern[str]] = {}


def _entity_pattern(suffixes: str) -> re.Pattern[str]:
    """A name at the start of a clause ending with an organisation suffix, followed by its verb."""
    if suffixes not in _ENTITY_CACHE:
        _ENTITY_CACHE[suffixes] = re.compile(
            rf"(?:^|[，,；、])(?P<name>[\u4e00-\u9fff·]{{2,14}}?(?:{suffixes}))"
            r"(?=已|当年|部分|的|在|正|将|年|共|累计|实现|完成|新|获|被|于|今年|去年|目前|停工|环评)")
    return _ENTITY_CACHE[suffixes]


def concrete_noun_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    words = set(lexicon.count_noun_of) | set(CONCRETE_EXTRA)
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


class DocumentContext:
    """Sentence, clause, article and period structure of one compact text."""

    def __init__(self, text: str, periods: list[PeriodMention], zone_name: str | None,
                 lexicon: Lexicon, published: date | None):
        self.text = text
        self.lexicon = lexicon
        self.zone_name = zone_name
        self.published = published
        self.sentence_starts = [0] + [m.end() for m in SENTENCE_END.finditer(text)]
        self.clause_starts = [0] + [m.end() for m in CLAUSE_END.finditer(text)]
        self.article_starts = [0] + [m.start() for m in ARTICLE_START.finditer(text)]
        self.periods = periods
        self.period_ends = [p.end for p in periods]
        self._article_subjects: dict[int, str | None] = {}
        self._entity_pattern = _entity_pattern(lexicon.subject_suffix_pattern)

    # -- structure ---------------------------------------------------------------
    def _start_before(self, starts: list[int], pos: int) -> int:
        return starts[bisect.bisect_right(starts, pos) - 1]

    def sentence_start(self, pos: int) -> int:
        return self._start_before(self.sentence_starts, pos)

    def clause_start(self, pos: int) -> int:
        return self._start_before(self.clause_starts, pos)

    def article_start(self, pos: int) -> int:
        return self._start_before(self.article_starts, pos)

    def clause_end(self, pos: int) -> int:
        i = bisect.bisect_right(self.clause_starts, pos)
        return self.clause_starts[i] - 1 if i < len(self.clause_starts) else len(self.text)

    # -- attributes --------------------------------------------------------------
    def period_for(self, mention: RawMention) -> str | None:
        sentence = self.sentence_start(mention.start)
        article = self.article_start(mention.start)
        i = bisect.bisect_right(self.period_ends, mention.start)
        for j in range(i - 1, -1, -1):
            p = self.periods[j]
            if p.start < article:
                break
            if p.start >= sentence or p.carries_over:
                return p.period
        # a period stated right after the figure in the same clause ("投资5亿元，2021年…" is
        # not, but "5亿元（2019年）" is): only within the clause
        clause_end = self.clause_end(mention.end)
        if i < len(self.periods) and self.periods[i].start < clause_end and self.periods[i].start >= mention.end:
            return self.periods[i].period
        return None

    def article_subject(self, pos: int) -> str | None:
        """A sub-district an article is about (昌湖办…), named early in the article."""
        start = self.article_start(pos)
        if start not in self._article_subjects:
            window = self.text[start:start + 160]
            found = None
            for m in SUB_DISTRICT.finditer(window):
                if m.group(1) not in ("街道", "主办", "承办", "举办", "督办", "交办", "创办", "开办", "筹办", "营商",
                                      "宣统", "巡察", "想办", "要办"):
                    found = m.group()
                    break
            self._article_subjects[start] = found
        return self._article_subjects[start]

    def subject_for(self, mention: RawMention) -> str | None:
        sentence = self.sentence_start(mention.start)
        before = self.text[sentence:mention.start]
        entity = self._entity_pattern.finditer(before)
        names = [m.group("name") for m in entity]
        if names:
            name = names[-1]
            if not NOT_AN_ENTITY.match(name):
                return name
        return self.article_subject(mention.start) or self.zone_name

    def indicator_for(self, mention: RawMention, list_position: tuple[int, int] | None) -> str:
        lexicon = self.lexicon
        clause = self.clause_start(mention.start)
        sentence = self.sentence_start(mention.start)
        if mention.unit == "count":
            return self._count_indicator(mention, clause)
        if list_position is not None:
            index, size = list_position
            head = self.text[sentence:mention.start]
            cut = head.rfind("分别")
            names = lexicon.indicators_in_order(head[:cut] if cut >= 0 else head)
            if len(names) >= size:
                return names[len(names) - size + index]
        if mention.unit in MONEY or mention.unit in ("percent", "percentage_point", "permille", "tonne", "other",
                                                      "kWh", "kW"):
            found = lexicon.last_indicator(self.text[clause:mention.start])
            if found is None:
                found = lexicon.last_indicator(self.text[sentence:mention.start])
            if found is not None:
                return found[0]
            after = lexicon.last_indicator(self.text[mention.end:self.clause_end(mention.end)])
            if after is not None:
                return after[0]
        return UNIT_INDICATORS.get(mention.unit, "other")

    def _count_indicator(self, mention: RawMention, clause: int) -> str:
        lexicon = self.lexicon
        printed = mention.printed_unit
        if printed in ("个村", "村"):
            return "villages"
        noun = mention.noun
        m = lexicon.count_noun_pattern.match(noun) or (
            lexicon.count_noun_pattern.search(noun[:8]) if printed in ("个", "大", "面", "位", "支") else None)
        if m:
            return lexicon.count_noun_of[m.group()]
        before = self.text[clause:mention.start]
        nouns = list(lexicon.count_noun_pattern.finditer(before))
        if nouns:
            return lexicon.count_noun_of[nouns[-1].group()]
        return lexicon.measure_word_defaults.get(printed, "other")

    def measure_for(self, mention: RawMention, indicator: str) -> str:
        clause_text = self.text[self.clause_start(mention.start):mention.start]
        sentence_text = self.text[self.sentence_start(mention.start):mention.start]
        if mention.unit == "rank":
            return "change" if mention.printed_unit in ("个位次", "位次") else "rank"
        if mention.unit == "count":
            return "count"
        if mention.unit in ("percent", "permille"):
            if COMPLETION_WORDS.search(clause_text):
                return "completion_rate"
            if SHARE_WORDS.search(clause_text):
                return "share"
            if GROWTH_WORDS.search(clause_text) or GROWTH_WORDS.search(sentence_text):
                return "growth_rate"
            return "share"
        if mention.unit == "percentage_point":
            return "change"
        if CHANGE_WORDS.search(clause_text[-4:]) and mention.unit in ("month", "day", "year", "week"):
            return "change"
        return "level"

    def kind_for(self, mention: RawMention, indicator: str, measure: str) -> str:
        sentence_text = self.text[self.sentence_start(mention.start):mention.start]
        kind = self.lexicon.last_kind(TARGET_AS_YARDSTICK.sub("", sentence_text)) or "actual"
        if kind == "actual" and indicator == "investment" and measure == "level":
            clause_text = self.text[self.clause_start(mention.start):mention.end + 4]
            if PLAN_SIZE_WORDS.search(clause_text) or mention.qualifier in ("range", "over"):
                return "plan"
        if kind == "target" and ALREADY_DONE.search(sentence_text[-12:]):
            return "actual"
        return kind

    def is_falling(self, mention: RawMention) -> bool:
        clause_text = self.text[self.clause_start(mention.start):mention.start]
        return bool(FALL_WORDS.search(clause_text))


def list_positions(text: str, mentions: list[RawMention]) -> dict[int, tuple[int, int]]:
    """For figures printed as a '分别' list, their (index, size) in it, keyed by mention index."""
    positions: dict[int, tuple[int, int]] = {}
    i = 0
    while i < len(mentions):
        j = i
        while (j + 1 < len(mentions) and mentions[j + 1].unit == mentions[i].unit
               and LIST_JOINERS.match(text[mentions[j].end:mentions[j + 1].start])):
            j += 1
        if j > i and "分别" in text[max(0, mentions[i].start - 12):mentions[i].start]:
            size = j - i + 1
            for k in range(i, j + 1):
                positions[k] = (k - i, size)
        i = j + 1
    return positions
