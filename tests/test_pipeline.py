import pandas as pd
import pytest

from parkmetrics.overrides import OverrideError
from parkmetrics.pipeline import build, load, save
from parkmetrics.settings import Paths


@pytest.fixture(scope="module")
def dataset(root):
    return build(paths=Paths(root))


def test_every_document_and_figure_is_kept_with_provenance(dataset):
    assert len(dataset.documents) == 5
    assert (dataset.documents["figures"] > 0).all()
    assert dataset.mentions[["doc_id", "start", "end"]].notna().all().all()
    for sources in dataset.facts["sources"]:
        for source in sources.split("; "):
            doc, span = source.split(":")
            start, end = map(int, span.split("-"))
            assert doc in set(dataset.documents["doc_id"]) and end > start


def test_usd_converted_with_the_year_rate(dataset):
    usd = dataset.mentions[(dataset.mentions["unit"] == "USD") & (dataset.mentions["value"] == 35_000_000)]
    assert not usd.empty
    assert usd["value_cny"].iloc[0] == pytest.approx(35_000_000 * 6.8985)
    assert "2019" in usd["conversion"].iloc[0]


def test_signed_project_counts_that_disagree_are_flagged(dataset):
    signed = dataset.facts[(dataset.facts["indicator"] == "projects") & (dataset.facts["stage"] == "signed")
                           & (dataset.facts["period"] == "2019") & dataset.facts["value"].isin([18, 20])]
    assert set(signed["value"]) == {18, 20}
    assert signed["conflict"].all()


def test_override_fixes_the_impossible_range_and_is_audited(dataset):
    applied = dataset.overrides_applied
    assert len(applied) == 1 and applied["surface"].iloc[0] == "55亿元至10亿元"
    assert applied["old_value"].iloc[0] == 5_500_000_000 and applied["new_value"].iloc[0] == 500_000_000
    fixed = dataset.mentions[dataset.mentions["surface"] == "55亿元至10亿元"]
    assert fixed["low"].iloc[0] == 500_000_000
    assert (dataset.checks["status"] != "fail").all()


def test_without_the_override_the_range_check_fails(project_copy):
    (project_copy / "data" / "overrides.csv").write_text(
        "doc,start,surface,field,new_value,reason,author,date\n", encoding="utf-8")
    checks = build(paths=Paths(project_copy)).checks
    failed = checks[checks["status"] == "fail"]
    assert list(failed["check"]) == ["range_order"]
    assert "55亿元至10亿元" in failed["detail"].iloc[0]


def test_an_override_that_matches_nothing_names_its_line(project_copy):
    path = project_copy / "data" / "overrides.csv"
    path.write_text(path.read_text("utf-8") + "001_010a5923c004495a.txt,,99亿元,value,1,typo,me,2026-01-01\n",
                    encoding="utf-8")
    with pytest.raises(OverrideError, match=r"overrides.csv:3: no mention"):
        build(paths=Paths(project_copy))


def test_saved_tables_round_trip(dataset, tmp_path):
    save(dataset, tmp_path)
    loaded = load(tmp_path)
    pd.testing.assert_frame_equal(loaded.facts, dataset.facts, check_dtype=False)
    assert (tmp_path / "facts.csv").exists() and (tmp_path / "mentions.csv").exists()
