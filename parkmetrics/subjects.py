"""Who or what a figure is about: the zone, a sub-district office, a village, a park, a company or a project.

The article's zone is the default. A name at the start of a clause followed by what it did ("…有限公司实现
产值"), a name after 的 ("占地400亩的…公司"), a reference back ("该公司", a clause opening with 公司) or the
sub-district an article is about override it. Pages from unlisted zones are named from their text.
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import lru_cache

from .lexicon import Lexicon
from .mentions import RawMention
from .structure import Location, PageStructure
from .trie import trie_pattern

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
NAME_LEAD = re.compile(r"^(?:其中|另外|此外|同时|另一家企业|另一家|还有|龙头企业|领军企业|重点企业|骨干企业|链主企业|由|以"
                       r"|全年|今年|去年|当年|上半年|下半年|前三季度|[一二三四]季度|力争|计划|预计)+")
# "该公司…", and in a feature about one company "…。公司实现营业收入6.8亿元": the company named before
# (every alternative begins with a character, so that the regex engine can skip to it; the clause mark is part
# of the match, and the search starts one character before the sentence)
THAT_COMPANY = re.compile(r"该(?:公司|企业|项目|集团)|这家[\u4e00-\u9fff\d]{0,12}?(?:公司|企业)"
                          r"|[，,；;：:。！？!?“月年度](?:公司|集团)(?![总数名员])"  # (also "1—11月公司实现产值…")
                          # (企业 opening a clause only when it reports: "企业开办时间压缩至1个工作日" is any enterprise)
                          r"|[，,；;：:。！？!?]企业(?=实现|完成|去年|今年|上半年|一季度|前\d|产值|营收|营业|销售"
                          r"|年产|员工|已|共|累计|全年|目前|现有|总投资|计划|预计)")
VILLAGE = re.compile(r"(?<=[，。、“在到的和与])([^\W\d为的各全在和与等个区该每本]{2,3}村)(?=成立|党支部|党总支|“?两委|召开)")
# "昌湖办" (a sub-district office); not a way of handling business (马上办, 网上办, 一次办, 2小时内办结) nor a
# verb (举办, 开办, 主办, 督办)
SUB_DISTRICT = re.compile(r"([\u4e00-\u9fff][^\W\d内上下近次通即帮代快都就能可要想督交来去在到好马网掌一"
                          r"举主承创开筹协兴操包合试领查速难照么重立专线跑])办(?![公事法理学好实结成完件妥])")
NOT_AN_ENTITY = re.compile(r"^(?:今年|去年|目前|同时|其中|全区|全市|园区|工业园区|开发区|记者|各级|[亿万]元)|以上|以下"
                           # zones in general: 各开发区, 五大开发区, 国家级经开区, 省级高新区
                           r"|^(?:各|全|本(?!溪)|我|该|[一二两三四五六七八九十\d]+大)[\u4e00-\u9fff]{0,8}(?:区|城)$"
                           r"|^[\u4e00-\u9fff]{0,3}(?:国家级|省级|市级|县级)[\u4e00-\u9fff]{0,4}(?:区|城)$"
                           # kinds of projects, not a named one: 新签约项目, 省重点项目, 在建工业项目
                           r"|^(?:新|省|市|区|全部|所有|重点|在建|续建|签约|开工|竣工|投产|入库|储备|招商|产业|工业|前沿|在谈"
                           r"|意向|外资|内资|亿元|大)[\u4e00-\u9fff]{0,5}项目$"
                           r"|(?:签约|在谈|开工|竣工|投产|在建|续建|储备|引进|落地|入库)项目$"
                           # a class of companies, not one: 上市公司及其子公司, 规上公司
                           r"|及其|^其|^(?:一家|某(?!某)|这家|该)|^第[一二三四五六七八九十\d]"
                           r"|^(?:上市|子|规上|规模以上|国有|民营|外资|外商投资|科技型|高新技术)(?:公司|企业|集团)$"
                           # a list, a count or a description, not a name: 三和等13个项目, 公司投资建设的…项目
                           r"|等\d|[\d一二两三四五六七八九十几百千]+[个家项批]|的"
                           # the whole of a place, not its name: 向全村, 该镇
                           r"|[全该每各本](?:村|镇|乡)"
                           # kinds of places, not a named township: 城镇, 乡镇, 特色小镇
                           r"|(?:城|乡|小|重|古|集|村|市)(?:镇|乡)$")
# "文峰镇", "龙泉乡": two characters and the suffix; not 乡镇, 城镇, 小镇, 全镇
# (three characters too, 甘河滩镇, right after punctuation or a preposition)
TOWNSHIP = re.compile(r"((?<=[，。、；：“”的在到和与及旁])[^\W\d全该各本每的了在是和与及]{3}(?:镇|乡)"
                      r"|[^\W\d全该各本每的了在是和与及][^\W\d乡城小重古集全该各本每的了在是和与及](?:镇|乡))"
                      r"(?![长区内外级村政党镇])")
_UNIT_END = "元亩米吨顷里"  # the last character of a figure's unit: "投资50亿元的…项目"
_FIGURE_THEN_DE = re.compile(f"[{_UNIT_END}]的")
# A quote in the first person, not by the zone ("我们开发区…"), still open at the figure
_OUR_COMPANY_QUOTE = re.compile(r"[“「『][^”」』]*?我们(?!开发区|园区|高新区|经开区|区|县|市|镇|乡|村|街道)[^”」』]*$")
# "这个规划面积12.6平方公里的产业园", "该园区": the park named before
THAT_PARK = re.compile(r"这个[^，。；]{0,20}?(?:产业园|工业园|园区)|该(?:产业园|工业园|园区)")
PARK_SUFFIX = re.compile(r"产业园区|工业园区|产业园|工业园|园区")
WHOLE_TOWNSHIP = re.compile(r"[全该本](?:镇|乡|街道)")
_NAMED_AFTER_UNITS = {"mu", "km2", "m2", "tonne_per_year", "tonne", "CNY"}  # "占地400亩的…公司"


ENTITY_VERBS = ["已", "当年", "全年", "部分", "的", "在", "正", "将", "年", "共", "累计", "实现", "完成", "新", "获", "被", "于",
                "今年", "去年", "目前", "停工", "环评", "开展", "争取", "分别", "组织", "成立", "出台", "举办", "引进", "签约",
                "建成", "实施", "推进", "达到", "第", "投资", "总投资", "计划", "拟", "投入", "位于", "占地", "生产", "作为",
                "是", "由", "通过", "预计", "力争", "有望", "全面", "积极", "加快", "位列", "位居", "名列", "排名", "跻身",
                "规划", "用地", "建筑面积", "一期", "二期", "上半年", "下半年", "一季度", "前三季度"]
_ENTITY_CACHE: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _entity_patterns(suffixes: str, indicators: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A name at the start of a clause ending with an organisation suffix, followed by its verb, a period or
    the indicator it reports ("…有限公司产值突破20亿元"): one pattern for a sentence's first clause, one for
    the clauses after a mark (the mark comes first, so the regex engine can skip to the marks)."""
    key = suffixes + "|" + indicators
    if key not in _ENTITY_CACHE:
        # (a project's name may hold its capacity: 年产20万套新能源汽车电驱系统项目)
        name = (rf"(?P<name>[\u4e00-\u9fff](?:[\u4e00-\u9fff·]|（[\u4e00-\u9fff]{{1,6}}）|(?<=产)\d+(?:\.\d+)?){{1,24}}?"
                rf"(?:{suffixes}))"
                # what the organisation did next, as a prefix tree (tried at every candidate end of a name)
                rf"(?={trie_pattern(ENTITY_VERBS)}"
                # a village may be followed by its collective ("龙昌村村集体经济收入达28.5万元"), a company straight
                # by its period, figure or indicator ("…有限公司前10月实现产值"), a park inside a zone by what it
                # has ("某某中医药产业园规划面积12平方公里")
                r"|(?<=村)(?:村集体|集体经济)"
                r"|(?<=公司|集团)(?:前\d|前[一二三四五六七八九十]|上半年|一季度|\d|" + indicators + ")"
                r"|(?<=产业园)(?:规划|入驻|已入驻|共入驻|累计|现有|" + indicators + ")"
                # a zone inside the page's zone or beside it, by what it reports ("天津港保税区规模以上工业总产值…",
                # "中新广州知识城规划面积123平方公里")
                r"|(?<=区|城)(?:规划|入驻|已入驻|共入驻|现有|规模以上|规上|前\d|上半年|一季度|" + indicators + "))")
        _ENTITY_CACHE[key] = (re.compile(name), re.compile("[，,；、]" + name))
    return _ENTITY_CACHE[key]


