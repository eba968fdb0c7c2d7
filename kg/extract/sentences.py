"""Sentence boundaries, set and read with array operations (no Python work per token).

``kg_sentences`` marks the sentence starts that spaCy's ``sentencizer`` (default punctuation)
followed by a line-break rule would mark — a token after sentence-final punctuation, and a
non-space token after a line break — in one pass over ``doc.to_array``: iterating a ``Doc``
creates a Python ``Token`` per token, which cost more than all the rules together.

:func:`sentence_bounds` gives the ``(start_char, end_char)`` of each sentence, as
``doc.sents`` would, computed once per document (by ``kg_sentences`` from the arrays it has
read) and kept in ``doc.user_data``.
"""
from __future__ import annotations

import re
from functools import cache

import numpy
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.strings import hash_string
from spacy.tokens import Doc

BOUNDS_KEY = ("kg", "sentence_bounds")
TEXT_KEY = ("kg", "text")
NEWLINE = re.compile("\n")


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per document (spaCy rebuilds it from every token per call)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


@cache
def _punct_ids() -> numpy.ndarray:
    return numpy.array(sorted(hash_string(c) for c in Sentencizer.default_punct_chars), dtype="uint64")


@Language.component("kg_sentences", assigns=["token.is_sent_start"])
def sentences(doc: Doc) -> Doc:
    """Sentence starts: after sentence-final punctuation (as ``sentencizer``) and line breaks."""
    n = len(doc)
    if not n:
        return doc
    a = doc.to_array([ORTH, IDX, LENGTH, IS_PUNCT, IS_SPACE])
    orth, idx, length, punct, space = a[:, 0], a[:, 1].astype("int64"), a[:, 2].astype("int64"), a[:, 3], a[:, 4]
    final = _isin(orth, _punct_ids())
    starts = numpy.full(n, -1, dtype="int64")
    starts[0] = 1
    # sentencizer: the first token after sentence-final punctuation that is not punctuation
    words = numpy.flatnonzero((punct == 0) & ~final)
    after = numpy.searchsorted(words, numpy.flatnonzero(final), side="right")
    starts[words[after[after < len(words)]]] = 1
    # a line break ends a sentence: the token after one holding "\n", unless it is a space
    text = doc_text(doc)
    newlines = [m.start() for m in NEWLINE.finditer(text)]
    if newlines:
        holders = numpy.unique(numpy.searchsorted(idx, numpy.array(newlines, dtype="int64"), side="right") - 1)
        nxt = holders + 1
        nxt = nxt[nxt < n]
        starts[nxt[space[nxt] == 0]] = 1
    doc.from_array([SENT_START], starts.reshape(-1, 1).astype("uint64"))
    doc.user_data[BOUNDS_KEY] = _spans(idx, length, starts)
    return doc


def _isin(values: numpy.ndarray, sorted_ids: numpy.ndarray) -> numpy.ndarray:
    """``numpy.isin(values, sorted_ids)`` by binary search (``isin`` sorts both arrays)."""
    at = numpy.searchsorted(sorted_ids, values).clip(max=len(sorted_ids) - 1)
    return sorted_ids[at] == values


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """``[(s.start_char, s.end_char) for s in doc.sents]``, once per document."""
    bounds = doc.user_data.get(BOUNDS_KEY)
    if bounds is None:
        bounds = doc.user_data[BOUNDS_KEY] = _bounds(doc)
    return bounds


def _bounds(doc: Doc) -> list[tuple[int, int]]:
    n = len(doc)
    if not n:
        list(doc.sents)  # the same error as doc.sents where sentences were never set
        return []
    a = doc.to_array([IDX, LENGTH, SENT_START]).astype("int64")
    idx, length, start = a[:, 0], a[:, 1], a[:, 2]
    if not (start != 0).any():
        return [(s.start_char, s.end_char) for s in doc.sents]
    return _spans(idx, length, start)


def _spans(idx: numpy.ndarray, length: numpy.ndarray, start: numpy.ndarray) -> list[tuple[int, int]]:
    """The sentences' character spans from the tokens' offsets, lengths and ``SENT_START``."""
    n = len(idx)
    firsts = numpy.flatnonzero(start == 1)
    firsts = firsts[firsts > 0]
    begins = numpy.concatenate(([0], firsts))
    lasts = numpy.concatenate((firsts, [n])) - 1
    return list(zip(idx[begins].tolist(), (idx[lasts] + length[lasts]).tolist()))
