"""Reading figures the way economic news prints them. Cases are general phrases, not the seed pages."""

from datetime import date

import pytest

from parkmetrics.corpus import Document
from parkmetrics.extract import extract_document


def figures(text: str, published: date = date(2020, 6, 20)) -> list[dict]:
    doc = Document("t", "t.txt", None, text, published, "test", None, "", None)  # type: ignore[arg-type]
    return extract_document(doc)


def one(text: str) -> dict:
    found = figures(text)
    assert len(found) == 1, [f["surface"] for f in found]
    return found[0]


@pytest.mark.parametrize("text, surface, value, low, high, unit, qualifier", [
    ("规模以上工业企业总产值完成106亿元，", "106亿元", 10_600_000_000, None, None, "CNY", "exact"),
    ("引进境外资金 3500 万美元。", "3500万美元", 35_000_000, None, None, "USD", "exact"),
    ("经营收入达 30多亿元。", "30多亿元", 3_000_000_000, 3_000_000_000, 4_000_000_000, "CNY", "more_than_printed"),
    ("总投资近 200亿元。", "200亿元", 20_000_000_000, None, 20_000_000_000, "CNY", "under"),
    ("收入将突破60亿元。", "60亿元", 6_000_000_000, 6_000_000_000, None, "CNY", "over"),
    ("实现产值1\n亿元。", "1亿元", 100_000_000, None, None, "CNY", "exact"),
    ("新招聘员工540余名。", "540余名", 540, 540, 550, "count", "more_than_printed"),
    ("捐款10余万元。", "10余万元", 100_000, 100_000, 200_000, "CNY", "more_than_printed"),
    ("投资10亿元以上的项目", "10亿元以上", 1_000_000_000, 1_000_000_000, None, "CNY", "over"),
    ("年产 40 万吨/年 白油", "40万吨/年", 400_000, None, None, "tonne_per_year", "exact"),
    ("排名第98位。", "第98位", 98, None, None, "rank", "exact"),
    ("规划面积6平方公里。", "6平方公里", 6, None, None, "km2", "exact"),
    ("约500亩土地", "500亩", 500, None, None, "mu", "approx"),
    ("出口额增长12%左右", "12%左右", 12, None, None, "percent", "approx"),
    ("审批在3天内完成", "3天内", 3, None, 3, "day", "under"),
    ("1.2万亿元", "1.2万亿元", 1_200_000_000_000, None, None, "CNY", "exact"),
    ("营业收入1,250万元", "1,250万元", 12_500_000, None, None, "CNY", "exact"),
    ("占比达到３５．５％", "３５．５％", 35.5, None, None, "percent", "exact"),
])
def test_amounts_units_and_bounds(text, surface, value, low, high, unit, qualifier):
    f = one(text)
    assert (f["surface"], f["value"], f["low"], f["high"], f["unit"], f["qualifier"]) == \
        (surface, value, low, high, unit, qualifier)


@pytest.mark.parametrize("text, low, high, unit", [
    ("投资1亿元至5亿元的项目", 100_000_000, 500_000_000, "CNY"),
    ("规模5-10亿元", 500_000_000, 1_000_000_000, "CNY"),
    ("吸引十几个城市的客商", 11, 19, "count"),
    ("通过2至3年努力", 2, 3, "year"),
])
def test_ranges(text, low, high, unit):
    f = one(text)
    assert (f["qualifier"], f["value"], f["low"], f["high"], f["unit"]) == ("range", None, low, high, unit)


def test_a_fall_is_a_negative_growth_rate():
    f = one("工业用电量同比下降3.2%。")
    assert (f["value"], f["measure"], f["indicator"]) == (-3.2, "growth_rate", "electricity_use")


def test_unit_printed_once_after_a_list_applies_to_each_number():
    found = figures("分别高于全省、全市平均水平0.74和19.33个百分点。")
    assert [(f["value"], f["unit"]) for f in found] == [(0.74, "percentage_point"), (19.33, "percentage_point")]


def test_respectively_lists_align_indicators_by_position():
    found = figures("1至5月，规模以上工业企业总产值、增加值、用电量同比分别增长26.3%、19.6%、24.8%。")
    assert [(f["indicator"], f["value"], f["period"]) for f in found] == [
        ("industrial_output", 26.3, "2020-01/2020-05"), ("value_added", 19.6, "2020-01/2020-05"),
        ("electricity_use", 24.8, "2020-01/2020-05")]


def test_neighbours_across_a_comma_are_not_merged():
    found = figures("落地项目2个，5亿元以上项目3个")
    assert [f["surface"] for f in found] == ["2个", "5亿元以上", "3个"]


@pytest.mark.parametrize("text", [
    "2019年，园区", "9月22日，记者获悉", "去年11\n\n月下旬试产", "联系电话：0598-8591900", "手机:13658489879",
    "邮箱:59896898@qq.com", "举办2019中国涂料大会", "三棵树涂料", "坚持“六稳”“六保”", "实施“四回”工程",
    "《2020年工作要点》", "第五届博鳌企业论坛", "第七次全国人口普查", "一要提高站位", "1至5月",
    "上午10:30召开", "建设5G基站", "增强“四个意识”", "今年前五个月",
])
def test_not_figures(text):
    assert figures(text) == []


def test_chinese_numerals_that_count_concrete_things():
    assert [(f["surface"], f["value"]) for f in figures("打造两个省级智能化改造观摩点")] == [
        ("两个省级智能化改造观摩点", 2)]
    assert figures("突出四大发展理念") == []


