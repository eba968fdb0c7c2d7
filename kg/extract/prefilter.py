"""Regexes over long word lists, scanned only where a match can start.

Python's ``re`` tries every branch of an alternation at every position of a text: a pattern of
a few hundred place names costs milliseconds per page. :class:`Prefiltered` finds the positions
where a match can start (a word start whose first character begins one of the words) with a
one-character-class scan, and tries the full pattern only there. ``finditer`` gives exactly the
matches of the full pattern's ``finditer`` (leftmost, non-overlapping); ``match``, ``search``
and ``pattern`` are the full pattern's.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def first_chars(phrases: Iterable) -> str:
    """The characters a phrase of ``phrases`` can start with, as ``alternation`` writes them."""
    chars = {str(p)[0] for p in phrases if str(p)}
    if "'" in chars:
        chars.add("’")
    return "".join(sorted(chars))


class Prefiltered:
    """``pattern`` (compiled) scanned at the positions where ``starts`` (a regex) matches."""

    def __init__(self, pattern: re.Pattern, chars: str, boundary: str = r"(?<![\w-])"):
        self.full = pattern
        self.pattern = pattern.pattern
        self.flags = pattern.flags
        cls = "".join(re.escape(c) for c in chars)
        self.starts = re.compile(rf"{boundary}(?=[{cls}])", pattern.flags)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        end = len(text) if endpos is None else endpos
        full = self.full
        after = pos
        for s in self.starts.finditer(text, pos, end):
            i = s.start()
            if i < after:
                continue
            m = full.match(text, i, end)
            if m is not None:
                yield m
                after = m.end() if m.end() > i else i + 1
        return

    def match(self, text: str, pos: int = 0, endpos: int | None = None):
        return self.full.match(text, pos, len(text) if endpos is None else endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        return next(self.finditer(text, pos, endpos), None)

    def findall(self, text: str):
        return [m.group(0) if not self.full.groups else
                (m.group(1) if self.full.groups == 1 else m.groups()) for m in self.finditer(text)]
