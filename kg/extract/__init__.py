"""Extraction: run a report through its language's pipeline and read the results as records.

>>> from kg.extract import extract
>>> extraction = extract(report)          # doctest: +SKIP
>>> [m.text for m in extraction.mentions]  # doctest: +SKIP
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import cache, lru_cache

from spacy.tokens import Doc

from ..records import Evidence, Extraction, Mention, MetricMention, RelationMention, Report
from . import annotations
from .comparison import comparison_basis
from .lexicon import load, place_index, zh_place_entry
from .pipeline import pipeline_for
from .sentences import TEXT_KEY, sentence_bounds

__all__ = ["extract", "extract_doc", "pipeline_for"]

SPACES = re.compile(r"\s+")


def extract(report: Report) -> Extraction:
    """Find the entities, relations and figures of one report."""
    nlp = pipeline_for(report.language)
    doc = nlp.make_doc(report.text)
    # the components read the text through ``doc_text``: give them the report's own (spaCy's
    # ``doc.text`` rebuilds it from a Python object per token), unless the tokenizer changed it
    if len(doc) == 0 or doc[-1].idx + len(doc[-1].text_with_ws) == len(report.text):
        doc.user_data[TEXT_KEY] = report.text
    return extract_doc(report, nlp(doc))


class _Evidencer:
    """Makes :class:`Evidence` for character spans of one report."""

    def __init__(self, report: Report, doc: Doc):
        self.report = report
        self.bounds = sentence_bounds(doc)
        self.starts = [b[0] for b in self.bounds]
        self.sentences: dict[tuple[int, int], tuple[str, int]] = {}

    def __call__(self, start: int, end: int, rule: str, confidence: float = 0.8) -> Evidence:
        i = max(0, bisect_right(self.starts, start) - 1)
        s_start, s_end = self.bounds[i] if self.bounds else (0, len(self.report.text))
        sentence, s_start = self.sentence(s_start, max(s_end, end))
        return Evidence(self.report.id, start, end, sentence, s_start, rule, confidence)

    def sentence(self, start: int, end: int) -> tuple[str, int]:
        """The stripped text of ``[start, end)`` and where it starts (once per sentence)."""
        found = self.sentences.get((start, end))
        if found is None:
            sentence = self.report.text[start:end]
            found = self.sentences[(start, end)] = (sentence.strip(), start + len(sentence) - len(sentence.lstrip()))
        return found


def extract_doc(report: Report, doc: Doc) -> Extraction:
    ev = _Evidencer(report, doc)
    mentions: dict[tuple[int, int], Mention] = {}
    derived: list[Mention] = []
    relations: list[RelationMention] = []
    anaphors = []
    for label, a in annotations.entities(doc):
        if a.get("antecedent_span"):
            anaphors.append(a)
            continue
        m = _mention(label, a, ev)
        mentions[(a["start"], a["end"])] = m
        place = _place_of_agency(m, ev)
        if place is not None:
            derived.append(place)
            relations.append(RelationMention(m, "locatedIn", place, place.evidence))
    for a in anaphors:  # 'the detachment' stands for the detachment named before
        antecedent = mentions.get(tuple(a["antecedent_span"]))
        if antecedent is not None:
            mentions[(a["start"], a["end"])] = antecedent
    context = context_agency(list(mentions.values()))
    acting = acting_agency(list(mentions.values()), context)
    for subj, pred, obj, rule in annotations.relations(doc):
        default = context if pred == "subOrganizationOf" else acting
        s = mentions.get((subj["start"], subj["end"])) if subj is not None else default
        o = mentions.get((obj["start"], obj["end"])) if obj is not None else context
        if s is None or o is None or s is o:
            continue
        start, end = min(s.span[0], o.span[0]), max(s.span[1], o.span[1])
        if subj is None or obj is None:
            start, end = (o.span if subj is None else s.span)
        relations.append(RelationMention(s, pred, o, ev(start, end, rule, 0.6 if subj is None or obj is None else 0.8)))
    metrics = []
    for f, subj in zip(annotations.figures(doc), annotations.metric_subjects(doc)):
        subject = mentions.get((subj["start"], subj["end"])) if subj is not None else acting
        metrics.append(MetricMention(
            value=f.value, unit=f.unit, indicator=f.indicator, raw=f.raw,
            evidence=ev(f.start, f.end, f.rule, 0.6 if f.repaired else 0.8), subject=subject,
            counted=f.counted, change=f.change, period=f.period, approximate=f.approximate,
            repaired=f.repaired,
            compared_with=comparison_basis(report.text, f.start, f.end, report.language) if f.change else None))
    unique = list({id(m): m for m in mentions.values()}.values())
    return Extraction(report, [*unique, *derived], relations, metrics, context)


def _mention(label: str, a: dict, ev: _Evidencer) -> Mention:
    start, end = a["start"], a["end"]
    text = ev.report.text[start:end]
    return Mention(
        text=_clean(text), label=label, evidence=ev(start, end, a["rule"]),
        place=a.get("place"), level=a.get("level"), head=a.get("head"),
        parent=_clean(ev.report.text[slice(*a["parent_span"])]) if a.get("parent_span") else None,
        kind=a.get("kind"), rank=a.get("rank"), alias=_clean(a["short"]) if a.get("short") else a.get("alias"),
        collective=bool(a.get("collective")))


def _clean(text: str) -> str:
    return SPACES.sub(" ", text).strip(" \"“”'‘’,.;:")


def _place_of_agency(agency: Mention, ev: _Evidencer) -> Mention | None:
    """The place in an agency's name ('Ordos' in 'Ordos Municipal Public Security Bureau')."""
    if agency.label != "Agency" or not agency.place:
        return None
    if not (_names_a_place(agency.place) or agency.level in ("municipal", "provincial", "prefectural")):
        return None
    text = ev.report.text
    start = text.find(agency.place, agency.span[0], agency.span[1])
    if start < 0:
        return None
    return Mention(text=agency.place, label="Place", evidence=ev(start, start + len(agency.place), "place.agency_name"))