def test_kinds_from_the_clause():
    assert one("预计今年实现产值25亿元")["kind"] == "expected"
    assert one("力争年收入突破500亿元")["kind"] == "target"
    assert one("年度计划投资33.27亿元")["kind"] == "plan"
    assert one("去年实现产值25亿元")["kind"] == "actual"


def test_share_and_completion_rate():
    assert one("占全市的比重为35%")["measure"] == "share"
    assert one("完成目标任务的105.8%")["measure"] == "completion_rate"


def test_span_always_covers_the_printed_characters():
    text = "今年 1\n至 5 月，实现进出口总额 57650 万\n元。"
    for f in figures(text):
        assert "".join(text[f["start"]:f["end"]].split()) == f["surface"]


def test_ratio_parts_are_shares_and_fractions_are_read():
    found = figures("三次产业结构调整为3.9：59.5：36.6，规上企业数量占全市的三分之一，2/3的企业盈利。")
    assert [(f["surface"], f["value"], f["unit"], f["measure"]) for f in found] == [
        ("3.9", 3.9, "percent", "share"), ("59.5", 59.5, "percent", "share"), ("36.6", 36.6, "percent", "share"),
        ("三分之一", 100 / 3, "percent", "share"), ("2/3", 200 / 3, "percent", "share")]


def test_comparison_base_is_not_the_period():
    found = figures("今年1月至6月，园区排名较上年提升3个位次。")
    assert [(f["surface"], f["period"]) for f in found] == [("3个位次", "2020-01/2020-06")]


def test_a_page_of_another_zone_is_about_that_zone():
    found = figures("记者从苏州工业园区获悉，今年园区实现地区生产总值386.5亿元。")
    assert found[0]["subject"] == "苏州工业园区" and found[0]["indicator"] == "gdp"


def test_traditional_words_inside_a_simplified_page_are_read():
    f = one("今年前三季度，园区實現營業收入1,280億元。")
    assert (f["value"], f["indicator"], f["period"]) == (128_000_000_000, "revenue", "2020-01/2020-09")


def test_vague_chinese_counts():
    assert [(f["surface"], f["low"], f["high"], f["qualifier"]) for f in figures("现有企业数十家，硕士近百人。")] == [
        ("数十家", 20, 90, "range"), ("百人", None, 100, "under")]


def test_formal_chinese_numbers_and_years():
    found = figures("二〇二三年，全市生产总值突破两千亿元，增长百分之八点五。")
    assert [(f["surface"], f["value"], f["unit"], f["qualifier"], f["period"]) for f in found] == [
        ("两千亿元", 200_000_000_000, "CNY", "over", "2023"), ("百分之八点五", 8.5, "percent", "exact", "2023")]


def test_rank_moves_and_jobs():
    found = figures("新增就业1200人，园区综合排名提升12位。")
    assert [(f["surface"], f["unit"], f["indicator"], f["measure"]) for f in found] == [
        ("1200人", "count", "jobs", "count"), ("12位", "rank", "ranking", "change")]


def test_vague_counts_after_their_noun_keep_their_bounds():
    found = figures("入驻企业三百余家，帮助企业解决用工八千余人次。")
    assert [(f["surface"], f["low"], f["high"], f["qualifier"], f["indicator"]) for f in found] == [
        ("三百余家", 300, 400, "more_than_printed", "enterprises"),
        ("八千余人次", 8000, 9000, "more_than_printed", "jobs")]


def test_same_period_last_year_opening_a_clause_is_the_period():
    found = figures("去年同期，全区规上工业增加值下降2.4%。今年增速比去年同期提高3个百分点。")
    assert [(f["surface"], f["value"], f["period"]) for f in found] == [("2.4%", -2.4, "2019"), ("3个百分点", 3, "2020")]


def test_a_goal_year_does_not_date_later_results():
    found = figures("今年以来，园区新开工项目17个。力争到2025年工业总产值突破1000亿元。该区已累计建成厂房120万平方米。")
    assert [(f["surface"], f["kind"], f["period"]) for f in found] == [
        ("17个", "actual", "2020"), ("1000亿元", "target", "2025"), ("120万平方米", "actual", "2020")]


def test_yearly_capacity_of_a_project_has_no_period_and_names_its_company():
    found = figures("今年，某某新材料有限公司投资5000万元建设的研发中心已投入使用，年可实现营业收入2亿元。")
    assert [(f["surface"], f["kind"], f["period"], f["subject"]) for f in found] == [
        ("5000万元", "actual", "2020", "某某新材料有限公司"), ("2亿元", "expected", None, "某某新材料有限公司")]


def test_the_past_year_of_a_work_report():
    found = figures("过去一年，开发区实现地区生产总值580亿元。全年新签约项目86个。", published=date(2023, 2, 10))
    assert [(f["surface"], f["period"], f["subject"]) for f in found] == [
        ("580亿元", "2022", "开发区"), ("86个", "2022", "开发区")]


def test_zones_in_general_do_not_name_the_page():
    found = figures("开发区营业收入增长15.7%，增速居全省开发区第3位。")
    assert {f["subject"] for f in found} == {"开发区"}


def test_ranges_printed_with_a_hyphen_after_the_multiplier():
    assert [(f["surface"], f["low"], f["high"], f["qualifier"]) for f in figures("单个项目投资5亿-10亿元，增速3%-5%。")] == [
        ("5亿-10亿元", 500_000_000, 1_000_000_000, "range"), ("3%-5%", 3, 5, "range")]


def test_growth_by_a_multiple():
    f = one("出口额同比增长1.5倍。")
    assert (f["value"], f["unit"], f["indicator"], f["measure"]) == (1.5, "other", "exports", "growth_rate")


