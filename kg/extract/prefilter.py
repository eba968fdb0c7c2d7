"""Regexes over long word lists, scanned only where a match can start.

Python's ``re`` tries every branch of an alternation at every position of a text: a pattern of
a few hundred place names costs milliseconds per page. :class:`Prefiltered` finds the positions
where a match can start (a word start whose first character begins one of the words) with a
one-character-class scan, and tries the full pattern only there. ``finditer`` gives exactly the
matches of the full pattern's ``finditer`` (leftmost, non-overlapping); ``match``, ``search``
and ``pattern`` are the full pattern's.

The scan tries the full pattern itself, in a look-ahead after that character (``re`` skips to
the characters of a leading class in C): the positions where it fails, most of them, cost no
Python step. The full pattern must not refer to its groups by number.

For patterns that start with any character (Chinese names), :class:`NameStarts` and
:class:`StartsBefore` compute the positions where a match can start, and
:func:`finditer_at` tries the pattern there only.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

from .regex_cache import compile_cached, stored_text


def first_chars(phrases: Iterable) -> str:
    """The characters a phrase of ``phrases`` can start with, as ``alternation`` writes them."""
    chars = {str(p)[0] for p in phrases if str(p)}
    if "'" in chars:
        chars.add("’")
    return "".join(sorted(chars))


class Prefiltered:
    """``pattern`` (compiled) scanned at the positions where ``starts`` (a regex) matches.

    ``chars``: the characters a match can start with; ``boundary``: a look-behind
    ``(?<![...])`` that holds before every match (or nothing); ``starts``: instead of both, a
    regex that matches (at least) where a match can start.
    """

    def __init__(self, pattern: re.Pattern, chars: str = "", boundary: str = r"(?<![\w-])",
                 starts: str | None = None):
        self.full = pattern
        self.pattern = pattern.pattern
        self.flags = pattern.flags
        if starts is not None:
            self.starts = re.compile(starts, pattern.flags)
            self.scan = compile_cached(rf"(?=(?:{starts}))(?={pattern.pattern})", pattern.flags)
            return
        # the character first, then the look-behind: ``re`` skips to the next character of the
        # class in C, where a leading look-behind is tried at every position
        self.starts = re.compile(_first(chars, boundary), pattern.flags)
        if pattern.flags & re.I and chars.isascii():
            # ``re`` skips to the characters of a class only in a case-sensitive pattern: the
            # class in both cases, with the few other characters that equal an ASCII letter
            # ignoring case (K, ſ, İ, ı), matches where the class ignoring case does
            self.scan = compile_cached(rf"{_first(_both_cases(chars), boundary)}"
                                       rf"(?<=(?=(?i:{pattern.pattern}))[\s\S])", pattern.flags & ~re.I)
        else:
            self.scan = compile_cached(rf"{self.starts.pattern}(?<=(?={pattern.pattern})[\s\S])", pattern.flags)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        end = len(text) if endpos is None else endpos
        full = self.full
        after = pos
        for s in self.scan.finditer(text, pos, end):  # where the full pattern matches
            i = s.start()
            if i < after:
                continue
            m = full.match(text, i, end)
            yield m
            after = m.end() if m.end() > i else i + 1

    def match(self, text: str, pos: int = 0, endpos: int | None = None):
        return self.full.match(text, pos, len(text) if endpos is None else endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        return next(self.finditer(text, pos, endpos), None)

    def findall(self, text: str):
        return [m.group(0) if not self.full.groups else
                (m.group(1) if self.full.groups == 1 else m.groups()) for m in self.finditer(text)]


class NameStarts:
    """Where a name of a long word list can start in a text: where its first two characters
    begin one of the names.

    ``re`` tries the branches of an alternation one by one, and the gazetteer's names start
    with some 900 characters, a third of a report's: the patterns that open with a gazetteer
    name are tried only at these positions (see :func:`finditer_at`), found by a scan for a
    first character followed by a second one of the names, and a set lookup of the two.
    """

    def __init__(self, names):
        names = [str(n) for n in names if n]
        self.width = min([2, *(len(n) for n in names)])
        self.prefixes = {n[:self.width] for n in names}
        first = "".join(sorted({n[0] for n in names}))
        second = "".join(sorted({n[1] for n in names if len(n) > 1}))
        self.scan = compile_cached(f"[{re.escape(first)}](?=[{re.escape(second)}])" if self.width == 2
                               else f"[{re.escape(first)}]")

    def __call__(self, text: str) -> list[int]:
        width, prefixes = self.width, self.prefixes
        return [i for i in (m.start() for m in self.scan.finditer(text)) if text[i:i + width] in prefixes]


class StartsBefore:
    """Where a pattern can start whose matches hold one of ``words`` a number of characters
    (one of ``widths``) after their start: that many characters before each character that
    begins one of the words. For a pattern that opens with any Chinese character (蒲庙镇,
    韩村、江城) or a look-behind (王建军同志), which ``re`` tries at every character of a text."""

    def __init__(self, words, widths: range):
        self.scan = re.compile(f"[{re.escape(''.join(sorted({str(w)[0] for w in words if w})))}]")
        self.widths = widths

    def __call__(self, text: str) -> list[int]:
        found = {m.start() - w for m in self.scan.finditer(text) for w in self.widths}
        return sorted(i for i in found if i >= 0)


def finditer_at(pattern: re.Pattern, text: str, starts: list[int]) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a pattern whose (non-empty) matches start only at
    ``starts`` (sorted)."""
    after = 0
    for i in starts:
        if i >= after and (m := pattern.match(text, i)) is not None:
            yield m
            after = m.end()


