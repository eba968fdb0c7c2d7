"""Figures in Chinese reports: digits with a scale (万, 亿), a unit or counter, direction, period.

The ``kg_metrics_zh`` component writes ``doc.spans["kg_metrics"]`` with the English
component's :class:`~kg.extract.metrics_en.Figure` in ``._.kg``: 6.45万人次 -> 64500 count,
72.34万元 -> 723400 CNY, 7800余万元 -> 78000000 CNY approximate, 同比上升12.5% -> 12.5 percent
increase. A number is a figure only with a unit, a counter or a scale word: years (2024年),
durations (3年来), ordinals (第1), ranks and numbers inside names are not.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache
from itertools import accumulate

from spacy.language import Language
from spacy.tokens import Doc

from .annotations import entities
from .sentences import doc_text
from .lexicon import load, plain_alternation as _alt
from .metrics_en import Figure, MetricFinder, to_number

CLAUSE_PUNCT = ",，;；。！？!?：:\n、"
SENTENCE_PUNCT = "。；;！？!?\n"
WINDOW = 300  # characters searched either side of a figure for its clause and sentence
# A window of text up to its last clause (sentence) mark: ``match`` finds that mark by
# backtracking from the window's end, one pass in C.
UP_TO_CLAUSE_MARK = re.compile(rf"[\s\S]*[{re.escape(CLAUSE_PUNCT)}]")
UP_TO_SENTENCE_MARK = re.compile(rf"[\s\S]*[{re.escape(SENTENCE_PUNCT)}]")
SENTENCE_MARK = re.compile(rf"[{re.escape(SENTENCE_PUNCT)}]")
NOT_BEFORE_NUMBER = r"[\d.A-Za-z+]"  # a digit after these is inside a number, a code or a range ("1+12+N")
# Where a number starts: ``re`` skips to the digits in C, where it would try a pattern that opens
# with the look-behind at every character.
NUMBER_START = re.compile(rf"\d(?<!{NOT_BEFORE_NUMBER}\d)")



@cache
def _patterns() -> dict:
    d = load("metrics_zh")
    inner = _alt(d["approx_inner"])
    return {
        "number": re.compile(
            rf"(?<!{NOT_BEFORE_NUMBER})(\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+)(?:\.(\d+))?"
            rf"({inner})?({_alt(d['scales'])})?({inner})?"
            rf"({_alt([*d['units'], *d['counters']])})?"),
        "scales": d["scales"],
        "units": d["units"],
        "not_after": re.compile(rf"(?:{_alt(d['not_after'])})"),
        "approx_before": re.compile(rf"(?:{_alt(d['approx_before'])})$"),
        "approx_after": re.compile(rf"(?:{_alt(d['approx_after'])})"),
        "increase": re.compile(_alt(d["increase"])),
        "decrease": re.compile(_alt(d["decrease"])),
        "indicator_stop": re.compile(rf"^(?:{_alt(d['indicator_lead'])})+|(?:{_alt(d['indicator_tail'])})+$"),
        "noun_after": re.compile(r"[\u4e00-\u9fff]{2,8}?(?=[被获荣分通为是在和与及的,，。；;、]|$)"),
        "year": re.compile(r"(?<!\d)((?:19|20)\d\d)年"),
        "years_since": re.compile(r"(?:近|过去)?(\d+|[一二三四五六七八九十]+)年(?:来|以来)"),
    }


def find_figures(text: str, blocked: list[tuple[int, int]] = ()) -> list[Figure]:
    """Figures in ``text``; numbers inside ``blocked`` spans (names) are not figures."""
    p = _patterns()
    figures = []
    spans = sorted(blocked)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))
    for m in _numbers(text, p):
        i = bisect_right(starts, m.start()) - 1
        if i >= 0 and reach[i] > m.start():
            continue  # inside a name
        fig = _figure(text, m, p)
        if fig is not None:
            figures.append(_qualify(text, fig, p))
    return figures


def _numbers(text: str, p: dict) -> Iterator[re.Match]:
    """``p["number"].finditer(text)``, tried only where a number starts (it matches there)."""
    after = 0
    for start in NUMBER_START.finditer(text):
        if start.start() >= after:
            m = p["number"].match(text, start.start())
            after = m.end()
            yield m


def _figure(text: str, m: re.Match, p: dict) -> Figure | None:
    whole, frac, approx1, scale, approx2, unit_word = m.groups()
    if text[max(0, m.start() - 1):m.start()] == "第" or p["not_after"].match(text, m.end()):
        return None  # ordinals, years, dates, durations, ranges ("1+12+N")
    if not unit_word and not scale:
        return None  # a bare number: a code, a hotline (110), a heading number
    value = to_number(whole, frac, p["scales"][scale] if scale else 1)
    unit = p["units"].get(unit_word, "count") if unit_word else "count"
    counted = unit_word if unit == "count" and unit_word else None
    approximate = bool(approx1 or approx2)
    return Figure(m.start(), m.end(), round(value, 6), unit, m.group(0), f"metric.zh.{unit}",
                  counted=counted, approximate=approximate)


def _qualify(text: str, fig: Figure, p: dict) -> Figure:
    """Approximation, direction, period and indicator from the characters around the figure."""
    lo, hi = max(0, fig.start - WINDOW), min(len(text), fig.end + WINDOW)
    clause_start = _after_last_mark(UP_TO_CLAUSE_MARK, text, lo, fig.start)
    clause = text[clause_start:fig.start]
    if p["approx_before"].search(clause) or p["approx_after"].match(text, fig.end):
        fig.approximate = True
    near = clause[-8:]
    inc = [m.end() for m in p["increase"].finditer(near)]
    dec = [m.end() for m in p["decrease"].finditer(near)]
    if inc or dec:
        fig.change = "increase" if max(inc, default=-1) > max(dec, default=-1) else "decrease"
    sent_start = _after_last_mark(UP_TO_SENTENCE_MARK, text, lo, fig.start)
    sent_end = SENTENCE_MARK.search(text, fig.end, hi)
    sentence = text[sent_start:sent_end.start() if sent_end else hi]
    year = p["year"].search(sentence)
    since = p["years_since"].search(sentence)
    if since:
        fig.period = f"past {since.group(1)} years"
    elif year:
        fig.period = year.group(1)
    # 开展政治轮训199期: what was done; 规范13项党内组织生活制度: and what was counted
    noun = p["noun_after"].match(text, fig.end) if fig.counted else None
    indicator = p["indicator_stop"].sub("", clause.strip(" “”\"")) + (noun.group(0) if noun else "")
    fig.indicator = indicator or fig.counted or ""
    return fig


def _after_last_mark(up_to_mark: re.Pattern, text: str, start: int, end: int) -> int:
    """Where the text after the last mark of ``text[start:end]`` starts; ``start`` if none."""
    m = up_to_mark.match(text, start, end)
    return m.end() if m else start


@Language.factory("kg_metrics_zh", assigns=["doc.spans"], requires=["doc.spans"], default_config={})
def make_metrics_zh(nlp: Language, name: str) -> "ChineseMetricFinder":
    return ChineseMetricFinder()


class ChineseMetricFinder(MetricFinder):
    """Finds figures (see module doc) and writes them to ``doc.spans['kg_metrics']``."""

    def match(self, doc: Doc) -> list[Figure]:
        blocked = [tuple(e.kg.get("extent") or (e.kg["start"], e.kg["end"])) for e in entities(doc)
                   if e.label in ("Programme", "Measure", "Award", "Agency")]
        return find_figures(doc_text(doc), blocked)