def test_chinese_ranks_after_a_verb_of_ranking_and_size_brackets_before_any_projects():
    found = figures("亿元以上在建项目达到56个，增加值增长6.5%，居全市第一位。第一时间赶到现场。")
    assert [(f["surface"], f["value"], f["unit"], f["measure"]) for f in found] == [
        ("亿元以上", 100_000_000, "CNY", "level"), ("56个", 56, "count", "count"),
        ("6.5%", 6.5, "percent", "growth_rate"), ("第一位", 1, "rank", "rank")]


def test_a_growth_compared_in_the_next_sentence_keeps_its_indicator():
    found = figures("园区实现工业总产值1200亿元，同比增长10.2%。增速高出全省2个百分点。")
    assert [f["indicator"] for f in found] == ["industrial_output"] * 3


def test_ways_of_handling_business_are_not_sub_district_offices():
    assert [f["subject"] for f in figures("实现马上办、网上办、一次办，2小时内办结。")] == [None]
    assert [f["subject"] for f in figures("昌湖办新签约项目3个。")] == ["昌湖办"]


def test_companies_followed_straight_by_their_period_or_indicator_are_subjects():
    found = figures("东风某某旅行车有限公司前10月实现产值32.6亿元；湖北某某锻造有限公司产值突破20亿元。",
                    published=date(2020, 11, 20))
    assert [(f["subject"], f["period"]) for f in found] == [
        ("东风某某旅行车有限公司", "2020-01/2020-10"), ("湖北某某锻造有限公司", "2020-01/2020-10")]


def test_zone_names_lose_the_verb_before_them():
    assert figures("走进修水县工业园区，今年一季度实现产值12亿元。")[0]["subject"] == "修水县工业园区"
    assert figures("前海深港现代服务业合作区首三季实现增加值1200亿元。")[0]["subject"] == "前海深港现代服务业合作区"
    assert figures("从化经济开发区今年实现产值12亿元。")[0]["subject"] == "从化经济开发区"


def test_numbers_split_by_layout():
    assert [f["value"] for f in figures("实现营收１\n，８６５億元，产值18\n65亿元，实施项目1 0 8 个，突破 1 2 0 0 亿元。")] == [
        186_500_000_000, 186_500_000_000, 108, 120_000_000_000]


@pytest.mark.parametrize("text, surface, value, low, high, unit", [
    ("突破百亿元", "百亿元", 10_000_000_000, 10_000_000_000, None, "CNY"),
    ("一百家企业", "一百家企业", 100, None, None, "count"),
    ("一百二十余家企业", "一百二十余家企业", 120, 120, 130, "count"),
    ("三十多亿元", "三十多亿元", 3_000_000_000, 3_000_000_000, 4_000_000_000, "CNY"),
    ("占地一千二百亩", "一千二百亩", 1200, None, None, "mu"),
    ("三万余平方米", "三万余平方米", 30_000, 30_000, 40_000, "m2"),
    ("十多年来", "十多年来", 10, 10, 20, "year"),
    ("税收增长两成", "两成", 20, None, None, "percent"),
    ("建设年产5万吨生产线", "5万吨", 50_000, None, None, "tonne_per_year"),
    ("完成报关1150万票", "1150万票", 11_500_000, None, None, "count"),
])
def test_more_ways_of_printing_figures(text, surface, value, low, high, unit):
    f = one(text)
    assert (f["surface"], f["value"], f["low"], f["high"], f["unit"]) == (surface, value, low, high, unit)


def test_idioms_with_numerals_are_not_figures():
    assert figures("一家企业，百花齐放，千方百计，三成员，举办五届。") == []


def test_a_change_in_a_count_and_buildings_are_not_enterprises():
    found = figures("较去年同期增加逾2千家，厂房5栋。")
    assert [(f["measure"], f["indicator"]) for f in found] == [("change", "enterprises"), ("count", "other")]


def test_a_share_belongs_to_the_part_named_before_its_whole():
    found = figures("其中，工业投资占全部投资的比重达到62.4%，较去年同期提高5.1个百分点。")
    assert [(f["indicator"], f["measure"]) for f in found] == [
        ("industrial_investment", "share"), ("industrial_investment", "change")]


def test_that_project_refers_back_to_the_company_named_before():
    found = figures("记者在江西某某新材料有限公司建设现场看到工人正在施工。该项目总投资12亿元。")
    assert found[-1]["subject"] == "江西某某新材料有限公司"
    assert figures("联宝（合肥）电子科技有限公司全年进出口额达290亿元。")[0]["subject"] == "联宝（合肥）电子科技有限公司"


def test_a_feature_about_one_company_attributes_its_figures_to_it():
    found = figures("记者走进某某精密机械有限公司。2022年，公司实现营业收入6.8亿元；今年1-5月，营业收入达到3.1亿元。"
                    "目前，公司拥有员工860人，累计获得授权专利93项。")
    assert [(f["surface"], f["subject"], f["indicator"]) for f in found] == [
        ("6.8亿元", "某某精密机械有限公司", "revenue"), ("3.1亿元", "某某精密机械有限公司", "revenue"),
        ("860人", "某某精密机械有限公司", "people"), ("93项", "某某精密机械有限公司", "other")]


def test_at_least_permille_and_kinds_of_projects():
    found = figures("引进不少于8个项目，不良率降至千分之零点八。园区新签约项目达到28个，完成年度预算的71.3%。")
    assert [(f["surface"], f["low"], f["high"], f["unit"], f["subject"], f["measure"]) for f in found] == [
        ("8个", 8, None, "count", "园区", "count"), ("千分之零点八", None, None, "permille", "园区", "share"),
        ("28个", None, None, "count", "园区", "count"), ("71.3%", None, None, "percent", "园区", "completion_rate")]


