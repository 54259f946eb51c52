"""What a figure means: indicator, measure, kind and period, read from its clause (its subject comes from
:mod:`parkmetrics.subjects`, the clauses and sentences from :mod:`parkmetrics.structure`).

Rules follow the grammar of statistical reporting rather than any one page:
the nearest naming word before a figure in its clause names it; "分别" lists align
names and values by position; kind words (预计, 力争, 计划) hold until the sentence ends;
a period stated in a sentence holds for it and, for later sentences of the same
article, until another period is stated.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from datetime import date

from .lexicon import Lexicon
from .mentions import ANNUAL_OUTPUT, CURRENCIES, RawMention
from .periods import PeriodMention
from .structure import Location, PageStructure
from .subjects import SubjectFinder
from .trie import trie_pattern

GROWTH_WORDS = re.compile(r"增长|增速|同比|环比|增幅|提高|提升|上升|下降|减少|回落|降低|下滑|涨|降幅|增加|压减|压缩|缩减"
                          r"|增[逾近超约]?$|(?:较|比)[^，。；]{0,12}多了?$")  # "GDP增逾一成", "比去年同期多了两成多"
COUNT_CHANGE = re.compile(r"(?:较|比)[^，。；]{0,12}(?:增加|减少|多|少|增长|净增|多出)了?(?:逾|超过?|近|约)?$")
AMOUNT_CHANGE = re.compile(r"(?:(?:较|比)[^，。；]{0,12}(?:增加|减少|多|少|增长|提高|下降)|(?<!值)(?:提高|减少|下降|增收|减收))"
                           r"了?(?:逾|超过?|近|约)?$")
GROWTH_REFERENCE = re.compile(r"增速|增幅|增长率|涨幅")  # the growth of something named before
FALL_WORDS = re.compile(r"(?:下降|减少|回落|降低|下滑|降幅|压减|压缩|缩减)[了达为至]?$")
SHARE_WORDS = re.compile(r"占|比重|占比|份额|增长面|比例")
LEVEL_OF_RATE = re.compile(r"率[^，。；]{0,4}(?:下降|降低|提高|提升|上升|增长)(?:到|至)$")
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
PLAN_SIZE_WORDS = re.compile(r"总投资|投资总额|概算|计划投资|投资规模|年度计划|项目|估算|意向|[一二三四]期")
# "完成目标任务的105.8%" measures against a target; the figure itself is actual.
# Words that look like kind words but are not: a target used as a yardstick ("完成目标任务的
# 105.8%"), funds that were secured ("争取配套资金2.35亿元").
NOT_A_KIND_WORD = re.compile(r"完成[^，。]{0,6}目标(?:任务)?|目标任务|年度目标|目标的|计划的|争取(?=[^，。；]{0,8}(?:资金|债券|专项|政策|支持|补助))"
                             # 集成电路设计企业, 模具设计、检验检测: a trade, not a plan (设计产能 is one)
                             r"|设计(?!产能|规模|年产|容量|生产能力)"
                             r"|计划(?=[”》])|人才计划|英才计划|引才计划")  # “3551光谷人才计划”: a programme's name
ALREADY_DONE = re.compile(r"(?:已|累计)(?:完成|实现)")
NOUN_PHRASE_END = re.compile(r"[，,。；;：:、！？（）()“”]|的|和|与|及|共|等|参与|成立|发送|在(?!建)|已|将|为|是|占|中")
SIZE_CLASS = re.compile(r"^(?:以上|以下)?的?(?:[\u4e00-\u9fff]{0,2}项目)")
# "年度计划投资312亿元" (but "完成全年目标任务的108%" is a share of the plan done so far)
STANDING_AREA = re.compile(r"(?:规划面积|总面积|区域面积|辖区面积|占地面积|总占地)[约为达]{0,2}$")
ANNUAL_PLAN = re.compile(r"(?:年度计划|全年计划|年度目标|全年目标)[^，。；的]{0,8}(?:为|达|是)?$")
INDUSTRY_STRUCTURE = re.compile(r"产业结构|三次产业|产业比例|三产比例|三次产业比")
LIST_JOINERS = re.compile(r"^(?:、|和|及|与|以及|,|，)$")

UNIT_INDICATORS = {
    "mu": "land_area", "km2": "land_area", "m2": "land_area", "tonne_per_year": "capacity",
    "km": "distance", "rank": "ranking", "day": "duration", "hour": "duration", "week": "duration",
    "month": "duration", "year": "duration", "minute": "duration", "GB": "other",
    "kWh": "electricity_use", "kW": "capacity",
}
MONEY = {"CNY", "USD", "EUR", "HKD"}
_PEOPLE_MEASURE_WORDS = ("人", "人次", "名")
_EVENT_MEASURE_WORDS = ("次", "场", "场次", "批次", "轮")
_THING_MEASURE_WORDS = ("辆", "台", "套", "艘", "架", "片", "件", "颗", "锭")
HIRING = re.compile(r"招聘|新招|招收|招工|招录")
QUANTITY_ONLY_INDICATORS = frozenset({"capacity", "land_area", "distance", "freight", "electricity_use", "energy_use",
                                      "duration", "ranking"})
CONCRETE_EXTRA = ["城市", "观摩点", "专班", "锦旗", "人", "省", "县", "示范点", "示范区", "基地", "平台",
                  "中心", "生产线", "团队", "小组", "园区", "企业"]


def concrete_noun_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(trie_pattern(set(lexicon.count_noun_of) | set(CONCRETE_EXTRA)))


class DocumentContext(PageStructure):
    """The structure of one compact text, its periods and subjects, and what each figure in it means."""

    def __init__(self, text: str, periods: list[PeriodMention], zone_name: str | None,
                 lexicon: Lexicon, published: date | None):
        super().__init__(text)
        self.lexicon = lexicon
        self.published = published
        self.periods = [p for p in periods if not p.is_base]
        self.period_ends = [p.end for p in self.periods]
        self.subjects = SubjectFinder(self, zone_name, lexicon)
        self._kind_cache: dict[int, list[tuple[int, int, str]]] = {}

    def subject_for(self, mention: RawMention, where: Location) -> str | None:
        return self.subjects.subject_for(mention, where)

    def is_size_class(self, mention: RawMention) -> bool:
        return mention.unit in MONEY and bool(SIZE_CLASS.match(self.text[mention.end:mention.end + 6]))


    # -- attributes --------------------------------------------------------------
    def period_for(self, mention: RawMention, where: Location, kind: str = "actual",
                   list_position: tuple[int, int] | None = None) -> str | None:
        if mention.unit in ("year", "tonne_per_year"):
            return None  # a span of years, or a yearly capacity, is not a figure of one period
        sentence, article = where.sentence, where.article
        i = bisect.bisect_right(self.period_ends, mention.start)
        if mention.unit in ("km2", "m2", "mu") and (
                self.text.startswith("的", mention.end)
                or STANDING_AREA.search(self.text, max(where.clause, mention.start - 8), mention.start)) and not (
                i > 0 and self.periods[i - 1].start >= where.clause):
            # "规划面积6平方公里的…产业园", "占地400亩的…公司": what a place is, not a period's figure (unless its
            # clause dates it: "2003年从一个不到200平方米的小作坊起步")
            return None
        if list_position is not None:
            # "一季度和上半年…分别增长18.5%和22.2%": periods listed before 分别 pair with the figures in order
            index, size = list_position
            cut = self.text.rfind("分别", sentence, mention.start)
            listed = [p for p in self.periods[:i] if p.start >= sentence and p.end <= cut and p.period]
            if len(listed) == size:
                return listed[index].period
        chosen: PeriodMention | None = None
        for j in range(i - 1, -1, -1):
            p = self.periods[j]
            if p.start < article:
                break
            if p.start >= sentence or (not p.carries_over and p.start >= where.stop):
                # (a day or a point in time dates its whole sentence, across ；: "9月末，存款余额…；贷款余额…")
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
        if self.text.find("年", where.clause, mention.start) >= 0 and ANNUAL_PLAN.search(
                self.text, where.clause, mention.start):
            # "年度计划投资312亿元": the plan is for the whole year the report is about
            year = chosen.period.split("/")[-1][:4] if chosen is not None and chosen.period else (
                str(self.published.year) if self.published else None)
            return year
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

    def indicator_for(self, mention: RawMention, where: Location, list_position: tuple[int, int] | None,
                      previous: str | None = None, earlier: str | None = None,
                      figures_before: Sequence[str] = ()) -> str:
        """``previous`` is the indicator of the figure before this one in the same sentence, ``earlier`` that of
        the last figure of an earlier sentence of the same article, ``figures_before`` those of the sentence's
        figures before the '分别' list this one is in."""
        lexicon = self.lexicon
        sentence, clause = where.sentence, where.clause
        if mention.unit == "count":
            return self._count_indicator(mention, clause)
        if mention.unit == "rank":
            return "ranking"  # "分别居全市第1位、第2位": a rank whatever it ranks
        if mention.unit in ("m2", "km"):
            found_area = lexicon.last_indicator(self.text[clause:mention.start])
            if found_area is not None and found_area[0] == "other":
                return "other"  # "总建筑面积20万平方米": floor space, not land; "新建道路32公里": built, not travelled
        if list_position is not None:
            index, size = list_position
            head = self.text[sentence:mention.start]
            cut = head.rfind("分别")
            names = lexicon.indicators_in_order(head[:cut] if cut >= 0 else head)
            if len(names) >= size:
                return names[len(names) - size + index]
            if mention.unit in ("percent", "percentage_point") and len(figures_before) >= size:
                # "引进项目37个，协议投资额约216亿元，同比分别增长23.3%和41.2%": the growth of each figure before
                return figures_before[len(figures_before) - size + index]
        if mention.printed_unit == "ratio" and INDUSTRY_STRUCTURE.search(self.text, sentence, mention.start):
            return "gdp"  # 三次产业结构为0.3:48.5:51.2: each industry's share of the economy
        if self.is_size_class(mention):
            return "investment"  # "1亿元至5亿元项目", "亿元以上项目": projects of that size
        if mention.unit in MONEY or mention.unit in ("percent", "percentage_point", "permille", "tonne", "other",
                                                      "kWh", "kW"):
            if previous is not None and COMPLETION_OF_PLAN.search(self.text[clause:mention.start]):
                return previous  # "完成投资18.52亿元，占年计划投资额的55.67%"
            # money is never a capacity, an area or a distance ("年产…12万吨，…节省物流成本3000万元")
            money = mention.unit in MONEY or mention.printed_unit in CURRENCIES  # (澳门元 is unit "other")
            exclude = QUANTITY_ONLY_INDICATORS if money else frozenset()
            share_of = self.text.rfind("占", clause, mention.start) if mention.unit == "percent" else -1
            # "工业投资占全部投资的比重62.4%": a share belongs to the part named before 占, not to the whole
            found = lexicon.last_indicator(self.text[clause:share_of]) if share_of >= 0 else None
            if found is None and share_of >= 0 and previous is not None:
                return previous  # "工业投资增长12%，占全部投资的比重46.2%"
            if found is None and mention.unit == "percent" and self.text.startswith("的", mention.end):
                named = lexicon.indicators_in_order(self.text[mention.end + 1:min(mention.end + 12,
                                                                                  self.clause_end(mention.end))])
                if named:
                    return named[0]  # "全区近九成的地区生产总值和八成以上的税收": the share of what follows
            if found is None:
                found = lexicon.last_indicator(self.text[clause:mention.start], exclude)
            if (found is None and previous is not None and previous != "other" and mention.unit == "percent"
                    and GROWTH_WORDS.search(self.text, clause, mention.start)):
                return previous  # "外资企业312家，增长近两成": the growth of the figure before
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
        if ANNUAL_OUTPUT.search(self.text, max(clause, mention.start - 12), mention.start):
            return "capacity"  # 年产20万套: what a plant can make in a year
        if printed in ("个村", "村"):
            return "villages"
        # The noun phrase after the measure word ends with its head noun: 7家村建筑公司 counts 公司.
        phrase = NOUN_PHRASE_END.split(mention.noun, maxsplit=1)[0][:10]
        nouns = list(lexicon.count_noun_pattern.finditer(phrase))
        if nouns and printed in _PEOPLE_MEASURE_WORDS:
            people = [n for n in nouns if lexicon.count_noun_of[n.group()] in ("people", "jobs", "population")]
            if people:
                found = lexicon.count_noun_of[people[0].group()]  # "400名村民进厂务工": people, not the plant
                return "jobs" if found == "people" and HIRING.search(self.text, clause, mention.start) else found
        if nouns and (nouns[0].start() == 0 or printed in ("个", "大", "面", "位", "支", "家", "名")):
            return lexicon.count_noun_of[nouns[-1].group()]
        if printed in _EVENT_MEASURE_WORDS:
            return lexicon.measure_word_defaults.get(printed, "activities")  # "走访企业600余次" counts visits
        if printed in _THING_MEASURE_WORDS:
            return lexicon.measure_word_defaults.get(printed, "other")  # "新能源汽车产量达48.6万辆" counts cars
        starts = (clause, self.sentence_start(mention.start)) if printed in ("个", "户") else (clause,)
        for start in starts:
            before = list(lexicon.count_noun_pattern.finditer(self.text[start:mention.start]))
            if before:
                found = lexicon.count_noun_of[before[-1].group()]
                if printed in _PEOPLE_MEASURE_WORDS and found not in ("people", "jobs", "population"):
                    break  # "帮助企业解决用工八千余人次" counts people, not the enterprises named before
                if found == "people" and HIRING.search(self.text, clause, mention.start):
                    return "jobs"  # "新招了120多名员工": jobs filled
                return found
        found = lexicon.measure_word_defaults.get(printed, "other")
        return "jobs" if found == "people" and HIRING.search(self.text, clause, mention.start) else found

    def measure_for(self, mention: RawMention, where: Location, indicator: str) -> str:
        sentence, clause = where.sentence, where.clause
        clause_text = self.text[clause:mention.start]
        sentence_text = self.text[sentence:mention.start]
        if mention.unit == "rank":
            return "change" if mention.printed_unit in ("个位次", "位次") else "rank"
        if mention.unit == "count":
            if indicator == "capacity":
                return "level"  # 年产20万套 is an amount produced, not a number of things
            # "较去年同期增加逾2千家": a change in a count
            return "change" if COUNT_CHANGE.search(clause_text) else "count"
        if mention.printed_unit == "ratio" or (mention.printed_unit == "fraction" and (
                "占" in clause_text or not GROWTH_WORDS.search(clause_text))):
            return "share"  # 三次产业结构为0.3:48.5:51.2, 占三分之一 (but 增长三分之一 is a growth)
        if mention.unit in ("percent", "permille"):
            if COMPLETION_WORDS.search(clause_text):
                return "completion_rate"
            if SHARE_WORDS.search(clause_text) or LEVEL_OF_RATE.search(clause_text):
                return "share"  # (and "不良率下降到0.3%", "比例达98.6%": the rate itself)
            if GROWTH_WORDS.search(clause_text) or GROWTH_WORDS.search(sentence_text):
                return "growth_rate"
            return "share"
        if mention.unit == "percentage_point":
            return "change"
        if mention.printed_unit == "倍":  # 增长1.5倍: growth by a multiple
            return "growth_rate" if GROWTH_WORDS.search(clause_text) else "level"
        if (CHANGE_WORDS.search(clause_text[-4:]) and mention.unit in ("month", "day", "year", "week")
                and not clause_text.endswith(("到", "至", "为"))):  # (缩短到20个工作日 is the new length)
            return "change"
        if AMOUNT_CHANGE.search(clause_text):
            return "change"  # "比去年同期增加7.4亿元", "亩均税收提高11.3万元": a change in an amount
        return "level"

    def kind_for(self, mention: RawMention, where: Location, indicator: str, measure: str) -> str:
        # "预计…总产值完成106亿元，同比增长18.7%；工业增加值完成29.2亿元" : 预计 reaches across ；
        # ... unless the part after ； is about another company or project: "…预计…；B公司一季度实现营业收入4.2亿元"
        part, clause, start = where.sentence, where.clause, where.stop
        if part > start and self.subjects.names_before(part, mention.start):
            start = part
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

    def is_falling(self, mention: RawMention, where: Location) -> bool:
        clause_text = self.text[where.clause:mention.start]
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
