from parkmetrics.textmap import compact


def test_whitespace_inside_figures_is_removed_and_offsets_point_back():
    original = "总产值完成1\n亿元，引进 3500 万美元"
    view = compact(original)
    assert view.text == "总产值完成1亿元，引进3500万美元"
    start = view.text.index("3500")
    s, e = view.original_span(start, start + len("3500万美元"))
    assert original[s:e] == "3500 万美元"


def test_whitespace_between_two_numbers_is_kept_as_a_boundary():
    assert compact("共2 5亿元").text == "共2 5亿元"


def test_fullwidth_digits_and_traditional_script_are_normalised():
    view = compact("濮陽工業園區引進８個億元以上項目", script="traditional")
    assert view.text == "濮阳工业园区引进8个亿元以上项目"
    assert len(view.text) == len(view.original)


def test_traditional_script_is_detected():
    assert compact("這個園區的項目經過多年發展，濮陽工業園區").script == "traditional"
    assert compact("这个园区的项目").script == "simplified"