def test_a_month_still_to_come_does_not_date_the_next_paragraph():
    found = figures("项目计划今年10月投产。\n　　另一个项目总投资12亿元，占地150亩。", published=date(2024, 3, 28))
    assert [(f["surface"], f["period"]) for f in found] == [("12亿元", None), ("150亩", None)]


def test_projects_named_with_their_capacity_and_their_sizes():
    found = figures("其中，年产20万套新能源汽车电驱系统项目总投资8.6亿元。东方电气集团投资50亿元的氢能装备基地项目开工。"
                    "公司去年再投入4亿元。")
    assert [(f["surface"], f["kind"], f["indicator"], f["measure"], f["subject"]) for f in found] == [
        ("20万套", "actual", "capacity", "level", None),
        ("8.6亿元", "plan", "investment", "level", "年产20万套新能源汽车电驱系统项目"),
        ("50亿元", "plan", "investment", "level", "氢能装备基地项目"),
        ("4亿元", "actual", "investment", "level", "东方电气集团")]


def test_zone_names_are_cut_from_the_prose_before_them():
    text = ("沙溪经济开发区：产业链的延链之路走进福建三明沙溪经济开发区，园区产值12亿元，其中近一半就地供应给园区。"
            "力争金港工业园区产值突破350亿元。全区134个自治区级以上园区。")
    # (printed with and without its province and city: one zone, named in its shorter form)
    assert figures(text)[0]["subject"] == "沙溪经济开发区"


def test_a_page_names_its_zone_however_much_of_the_place_is_printed_and_not_by_a_zone_inside_it():
    text = ("天津市滨海新区2024年政府工作报告。在天津市滨海新区第四届人民代表大会上，滨海新区人民政府区长报告。"
            "全区地区生产总值增长5.1%。五大开发区贡献了全区近九成的地区生产总值。天津经济技术开发区位列第3位。"
            "天津港保税区规模以上工业总产值完成2100多亿元，增长7.3%。谱写中国式现代化滨海新区新篇章。")
    found = {f["surface"]: f["subject"] for f in figures(text)}
    assert found["5.1%"] == "滨海新区"
    assert found["2100多亿元"] == found["7.3%"] == "天津港保税区"
    assert found["第3位"] == "天津经济技术开发区"


def test_a_company_feature_refers_to_its_company_as_this_enterprise():
    text = ("在甘河工业园区另一侧，高原锂能科技有限公司的电池级碳酸锂生产线同样一片繁忙。这家2016年落户园区的企业，"
            "员工从最初的60多人增加到如今的1200余人。去年，企业实现营业收入38.6亿元。")
    assert {f["subject"] for f in figures(text)} == {"高原锂能科技有限公司"}


def test_money_is_never_a_capacity_and_yearly_tonnage_names_its_product():
    found = figures("龙头企业福建某某氟材料有限公司年产无水氟化氢12万吨，每年可为下游企业节省物流成本近3000万元。")
    assert [(f["unit"], f["indicator"], f["subject"]) for f in found] == [
        ("tonne_per_year", "capacity", "福建某某氟材料有限公司"), ("CNY", "other", "福建某某氟材料有限公司")]


def test_a_plan_period_since_its_start_and_the_year_after_it():
    found = figures("“十四五”以来，开发区引进项目120个。全年力争完成投资70亿元。", published=date(2024, 10, 12))
    assert [(f["surface"], f["period"]) for f in found] == [("120个", "2021/2024"), ("70亿元", "2024")]


def test_a_project_built_by_others_is_the_subject_of_its_size():
    found = figures("湘中农机装备产业园项目由三家企业联合投资，总投资15亿元至18亿元。")
    assert [(f["surface"], f["subject"]) for f in found] == [
        ("三家企业", "湘中农机装备产业园项目"), ("15亿元至18亿元", "湘中农机装备产业园项目")]


def test_a_postal_address_does_not_name_the_page_and_a_zone_does_not_start_a_company_name():
    text = ("走进铁岭经济开发区辽宁某某精密轴承有限公司，车间里一片繁忙。公司今年产值突破5亿元。"
            "（开发区地址：某某市经济技术开发区梨香大道9号）")
    found = figures(text)
    assert [(f["surface"], f["subject"]) for f in found] == [("5亿元", "辽宁某某精密轴承有限公司")]
    assert figures("库尔勒经济技术开发区产值12亿元。（地址：库尔勒市经济技术开发区梨香大道9号）")[0]["subject"] \
        == "库尔勒经济技术开发区"


def test_schedules_months_and_completion_of_a_target_in_the_same_sentence():
    found = figures("项目总投资32亿元，一期计划于明年6月建成投产，建设工期18个月。4月，园区产值突破10亿元。"
                    "实现新增就业4860人，完成全年目标任务的108%。", published=date(2024, 5, 20))
    assert [(f["surface"], f["kind"], f["indicator"], f["period"]) for f in found] == [
        ("32亿元", "plan", "investment", None), ("18个月", "plan", "duration", None),
        ("10亿元", "actual", "industrial_output", "2024-04"), ("4860人", "actual", "jobs", "2024-04"),
        ("108%", "actual", "jobs", "2024-04")]