@lru_cache(maxsize=8)
def _named_after_pattern(suffixes: str) -> re.Pattern[str]:
    """An organisation named after 的 at the end of a clause: "占地400亩的濮集物流公司"."""
    return re.compile(rf"的((?:[\u4e00-\u9fff·]|(?<=产)\d+(?:\.\d+)?){{2,18}}?(?:{suffixes}))"
                      r"(?=[，,。；、]|$|由|已|将|正|在|于|预计|计划|占地|建成|投产|开工|落户|总投资)")


@lru_cache(maxsize=8)
def _suffix_only_pattern(suffixes: str) -> re.Pattern[str]:
    """A "name" that is only suffixes once its opening words are cut: 村, 一季度村 → 村."""
    return re.compile(f"(?:{suffixes})?.?(?:{suffixes})")


ARTICLE_OPENING = 60  # characters of a news item's opening read for the zone it is about
# "【华凯电器：总投资50亿元的智能家电产业园动工】": a round-up item's heading names its subject before the colon
ITEM_HEADING = re.compile(r"【([\u4e00-\u9fff（）]{2,14}?)[：:]")
# "●顺德区2023年共有…": an item opening with a district, county or new town
ITEM_DISTRICT = re.compile(r"[●【](?:\d{1,2}月\d{1,2}日[，,])?([\u4e00-\u9fff]{2,8}?(?:区|县|新城))(?=[\d，,在的]|今年|去年|全年)")
ZONE_NAMES_READ = 20  # a page names its zone early: the first mentions of zones are enough to tell which
_ZONE_SUFFIX = re.compile(
    r"经济技术开发区|高新技术产业开发区|经济开发区|高新区|开发区|工业园区|产业园区|产业集聚区|综合保税区|保税港区|经开区|"
    r"合作区|实验区|试验区|示范区|自贸区|新片区|片区|新区|园区")
