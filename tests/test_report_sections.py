"""The report notebook under papermill for each selection a reader may ask for (no PDF: fast)."""

import json

import nbformat
import pytest

from parkmetrics.pipeline import update
from parkmetrics.runner import execute, to_ipynb
from parkmetrics.settings import Paths

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def home(tmp_path_factory, root):
    import shutil

    target = tmp_path_factory.mktemp("project")
    for name in ("data", "notebooks", "params"):
        shutil.copytree(root / name, target / name, ignore=shutil.ignore_patterns("processed", "*.ipynb"))
    shutil.copy(root / "pyproject.toml", target / "pyproject.toml")
    (target / "figures").mkdir()
    update(Paths(target))
    return target


def run(home, tmp_path, monkeypatch, **parameters) -> str:
    monkeypatch.setenv("PARKMETRICS_HOME", str(home))
    source = to_ipynb(home / "notebooks" / "report.py", tmp_path / "in.ipynb")
    output = execute(source, tmp_path / "out.ipynb", parameters, cwd=home)
    notebook = nbformat.read(output, as_version=4)
    texts = []
    for cell in notebook.cells:
        for out in cell.get("outputs", []):
            assert out["output_type"] != "error", out
            if out["output_type"] == "stream":
                assert out["name"] != "stderr" or "missing from font" not in out["text"], out["text"]
                texts.append(out["text"])
            for kind in ("text/html", "text/markdown", "text/plain"):
                if kind in out.get("data", {}):
                    texts.append(out["data"][kind])
    return json.dumps(texts, ensure_ascii=False)


def test_default_report_has_the_key_numbers(home, tmp_path, monkeypatch):
    text = run(home, tmp_path, monkeypatch)
    assert "Puyang IP, 2019: value added grew faster than output (+30.0% against +18.7%)" in text
    assert "96.5亿元" in text and "20 signed (9.65 bn yuan)" in text
    assert "18.52亿元 of 33.27亿元 planned investment completed in 2020 (55.67%)" in text


def test_chinese_report(home, tmp_path, monkeypatch):
    text = run(home, tmp_path, monkeypatch, lang="zh")
    assert "增长率" in text and "濮阳工业园区2019年工业增加值增长30%，快于总产值增速18.7%" in text
    assert "Growth rates" not in text


def test_industrial_park_alone(home, tmp_path, monkeypatch):
    text = run(home, tmp_path, monkeypatch, zones=["puyang-industrial-park"])
    assert "+18.7%" in text and "96.5亿元" in text
    assert "33.27亿元" not in text and "57650万元" not in text


def test_development_zone_alone(home, tmp_path, monkeypatch):
    text = run(home, tmp_path, monkeypatch, zones=["puyang-etdz"], currency_display="USD")
    assert "18.52亿元" in text and "33.27亿元" in text and "55.67" in text
    assert "96.5亿元" not in text


def test_an_empty_period_says_there_is_nothing_to_show(home, tmp_path, monkeypatch):
    text = run(home, tmp_path, monkeypatch, period_start="2030", period_end="2031")
    assert "No figures match this selection" in text
