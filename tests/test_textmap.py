from parkmetrics.textmap import compact


def test_whitespace_inside_figures_is_removed_and_offsets_point_back():
    original = "总产值完成1\n亿元，引进 3500 万美元"
    view = compact(original)
    assert view.text == "总产值完成1亿元，引进3500万美元"
    start = view.text.index("3500")
    s, e = view.original_span(start, start + len("3500万美元"))
    assert original[s:e] == "3500 万美元"


def test_ocr_spaces_inside_a_number_are_removed_but_letters_keep_their_gap():
    assert compact("实施重点项目 1 0 8 个，产值 2 15.8 亿\n元").text == "实施重点项目108个，产值215.8亿元"
    assert compact("iPhone 12 销量").text == "iPhone 12销量"


def test_fullwidth_digits_and_traditional_script_are_normalised():
    view = compact("濮陽工業園區引進８個億元以上項目", script="traditional")
    assert view.text == "濮阳工业园区引进8个亿元以上项目"
    assert len(view.text) == len(view.original)


def test_traditional_script_is_detected():
    assert compact("這個園區的項目經過多年發展，濮陽工業園區").script == "traditional"
    assert compact("这个园区的项目").script == "simplified"


def test_a_clock_time_after_a_date_keeps_its_gap():
    assert compact("发布时间：2021-11-18 09:32").text == "发布时间：2021-11-18 09:32"
