"""Extraction measured against the hand-made gold of the seed pages (tests/gold/)."""

import pytest

from parkmetrics.evaluate import ATTRIBUTES, evaluate, read_gold
from parkmetrics.extract import extract


@pytest.fixture(scope="module")
def evaluation(root):
    gold = read_gold(root / "tests" / "gold" / "seeds")
    return evaluate(extract(root / "data" / "raw"), gold)


def test_mention_f1_is_at_least_0_97(evaluation):
    total = evaluation.total
    assert total.f1 >= 0.97, evaluation.table().to_string()


@pytest.mark.parametrize("attribute", ATTRIBUTES)
def test_attribute_accuracy_is_at_least_0_90(evaluation, attribute):
    total = evaluation.total
    accuracy = total.attribute_hits[attribute] / total.matched
    assert accuracy >= 0.90, evaluation.disagreements.to_string()


def test_every_span_covers_its_surface(root):
    frame = extract(root / "data" / "raw")
    for row in frame.itertuples():
        text = (root / "data" / "raw" / row.doc).read_text("utf-8")
        assert "".join(text[row.start:row.end].split()) == row.surface