def test_townships_villages_news_items_and_the_kind_of_another_company():
    found = figures("【松原石化产业开发区】本报讯 文峰镇位于园区东部。全镇中药材种植面积达到3.2万亩，龙昌村村集体经济收入达28.5万元。"
                    "【梅河口医药高新区】一季度，高新区进出口总额2.8亿元，比去年同期增加7.4亿元，较上年减少3.6亿元。"
                    "某某新材料有限公司预计全年产值突破50亿元；另一家企业某某化工有限公司一季度实现营业收入4.2亿元。"
                    "目前已签约19个项目，近400名村民进厂务工。", published=date(2024, 6, 10))
    assert [(f["surface"], f["subject"]) for f in found][:3] == [
        ("3.2万亩", "文峰镇"), ("28.5万元", "龙昌村"), ("2.8亿元", "梅河口医药高新区")]
    by_surface = {f["surface"]: f for f in found}
    assert (by_surface["7.4亿元"]["measure"], by_surface["3.6亿元"]["value"]) == ("change", -360_000_000)
    assert (by_surface["4.2亿元"]["kind"], by_surface["4.2亿元"]["subject"]) == ("actual", "某某化工有限公司")
    assert by_surface["50亿元"]["kind"] == "expected"
    assert (by_surface["19个"]["qualifier"], by_surface["400名"]["indicator"]) == ("exact", "people")


def test_page_furniture_in_brackets_and_a_province_s_zones_do_not_name_an_item():
    text = ("长垣市产业集聚区综合排名跃居全省第18位。【打印】【关闭】近日，河南省产业集聚区建设工作领导小组公布结果，"
            "长垣市产业集聚区完成固定资产投资215.7亿元。")
    assert {f["subject"] for f in figures(text)} == {"长垣市产业集聚区"}


def test_a_park_inside_a_zone_is_the_subject_of_what_it_has():
    found = figures("今年以来，某某中医药产业园规划面积12平方公里，已入驻企业58家。")
    assert [(f["surface"], f["subject"], f["kind"]) for f in found] == [
        ("12平方公里", "某某中医药产业园", "plan"), ("58家", "某某中医药产业园", "actual")]


def test_a_party_committee_does_not_lend_its_prefix_to_the_zone_name():
    from parkmetrics.subjects import zone_named_in
    assert zone_named_in("中共濮阳经济技术开发区工作委员会召开会议。中共濮阳经济技术开发区纪工委。") == "濮阳经济技术开发区"


def test_tenths_after_de_or_with_their_own_bound():
    found = figures("全区近九成的地区生产总值和八成以上的税收，占全市工业的七成左右，占签约项目总数的四成多，一成不变。")
    assert [(f["surface"], f["value"], f["low"], f["high"], f["qualifier"]) for f in found] == [
        ("九成", 90, None, 90, "under"), ("八成以上", 80, 80, None, "over"), ("七成左右", 70, None, None, "approx"),
        ("四成多", 40, 40, 50, "more_than_printed")]


def test_trailing_bounds_and_less_common_units():
    found = figures("是设立之初的3倍多，主营业务收入2000万元及以上的企业，开展招商活动100场次以上，租赁飞机2300余架，"
                    "集装箱吞吐量达到2219万标准箱，不少於15億澳門元的專項資金，最高1亿元奖励。")
    assert [(f["surface"], f["unit"], f["qualifier"], f["low"], f["high"]) for f in found] == [
        ("3倍多", "other", "more_than_printed", 3, 4), ("2000万元及以上", "CNY", "over", 2e7, None),
        ("100场次以上", "count", "over", 100, None), ("2300余架", "count", "more_than_printed", 2300, 2400),
        ("2219万标准箱", "other", "exact", None, None), ("15億澳門元", "other", "over", 1.5e9, None),
        ("1亿元", "CNY", "under", None, 1e8)]
    assert found[5]["indicator"] not in ("capacity", "land_area")  # money in another currency is still money


def test_fractions_are_shares_in_percent_with_their_bounds():
    found = figures("以占全区不到四分之一的土地，贡献了全区的工业产值。")
    assert [(f["surface"], f["value"], f["unit"], f["qualifier"], f["high"], f["measure"]) for f in found] == [
        ("四分之一", 25, "percent", "under", 25, "share")]


def test_a_unit_printed_once_after_a_list_of_points_and_shares_of_the_economy():
    found = figures("新片区增速较一季度、上半年分别提高6.8个和3.1个百分点，三次产业结构优化为0.3:48.5:51.2，同比增长5%。"
                    "GDP增逾一成，审批时间再压减20%。")
    assert [(f["surface"], f["unit"], f["measure"]) for f in found[:5]] == [
        ("6.8个", "percentage_point", "change"), ("3.1个百分点", "percentage_point", "change"),
        ("0.3", "percent", "share"), ("48.5", "percent", "share"), ("51.2", "percent", "share")]
    assert {f["indicator"] for f in found[2:5]} == {"gdp"}
    assert [(f["surface"], f["value"], f["measure"]) for f in found[6:]] == [
        ("一成", 10, "growth_rate"), ("20%", -20, "growth_rate")]


def test_bases_listed_together_a_base_year_of_a_multiple_and_a_months_aside():
    found = figures("1—10月，新片区完成规模以上工业总产值2912.6亿元，增速较一季度、上半年分别提高6.8个和3.1个百分点。"
                    "10月当月，完成规模以上工业总产值318.7亿元。分产业看，新能源汽车完成产值1683.5亿元。"
                    "企业实现营业收入38.6亿元，是2019年的6.3倍。", published=date(2023, 11, 24))
    assert [(f["surface"], f["period"]) for f in found] == [
        ("2912.6亿元", "2023-01/2023-10"), ("6.8个", "2023-01/2023-10"), ("3.1个百分点", "2023-01/2023-10"),
        ("318.7亿元", "2023-10"), ("1683.5亿元", "2023-01/2023-10"), ("38.6亿元", "2023-01/2023-10"),
        ("6.3倍", "2023-01/2023-10")]