# Verbs and prepositions that can run into a name: "走进修水县工业园区"
_LAST_VERB_BEFORE_NAME = re.compile(r".*(?:走进|走入|来到|深入|前往|位于|落户|入驻|进驻|扎根|考察|调研|参观|视察|聚焦|助力|"
                                    r"支持|推动|建设|打造|成立|设立|获批|获评|荣获|评为|入选|列入|成为|赴|在|据|让|把|被|是|"
                                    r"与|及|对|为|到|之路|之道|力争|争取|确保|推进|加快|实现|预计|计划|引导|鼓励|中共|带动|季度|位列|名列|日从|访|年度)")
# Characters that end prose rather than begin a place name (not 于, 从, 向, 和: they begin 于都, 从化, 向阳, 和平)
_LAST_NON_NAME_CHAR = re.compile(r".*[给个以上下近就供的了是等将把被由其该此半多余年月使居占]")
# Zones in general: "全省开发区", "省级高新区", "自治区级A类产业园区"
_GENERIC_PLACE = re.compile(r"(?:全|各|本|我|省|市|县|国家|国家级|省级|市级|县级|重点|新兴|特色|中国|全国)+$"
                            r"|[\u4e00-\u9fff]{1,3}(?:省|自治区)$"  # 河南省产业集聚区: the province's zones
                            r"|(?:国家级|省级|自治区级|市级|县级|区级|[A-Z]类|[A-Z]级)"
                            r"|[一二两三四五六七八九十\d]+大$")  # 五大开发区: several zones
