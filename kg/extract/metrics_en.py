"""Figures in English reports: numbers with scale words, units, direction, approximation, period.

The ``kg_metrics`` component writes ``doc.spans["kg_metrics"]``; each span's ``._.kg`` holds the
normalised value, the unit and the qualifiers (:func:`~kg.extract.annotations.figures` lists
them). Machine translation drops decimal points ("decreased by 6 percent year-on-year32%" is
6.32 %); the unambiguous patterns of that are repaired and marked ``repaired``, keeping the raw
text.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from .annotations import FIGURES, entities
from .entities_en import Taken
from .lexicon import alternation, load, phrase_set
from .prefilter import Prefiltered, first_chars, trie_alternation
from .sentences import doc_text

SPAN_KEY = "kg_metrics"
if not Span.has_extension("kg"):
    Span.set_extension("kg", default=None)

NUMBER = r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?"
WORD_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
          "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")


@dataclass
class Figure:
    start: int
    end: int
    value: float
    unit: str
    raw: str
    rule: str
    counted: str | None = None
    change: str | None = None
    period: str | None = None
    approximate: bool = False
    repaired: bool = False
    indicator: str = ""
    extra: dict = field(default_factory=dict)


@cache
def _patterns() -> dict:
    d = load("metrics_en")
    scales = {k.lower(): v for k, v in d["scales"].items()}
    units = {k.lower(): v for k, v in d["units"].items()}
    number_words = [*WORD_NUMBERS, *TENS, *(f"{t}-{u}" for t in TENS for u in list(WORD_NUMBERS)[1:10])]
    word_num = trie_alternation(number_words, words=False, ignore_case=True)
    unit_alt = alternation([u for u in d["units"] if u != "%"], words=False)
    return {
        # scanned only at digits and at the letters a number word can start with
        "number": Prefiltered(re.compile(
            rf"{NUMBER}(?:[ \t]*-?[ \t]*({alternation(scales, words=False)}))?"
            rf"(?:[ \t]*-?[ \t]*(%|{unit_alt})(?![A-Za-z]))?", re.I), "0123456789", boundary=r"(?<![\w.,])"),
        "word_number": Prefiltered(re.compile(rf"(?<![\w-])({word_num})(?![\w-])[ \t]+", re.I),
                                   first_chars(number_words)),
        "scales": scales,
        "units": units,
        "units_before": {k.lower(): v for k, v in d["units_before"].items()},
        "unit_before": re.compile(rf"(?<![\w-])({alternation(d['units_before'], words=False)})[ \t]*$", re.I),
        "counted": phrase_set(d["counted_nouns"]),
        "not_counted": phrase_set(d["not_counted"]),
        "not_plural": phrase_set(d["not_plural"]),
        "approx": re.compile(rf"(?:{trie_alternation(d['approx'], ignore_case=True)})(?:[ \t]+(?:a[ \t]+total[ \t]+of|the|of))*[ \t]*$", re.I),
        "increase": re.compile(trie_alternation(d["increase"], ignore_case=True), re.I),
        "decrease": re.compile(trie_alternation(d["decrease"], ignore_case=True), re.I),
        "rate": re.compile(trie_alternation(d["rate_words"], ignore_case=True), re.I),
        "glued": Prefiltered(re.compile(
            r"(?<![\w.,])(\d+)((?:[ \t]+(?:percent|percentage[ \t]+points?))?(?:[ \t,]+[A-Za-z][\w'’-]*){1,10}?[ \t]*[A-Za-z)])(\d+)[ \t]*(%|percentage[ \t]+points?|percent)", re.I),
            "0123456789", boundary=r"(?<![\w.,])"),
        "zero_lead": Prefiltered(re.compile(r"(?<![\w.,])0(\d+)[ \t]*%"), "0", boundary=r"(?<![\w.,])"),
        "paren_decimal": re.compile(r"\(0\.\)\.(\d+)%"),
        "date_before": re.compile(rf"{trie_alternation(MONTHS.split('|'), words=False, ignore_case=True)}\.?[ \t]*$"
                                  r"|(?:no\.|number|#|No)[ \t]*$", re.I),
        "period": re.compile(r"\b(since(?:[ \t]+the[ \t]+beginning[ \t]+of)?[ \t]+(?:19|20)\d\d|in[ \t]+(?:19|20)\d\d|(?:19|20)\d\d)\b"),
        "word_plain": re.compile(r"[A-Za-z][\w'’-]*"),
        "letter": re.compile(r"[A-Za-z]"),
        "code_after": re.compile(r"[.:/-]\d"),
        "reached": re.compile(r"\breach(?:ed|es)?[ \t]*$"),
        "clause_end": re.compile(r"[,.;:!?()\"“”\n，。；：]"),
        "sentence_end": re.compile(r"[.;!?\n。；]"),
        "more_after": re.compile(r"[ \t]*(?:higher|more)\b"),
        "less_after": re.compile(r"[ \t]*(?:lower|less|fewer)\b"),
    }


def to_number(whole: str, frac: str | None, factor: float = 1) -> float:
    """The number written ``whole``.``frac`` (thousands separators allowed) times a scale's
    ``factor``, multiplied in decimal: 68.4 billion is 68400000000, not 68400000000.00001."""
    digits = Decimal(whole.replace(",", "") + (f".{frac}" if frac else ""))
    return float(digits * Decimal(str(factor)))


def _word_value(word: str) -> int:
    w = word.lower()
    if w in WORD_NUMBERS:
        return WORD_NUMBERS[w]
    if "-" in w:
        t, u = w.split("-", 1)
        return TENS[t] + WORD_NUMBERS[u]
    return TENS[w]


def find_figures(text: str, blocked: list[tuple[int, int]] = ()) -> list[Figure]:
    """Figures in ``text``; numbers inside ``blocked`` spans (names, quotes) are not figures."""
    p = _patterns()
    figures: list[Figure] = []
    used = Taken(len(text), blocked)
    free = used.free

    for fig in _repairs(text, p):
        if free(fig.start, fig.end):
            figures.append(fig)
            used.add(fig.start, fig.end)
    for m in p["number"].finditer(text):
        if not free(m.start(), m.end()):
            continue
        fig = _figure(text, m, p)
        if fig is not None:
            figures.append(fig)
            used.add(fig.start, fig.end)
    for m in p["word_number"].finditer(text):
        if not free(m.start(), m.end()) or m.group(1).lower() in ("zero", "one"):
            continue
        counted = _counted_noun(text, m.end(), p)
        if counted and counted[0] == 0 and m.group(1)[0].islower() or counted and m.group(1)[0].isupper():
            if counted[0] != 0:
                continue
            fig = Figure(m.start(), m.end() - 1 - (len(m.group(0)) - len(m.group(0).rstrip()) - 1),
                         _word_value(m.group(1)), "count", m.group(1), "metric.word_count",
                         counted=counted[1])
            figures.append(_qualify(text, fig, p))
    return sorted(figures, key=lambda f: f.start)


def _repairs(text: str, p: dict) -> Iterator[Figure]:
    for m in p["glued"].finditer(text):
        unit = "percentage_point" if "point" in m.group(4).lower() else "percent"
        value = float(f"{m.group(1)}.{m.group(3)}")
        fig = Figure(m.start(), m.end(), value, unit, m.group(0), "metric.repair.glued_decimal",
                     repaired=True)
        yield _qualify(text, fig, p)
    for m in p["zero_lead"].finditer(text):
        fig = Figure(m.start(), m.end(), float(f"0.{m.group(1)}"), "percent", m.group(0),
                     "metric.repair.leading_zero", repaired=True)
        yield _qualify(text, fig, p)
    for m in p["paren_decimal"].finditer(text):
        fig = Figure(m.start(), m.end(), float(f"0.{m.group(1)}"), "percent", m.group(0),
                     "metric.repair.parenthesised_decimal", repaired=True)
        yield _qualify(text, fig, p)


def _figure(text: str, m: re.Match, p: dict) -> Figure | None:
    whole, frac, scale, unit_word = m.group(1), m.group(2), m.group(3), m.group(4)
    after = text[m.end():m.end() + 2]
    if p["letter"].match(after) and not unit_word and not scale:
        return None  # ordinals and codes: 1st, 20th, 3rd, A4
    if p["code_after"].match(after) or p["date_before"].search(text[max(0, m.start() - 12):m.start()]):
        return None  # dates, times, ranges written as codes
    value = to_number(whole, frac, p["scales"][scale.lower()] if scale else 1)
    counted = None
    start = m.start()
    before = None if unit_word else p["unit_before"].search(text, max(0, start - 12), start)
    if unit_word:
        unit = p["units"][re.sub(r"\s+", " ", unit_word.lower())]
    elif before:
        unit, start = p["units_before"][before.group(1).lower()], before.start(1)
    else:
        if not scale and "," not in whole and not frac and 1900 <= value <= 2100:
            return None  # a year
        found = _counted_noun(text, m.end(), p)
        if not found:
            return None
        unit, counted = "count", found[1]
    fig = Figure(start, m.end(), value, unit, text[start:m.end()], f"metric.{unit}", counted=counted)
    if unit == "percent" and value > 100 and _is_a_rate(text, m.start(), p):
        fig = _repair_rate(fig, text, p)
    return _qualify(text, fig, p)


def _is_a_rate(text: str, pos: int, p: dict) -> bool:
    """A percentage that states a rate ('the installation rate ... reached 876%'), not a change."""
    clause_start = max(text.rfind(c, 0, pos) for c in ",;.\n，；。")
    clause = text[max(0, pos - 120, clause_start + 1):pos]
    return bool(p["rate"].search(clause) or p["reached"].search(clause))


def _repair_rate(fig: Figure, text: str, p: dict) -> Figure:
    """'a mediation rate of 986%': a rate is never above 100, so a decimal point was lost."""
    before = text[max(0, fig.start - 40, text.rfind(",", 0, fig.start)):fig.start]
    if p["increase"].search(before) or p["decrease"].search(before):
        return fig
    value = fig.value
    while value > 100:
        value /= 10
    fig.value, fig.repaired, fig.rule = round(value, 6), True, "metric.repair.rate_over_100"
    return fig


def _counted_noun(text: str, pos: int, p: dict) -> tuple[int, str] | None:
    """The counted noun within the next few words ("10 infrastructure construction projects")."""
    clause = p["clause_end"].split(text[pos:pos + 80], maxsplit=1)[0]
    words = p["word_plain"].findall(clause)[:5]
    if not words or words[0].lower() in p["not_counted"]:
        return None
    for i, w in enumerate(words):
        lw = w.lower()
        if lw in ("of", "and", "in", "to", "for", "with", "from", "at", "on", "by", "were",
                  "was", "have", "has", "had", "are", "is", "will", "be", "been"):
            break
        if lw in p["counted"] or (len(lw) > 3 and lw.endswith("s") and not lw.endswith("ss")
                                 and lw not in p["not_plural"]):
            return i, " ".join(words[:i + 1])
    return None


def _qualify(text: str, fig: Figure, p: dict) -> Figure:
    """Approximation, direction and period from the words around the figure."""
    line_start = max(text.rfind("\n", 0, fig.start), 0)
    before = text[max(line_start, fig.start - 30):fig.start]
    fig.approximate = fig.approximate or bool(p["approx"].search(before))
    clause_start = max(text.rfind(c, 0, fig.start) for c in ",;.\n，；。")
    clause = text[max(clause_start + 1, fig.start - 60):fig.start]
    after = text[fig.end:fig.end + 30]
    inc, dec = p["increase"].search(clause), p["decrease"].search(clause)
    if inc or dec:
        fig.change = "increase" if inc and (not dec or inc.start() > dec.start()) else "decrease"
    elif p["more_after"].match(after):
        fig.change = "increase"
    elif p["less_after"].match(after):
        fig.change = "decrease"
    sent_start = max(text.rfind(c, 0, fig.start) for c in ".;!?\n。；")
    end = p["sentence_end"].search(text, fig.end)
    sent_end = end.start() if end else len(text)
    period = p["period"].search(text, sent_start + 1, sent_end)
    if period:
        fig.period = re.sub(r"^in\s+", "", re.sub(r"\s+", " ", period.group(1)))
    fig.indicator = _indicator(fig, clause, p)
    return fig


def _indicator(fig: Figure, clause: str, p: dict) -> str:
    if fig.counted:
        return fig.counted
    words = p["word_plain"].findall(clause)
    stop = {"a", "an", "the", "of", "by", "to", "was", "is", "has", "have", "been", "reached",
            "total", "more", "than", "nearly", "about", "over", "with", "and", "in", "at"}
    while words and words[-1].lower() in stop:
        words.pop()
    return " ".join(words[-6:])


@Language.factory("kg_metrics", assigns=["doc.spans"], requires=["doc.spans"], default_config={})
def make_metrics(nlp: Language, name: str) -> "MetricFinder":
    return MetricFinder()


class MetricFinder:
    """Finds figures (see module doc) and writes them to ``doc.spans['kg_metrics']``."""

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Figure]:
        blocked = [(e.kg["start"], e.kg["end"]) for e in entities(doc)
                   if e.label in ("Programme", "Measure", "Award", "Agency")]
        return find_figures(doc_text(doc), blocked)

    def set_annotations(self, doc: Doc, figures: list[Figure]) -> None:
        spans, records = [], []
        for f in figures:
            span = doc.char_span(f.start, f.end, label=f.unit, alignment_mode="expand")
            if span is not None:
                span._.kg = f
                spans.append(span)
                records.append(f)
        doc.spans[SPAN_KEY] = spans
        doc.user_data[FIGURES] = records