def test_the_same_day_and_kinds_of_projects_are_not_names():
    found = figures("3月19日，广州开发区投资推介会举行。当天共有62个项目集中签约。前沿产业项目签约143个，"
                    "全年新签约项目3200亿元，上市公司及其子公司21家。", published=date(2024, 3, 20))
    assert [(f["surface"], f["period"], f["subject"]) for f in found] == [
        ("62个", "2024-03-19", "广州开发区"), ("143个", None, "广州开发区"), ("3200亿元", "2024", "广州开发区"),
        ("21家", "2024", "广州开发区")]


def test_a_township_of_three_characters_and_a_period_is_not_a_village():
    found = figures("位于园区旁的甘河滩镇，近年来为园区企业输送产业工人。全镇23个村村集体经济收入全部超过10万元。"
                    "一季度村集体经济收入达28.5万元。")
    assert [f["subject"] for f in found][:2] == ["甘河滩镇", "甘河滩镇"]
    assert found[2]["subject"] not in ("村", "一季度村")


def test_counts_growth_ranks_visits_floor_space_and_phases():
    found = figures("今年1—2月全区新登记经营主体1.2万户，同比增长9.5%。走访企业600余次，接待客商来访近百批次。"
                    "分别居全市第1位、第2位。總建築面積約20萬平方米。一期投资30多亿元，意向投资额约2600亿元。")
    assert [(f["surface"], f["indicator"], f["kind"]) for f in found] == [
        ("1.2万户", "enterprises", "actual"), ("9.5%", "enterprises", "actual"), ("600余次", "activities", "actual"),
        ("百批次", "activities", "actual"), ("第1位", "ranking", "actual"), ("第2位", "ranking", "actual"),
        ("20萬平方米", "other", "actual"), ("30多亿元", "investment", "plan"), ("2600亿元", "investment", "plan")]


def test_periods_listed_together_and_points_in_time_date_only_their_sentence():
    found = figures("1—10月，新片区完成产值2912亿元。一季度和上半年，产值分别增长18.5%和22.2%。"
                    "分产业看，新能源汽车完成产值1683.5亿元。截至10月末，新片区累计注册企业超过8.5万户。"
                    "前沿产业项目签约143个。", published=date(2023, 11, 24))
    assert [(f["surface"], f["period"]) for f in found] == [
        ("2912亿元", "2023-01/2023-10"), ("18.5%", "2023-01/2023-03"), ("22.2%", "2023-01/2023-06"),
        ("1683.5亿元", "2023-01/2023-10"), ("8.5万户", "2023-10"), ("143个", "2023-01/2023-10")]


def test_a_share_of_what_follows_and_a_growth_of_the_figure_before():
    found = figures("五大开发区贡献了全区近九成的地区生产总值和八成以上的税收。其中外资企业312家，增长近两成。"
                    "基础设施投资156.4亿元，增长9.7%。")
    assert [(f["surface"], f["indicator"], f["measure"]) for f in found] == [
        ("九成", "gdp", "share"), ("八成以上", "tax", "share"), ("312家", "enterprises", "count"),
        ("两成", "enterprises", "growth_rate"), ("156.4亿元", "fixed_asset_investment", "level"),
        ("9.7%", "fixed_asset_investment", "growth_rate")]


def test_a_place_inside_or_around_the_zone_named_at_a_sentence_start():
    found = figures("开发区内的精细化工产业园今年新引进十几家配套企业，园区土地利用率达到92%。"
                    "高新区所在的新合镇今年新流转土地1.2万亩。全区实现城镇新增就业4860人。")
    assert [(f["surface"], f["subject"]) for f in found][:3] == [
        ("十几家配套企业", "精细化工产业园"), ("92%", "精细化工产业园"), ("1.2万亩", "新合镇")]
    assert found[3]["subject"] != "实现城镇"  # towns in general are not a township


def test_a_news_items_heading_and_its_byline_are_one_item():
    found = figures("【松原石化产业开发区上半年经济运行稳中向好】本报讯 今年上半年，松原石化产业开发区实现产值152.7亿元。"
                    "【梅河口医药高新区外贸进出口实现翻番】本报讯（通讯员 张丽）记者7月19日从梅河口医药高新技术产业开发区获悉，"
                    "1-5月，高新区实现进出口总额2.8亿元。")
    assert [(f["surface"], f["subject"]) for f in found] == [
        ("152.7亿元", "松原石化产业开发区"), ("2.8亿元", "梅河口医药高新技术产业开发区")]


def test_a_company_visited_and_quoted_is_the_subject():
    found = figures("走进铁岭经济开发区辽宁锐泰精密轴承有限公司的智能化车间，12条自动化生产线正满负荷运转。"
                    "“我们2016年落户开发区的时候，只有一栋厂房、40多名工人。”公司负责人说。"
                    "“我们开发区今年新引进项目30个。”开发区负责人说。")
    assert [(f["surface"], f["subject"]) for f in found] == [
        ("12条", "辽宁锐泰精密轴承有限公司"), ("40多名", "辽宁锐泰精密轴承有限公司"), ("30个", "铁岭经济开发区")]


