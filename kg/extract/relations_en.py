"""Relations between the entity mentions of an English report, and the subjects of its figures.

The ``kg_relations`` component reads ``doc.spans["kg_entities"]`` and ``doc.spans["kg_metrics"]``
and writes ``doc._.kg_relations``: ``(subject span | None, predicate, object span, rule)``,
where ``None`` stands for the report's context agency (the bureau the report is about), and
``doc._.kg_metric_subjects``: one subject span (or ``None``) per figure.

Rules, one per construction:
- name structure: "<unit> of the <agency>" -> subOrganizationOf;
- a verb of the predicate's list between an agency and a programme / measure / award in one
  sentence -> launched / issued / received, the agency being the nearest one before the verb;
  without an agency in the sentence, the context agency;
- a role word near a person and an agency in one sentence -> memberOf.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from .entities_en import SPAN_KEY as ENTITY_KEY
from .lexicon import alternation, load
from .metrics_en import SPAN_KEY as METRIC_KEY
from .sentences import doc_text, sentence_bounds

if not Doc.has_extension("kg_relations"):
    Doc.set_extension("kg_relations", default=None)
if not Doc.has_extension("kg_metric_subjects"):
    Doc.set_extension("kg_metric_subjects", default=None)

OBJECT_PREDICATE = {"Programme": "launched", "Measure": "issued", "Award": "received"}
SUBJECT_LABELS = {"launched": {"Agency"}, "issued": {"Agency"}, "received": {"Agency", "Person"}}
UNIT_RANKS = {"branch", "station", "unit"}


@cache
def _verbs() -> dict[str, re.Pattern]:
    d = load("relations_en")
    return {pred: re.compile(alternation(words), re.I) for pred, words in d.items()}


@cache
def _roles() -> re.Pattern:
    return re.compile(alternation(load("persons_en")["roles"]), re.I)


@cache
def _credits() -> re.Pattern:
    return re.compile(rf"(?:{alternation(load('persons_en')['credits'], words=False)})[ \t]*[:：]?[ \t]*(?:[A-Z][a-z]+[ \t]+[A-Z][a-z]+[ \t]*)*$")


class _Sentences:
    def __init__(self, bounds: list[tuple[int, int]]):
        self.bounds = bounds
        self.starts = [b[0] for b in bounds]

    def index(self, char: int) -> int:
        return max(0, bisect_right(self.starts, char) - 1)


class _Ent:
    """An entity span with its ``._.kg`` and label read once (each ``span._`` access builds an
    accessor object; the rules read them many times per span). ``span`` is the real span."""

    __slots__ = ("span", "_", "label_")

    def __init__(self, span: Span):
        self.span = span
        self._ = _KG(span._.kg)
        self.label_ = span.label_


class _KG:
    __slots__ = ("kg",)

    def __init__(self, kg: dict):
        self.kg = kg


def _entities(doc: Doc) -> list[_Ent]:
    return sorted((_Ent(s) for s in doc.spans.get(ENTITY_KEY, [])), key=_start)


def _real(e: _Ent | None) -> Span | None:
    return None if e is None else e.span


def _start(span: Span) -> int:
    return span._.kg["start"]


def _end(span: Span) -> int:
    return span._.kg["end"]


def relate(doc: Doc) -> list[tuple[Span | None, str, Span, str]]:
    text = doc_text(doc)
    ents = _entities(doc)
    sents = _Sentences(sentence_bounds(doc))
    by_sent: dict[int, list[Span]] = {}
    for e in ents:
        by_sent.setdefault(sents.index(_start(e)), []).append(e)
    by_span = {(_start(e), _end(e)): e for e in ents}
    out: list[tuple[Span | None, str, Span, str]] = []
    for i, e in enumerate(ents):
        parent = e._.kg.get("parent_span")
        if e.label_ != "Agency":
            continue
        if parent and tuple(parent) in by_span:
            out.append((e, "subOrganizationOf", by_span[tuple(parent)], "relation.name_structure"))
        elif e._.kg.get("rank") in UNIT_RANKS:
            above = _nearest_higher_unit(text, ents[:i], e)
            out.append((e, "subOrganizationOf", above, "relation.unit_of_nearest_agency" if above is not None
                        else "relation.unit_of_context_agency"))
    verbs = _verbs()
    for i, members in by_sent.items():
        s_start, s_end = sents.bounds[i]
        for obj in members:
            pred = OBJECT_PREDICATE.get(obj.label_)
            if pred is None:
                continue
            subj, rule = _verb_subject(text, members, obj, pred, verbs[pred], s_start)
            if subj is False:
                continue
            if pred == "received" and subj is not None and subj.label_ == "Agency":
                subj = _person_in_apposition(text, members, subj) or subj
            for agent in [subj, *_coordinated(text, members, subj)]:
                out.append((agent, pred, obj, rule))
        out += _memberships(text, members)
    return [(_real(s), p, _real(o), rule) for s, p, o, rule in out]


RANK_ORDER = {"bureau": 1, "organs": 1, "branch": 2, "station": 3, "unit": 3}


def _tier(agency: Span) -> int | None:
    return agency._.kg.get("tier") or RANK_ORDER.get(agency._.kg.get("rank"))


def _nearest_higher_unit(text: str, before: list[Span], unit: Span) -> Span | None:
    """The closest police body of a higher rank mentioned shortly before a unit: a brigade
    mentioned after 'the Dongji Branch ...' belongs to that branch. None: the context agency."""
    rank = _tier(unit) or 3
    for other in reversed(before):
        if _start(unit) - _end(other) > 1500:
            break
        if other.label_ != "Agency" or other._.kg.get("collective"):
            continue
        other_rank = _tier(other)
        if other_rank is not None and 2 <= other_rank < rank:
            return other
    return None


def _verb_subject(text, members, obj, pred, verb_re, s_start):
    """The agency before a verb of ``pred`` that governs ``obj``; None = context; False = none."""
    o = _start(obj)
    candidates = [m for m in members if m.label_ in SUBJECT_LABELS[pred] and _end(m) <= o
                  and not _inside(m, members)]
    for subj in reversed(candidates):
        if verb_re.search(text, _end(subj), o):
            return subj, f"relation.{pred}.verb"
    if verb_re.search(text, s_start, o):
        return (candidates[-1], f"relation.{pred}.near") if candidates and pred == "received" else (None, f"relation.{pred}.verb_context")
    if pred == "launched":
        return None, "relation.launched.context"
    return False, ""


COORDINATION = re.compile(r"^[ \t]*(?:,|，|、|and|&)?[ \t]*(?:and[ \t]+)?(?:the[ \t]+)?$", re.I)
APPOSITION = re.compile(r"^,[ \t]*(?:a|an|the)?[ \t]*[\w' -]{0,60}?\b(?:of|from|at|in)[ \t]+(?:the[ \t]+)?$", re.I)


def _coordinated(text: str, members: list[Span], subj: Span | None) -> list[Span]:
    """'The bureau, the ... Procuratorate and the ... Court jointly issued': every agent of a
    coordination before the verb gets the relation, not only the nearest one."""
    if subj is None:
        return []
    agents = [m for m in members if m.label_ == subj.label_ and _end(m) <= _start(subj)
              and not _inside(m, members)]
    out, edge = [], _start(subj)
    for other in reversed(agents):
        if not COORDINATION.match(text[_end(other):edge]):
            break
        out.append(other)
        edge = _start(other)
    return out


def _person_in_apposition(text: str, members: list[Span], agency: Span) -> Span | None:
    """'Li Jianguo, director of the Xinyang Road Police Station, was awarded ...': the person,
    not the unit in the apposition, is the one who acted or received."""
    for person in (m for m in members if m.label_ == "Person" and _end(m) <= _start(agency)):
        if APPOSITION.match(text[_end(person):_start(agency)]):
            return person
    return None


def _inside(span: Span, members: list[Span]) -> bool:
    """True for an agency nested in a longer mention (the bureau in '<unit> of the <bureau>')."""
    return any(m is not span and _start(m) <= _start(span) and _end(span) <= _end(m)
               and (_end(m) - _start(m)) > (_end(span) - _start(span)) for m in members)


def _memberships(text: str, members: list[Span]):
    """'Guo Jinchang, captain of the Legal Brigade', 'Head of the ... Detachment ... Lu Yan',
    'the Ordos City Public Security Bureau ... police Li Jiangbo': a role word next to the name
    and an agency on the same side as the role."""
    roles = _roles()
    agencies = [m for m in members if m.label_ == "Agency" and not _inside(m, members)]
    for person in (m for m in members if m.label_ == "Person"):
        if _credits().search(text[max(0, _start(person) - 40):_start(person)]):
            continue
        after = roles.search(text, _end(person), min(len(text), _end(person) + 40))
        before = None
        for before in roles.finditer(text, max(0, _start(person) - 80), _start(person)):
            pass
        candidates = []
        if after is not None:
            candidates = [a for a in agencies if after.start() <= _start(a) <= after.end() + 80]
        if not candidates and before is not None:
            candidates = [a for a in agencies if _end(a) <= _start(person) and _start(a) >= before.start() - 120]
        if candidates:
            nearest = min(candidates, key=lambda a: abs(_start(a) - _start(person)))
            yield person, "memberOf", nearest, "relation.memberOf.role"


FUNDING = re.compile(r"^[\s\"”,]*(?:[\w-]+,?\s+){0,12}?(?:has|have|had|with)\s+(?:a\s+|an\s+)?(?:total\s+)?(?:funding|investment|budget|cost)\b", re.I)
GENERIC_GROUP = re.compile(
    r"\W*(?:the\s+)?(?:(?:city|county|province|district|region|bureau)['’]s\s+|all\s+|various\s+|each\s+|every\s+)?"
    r"(?:[a-z-]+\s+){0,2}(?:police\s+stations|branches|sub-bureaus|brigades|detachments|squadrons|units|"
    r"public\s+security\s+organs|departments)\b", re.I)
"""A sentence whose subject is a group of units ('The city's police stations have resolved ...'):
its figures belong to the agency the report is about, not to a unit named before."""
OWN_STANDARD = re.compile(r"\b(?:per capita|standard|allowance|subsidy)\s+(?:\w+\s+){0,2}(?:was|is|of|at)\s+(?:\w+\s+){0,2}$", re.I)
NOT_SUBJECT_KINDS = {"PartyCommittee", "Government"}
OBJECT_BEFORE = re.compile(r"(?:of|from|by|to|with|under|for|and)\s+(?:the\s+)?$", re.I)


def metric_subjects(doc: Doc) -> list[Span | None]:
    """The subject of each figure: the agency that acts in its sentence, else the context agency.

    A programme is the subject only where the sentence gives the figure as the programme's own
    ("the Xueliang Project ... has a funding of 134 million yuan"); the result of a campaign is
    reported for the agency that ran it.
    """
    text = doc_text(doc)
    ents = _entities(doc)
    starts = [_start(e) for e in ents]
    sents = _Sentences(sentence_bounds(doc))
    subjects: list[Span | None] = []
    for fig in doc.spans.get(METRIC_KEY, []):
        f = fig._.kg
        s_start, _ = sents.bounds[sents.index(f.start)]
        p_start = text.rfind("\n", 0, f.start) + 1
        hi = bisect_right(starts, f.start)  # ents are sorted by start; an entity ends after it starts
        in_sent = [e for e in ents[bisect_left(starts, s_start):hi] if _end(e) <= f.start]
        programmes = [e for e in in_sent if e.label_ == "Programme"
                      and FUNDING.match(text[_end(e):f.start])]
        programmes += [e for e in in_sent if e.label_ == "Measure"
                       and OWN_STANDARD.search(text[_end(e):f.start])]
        in_paragraph = [e for e in ents[bisect_left(starts, p_start):hi] if _end(e) <= f.start]
        agencies = [e for e in in_paragraph if e.label_ == "Agency"
                    and e._.kg.get("kind") not in NOT_SUBJECT_KINDS
                    and not OBJECT_BEFORE.search(text[max(0, _start(e) - 12):_start(e)])
                    and not _inside(e, in_paragraph)]
        if programmes:
            subjects.append(programmes[-1].span)
        elif agencies and not (GENERIC_GROUP.match(text, s_start) and not any(
                e.label_ == "Agency" for e in in_sent)):
            subjects.append(agencies[-1].span)
        else:
            subjects.append(None)
    return subjects


@Language.factory("kg_relations", assigns=["doc._.kg_relations", "doc._.kg_metric_subjects"],
                  requires=["doc.spans", "token.is_sent_start"], default_config={})
def make_relations(nlp: Language, name: str) -> "RelationFinder":
    return RelationFinder()


class RelationFinder:
    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_relations = relate(doc)
        doc._.kg_metric_subjects = metric_subjects(doc)
        return doc
