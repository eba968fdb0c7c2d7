"""What a change is compared with: "decreased by 28.3% year-on-year" -> "previous year".

Read from the figure's clause with the phrase lists ``comparisons`` of
``data/metrics_en.yaml`` and ``data/metrics_zh.yaml``.
"""
from __future__ import annotations

import re
from functools import cache

from .lexicon import alternation, load

CLAUSE_END = re.compile(r"[,;.!?，；。！？\n]")


@cache
def _patterns(language: str) -> list[tuple[str, re.Pattern]]:
    data = load("metrics_zh" if language == "zh" else "metrics_en").get("comparisons", {})
    flags = 0 if language == "zh" else re.I
    words = language != "zh"
    return [(basis, re.compile(alternation(phrases, words=words), flags)) for basis, phrases in data.items()]


def comparison_basis(text: str, start: int, end: int, language: str) -> str | None:
    """The basis of comparison stated in the clause around ``text[start:end]``, if any."""
    left = max((m.end() for m in CLAUSE_END.finditer(text, max(0, start - 80), start)), default=max(0, start - 80))
    right_end = CLAUSE_END.search(text, end, min(len(text), end + 60))
    clause = text[left:right_end.start() if right_end else min(len(text), end + 60)]
    for basis, pattern in _patterns(language):
        if pattern.search(clause):
            return basis
    return None