def test_a_project_named_after_its_size_is_what_the_sentence_goes_on_about():
    found = figures("东方电气集团投资50亿元的氢能装备产业化基地项目，占地约320亩，建成后预计可实现年产值80亿元。"
                    "总投资8.6亿元的年产20万套新能源汽车电驱系统项目，计划今年10月投产。")
    assert [(f["surface"], f["subject"]) for f in found] == [
        ("50亿元", "氢能装备产业化基地项目"), ("320亩", "氢能装备产业化基地项目"), ("80亿元", "氢能装备产业化基地项目"),
        ("8.6亿元", "年产20万套新能源汽车电驱系统项目"), ("20万套", None)]  # (inside the name)


def test_each_item_of_a_round_up_names_its_own_subject():
    found = figures("【佛山高新区：2023年规上工业总产值突破5000亿元】1月10日，记者从佛山高新区管委会获悉，园区高新技术企业达2318家。"
                    "【华凯电器：智能家电产业园动工】华凯电器2023年实现营业收入386亿元。"
                    "【简讯】●珠海经济技术开发区（高栏港）2023年港口货物吞吐量1.57亿吨。"
                    "●顺德区2023年共有27家企业获评专精特新企业。", published=date(2024, 1, 12))
    assert [(f["surface"], f["subject"]) for f in found] == [
        ("5000亿元", "佛山高新区"), ("2318家", "佛山高新区"), ("386亿元", "华凯电器"),
        ("1.57亿吨", "珠海经济技术开发区"), ("27家", "顺德区")]


def test_statistical_bulletin_forms_from_unseen_pages():
    found = figures("首10个月新设企业382家。去年以来，园区累计引进项目20个。9月末，存款余额1862.5亿元；贷款余额1127.3亿元。"
                    "年度计划投资312亿元。同比增长三分之一左右，审批时间由60个工作日缩短到20个工作日，较上年净增约260家。"
                    "失业率控制在千分之三以内，青年科研人员占三分之一以上，租金补贴最高可达50%，集装箱吞吐量约260万标箱。"
                    "常住人口25.8万人，园区实现营业总收入约420亿元，集成电路设计企业达到70余家。"
                    "2023年，航空新城引进产业项目37个，协议投资额约216亿元，同比分别增长23.3%和41.2%。",
                    published=date(2023, 11, 24))
    got = {f["surface"]: f for f in found}
    assert got["382家"]["period"] == "2023-01/2023-10" and got["20个"]["period"] == "2022/2023"
    assert got["1127.3亿元"]["period"] == "2023-09" and got["312亿元"]["period"] == "2023"
    assert got["三分之一左右"]["measure"] == "growth_rate" and got["三分之一左右"]["qualifier"] == "approx"
    assert got["20个工作日"]["measure"] == "level" and got["260家"]["measure"] == "change"
    assert (got["千分之三以内"]["qualifier"], got["三分之一以上"]["qualifier"], got["50%"]["qualifier"]) == (
        "under", "over", "under")
    assert got["260万标箱"]["unit"] == "other"
    assert (got["25.8万人"]["indicator"], got["420亿元"]["indicator"], got["70余家"]["kind"]) == (
        "population", "revenue", "actual")
    assert (got["23.3%"]["indicator"], got["41.2%"]["indicator"]) == ("projects", "investment")


def test_a_month_range_reported_in_january_is_last_years():
    found = figures("前11个月工业投资增长两成。1-11月完成工业投资128.7亿元。", published=date(2024, 1, 12))
    assert [f["period"] for f in found] == ["2023-01/2023-11", "2023-01/2023-11"]


def test_a_zone_is_named_in_full_when_the_page_uses_its_short_name():
    found = figures("——访拉萨经济技术开发区管委会主任。拉萨经开区近年来发展成效如何？拉萨经开区2023年实现营业总收入约420亿元。"
                    "拉萨经开区新增企业30家。")
    assert {f["subject"] for f in found} == {"拉萨经济技术开发区"}
    found = figures("深圳前海深港现代服务业合作区（下称“前海合作区”）管理局日前公布，前海合作区实现地区生产总值约1896.3亿元。"
                    "前海合作区新增港资企业1362家。")
    assert {f["subject"] for f in found} == {"深圳前海深港现代服务业合作区"}


def test_a_founding_year_does_not_date_later_figures_and_a_heading_ends_a_sentence():
    found = figures("拉萨经开区2001年经国务院批准设立，规划面积5.46平方公里。“我们2016年落户开发区的时候，只有40多名工人。”"
                    "2023年新成立企业500家。【华凯电器：总投资50亿元的智能家电产业园动工】1月8日，华凯电器举行动工仪式。",
                    published=date(2024, 1, 12))
    assert [(f["surface"], f["period"]) for f in found] == [
        ("5.46平方公里", None), ("40多名", "2016"), ("500家", "2023"), ("50亿元", None)]


def test_sidebar_bullets_generic_companies_and_a_laboratory_inside_the_zone():
    found = figures("前海合作区实现地区生产总值约1896.3亿元。前海合作区新增港资企业1362家。●首三季实际使用港资：48.3亿美元【又讯】广州南沙经济技术开发区新设企业382家。"
                    "区内季华实验室已集聚科研人员超2000名。一家香港大型金融集团计划总投资约30亿港元。"
                    "企业开办时间压缩至1个工作日以内。", published=date(2023, 11, 20))
    got = {f["surface"]: f["subject"] for f in found}
    assert got["48.3亿美元"] != "广州南沙经济技术开发区" and got["382家"] == "广州南沙经济技术开发区"
    assert got["2000名"] == "季华实验室"
    assert got["30亿港元"] != "一家香港大型金融集团" and got["1个工作日以内"] != "一家香港大型金融集团"


