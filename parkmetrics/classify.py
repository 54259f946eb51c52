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
from collections.abc import Callable
from typing import NamedTuple
from functools import lru_cache
from datetime import date

from .fastscan import Scanner
from .lexicon import Lexicon
from .mentions import RawMention
from .periods import PeriodMention
from .textmap import starts_after
from .trie import trie_pattern

_FULL_STOP_PUNCTUATION = "。！？!?"
_SENTENCE_PUNCTUATION = _FULL_STOP_PUNCTUATION + "；;"
# Clause boundaries: sentence punctuation and commas, colons and brackets.
_CLAUSE_PUNCTUATION = _SENTENCE_PUNCTUATION + "，,：:（）()"
BYLINE = re.compile(r"本报讯|本报记者")  # a new sentence (and article) begins after a byline
ARTICLE_START = Scanner(r"本报讯|核心提示|—{2,}")  # re alone would try it at every character

GROWTH_WORDS = re.compile(r"增长|增速|同比|环比|增幅|提高|提升|上升|下降|减少|回落|降低|下滑|涨|降幅|增加")
ANNUAL_OUTPUT_BEFORE = re.compile(r"年(?:产|产能|生产|加工)(?:能力)?(?:达到?|为|约|超过?|可达)?$")
COUNT_CHANGE = re.compile(r"(?:较|比)[^，。；]{0,12}(?:增加|减少|多|少|增长)了?(?:逾|超过?|近|约)?$")
GROWTH_REFERENCE = re.compile(r"增速|增幅|增长率|涨幅")  # the growth of something named before
FALL_WORDS = re.compile(r"(?:下降|减少|回落|降低|下滑|降幅)[了达为至]?$")
SHARE_WORDS = re.compile(r"占|比重|占比|份额|增长面")
AFTER_COMPLETION = re.compile(r"(?:达产|建成|投产|满产)后")
# "年产值", "年可实现营业收入", "年均纳税": a yearly rate once a project runs, not a period's figure
ANNUAL_RATE = re.compile(r"年(?:均)?(?:可|将|能)?(?:实现|达到|新增|创造)?(?:总)?(?:产值|主营|营业|销售|税收|产|收入|利税|利润|纳税|创税)")
# "完成投资18.52亿元，占年计划投资额的55.67%", "新增就业4860人，完成全年目标任务的108%"
COMPLETION_OF_PLAN = re.compile(r"占[^，。]{0,8}计划|完成[^，。]{0,6}(?:目标|任务)")
COMPLETION_WORDS = re.compile(r"(?:目标|任务|计划|预算)的?$|完成(?:[^，。]{0,8})?(?:目标|任务|计划|预算)|占(?:[^，。]{0,8})?计划|计划的|目标任务")
CHANGE_WORDS = re.compile(r"延长|缩短|上升|提前|增加|减少|前移")
SCHEDULE = re.compile(r"(?:工期|建设期|建设周期)(?:为|约|预计)?$")
SPENT = re.compile(r"已(?:经)?(?:正式)?(?:建成)?(?:投入使用|建成|投产|竣工|完工|运营)")  # not "计划…建成投产"
SIZE_OF_PROJECT = re.compile(r"的[^，。；]{0,16}?项目|(?:用于|用来|新)?建设")  # 投资50亿元的…项目, 投资1.2亿美元建设…
PLAN_SIZE_WORDS = re.compile(r"总投资|投资总额|概算|计划投资|投资规模|年度计划|项目|估算")
ORGANISATION = re.compile(r"(?:开发区|园区|区)?[\u4e00-\u9fff]{0,10}?(?:纪工委|工会|委员会)(?!办公室)")
NAME_AFTER_RANK = re.compile(r"([\u4e00-\u9fff·]{2,8}?)(?=[、，,。；等的])")
PROJECT_TAIL = re.compile(r"([\u4e00-\u9fff]{2,16}?项目)")
NAME_AT_CLAUSE_START = re.compile(r"^(?:[^，。]*?[：:])?([\u4e00-\u9fff]{2,8})$")
COMPANY_SUFFIX = re.compile(r"股份有限公司|有限责任公司|有限公司|公司|集团")
COMPANY_NAME_BEFORE = re.compile(r"(?:[\u4e00-\u9fff·]|（[\u4e00-\u9fff]{1,6}）)+$")
# "记者在江西某某新材料有限公司…": the name starts after the last function word before it
NAME_AFTER_FUNCTION_WORD = re.compile(r"^.*(?:在|的|和|与|及|对|为|是|到|向|将|被|把|让|据|走进|来到|看到|记者|获悉|"
                                      r"开发区|高新区|经开区|园区|新区)")  # (…开发区辽宁某某有限公司: the zone is not the name)
