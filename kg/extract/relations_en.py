"""Relations between the entity mentions of an English report, and the subjects of its figures.

The ``kg_relations`` component reads ``doc.spans["kg_entities"]`` and ``doc.spans["kg_metrics"]``
(as :mod:`~kg.extract.annotations` records) and writes ``doc._.kg_relations``: ``(subject span |
None, predicate, object span, rule)``, where ``None`` stands for the report's context agency (the
bureau the report is about), and ``doc._.kg_metric_subjects``: one subject span (or ``None``) per
figure; :mod:`~kg.extract.annotations` keeps both with each span's ``._.kg`` for the span.

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
from spacy.tokens import Doc

from .annotations import Entity, entities, figures, set_relations
from .entities_en import SPAN_KEY as ENTITY_KEY
from .lexicon import alternation, load
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
    """An entity of ``doc.spans["kg_entities"]``: its label, ``._.kg``, offsets and ``index``
    in that list, read from :func:`~kg.extract.annotations.entities` (no span needed)."""

    __slots__ = ("label", "kg", "start", "end", "index")

    def __init__(self, entity: Entity, index: int):
        self.label, self.kg = entity
        self.start, self.end = self.kg["start"], self.kg["end"]
        self.index = index


def _entities(doc: Doc) -> list[_Ent]:
    """The entities, sorted by start."""
    return sorted((_Ent(e, i) for i, e in enumerate(entities(doc))), key=lambda e: e.start)


def relate(doc: Doc, ents: list[_Ent]) -> list[tuple[_Ent | None, str, _Ent, str]]:
    text = doc_text(doc)
    sents = _Sentences(sentence_bounds(doc))
    by_sent: dict[int, list[_Ent]] = {}
    for e in ents:
        by_sent.setdefault(sents.index(e.start), []).append(e)
    by_span = {(e.start, e.end): e for e in ents}
    out: list[tuple[_Ent | None, str, _Ent, str]] = []
    for i, e in enumerate(ents):
        parent = e.kg.get("parent_span")
        if e.label != "Agency":
            continue
        if parent and tuple(parent) in by_span:
            out.append((e, "subOrganizationOf", by_span[tuple(parent)], "relation.name_structure"))
        elif e.kg.get("rank") in UNIT_RANKS:
            above = _nearest_higher_unit(text, ents[:i], e)
            out.append((e, "subOrganizationOf", above, "relation.unit_of_nearest_agency" if above is not None
                        else "relation.unit_of_context_agency"))
    verbs = _verbs()
    for i, members in by_sent.items():
        s_start, s_end = sents.bounds[i]
        for obj in members:
            pred = OBJECT_PREDICATE.get(obj.label)
            if pred is None:
                continue
            subj, rule = _verb_subject(text, members, obj, pred, verbs[pred], s_start)
            if subj is False:
                continue
            if pred == "received" and subj is not None and subj.label == "Agency":
                subj = _person_in_apposition(text, members, subj) or subj
            for agent in [subj, *_coordinated(text, members, subj)]:
                out.append((agent, pred, obj, rule))
        out += _memberships(text, members)
    return out


RANK_ORDER = {"bureau": 1, "organs": 1, "branch": 2, "station": 3, "unit": 3}


def _tier(agency: _Ent) -> int | None:
    return agency.kg.get("tier") or RANK_ORDER.get(agency.kg.get("rank"))


def _nearest_higher_unit(text: str, before: list[_Ent], unit: _Ent) -> _Ent | None:
    """The closest police body of a higher rank mentioned shortly before a unit: a brigade
    mentioned after 'the Dongji Branch ...' belongs to that branch. None: the context agency."""
    rank = _tier(unit) or 3
    for other in reversed(before):
        if unit.start - other.end > 1500:
            break
        if other.label != "Agency" or other.kg.get("collective"):
            continue
        other_rank = _tier(other)
        if other_rank is not None and 2 <= other_rank < rank:
            return other
    return None


def _verb_subject(text, members, obj, pred, verb_re, s_start):
    """The agency before a verb of ``pred`` that governs ``obj``; None = context; False = none."""
    o = obj.start
    candidates = [m for m in members if m.label in SUBJECT_LABELS[pred] and m.end <= o
                  and not _inside(m, members)]
    for subj in reversed(candidates):
        if verb_re.search(text, subj.end, o):
            return subj, f"relation.{pred}.verb"
    if verb_re.search(text, s_start, o):
        return (candidates[-1], f"relation.{pred}.near") if candidates and pred == "received" else (None, f"relation.{pred}.verb_context")
    if pred == "launched":
        return None, "relation.launched.context"
    return False, ""


COORDINATION = re.compile(r"^[ \t]*(?:,|，|、|and|&)?[ \t]*(?:and[ \t]+)?(?:the[ \t]+)?$", re.I)
APPOSITION = re.compile(r"^,[ \t]*(?:a|an|the)?[ \t]*[\w' -]{0,60}?\b(?:of|from|at|in)[ \t]+(?:the[ \t]+)?$", re.I)


def _coordinated(text: str, members: list[_Ent], subj: _Ent | None) -> list[_Ent]:
    """'The bureau, the ... Procuratorate and the ... Court jointly issued': every agent of a
    coordination before the verb gets the relation, not only the nearest one."""
    if subj is None:
        return []
    agents = [m for m in members if m.label == subj.label and m.end <= subj.start
              and not _inside(m, members)]
    out, edge = [], subj.start
    for other in reversed(agents):
        if not COORDINATION.match(text[other.end:edge]):
            break
        out.append(other)
        edge = other.start
    return out


def _person_in_apposition(text: str, members: list[_Ent], agency: _Ent) -> _Ent | None:
    """'Li Jianguo, director of the Xinyang Road Police Station, was awarded ...': the person,
    not the unit in the apposition, is the one who acted or received."""
    for person in (m for m in members if m.label == "Person" and m.end <= agency.start):
        if APPOSITION.match(text[person.end:agency.start]):
            return person
    return None


def _inside(span: _Ent, members: list[_Ent]) -> bool:
    """True for an agency nested in a longer mention (the bureau in '<unit> of the <bureau>')."""
    return any(m is not span and m.start <= span.start and span.end <= m.end
               and (m.end - m.start) > (span.end - span.start) for m in members)


def _memberships(text: str, members: list[_Ent]):
    """'Guo Jinchang, captain of the Legal Brigade', 'Head of the ... Detachment ... Lu Yan',
    'the Ordos City Public Security Bureau ... police Li Jiangbo': a role word next to the name
    and an agency on the same side as the role."""
    roles = _roles()
    agencies = [m for m in members if m.label == "Agency" and not _inside(m, members)]
    for person in (m for m in members if m.label == "Person"):
        if _credits().search(text[max(0, person.start - 40):person.start]):
            continue
        after = roles.search(text, person.end, min(len(text), person.end + 40))
        before = None
        for before in roles.finditer(text, max(0, person.start - 80), person.start):
            pass
        candidates = []
        if after is not None:
            candidates = [a for a in agencies if after.start() <= a.start <= after.end() + 80]
        if not candidates and before is not None:
            candidates = [a for a in agencies if a.end <= person.start and a.start >= before.start() - 120]
        if candidates:
            nearest = min(candidates, key=lambda a: abs(a.start - person.start))
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


def metric_subjects(doc: Doc, ents: list[_Ent]) -> list[_Ent | None]:
    """The subject of each figure: the agency that acts in its sentence, else the context agency.

    A programme is the subject only where the sentence gives the figure as the programme's own
    ("the Xueliang Project ... has a funding of 134 million yuan"); the result of a campaign is
    reported for the agency that ran it.
    """
    text = doc_text(doc)
    starts = [e.start for e in ents]
    sents = _Sentences(sentence_bounds(doc))
    subjects: list[_Ent | None] = []
    for f in figures(doc):
        s_start, _ = sents.bounds[sents.index(f.start)]
        p_start = text.rfind("\n", 0, f.start) + 1
        hi = bisect_right(starts, f.start)  # ents are sorted by start; an entity ends after it starts
        in_sent = [e for e in ents[bisect_left(starts, s_start):hi] if e.end <= f.start]
        programmes = [e for e in in_sent if e.label == "Programme"
                      and FUNDING.match(text[e.end:f.start])]
        programmes += [e for e in in_sent if e.label == "Measure"
                       and OWN_STANDARD.search(text[e.end:f.start])]
        in_paragraph = [e for e in ents[bisect_left(starts, p_start):hi] if e.end <= f.start]
        agencies = [e for e in in_paragraph if e.label == "Agency"
                    and e.kg.get("kind") not in NOT_SUBJECT_KINDS
                    and not OBJECT_BEFORE.search(text[max(0, e.start - 12):e.start])
                    and not _inside(e, in_paragraph)]
        if programmes:
            subjects.append(programmes[-1])
        elif agencies and not (GENERIC_GROUP.match(text, s_start) and not any(
                e.label == "Agency" for e in in_sent)):
            subjects.append(agencies[-1])
        else:
            subjects.append(None)
    return subjects


@Language.factory("kg_relations", assigns=["doc._.kg_relations", "doc._.kg_metric_subjects"],
                  requires=["doc.spans", "token.is_sent_start"], default_config={})
def make_relations(nlp: Language, name: str) -> "RelationFinder":
    return RelationFinder()


class RelationFinder:
    def __call__(self, doc: Doc) -> Doc:
        ents = _entities(doc)
        relations, subjects = relate(doc, ents), metric_subjects(doc, ents)
        set_relations(doc, doc.spans.get(ENTITY_KEY), relations, subjects)
        return doc