def test_this_year_of_a_review_and_a_short_kaifaqu_name():
    found = figures("2023年，是开局之年。这一年，光谷人拼经济。全年地区生产总值预计突破2700亿元。", published=date(2024, 1, 8))
    assert found[0]["period"] == "2023"
    found = figures("制造业始终是宁波经济技术开发区的立区之本。宁波开发区前三季度实现工业总产值2500亿元。宁波开发区新增企业300家。")
    assert {f["subject"] for f in found} == {"宁波经济技术开发区"}


def test_halves_approximate_shares_programmes_rates_things_and_hiring():
    found = figures("约占全省四成，约占全市的一半，占员工总数的一半以上，年产20GWh储能电池。"
                    "“3551光谷人才计划”累计支持人才1万余名。订单量比去年同期多了两成多。“一网通办”事项比例达98.6%，同比增长5%。"
                    "不良率下降到0.3%以下。新能源汽车产量达48.6万辆。市场主体突破30万户，其中今年新增3.2万户。"
                    "新招了120多名员工，新招聘应届毕业生80多人。")
    got = {f["surface"]: f for f in found}
    assert (got["四成"]["qualifier"], got["一半"]["value"], got["一半"]["qualifier"], got["一半以上"]["qualifier"]) == (
        "approx", 50, "approx", "over")
    assert (got["20GWh"]["unit"], got["20GWh"]["value"]) == ("kWh", 2e7)
    assert got["1万余名"]["kind"] == "actual" and got["两成多"]["measure"] == "growth_rate"
    assert got["98.6%"]["measure"] == "share" and got["0.3%以下"]["measure"] == "share"
    assert got["48.6万辆"]["indicator"] == "other" and got["3.2万户"]["indicator"] == "enterprises"
    assert got["120多名"]["indicator"] == got["80多人"]["indicator"] == "jobs"


def test_a_long_project_name_at_a_sentence_start():
    found = figures("集成电路装备补链成势。芯途半导体装备（合肥）有限公司总部及研发制造基地项目总投资30多亿元，用地200余亩。")
    assert {f["subject"] for f in found} == {"芯途半导体装备（合肥）有限公司总部及研发制造基地项目"}


def test_this_park_and_a_company_after_a_period():
    found = figures("走进宁波海川精密机械有限公司的生产车间。“1—11月公司实现产值8.6亿元。”公司总经理说。"
                    "海川精密和甬达模具都位于大碶高端装备产业园。这个规划面积12.6平方公里的产业园，已集聚规上工业企业210余家。")
    assert [(f["surface"], f["subject"]) for f in found] == [
        ("8.6亿元", "宁波海川精密机械有限公司"), ("12.6平方公里", "大碶高端装备产业园"), ("210余家", "大碶高端装备产业园")]


def test_the_area_a_place_has_is_not_a_periods_figure():
    found = figures("2016年下半年，工业园区联合打造了规划面积6平方公里的绿色涂料产业园。今年1-5月，合肥高新区规划面积128.32平方公里。"
                    "“我们2003年从一个不到200平方米的小作坊起步。”")
    assert [(f["surface"], f["period"]) for f in found] == [("6平方公里", None), ("128.32平方公里", None),
                                                            ("200平方米", "2003")]


def test_a_base_named_before_its_half_year_and_a_quote_in_corner_brackets():
    found = figures("另一家龙头企业比亚迪西安基地上半年新能源汽车产量达48.6万辆。位于科学城内的西安天穹光电科技有限公司上半年"
                    "实现营业收入3.6亿元。「今年我们的订单量比去年同期多了两成多，生产线基本是满负荷。」")
    assert [(f["surface"], f["subject"]) for f in found] == [
        ("48.6万辆", "比亚迪西安基地"), ("3.6亿元", "西安天穹光电科技有限公司"), ("两成多", "西安天穹光电科技有限公司")]


def test_wages_contracts_counts_of_enterprises_start_rates_roads_and_trades():
    found = figures("目前一线员工平均月收入已超过8000元。技术合同成交额突破1100亿元。瞪羚企业数量增长两成。"
                    "签约项目开工率达到82.6%。全年新建改建道路32公里。园区内建有模具设计、检验检测等公共服务平台3个。"
                    "合肥恒驰汽车电子有限公司将投资6.8亿元。")
    assert [(f["surface"], f["indicator"], f["kind"]) for f in found] == [
        ("8000元", "income", "actual"), ("1100亿元", "contract_value", "actual"), ("两成", "enterprises", "actual"),
        ("82.6%", "projects", "actual"), ("32公里", "other", "actual"), ("3个", "other", "actual"),
        ("6.8亿元", "investment", "plan")]


def test_round_hundreds_after_their_noun_over_and_generic_names():
    found = figures("走访企业近百家，引进德国及欧洲企业逾百家。年产值过100亿元，经过100天。园区获评2023年度省级绿色园区，"
                    "实现产值50亿元。抓好十几个在建重大项目，完成投资2200亿元。拥有省级研发机构18个。")
    got = {f["surface"]: f for f in found}
    assert [(f["surface"], f["qualifier"]) for f in found[:4]] == [
        ("百家", "under"), ("百家", "over"), ("100亿元", "over"), ("100天", "exact")]
    assert got["50亿元"]["subject"] != "度省级绿色园区"
    assert got["十几个在建重大项目"]["indicator"] == "projects" and got["2200亿元"]["subject"] != "抓好十几个在建重大项目"
    assert got["18个"]["indicator"] == "other"