# the characters outside ASCII that ``re`` takes for an ASCII letter when ignoring case
CASE_EXTRAS = {"i": "İı", "k": "\u212a", "s": "ſ"}


def _both_cases(chars: str) -> str:
    both = set(chars.lower() + chars.upper())
    for letter, extras in CASE_EXTRAS.items():
        if letter in both:
            both.update(extras)
    return "".join(sorted(both))


def _first(chars: str, boundary: str) -> str:
    """A regex of one character of ``chars``, where ``boundary`` holds before it."""
    cls = "".join(re.escape(c) for c in chars)
    return rf"[{cls}](?<!{boundary[4:-1]}.)" if boundary else f"[{cls}]"


WS, AP = "[ \\t]+", "['’]"


def trie_alternation(phrases, *, words: bool = True, ignore_case: bool = False) -> str:
    """``lexicon.alternation(phrases, words=...)`` written as a character trie: the same
    matches, tried in the same order, but a failing position costs one branch per character
    instead of one per phrase (thousands for the gazetteer).

    ``alternation`` tries phrases longest first; where several match at a position, their
    units (a character, a blank run for a space, either apostrophe for ``'``) agree, so the
    trie, which tries a longer continuation before stopping, tries them in the same order.
    Where two units of one trie node could match the same character (a tab beside a space
    run, ``’`` beside ``'``, or letters equal under ``ignore_case``) that order would not hold,
    and the plain alternation is returned.
    """
    phrases = sorted({str(p) for p in phrases})
    # the code that writes the trie is part of the key: an edited version writes it anew
    return stored_text(("trie", _code_digest(), str(words), str(ignore_case), *phrases),
                       lambda: _trie_alternation(phrases, words, ignore_case))


@cache
def _code_digest() -> str:
    from . import lexicon

    return hashlib.sha256(Path(__file__).read_bytes() + Path(lexicon.__file__).read_bytes()).hexdigest()