@lru_cache(maxsize=4096)
def _names_a_place(name: str) -> bool:
    """A known place (with or without its type words) or a name ending in a place type that
    makes a place ('Dongsheng District'); once per name, as reports repeat their agencies."""
    types = _place_types()
    words = name.split()
    known = place_index().get(" ".join(w for w in words if w.lower() not in types).lower()) or zh_place_entry(name)
    return bool(known or words[-1].lower() in types and types[words[-1].lower()]["creates_place"])


@cache
def _place_types() -> dict:
    return {k.lower(): v for k, v in load("places_en")["types"].items()}


def context_agency(mentions: list[Mention]) -> Mention | None:
    """The agency a report is about: the most-mentioned bureau that names its place (or the
    public security organs of a province or city, where a report speaks of them most)."""
    votes: Counter = Counter()
    first: dict[tuple, Mention] = {}
    for m in mentions:
        if m.label == "Agency" and (m.place and m.rank == "bureau" or m.rank == "organs") and not m.parent:
            key = (place_key(m.place) if m.place else m.level, m.head)
            votes[key] += 1
            best = first.get(key)
            if best is None or (m.level and not best.level):
                first[key] = m
    if not votes:
        return None
    return first[votes.most_common(1)[0][0]]


@cache
def _place_type_suffix() -> re.Pattern:
    types = sorted(load("places_en")["types"], key=len, reverse=True)
    return re.compile(r"(?:\s+(?:%s))+$" % "|".join(re.escape(t.lower()) for t in types))


def acting_agency(mentions: list[Mention], context: Mention | None) -> Mention | None:
    """The agency that acts in most of a report: the context bureau, unless one of its units is
    named (or referred to as 'the detachment') more often than the bureau and its generic forms,
    as in a report by a traffic police detachment."""
    if context is None:
        return None
    counts: Counter = Counter()
    first: dict[str, Mention] = {}
    for m in mentions:
        if m.label != "Agency":
            continue
        generic = m.collective or (not m.place and m.rank == "bureau")
        key = "" if generic or m.text == context.text else m.text.lower()
        counts[key] += 1
        first.setdefault(key, m)
    best, n = counts.most_common(1)[0]
    unit = first[best]
    if best and n > counts[""] and unit.rank not in ("bureau", "collective", "organs", "ministry", None) \
            and unit.kind not in ("PartyCommittee", "Government"):
        return unit
    return context


def place_key(name: str) -> str:
    """'Ordos City' -> 'ordos': a place name without its type words, lower-cased."""
    low = re.sub(r"\s+", " ", name.replace("’", "'")).strip().lower().removesuffix("'s")
    return _place_type_suffix().sub("", low) or low
