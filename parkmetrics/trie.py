"""Alternations of many literal words as a prefix tree, which the regex engine walks instead of
trying every word in turn at every position."""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching exactly ``words``, longest match preferred, e.g. ['亿元', '亿', '万元'] ->
    '(?:亿(?:元)?|万元)'."""
    tree: dict = {}
    for word in set(words):
        if not word:
            continue
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _render(tree) if tree else "(?!)"


def _render(node: dict) -> str:
    ends_here = "" in node
    branches = []
    for char in sorted(k for k in node if k):
        branches.append(re.escape(char) + _render(node[char]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        # greedy: try the longer word first, fall back to the word ending here
        return "(?:" + body + ")?" if len(branches) == 1 else body + "?"
    return body