def _trie_alternation(phrases: list[str], words: bool, ignore_case: bool) -> str:
    from .lexicon import alternation

    trie: dict = {}
    for p in phrases:
        node = trie
        for ch in p:
            unit = WS if ch == " " else AP if ch == "'" else re.escape(ch)
            key = unit.lower() if ignore_case else unit
            child = node.setdefault(key, [unit, {}])
            if child[0] != unit and not ignore_case:
                return alternation(phrases, words=words)
            node = child[1]
        node[""] = True
    if not trie:
        return alternation(phrases, words=words)
    clash = {"[ \\t]+": (" ", "\\\t", "\\ "), "['’]": ("'", "’")}

    def build(node: dict) -> str | None:
        keys = [k for k in node if k]
        for k in keys:
            if any(c in keys for c in clash.get(k, ())):
                return None
        branches = []
        for k in sorted(keys):
            unit, child = node[k]
            rest = build(child)
            if rest is None:
                return None
            branches.append(unit + rest)
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + (")" if "" not in node else "|)")
        return body

    body = build(trie)
    if body is None:
        return alternation(phrases, words=words)
    return rf"(?<![\w-])(?:{body})(?![\w-])" if words else f"(?:{body})"



class Anchored(Prefiltered):
    r"""A :class:`Prefiltered` pattern whose matches end in one of ``phrases``: ``finditer`` tries
    it only near the places where a phrase can start (one scan finds them all).

    ``chars_in``: every character of a match before its phrase (a run of capitalised words and
    blanks); a match lies in a run of these and the phrases' characters that holds a phrase.
    ``capitalised``: the match is rather a run of blank-separated words that start with a
    capital (Latin-1 ones too) or digit, then (after a blank) its phrase, which starts where ``(?<![\w'’-])``
    holds; it is tried only from the start of the capitalised words right before a phrase
    (found on the reversed text). ``finditer`` gives the full pattern's matches, as
    :class:`Prefiltered` does.
    """

    def __init__(self, pattern: re.Pattern, phrases, chars_in: str = "", capitalised: bool = False, **kw):
        super().__init__(pattern, **kw)
        phrases = [str(p) for p in phrases]
        heads = "".join(re.escape(c) for c in first_chars(phrases))
        self.capitalised = capitalised
        if capitalised:  # every place a phrase can start, overlapping ones too
            self.anchor = compile_cached(rf"[{heads}](?<![\w'’-].)(?<=(?={trie_alternation(phrases, words=False)}).)")
            self.back = re.compile(r"(?:[ \t]+[A-Za-zÀ-ÖØ-öø-ÿ0-9'’-]*[A-ZÀ-ÖØ-Þ0-9])*")  # on the reversed text
        else:
            allowed = set(chars_in) | {c for p in phrases for c in p}
            if "'" in allowed:
                allowed.add("’")
            if " " in allowed:
                allowed.add("\t")
            cls = "".join(re.escape(c) for c in sorted(allowed))
            self.back = re.compile(f"[{cls}]*")  # on the reversed text
            self.run = re.compile(f"[{cls}]*")
            self.anchor = Prefiltered(compile_cached(trie_alternation(phrases, words=False)), first_chars(phrases), boundary="")
        self._reversed: tuple[str, str] = ("", "")

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        if pos or endpos is not None:
            yield from super().finditer(text, pos, endpos)
            return
        if self._reversed[0] is not text:
            self._reversed = (text, text[::-1])
        back = self._reversed[1]
        n = len(text)
        full, starts, capitalised = self.full, self.starts, self.capitalised
        after = done = 0
        for a in self.anchor.finditer(text):
            h = a.start()
            if h < done or capitalised and h < after:  # no start left before the phrase
                continue
            begin = h - (self.back.match(back, n - h).end() - (n - h))
            done = h + 1 if capitalised else self.run.match(text, h).end()
            for s in starts.finditer(text, max(begin, after), done):
                i = s.start()
                if i < after:
                    continue
                m = full.match(text, i)
                if m is not None:
                    yield m
                    after = m.end() if m.end() > i else i + 1