# Name characters before a zone suffix ("郑州" of 郑州经济技术开发区), up to 10
_NAME_RUN = re.compile(r"[^\W\d的了在据是悉者讯报本全该各等]+")


def _after_prose(text: str, start: int, suffix_start: int) -> int:
    """Where a name read from ``start`` up to its suffix begins once the verbs and prose before it are cut."""
    # (from one character before: a verb may straddle where the reading stopped)
    verb = _LAST_VERB_BEFORE_NAME.match(text, max(0, start - 1), suffix_start)
    if verb and verb.end() > start:
        start = verb.end()  # "走进修水县工业园区", "…之路走进沙溪经济开发区": the name starts after the verb
    stop = _LAST_NON_NAME_CHAR.match(text, start, suffix_start)
    return stop.end() if stop else start  # "…就地供应给园区", "134个自治区级以上园区": prose, not a name


def _name_start(text: str, suffix_start: int, suffix_end: int, reach: int = 10) -> int:
    """Where the name of a place ending with the suffix at ``suffix_start`` begins: the run of name characters
    before it, read backwards (a forward search would try every start), less verbs and prose."""
    window = text[max(0, suffix_start - reach):suffix_start]
    run = _NAME_RUN.match(window[::-1])
    start = suffix_start - (run.end() if run else 0)
    cut = _after_prose(text, start, suffix_start)
    if cut > start:
        start = cut
    elif text[start:start + 1] in ("从", "向") and (text[start - 1:start] == "者"
                                                  or text.startswith(("获悉", "了解", "得知"), suffix_end)):
        start += 1  # "记者从苏州工业园区获悉" (but 从化经济开发区 is a name)
    if start < suffix_start and (suffix_start - start < 2 or _GENERIC_PLACE.match(text, start, suffix_start)):
        start = suffix_start  # "全省开发区", "市开发区": zones in general, not a name
    return start


def zone_named_in(text: str, named_only: bool = False) -> str | None:
    """The zone a page from an unlisted zone talks about: its most frequent full name ("郑州经济技术开发区"),
    else its most frequent short form ("经开区")."""
    counts: dict[str, int] = {}
    named: dict[str, int] = {}
    for m in itertools.islice(_ZONE_SUFFIX.finditer(text), ZONE_NAMES_READ):
        if text.rfind("地址", max(0, m.start() - 16), m.start()) >= 0:
            continue  # a postal address ("地址：库尔勒市经济技术开发区梨香大道9号") names a place, not the topic
        start = _name_start(text, m.start(), m.end())
        name = text[start:m.end()]
        counts[name] = counts.get(name, 0) + 1
        if start < m.start():
            named[name] = named.get(name, 0) + 1
    pool = _merge_short_forms(_merge_longer_forms(named), text) or ({} if named_only else counts)
    if not pool:
        return None
    return max(pool, key=lambda name: (pool[name], len(name)))


# Short forms of zone suffixes: 拉萨经开区 is 拉萨经济技术开发区
_SHORT_SUFFIXES = {"经开区": ("经济技术开发区", "经济开发区"), "高新区": ("高新技术产业开发区",),
                   "开发区": ("经济技术开发区", "经济开发区", "高新技术产业开发区"),
                   "综保区": ("综合保税区",), "自贸区": ("自由贸易试验区",)}
_SHORT_ENDINGS = tuple(_SHORT_SUFFIXES)
# "深圳前海深港现代服务业合作区（下称“前海合作区”）": a short name the page defines
# (the mark first, so that the regex engine can skip to it; the full name is read backwards from there)
_DEFINED_SHORT = re.compile(r"[（(](?:以下简称|以下称|下称|简称)[“「\"]?([\u4e00-\u9fff]{2,10})")
_NAME_BEFORE = re.compile(r"[\u4e00-\u9fff]{4,24}$")


