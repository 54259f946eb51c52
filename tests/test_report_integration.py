"""The whole path as a user runs it: papermill notebooks to HTML and PDF, in both languages."""

import os
import re
import shutil
import unicodedata

import pytest
from pypdf import PdfReader

from parkmetrics.report import make_report
from parkmetrics.runner import NotebookError
from parkmetrics.settings import Paths

pytestmark = pytest.mark.slow
needs_tools = pytest.mark.skipif(shutil.which("chromium") is None, reason="Chromium not installed (make setup)")


@pytest.fixture()
def home(project_copy, monkeypatch):
    monkeypatch.setenv("PARKMETRICS_HOME", str(project_copy))
    return project_copy


def pdf_text(path) -> str:
    # Chromium's PDFs map some ideographs to their Kangxi-radical twins in the text layer
    # (工 -> ⼯); NFKC folds them back. The glyphs on the page are the right ones.
    return unicodedata.normalize("NFKC", "".join(page.extract_text() or "" for page in PdfReader(path).pages))


@needs_tools
@pytest.mark.parametrize("lang, heading", [("en", "Growth rates"), ("zh", "增长率")])
def test_report_in_both_languages(home, lang, heading):
    result = make_report(Paths(home), {"lang": lang})
    html = (result.latest / "report.html").read_text("utf-8")
    assert heading in html
    assert "<script" not in html
    assert not re.search(r"""(?:src|href)=["'](?:https?:)?//""", html), "the report fetches something remote"
    assert 'class="toc"' in html
    assert "data:image/png;base64" in html
    assert "Traceback" not in html
    text = re.sub(r"\s+", "", pdf_text(result.latest / "report.pdf"))
    assert re.search(r"[\u4e00-\u9fff]", text), "no Chinese characters in the PDF text"
    for key in ("106亿元", "18.7", "3500万美元", "濮阳工业园区"):
        assert key in text, key
    assert (result.latest / "report.ipynb").exists()
    assert (home / "figures" / f"growth_rates_{lang}.png").exists()


@needs_tools
def test_a_failing_cell_names_itself_and_keeps_latest(home):
    first = make_report(Paths(home), {})
    before = os.readlink(home / "reports" / "latest")
    notebook = home / "notebooks" / "report.py"
    notebook.write_text(notebook.read_text("utf-8") + "\n# %%\nraise RuntimeError('boom in a cell')\n", "utf-8")
    with pytest.raises(NotebookError, match=r"notebooks/report.py: cell \d+ failed \(RuntimeError: boom in a cell\)"):
        make_report(Paths(home), {})
    assert os.readlink(home / "reports" / "latest") == before
    assert (first.latest / "report.pdf").exists()
    failed = list((home / "reports" / "failed").iterdir())
    assert len(failed) == 1 and (failed[0] / "report.ipynb").exists()


@needs_tools
def test_empty_selection_gives_a_short_report_not_an_error(home):
    result = make_report(Paths(home), {"period_start": "1990", "period_end": "1991"})
    assert "No figures match this selection" in (result.latest / "report.html").read_text("utf-8")
