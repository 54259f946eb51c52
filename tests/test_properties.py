"""Any text, however broken, gives spans that index the original and surfaces that match them."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from parkmetrics.corpus import Document
from parkmetrics.extract import extract_document

ALPHABET = st.sampled_from(list("0123456789０１２３.,%％-~至到多余近约以上下内左右第前个家名亿万千百十元美吨亩年月日天"
                                "增长同比分别和、，。；“”《》\n \t两三四五六七八九一几数强大村项目企业產億萬個"
                                "成倍居占公司该年产分之：:　AaZ"))
TEXT = st.one_of(st.text(ALPHABET, max_size=80), st.text(max_size=60))


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_spans_index_the_original_text(text):
    doc = Document("p", "p.txt", None, text, date(2020, 6, 1), "test", None, "", None)  # type: ignore[arg-type]
    for record in extract_document(doc):
        assert 0 <= record["start"] < record["end"] <= len(text)
        assert "".join(text[record["start"]:record["end"]].split()) == record["surface"]