def defined_short_names(text: str) -> list[tuple[str, str]]:
    """(full, short) names a page defines: "深圳前海深港现代服务业合作区（下称“前海合作区”）"."""
    head = text[:2000]
    if "称" not in head:
        return []
    found = []
    for m in _DEFINED_SHORT.finditer(head):
        full = _NAME_BEFORE.search(head, max(0, m.start() - 24), m.start())
        if full:
            found.append((full.group(), m.group(1)))
    return found


def is_short_form(short: str, full: str) -> bool:
    """Whether ``short`` abbreviates the zone suffix of ``full``: 拉萨经开区 of 拉萨经济技术开发区."""
    for abbreviation, expansions in _SHORT_SUFFIXES.items():
        if short.endswith(abbreviation) and len(short) > len(abbreviation):
            place = short[:-len(abbreviation)]
            return any(full.endswith(place + expansion) for expansion in expansions)
    return False


def _merge_short_forms(named: dict[str, int], text: str) -> dict[str, int]:
    """Count a zone's short name ("拉萨经开区", a defined "前海合作区") as its full name, which a page prints
    once and the gazetteer and readers know it by."""
    defined = {short: full for full, short in defined_short_names(text) if full in named or
               any(full.endswith(name) for name in named)}
    shorts = [name for name in named if name in defined or name.endswith(_SHORT_ENDINGS)]
    if not shorts:
        return named
    merged = dict(named)
    for short in shorts:
        if short not in merged:
            continue
        full = defined.get(short) or next((name for name in merged if is_short_form(short, name)), None)
        if full is not None and full != short:
            target = _without_lead(full)
            for name in [name for name in merged if name != target and target.endswith(name) and len(name) > 4]:
                merged[target] = merged.get(target, 0) + merged.pop(name)  # (a reading cut short by its window)
            merged[target] = merged.get(target, 0) + merged.pop(short)
    return merged


def _merge_longer_forms(named: dict[str, int]) -> dict[str, int]:
    """Count "天津市滨海新区" and "……中国式现代化滨海新区" as "滨海新区": one zone printed with more or less of the place
    before it (or prose the name reading could not cut)."""
    if len(named) < 2:
        return named
    merged = dict(named)
    for name in sorted(named, key=len, reverse=True):
        shorter = [other for other in merged if len(other) < len(name) and len(other) >= 4 and name.endswith(other)]
        if shorter:
            core = max(shorter, key=len)
            merged[core] += merged.pop(name)
    return merged


# "开发区内的精细化工产业园…", "高新区所在的新合镇…", "街道所辖的沙井村…": the place that follows is the one named
_LOCATIVE_LEAD = re.compile(r"^[\u4e00-\u9fff]{0,12}?(?:所在的|内的|所辖的|里的|旗下的|下辖的)|^(?:区内|园区内|园内)")


def _without_lead(name: str) -> str:
    """A name found at a clause start without the words that open the clause: "其中福建某某项目", and for zones
    verbs and prose ("力争金港工业园区", "上半年开发区", "使工业园区")."""
    name = _LOCATIVE_LEAD.sub("", NAME_LEAD.sub("", name))
    if name.endswith(("公司", "集团")):
        # "走进铁岭经济开发区辽宁锐泰精密轴承有限公司": the company's name starts after the verb and the zone
        return NAME_AFTER_FUNCTION_WORD.sub("", name)
    suffix = _ZONE_SUFFIX.search(name, len(name) - 8)
    if suffix is None or suffix.end() != len(name):
        return name
    return name[_after_prose(name, 0, suffix.start()):]