# Words that open a clause before a name: "其中福建某某项目", "龙头企业福建某某有限公司"
NAME_LEAD = re.compile(r"^(?:其中|另外|此外|同时|龙头企业|领军企业|重点企业|骨干企业|链主企业|由|以)+")
# "该公司…", and in a feature about one company "…。公司实现营业收入6.8亿元": the company named before
THAT_COMPANY = re.compile(r"该(?:公司|企业|项目|集团)|(?:^|(?<=[，,；;：:。！？!?]))(?:公司|集团)(?![总数名员])")
VILLAGE = re.compile(r"(?<=[，。、“在到的和与])([^\W\d为的各全在和与等个区该每本]{2,3}村)(?=成立|党支部|党总支|“?两委|召开)")
# "昌湖办" (a sub-district office); not a way of handling business (马上办, 网上办, 一次办, 2小时内办结) nor a
# verb (举办, 开办, 主办, 督办)
SUB_DISTRICT = re.compile(r"([\u4e00-\u9fff][^\W\d内上下近次通即帮代快都就能可要想督交来去在到好马网掌一"
                          r"举主承创开筹协兴操包合试领查速难照么重立专线跑])办(?![公事法理学好实结成完件妥])")
NOT_AN_ENTITY = re.compile(r"^(?:今年|去年|目前|同时|其中|全区|全市|园区|工业园区|开发区|记者|各级|[亿万]元)|以上|以下"
                           # kinds of projects, not a named one: 新签约项目, 省重点项目, 在建工业项目
                           r"|^(?:新|省|市|区|全部|所有|重点|在建|续建|签约|开工|竣工|投产|入库|储备|招商|产业|工业)"
                           r"[\u4e00-\u9fff]{0,5}项目$"
                           # a list, a count or a description, not a name: 三和等13个项目, 公司投资建设的…项目
                           r"|等\d|\d+[个家项批]|的")
# "完成目标任务的105.8%" measures against a target; the figure itself is actual.
# Words that look like kind words but are not: a target used as a yardstick ("完成目标任务的
# 105.8%"), funds that were secured ("争取配套资金2.35亿元").
NOT_A_KIND_WORD = re.compile(r"完成[^，。]{0,6}目标(?:任务)?|目标任务|年度目标|目标的|计划的|争取(?=[^，。；]{0,8}(?:资金|债券|专项|政策|支持|补助))")
ALREADY_DONE = re.compile(r"(?:已|累计)(?:完成|实现)")
NOUN_PHRASE_END = re.compile(r"[，,。；;：:、！？（）()“”]|的|和|与|及|共|等|参与|成立|发送|在|已|将|为|是|占|中")
SIZE_CLASS = re.compile(r"^(?:以上|以下)?的?(?:[\u4e00-\u9fff]{0,2}项目)")
LIST_JOINERS = re.compile(r"^(?:、|和|及|与|以及|,|，)$")

UNIT_INDICATORS = {
    "mu": "land_area", "km2": "land_area", "m2": "land_area", "tonne_per_year": "capacity",
    "km": "distance", "rank": "ranking", "day": "duration", "hour": "duration", "week": "duration",
    "month": "duration", "year": "duration", "minute": "duration", "GB": "other",
    "kWh": "electricity_use", "kW": "capacity",
}
MONEY = {"CNY", "USD", "EUR", "HKD"}
_PEOPLE_MEASURE_WORDS = ("人", "人次", "名")
QUANTITY_ONLY_INDICATORS = frozenset({"capacity", "land_area", "distance", "freight", "electricity_use", "energy_use",
                                      "duration", "ranking"})
