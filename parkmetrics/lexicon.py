"""The reporting vocabulary (resources/lexicon.yaml) compiled into fast look-ups."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from .trie import trie_pattern


@dataclass(frozen=True)
class Lexicon:
    indicator_of: dict[str, str]
    indicator_pattern: re.Pattern[str]
    count_noun_of: dict[str, str]
    count_noun_pattern: re.Pattern[str]
    measure_word_defaults: dict[str, str]
    kind_of: dict[str, str]
    kind_pattern: re.Pattern[str]
    subject_suffix_pattern: str
    clause_scoped_kinds: frozenset[str]

    def last_indicator(self, text: str, exclude: frozenset[str] = frozenset()) -> tuple[str, int] | None:
        """The indicator named last in ``text`` (leaving out ``exclude``) and where its word ends."""
        best: tuple[str, int] | None = None
        best_key = (-1, 0)
        for match in self.indicator_pattern.finditer(text):
            key = (match.end(), len(match.group()))
            indicator = self.indicator_of[match.group()]
            if key > best_key and indicator not in exclude:
                best_key = key
                best = (indicator, match.end())
        return best

    def indicators_in_order(self, text: str) -> list[str]:
        return [self.indicator_of[m.group()] for m in self.indicator_pattern.finditer(text)]

    def last_kind(self, text: str, clause_from: int = 0) -> str | None:
        """The kind named last in ``text``; clause-scoped kinds count only from ``clause_from`` on."""
        best = None
        for match in self.kind_pattern.finditer(text):
            kind = self.kind_of[match.group()]
            if kind in self.clause_scoped_kinds and match.start() < clause_from:
                continue
            best = kind
        return best


def load_lexicon(path: Path | None = None) -> Lexicon:
    if path is None:
        raw = resources.files("parkmetrics.resources").joinpath("lexicon.yaml").read_text("utf-8")
    else:
        raw = Path(path).read_text("utf-8")
    spec = yaml.safe_load(raw)
    indicator_of = {w: ind for ind, words in spec["indicators"].items() for w in words}
    count_noun_of = {w: ind for ind, words in spec["count_nouns"].items() for w in words}
    kind_of = {w: kind for kind, words in spec["kinds"].items() for w in words}
    return Lexicon(
        indicator_of=indicator_of,
        indicator_pattern=re.compile(trie_pattern(list(indicator_of))),
        count_noun_of=count_noun_of,
        count_noun_pattern=re.compile(trie_pattern(list(count_noun_of))),
        measure_word_defaults=dict(spec["measure_word_defaults"]),
        kind_of=kind_of,
        kind_pattern=re.compile(trie_pattern(list(kind_of))),
        subject_suffix_pattern=trie_pattern(spec["subject_suffixes"]),
        clause_scoped_kinds=frozenset(spec.get("clause_scoped_kinds", [])),
    )


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return load_lexicon()