class SubjectFinder:
    """The subject of each figure of one page."""

    def __init__(self, page: PageStructure, zone_name: str | None, lexicon: Lexicon):
        self.page = page
        self.text = page.text
        self.zone_name = zone_name
        self._article_subjects: dict[int, str | None] = {}
        self._article_villages: dict[int, str | None] = {}
        self._article_zones: dict[int, str | None] = {}
        self._defaults: dict[int, str] = {}  # per article: its sub-district, its own zone or the page's zone
        self._names_by_article: dict[int, list[tuple[int, str, bool]]] = {}
        self._entity_cache: dict[int, list[tuple[int, str]]] = {}
        self._entity_at_start, self._entity_after_mark = _entity_patterns(lexicon.subject_suffix_pattern,
                                                                              lexicon.indicator_pattern.pattern)
        self._named_after = _named_after_pattern(lexicon.subject_suffix_pattern)
        self._zone_aliases = {short for full, short in defined_short_names(self.text)
                              if _without_lead(full) == zone_name}
        self._suffix_only = _suffix_only_pattern(lexicon.subject_suffix_pattern)

    def article_subject(self, pos: int) -> str | None:
        """A sub-district an article is about (昌湖办…), named early in the article."""
        start = self.page.article_start(pos)
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

    def subject_for(self, mention: RawMention, where: Location) -> str | None:
        text, start = self.text, mention.start
        if mention.printed_unit == "强":
            m = NAME_AFTER_RANK.match(text, mention.end, mention.end + 24)
            if m:
                return m.group(1)  # "市值排行榜十强三棵树": the ranked company follows
        if mention.unit in _NAMED_AFTER_UNITS:
            m = self._named_after.match(text[mention.end:mention.end + 24])
            if m and not NOT_AN_ENTITY.search(m.group(1)):
                return m.group(1)  # "占地400亩的濮集物流公司"
        sentence, clause, stop, article, _ = where
        if mention.unit == "tonne_per_year":
            m = PROJECT_TAIL.match(text, mention.end, mention.end + 24)
            head = NAME_AT_CLAUSE_START.match(text[clause:start])
            if m and head:
                return NAME_LEAD.sub("", head.group(1)) + m.group(1)  # "君恒生物 40万吨/年重蜡加氢…项目"
        for end, name in reversed(self._entities(sentence)):
            if end <= start:
                if not NOT_AN_ENTITY.search(name):
                    # (the page's zone by its short name, 拉萨经开区 or a defined 前海合作区, is the page's zone)
                    return self.zone_name if self.zone_name and (
                        name in self._zone_aliases or is_short_form(name, self.zone_name)) else name
                break
        # (from the full stop: "公司实现营业收入6.8亿元；今年1-5月，营业收入…" still refers to it)
        that = THAT_COMPANY.search(text, stop - 1 if stop else 0, start) if (
            text.find("该", stop, start) >= 0 or text.find("公司", stop, start) >= 0
            or text.find("集团", stop, start) >= 0 or text.find("企业", stop, start) >= 0) else None
        if that is not None:
            named = self._last_named_entity(start, companies_only="项目" not in that.group())
            if named:
                return named  # "该公司…年货物吞吐量108万吨" refers back to the last named company
        that_park = THAT_PARK.search(text, stop, self.page.clause_end(start)) if text.find(
            "园", stop, start + 30) >= 0 else None
        if that_park is not None and that_park.start() < start:
            park = self.last_park(stop)
            if park:
                return park  # "…都位于大碶高端装备产业园。这个规划面积12.6平方公里的产业园，已集聚…"
        if text.find("我们", max(0, start - 80), start) >= 0 and _OUR_COMPANY_QUOTE.search(
                text, max(0, start - 80), start):
            named = self._last_named_entity(start, companies_only=True)
            if named:
                return named  # "走进某某有限公司…。“我们2016年落户开发区时只有40多名工人…”": the company speaking
        if text.find("村", clause, start) >= 0:
            village = self.article_village(start)
            if village:
                return village  # "全村捐款金额达10余万元" in an article about one village
        if WHOLE_TOWNSHIP.search(text, clause, start):
            township = self.last_township(start)
            if township:
                return township  # "全镇中药材种植面积达到3.2万亩": the township named before
        default = self._defaults.get(article)
        if default is None:
            default = self._defaults[article] = (self.article_subject(start) or self.article_zone(start)
                                                 or self.zone_name or "")
        return default or None

    def names_before(self, sentence: int, pos: int) -> bool:
        """Whether an organisation is named at a clause start of the sentence starting at ``sentence``, before ``pos``."""
        return any(end <= pos for end, _ in self._entities(sentence))

    def last_park(self, pos: int) -> str | None:
        """The park (产业园, 工业园, 园区) named last before ``pos`` in its article."""
        found = None
        for m in PARK_SUFFIX.finditer(self.text, self.page.article_start(pos), pos):
            start = _name_start(self.text, m.start(), m.end(), reach=16)  # "…都位于大碶高端装备产业园"
            name = self.text[start:m.end()]
            if start < m.start() and not NOT_AN_ENTITY.search(name):
                found = name
        return found

    def last_township(self, pos: int) -> str | None:
        """The township (镇, 乡) or sub-district (街道) named last before ``pos`` in its article."""
        found = None
        for m in TOWNSHIP.finditer(self.text, self.page.article_start(pos), pos):
            found = m.group(1)
        return found

    def article_zone(self, pos: int) -> str | None:
        """On a page of several news items, what an item is about: the name before the colon of its heading
        ("【华凯电器：总投资50亿元的…动工】"), else the zone or district its opening names ("【梅河口医药高新区…】",
        "●中山翠亨新区2023年…", "●顺德区2023年…")."""
        article = self.page.article_start(pos)
        if article not in self._article_zones:
            zone = None
            if self.text.startswith(("【", "●"), article):
                opening = self.text[article:min(article + ARTICLE_OPENING, self.page.article_end(article))]
                heading = ITEM_HEADING.match(opening)
                zone = (heading.group(1) if heading else None) or zone_named_in(opening, named_only=True)
                if zone is None:
                    district = ITEM_DISTRICT.match(opening)
                    zone = district.group(1) if district else None
            self._article_zones[article] = zone
        return self._article_zones[article]

    def _last_named_entity(self, pos: int, companies_only: bool = False) -> str | None:
        """The company (or any organisation or project) a "该公司", "公司" or "该项目" refers to: the last one
        named in the 1500 characters before, in the same article."""
        named = self._article_names(self.page.article_start(pos))
        for end, name, is_company in reversed(named[:bisect.bisect_right(named, (pos, "\uffff", True))]):
            if end < pos - 1500:
                break
            if is_company or not companies_only:
                return name
        return None

    def _article_names(self, article: int) -> list[tuple[int, str, bool]]:
        """(end, name, is it a company) of the organisations an article names, found once per article."""
        if article not in self._names_by_article:
            end = self.page.article_end(article)
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
        start = self.page.article_start(pos)
        if start not in self._article_villages:
            self._article_villages[start] = self._find_village(start)
        return self._article_villages[start]

    def _find_village(self, start: int) -> str | None:
        m = VILLAGE.search(self.text, start, self.page.article_end(start))
        return m.group(1) if m and not m.group(1).startswith(("各", "全", "该", "每", "本", "行政", "个")) else None

    def _entities(self, sentence_start: int) -> list[tuple[int, str]]:
        """(end, name) of organisations named at clause starts in a sentence, computed once per sentence."""
        found = self._entity_cache.get(sentence_start)
        if found is None:
            i = bisect.bisect_right(self.page.sentence_starts, sentence_start)
            end = self.page.sentence_starts[i] if i < len(self.page.sentence_starts) else len(self.text)
            sentence = self.text[sentence_start:end]
            first = self._entity_at_start.match(sentence)
            named = [(sentence_start + m.end("name"), _without_lead(m.group("name")))
                     for m in ([first] if first else []) + list(self._entity_after_mark.finditer(sentence))]
            if "的" in sentence and _FIGURE_THEN_DE.search(sentence):
                # "东方电气集团投资50亿元的氢能装备产业化基地项目，占地约320亩": the project the clauses go on about
                named += [(sentence_start + m.end(1), m.group(1)) for m in self._named_after.finditer(sentence)
                          if sentence.startswith(("，", ","), m.end(1))
                          and m.start() > 0 and sentence[m.start() - 1] in _UNIT_END]
                named.sort()
            # ("一季度村集体经济收入…": once the period is cut, no name is left)
            found = [(end, name) for end, name in named if not self._suffix_only.fullmatch(name)]
            self._entity_cache[sentence_start] = found
        return found
