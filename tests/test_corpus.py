from datetime import date

import pytest

from parkmetrics.corpus import CorpusError, infer_publication_date, iter_documents


def test_explicit_date_printed_on_the_page_wins():
    published, how = infer_publication_date("工业园区新闻\n2020年4月8日 星期三\n在3月30日举行的大会上")
    assert published == date(2020, 4, 8)
    assert "explicit" in how


def test_latest_year_with_latest_month_day():
    published, how = infer_publication_date("2019年以来…《2020 年工作要点》…图为 5 月 27 日，该公司")
    assert published == date(2020, 5, 27)
    assert "latest year" in how


def test_a_page_missing_from_the_manifest_gets_an_inferred_date(tmp_path):
    (tmp_path / "manifest.csv").write_text("doc_id,file,newspaper,published,zone,script\n", encoding="utf-8")
    (tmp_path / "new.txt").write_text("2021年3月5日，开发区实现产值5亿元。", encoding="utf-8")
    doc = next(iter_documents([tmp_path]))
    assert doc.published == date(2021, 3, 5) and doc.date_source.startswith("inferred")


def test_bad_manifest_date_names_file_and_line(tmp_path):
    (tmp_path / "manifest.csv").write_text(
        "doc_id,file,newspaper,published,zone,script\na,a.txt,x,2020-13-45,,\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("产值5亿元", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"manifest.csv:2: publication date '2020-13-45'"):
        list(iter_documents([tmp_path]))
