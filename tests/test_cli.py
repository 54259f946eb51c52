import csv
import io
import json
import subprocess
import sys


def run(*args, cwd):
    return subprocess.run([sys.executable, "-m", "parkmetrics.cli", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


def test_extract_writes_one_record_per_mention_with_spans(root):
    result = run("extract", "data/raw/002_05bca7ad69cddc8b.txt", cwd=root)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    text = (root / "data/raw/002_05bca7ad69cddc8b.txt").read_text("utf-8")
    assert any(r["surface"] == "106亿元" and r["value"] == 10_600_000_000 for r in records)
    for r in records:
        assert "".join(text[r["start"]:r["end"]].split()) == r["surface"]


def test_extract_csv_with_a_date_for_unlisted_files(root, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("今年1至5月，开发区实现进出口总额 5.7 亿元，同比增长12%。", encoding="utf-8")
    result = run("extract", str(page), "--date", "2021-06-30", "--format", "csv", cwd=root)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["period"] for r in rows] == ["2021-01/2021-05", "2021-01/2021-05"]
    assert rows[1]["measure"] == "growth_rate"


def test_bad_input_is_one_clear_line_without_traceback(root, tmp_path):
    (tmp_path / "manifest.csv").write_text("doc_id,file\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("产值5亿元", encoding="utf-8")
    result = run("extract", str(tmp_path), cwd=root)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert f"{tmp_path / 'manifest.csv'}:1: missing columns" in result.stderr


def test_report_refuses_unknown_parameters(root):
    result = run("report", "-p", "langauge", "zh", cwd=root)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "unknown parameter langauge; valid parameters:" in result.stderr


def test_eval_prints_scores(root):
    result = run("eval", "tests/gold/seeds", cwd=root)
    assert result.returncode == 0, result.stderr
    assert "overall" in result.stdout and "precision" in result.stdout