_NAMED_AFTER_UNITS = {"mu", "km2", "m2", "tonne_per_year", "tonne", "CNY"}  # "占地400亩的…公司"
CONCRETE_EXTRA = ["城市", "观摩点", "专班", "锦旗", "人", "省", "县", "示范点", "示范区", "基地", "平台",
                  "中心", "生产线", "团队", "小组", "园区", "企业"]


def _start_lookup(starts: list[int]) -> Callable[[int], int]:
    """The last of ``starts`` (sorted) at or before a position, remembered per position: each figure asks
    several times."""
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


_ENTITY_CACHE: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _entity_patterns(suffixes: str, indicators: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A name at the start of a clause ending with an organisation suffix, followed by its verb, a period or
    the indicator it reports ("…有限公司产值突破20亿元"): one pattern for a sentence's first clause, one for
    the clauses after a mark (the mark comes first, so the regex engine can skip to the marks)."""
    key = suffixes + "|" + indicators
    if key not in _ENTITY_CACHE:
        # (a project's name may hold its capacity: 年产20万套新能源汽车电驱系统项目)
        name = (rf"(?P<name>[\u4e00-\u9fff](?:[\u4e00-\u9fff·]|（[\u4e00-\u9fff]{{1,6}}）|(?<=产)\d+(?:\.\d+)?){{1,16}}?"
                rf"(?:{suffixes}))"
                r"(?=已|当年|全年|部分|的|在|正|将|年|共|累计|实现|完成|新|获|被|于|今年|去年|目前|停工|环评|开展|争取|分别|"
                r"组织|成立|出台|举办|引进|签约|建成|实施|推进|达到|第|投资|总投资|计划|拟|投入|位于|占地|生产|作为|是|由|通过|"
                # a company may be followed straight by its period, figure or indicator
                r"(?<=公司|集团)(?:前\d|前[一二三四五六七八九十]|上半年|一季度|\d|" + indicators + "))")
        _ENTITY_CACHE[key] = (re.compile(name), re.compile("[，,；、]" + name))
    return _ENTITY_CACHE[key]


@lru_cache(maxsize=8)
def _named_after_pattern(suffixes: str) -> re.Pattern[str]:
    """An organisation named after 的 at the end of a clause: "占地400亩的濮集物流公司"."""
    return re.compile(rf"的([\u4e00-\u9fff·]{{2,14}}?(?:{suffixes}))"
                      r"(?=[，,。；、]|$|由|已|将|正|在|于|预计|计划|占地|建成|投产|开工|落户|总投资)")


def concrete_noun_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(trie_pattern(set(lexicon.count_noun_of) | set(CONCRETE_EXTRA)))


class DocumentContext:
    """Sentence, clause, article and period structure of one compact text."""

    def __init__(self, text: str, periods: list[PeriodMention], zone_name: str | None,
                 lexicon: Lexicon, published: date | None):
        self.text = text
        self.lexicon = lexicon
        self.zone_name = zone_name
        self.published = published
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
        if "本报讯" in text or "核心提示" in text or "——" in text:
            self.article_starts += [m.start() for m in ARTICLE_START.finditer(text)]
        self.sentence_start = _start_lookup(self.sentence_starts)
        self.clause_start = _start_lookup(self.clause_starts)
        self.full_stop_start = _start_lookup(self.full_stop_starts)
        self.article_start = _start_lookup(self.article_starts)
        self.periods = [p for p in periods if not p.is_base]
        self.period_ends = [p.end for p in self.periods]
        self._article_subjects: dict[int, str | None] = {}
        self._article_villages: dict[int, str | None] = {}
        self._names_by_article: dict[int, list[tuple[int, str, bool]]] = {}
        self._located: dict[int, Location] = {}
        self._entity_at_start, self._entity_after_mark = _entity_patterns(lexicon.subject_suffix_pattern,
                                                                              lexicon.indicator_pattern.pattern)
        self._kind_cache: dict[int, list[tuple[int, int, str]]] = {}
        self._entity_cache: dict[int, list[tuple[int, str]]] = {}
        self._named_after = _named_after_pattern(lexicon.subject_suffix_pattern)

    # -- structure ---------------------------------------------------------------
    def locate(self, pos: int) -> Location:
        """Where the sentence, clause, full-stop sentence and article holding ``pos`` start: asked for by
        every attribute of a figure, so found once per position."""
        found = self._located.get(pos)
        if found is None:
            found = self._located[pos] = Location(self.sentence_start(pos), self.clause_start(pos),
                                                  self.full_stop_start(pos), self.article_start(pos))
        return found

    def sentence_number(self, pos: int) -> int:
        """Index of the sentence (up to 。！？) holding ``pos``."""
        return bisect.bisect_right(self.full_stop_starts, pos) - 1

    def full_sentence(self, pos: int) -> tuple[int, int]:
        """Compact [start, end) of the sentence (up to and including 。！？) holding ``pos``."""
        i = bisect.bisect_right(self.full_stop_starts, pos)
        start = self.full_stop_starts[i - 1]
        end = self.full_stop_starts[i] if i < len(self.full_stop_starts) else len(self.text)
        while start < end and self.text[start] in "”’」』）) ":
            start += 1
        return start, end

    def is_size_class(self, mention: RawMention) -> bool:
        return mention.unit in MONEY and bool(SIZE_CLASS.match(self.text[mention.end:mention.end + 6]))

    def in_breakdown(self, pos: int) -> bool:
        start = self.full_stop_start(pos)
        return "其中" in self.text[start:pos]

    def clause_end(self, pos: int) -> int:
        i = bisect.bisect_right(self.clause_starts, pos)
        return self.clause_starts[i] - 1 if i < len(self.clause_starts) else len(self.text)

    # -- attributes --------------------------------------------------------------
    def period_for(self, mention: RawMention, kind: str = "actual") -> str | None:
        if mention.unit in ("year", "tonne_per_year"):
            return None  # a span of years, or a yearly capacity, is not a figure of one period
        sentence, _, _, article = self.locate(mention.start)
        i = bisect.bisect_right(self.period_ends, mention.start)
        chosen: PeriodMention | None = None
        for j in range(i - 1, -1, -1):
            p = self.periods[j]
            if p.start < article:
                break
            if p.start >= sentence:
                chosen = p
                break
            if p.carries_over and not (kind in ("actual", "plan") and self._is_future(p)):
                # A goal's year ("力争到2025年") does not date what later sentences report as done.
                chosen = p
                break
        if kind in ("expected", "plan"):
            since = chosen.end if chosen is not None and chosen.start >= sentence and not chosen.follows_frame \
                else sentence
            between = self.text[since:mention.start]
            if ANNUAL_RATE.search(between) or AFTER_COMPLETION.search(between):
                return None  # "达产后可实现年产值20亿元": a yearly capacity, not a period's figure
        if chosen is not None and chosen.follows_frame:
            frame = self._frame_year(self.periods.index(chosen), article)
            return frame if frame is not None else chosen.period
        if chosen is not None:
            return chosen.period
        # "5亿元（2019年）": a period printed right after the figure, in its clause
        clause_end = self.clause_end(mention.end)
        if i < len(self.periods) and mention.end <= self.periods[i].start < clause_end:
            return self.periods[i].period
        return None

    def _is_future(self, period: PeriodMention) -> bool:
        """Whether a period reaches past the publication ("2025", "2021/2025", "今年10月" in March)."""
        if self.published is None or period.period is None:
            return False
        end = period.period.split("/")[-1]  # "2025", "2024-10", "2021/2025", "2020-01/2020-05"
        if len(end) >= 7:
            return (int(end[:4]), int(end[5:7])) > (self.published.year, self.published.month)
        return int(end[:4]) > self.published.year

    def _frame_year(self, index: int, article: int) -> str | None:
        """The year of the period talked about before position ``index`` in the article."""
        for j in range(index - 1, -1, -1):
            p = self.periods[j]
            if p.start < article:
                break
            if p.period and p.carries_over and not p.follows_frame:
                if "/" in p.period and self.published is not None:
                    # after "“十四五”以来" (2021/2024), 全年 is the latest year of the span, not the first
                    return str(min(int(p.period.split("/")[-1][:4]), self.published.year))
                return p.period[:4]
        return None

    def article_subject(self, pos: int) -> str | None:
        """A sub-district an article is about (昌湖办…), named early in the article."""
        start = self.article_start(pos)
        if start not in self._article_subjects:
            window = self.text[start:start + 160]
            found = None
            # The patterns are slow on long windows; most articles name neither, and str's `in` is fast.
            organisation = ORGANISATION.search(window) if "委" in window or "工会" in window else None
            for m in SUB_DISTRICT.finditer(window) if "办" in window else ():
                if m.group(1) not in ("街道", "主办", "承办", "举办", "督办", "交办", "创办", "开办", "筹办", "营商",
                                      "宣统", "巡察", "想办", "要办"):
                    found = m.group()
                    break
            if organisation and (found is None or organisation.start() < window.find(found)):
                found = organisation.group()
            self._article_subjects[start] = found
        return self._article_subjects[start]

    def subject_for(self, mention: RawMention) -> str | None:
        text, start = self.text, mention.start
        if mention.printed_unit == "强":
            m = NAME_AFTER_RANK.match(text, mention.end, mention.end + 24)
            if m:
                return m.group(1)  # "市值排行榜十强三棵树": the ranked company follows
        if mention.unit in _NAMED_AFTER_UNITS:
            m = self._named_after.match(text[mention.end:mention.end + 24])
            if m and not NOT_AN_ENTITY.search(m.group(1)):
                return m.group(1)  # "占地400亩的濮集物流公司"
        sentence, clause, stop, _ = self.locate(start)
        if mention.unit == "tonne_per_year":
            m = PROJECT_TAIL.match(text, mention.end, mention.end + 24)
            head = NAME_AT_CLAUSE_START.match(text[clause:start])
            if m and head:
                return NAME_LEAD.sub("", head.group(1)) + m.group(1)  # "君恒生物 40万吨/年重蜡加氢…项目"
        for end, name in reversed(self._entities(sentence)):
            if end <= start:
                if not NOT_AN_ENTITY.search(name):
                    return name
                break
        # (from the full stop: "公司实现营业收入6.8亿元；今年1-5月，营业收入…" still refers to it)
        that = THAT_COMPANY.search(text, stop, start) if (
            text.find("该", stop, start) >= 0 or text.find("公司", stop, start) >= 0
            or text.find("集团", stop, start) >= 0) else None
        if that is not None:
            named = self._last_named_entity(start, companies_only="项目" not in that.group())
            if named:
                return named  # "该公司…年货物吞吐量108万吨" refers back to the last named company
        if text.find("村", clause, start) >= 0:
            village = self.article_village(start)
            if village:
                return village  # "全村捐款金额达10余万元" in an article about one village
        return self.article_subject(mention.start) or self.zone_name

    def _last_named_entity(self, pos: int, companies_only: bool = False) -> str | None:
        """The company (or any organisation or project) a "该公司", "公司" or "该项目" refers to: the last one
        named in the 1500 characters before, in the same article."""
        named = self._article_names(self.article_start(pos))
        for end, name, is_company in reversed(named[:bisect.bisect_right(named, (pos, "\uffff", True))]):
            if end < pos - 1500:
                break
            if is_company or not companies_only:
                return name
        return None

    def _article_names(self, article: int) -> list[tuple[int, str, bool]]:
        """(end, name, is it a company) of the organisations an article names, found once per article."""
        if article not in self._names_by_article:
            end = self._article_end(article)
            names = [(m.end(1), m.group(1), bool(COMPANY_SUFFIX.search(m.group(1))))
                     for m in self._named_after.finditer(self.text, article, end)]
            for m in COMPANY_SUFFIX.finditer(self.text, article, end):
                head = COMPANY_NAME_BEFORE.search(self.text, max(article, m.start() - 24), m.start())
                if head is not None:
                    name = NAME_AFTER_FUNCTION_WORD.sub("", head.group()) + m.group()
                    if len(name) > len(m.group()) + 1 and not NOT_AN_ENTITY.search(name):
                        names.append((m.end(), name, True))
            self._names_by_article[article] = sorted(names)
        return self._names_by_article[article]

    def article_village(self, pos: int) -> str | None:
        start = self.article_start(pos)
        if start not in self._article_villages:
            self._article_villages[start] = self._find_village(start)
        return self._article_villages[start]

    def _article_end(self, article: int) -> int:
        i = bisect.bisect_right(self.article_starts, article)
        return self.article_starts[i] if i < len(self.article_starts) else len(self.text)

    def _find_village(self, start: int) -> str | None:
        m = VILLAGE.search(self.text, start, self._article_end(start))
        return m.group(1) if m and not m.group(1).startswith(("各", "全", "该", "每", "本", "行政", "个")) else None

    def indicator_for(self, mention: RawMention, list_position: tuple[int, int] | None,
                      previous: str | None = None, earlier: str | None = None) -> str:
        """``previous`` is the indicator of the figure before this one in the same sentence, ``earlier`` that of
        the last figure of an earlier sentence of the same article."""
        lexicon = self.lexicon
        sentence, clause, _, _ = self.locate(mention.start)
        if mention.unit == "count":
            return self._count_indicator(mention, clause)
        if list_position is not None:
            index, size = list_position
            head = self.text[sentence:mention.start]
            cut = head.rfind("分别")
            names = lexicon.indicators_in_order(head[:cut] if cut >= 0 else head)
            if len(names) >= size:
                return names[len(names) - size + index]
        if mention.unit in MONEY and SIZE_CLASS.match(self.text[mention.end:mention.end + 6]):
            return "investment"  # "1亿元至5亿元项目", "亿元以上项目": projects of that size
        if mention.unit in MONEY or mention.unit in ("percent", "percentage_point", "permille", "tonne", "other",
                                                      "kWh", "kW"):
            if previous is not None and COMPLETION_OF_PLAN.search(self.text[clause:mention.start]):
                return previous  # "完成投资18.52亿元，占年计划投资额的55.67%"
            # money is never a capacity, an area or a distance ("年产…12万吨，…节省物流成本3000万元")
            exclude = QUANTITY_ONLY_INDICATORS if mention.unit in MONEY else frozenset()
            share_of = self.text.rfind("占", clause, mention.start) if mention.unit == "percent" else -1
            # "工业投资占全部投资的比重62.4%": a share belongs to the part named before 占, not to the whole
            found = lexicon.last_indicator(self.text[clause:share_of]) if share_of >= 0 else None
            if found is None and share_of >= 0 and previous is not None:
                return previous  # "工业投资增长12%，占全部投资的比重46.2%"
            if found is None:
                found = lexicon.last_indicator(self.text[clause:mention.start], exclude)
            if found is None and previous is not None and mention.unit == "percentage_point":
                return previous  # "…比重62.4%，较去年同期提高5.1个百分点": the change of the figure before
            if found is None:
                found = lexicon.last_indicator(self.text[sentence:mention.start], exclude)
            if found is not None:
                return found[0]
            after = lexicon.last_indicator(self.text[mention.end:self.clause_end(mention.end)])
            if after is not None:
                return after[0]
            if (earlier not in (None, "other") and mention.unit in ("percent", "percentage_point")
                    and GROWTH_REFERENCE.search(self.text, sentence, mention.start)):
                return earlier  # "…增长10.2%。增速高于全省2个百分点": the growth just reported
        return UNIT_INDICATORS.get(mention.unit, "other")

    def _count_indicator(self, mention: RawMention, clause: int) -> str:
        lexicon = self.lexicon
        printed = mention.printed_unit
        if ANNUAL_OUTPUT_BEFORE.search(self.text, max(clause, mention.start - 8), mention.start):
            return "capacity"  # 年产20万套: what a plant can make in a year
        if printed in ("个村", "村"):
            return "villages"
        # The noun phrase after the measure word ends with its head noun: 7家村建筑公司 counts 公司.
        phrase = NOUN_PHRASE_END.split(mention.noun, maxsplit=1)[0][:10]
        nouns = list(lexicon.count_noun_pattern.finditer(phrase))
        if nouns and (nouns[0].start() == 0 or printed in ("个", "大", "面", "位", "支", "家", "名")):
            return lexicon.count_noun_of[nouns[-1].group()]
        starts = (clause, self.sentence_start(mention.start)) if printed == "个" else (clause,)
        for start in starts:
            before = list(lexicon.count_noun_pattern.finditer(self.text[start:mention.start]))
            if before:
                found = lexicon.count_noun_of[before[-1].group()]
                if printed in _PEOPLE_MEASURE_WORDS and found not in ("people", "jobs"):
                    break  # "帮助企业解决用工八千余人次" counts people, not the enterprises named before
                return found
        return lexicon.measure_word_defaults.get(printed, "other")

    def measure_for(self, mention: RawMention, indicator: str) -> str:
        sentence, clause, _, _ = self.locate(mention.start)
        clause_text = self.text[clause:mention.start]
        sentence_text = self.text[sentence:mention.start]
        if mention.unit == "rank":
            return "change" if mention.printed_unit in ("个位次", "位次") else "rank"
        if mention.unit == "count":
            if indicator == "capacity":
                return "level"  # 年产20万套 is an amount produced, not a number of things
            # "较去年同期增加逾2千家": a change in a count
            return "change" if COUNT_CHANGE.search(clause_text) else "count"
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
        if mention.printed_unit == "倍":  # 增长1.5倍: growth by a multiple
            return "growth_rate" if GROWTH_WORDS.search(clause_text) else "level"
        if mention.printed_unit in ("ratio", "fraction"):
            return "share"
        if CHANGE_WORDS.search(clause_text[-4:]) and mention.unit in ("month", "day", "year", "week"):
            return "change"
        return "level"

    def kind_for(self, mention: RawMention, indicator: str, measure: str) -> str:
        # "预计…总产值完成106亿元，同比增长18.7%；工业增加值完成29.2亿元" : 预计 reaches across ；
        _, clause, start, _ = self.locate(mention.start)
        sentence_text = self.text[start:mention.start]
        kind = "actual"
        for word_start, word_end, word_kind in self._kind_words(start):
            if word_end > mention.start:
                break
            if word_kind in self.lexicon.clause_scoped_kinds and word_start < clause:
                continue
            kind = word_kind
        if kind == "actual" and mention.unit in ("month", "day", "year") and SCHEDULE.search(
                self.text, max(clause, mention.start - 6), mention.start):
            return "plan"  # "建设工期18个月": a project's schedule
        if measure == "completion_rate" and kind == "plan":
            return "actual"  # a share of the plan that is done is itself a result
        if kind == "actual" and indicator == "investment" and measure == "level":
            clause_text = self.text[clause:mention.end + 4]
            if (PLAN_SIZE_WORDS.search(clause_text) or mention.qualifier in ("range", "over")
                    or SIZE_OF_PROJECT.match(self.text, mention.end)):
                # "总投资12亿元", "投资50亿元的…项目": the size of a project, unless it is done and the money spent
                # (a size class, 亿元以上项目, stays a plan size whatever happened to the projects)
                done = mention.qualifier not in ("range", "over") and SPENT.search(
                    self.text, mention.end, self.full_sentence(mention.start)[1])
                return "actual" if done else "plan"
        if kind == "target" and ALREADY_DONE.search(sentence_text[-12:]):
            return "actual"
        return kind

    def _kind_words(self, sentence_start: int) -> list[tuple[int, int, str]]:
        """Kind words of the sentence starting at ``sentence_start``, computed once per sentence."""
        found = self._kind_cache.get(sentence_start)
        if found is None:
            i = bisect.bisect_right(self.full_stop_starts, sentence_start)
            end = self.full_stop_starts[i] if i < len(self.full_stop_starts) else len(self.text)
            sentence = NOT_A_KIND_WORD.sub(lambda m: "·" * len(m.group()), self.text[sentence_start:end])
            found = [(sentence_start + m.start(), sentence_start + m.end(), self.lexicon.kind_of[m.group()])
                     for m in self.lexicon.kind_pattern.finditer(sentence)]
            self._kind_cache[sentence_start] = found
        return found

    def _entities(self, sentence_start: int) -> list[tuple[int, str]]:
        """(end, name) of organisations named at clause starts in a sentence, computed once per sentence."""
        found = self._entity_cache.get(sentence_start)
        if found is None:
            i = bisect.bisect_right(self.sentence_starts, sentence_start)
            end = self.sentence_starts[i] if i < len(self.sentence_starts) else len(self.text)
            sentence = self.text[sentence_start:end]
            first = self._entity_at_start.match(sentence)
            found = [(sentence_start + m.end("name"), NAME_LEAD.sub("", m.group("name")))
                     for m in ([first] if first else []) + list(self._entity_after_mark.finditer(sentence))]
            self._entity_cache[sentence_start] = found
        return found

    def is_falling(self, mention: RawMention) -> bool:
        clause_text = self.text[self.locate(mention.start).clause:mention.start]
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
