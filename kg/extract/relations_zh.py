"""Relations between the entity mentions of a Chinese report, and the subjects of its figures.

The ``kg_relations_zh`` component reads the entities and figures as
:mod:`~kg.extract.annotations` records and writes ``doc._.kg_relations`` and
``doc._.kg_metric_subjects`` like the English component (``None`` standing for the report's
context agency). Chinese sentences chain many clauses on one subject, and a paragraph keeps its
subject across sentences, so the subject of a verb is found by position:

- the *subject* of a clause is an agency at its start (after openers such as 同时), or an
  anaphor (该局) standing for the last agency with that head;
- the *topic* is the first subject of the last sentence that had one, within the paragraph.

Rules, one per construction:
- name structure: "<parent><unit>" (…公安局留置看护中心, 保定市公安局竞秀分局) -> subOrganizationOf;
- agency + quoted name right after it (…中心“党员包联制”) -> launched;
- a verb of the predicate's list in the clause before a programme / measure -> launched /
  issued, by the last subject before it in the sentence, else the topic;
- "“…”专项活动开展以来, <agency>…" -> launched by the agency that follows;
- an award cue after an agency or person in one clause -> received; a person's name right
  after an honour (“最美基层民警”朱元) -> received;
- agency + role word + name (治安管理大队大队长王建军) -> memberOf; a role word alone (由局长刘建军
  任组长) -> memberOf the last agency named with the role's unit word (…局);
- two agents joined by 与/和 before the verb (分局与…检察院联合建立) -> both launched;
- 以“…”活动为抓手 -> launched by the subject;
- a unit named without its parent (青秀分局, 先锋派出所) -> subOrganizationOf the nearest unit
  before it that may hold it, else the report's bureau.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from .annotations import Entity, entities, figures, set_relations
from .entities_en import SPAN_KEY as ENTITY_KEY
from .lexicon import load, plain_alternation as _alt
from .sentences import doc_text, sentence_bounds

if not Doc.has_extension("kg_relations"):
    Doc.set_extension("kg_relations", default=None)
if not Doc.has_extension("kg_metric_subjects"):
    Doc.set_extension("kg_metric_subjects", default=None)

CLAUSE_BREAK = re.compile(r"[,，;；:：]")
SENTENCE_ENDS = ("。", "！", "？", "!", "?")
COUNTED_SUBJECT = re.compile(r"\d+[名个位家人]")  # "24名民警获评…": the subject is not an entity



def _chars(words) -> str:
    """The characters of ``words``, for a character class."""
    return re.escape("".join(sorted({ch for w in words for ch in str(w)})))


@cache
def _patterns() -> dict:
    d = load("relations_zh")
    anaphors = load("agencies_zh")["anaphors"]
    return {
        "launched": re.compile(_alt(d["launched"])),
        "issued": re.compile(_alt(d["issued"])),
        "received": re.compile(_alt(d["received"])),
        "blocking": re.compile(rf"(?:{_alt(d['blocking_before'])})$"),
        "since": re.compile(rf"(?:{_alt(d['since_after'])})"),
        "opener": re.compile(rf"^(?:{_alt(d['subject_openers'])})*$"),
        "not_opener": re.compile(f"[^{_chars(d['subject_openers'])}]"),
        "anaphor": re.compile(_alt(anaphors)),
        "anaphor_heads": anaphors,
        "received_gap": d["received_gap"],
        "role": re.compile(rf"^(?:{_alt(load('persons_zh')['roles_before'])})$"),
        "role_before": re.compile(rf"(?:{_alt(d['role_units'])})$"),
        "role_units": d["role_units"],
        "coordinator": re.compile(rf"^(?:{_alt(d['coordinators'])})$"),
        "coordination_gap": re.compile(rf"^(?:{_alt(d['coordination_gap'])})?$"),
        "frame_before": re.compile(rf"(?:{_alt(d['frame_before'])})$"),
        "frame_after": tuple(d["frame_after"]),
        "parent_heads": d["parent_heads"],
        "rate_after": tuple(load("initiatives_zh")["programme_rate_after"]),
    }


class _Ent:
    """An entity of ``doc.spans["kg_entities"]``: its label, ``._.kg``, offsets, extent and
    ``index`` in that list, read from :func:`~kg.extract.annotations.entities` (no span needed)."""

    __slots__ = ("label", "kg", "start", "end", "extent", "index")

    def __init__(self, entity: Entity, index: int):
        self.label, self.kg = entity
        self.start, self.end = self.kg["start"], self.kg["end"]
        self.extent = tuple(self.kg.get("extent") or (self.start, self.end))
        self.index = index


def _entities(doc: Doc) -> list[_Ent]:
    """The entities, sorted by start."""
    return sorted((_Ent(e, i) for i, e in enumerate(entities(doc))), key=lambda e: e.start)


def _top_level(ents: list[_Ent]) -> list[_Ent]:
    """Mentions not nested in a longer one (the bureau in …公安局留置看护中心 is nested)."""
    out, reach = [], -1
    for e in sorted(ents, key=lambda e: (e.extent[0], e.extent[0] - e.extent[1])):
        if e.extent[1] > reach:
            out.append(e)
            reach = e.extent[1]
    return sorted(out, key=lambda e: e.start)


class _Sentence:
    """One sentence: its clauses and the subjects that open them."""

    def __init__(self, text: str, start: int, end: int, members: list[_Ent], agency_before, p: dict):
        self.text, self.start, self.end = text, start, end
        self.clause_starts = [start] + [m.end() for m in CLAUSE_BREAK.finditer(text, start, end)]
        self.subjects: list[tuple[int, _Ent]] = []
        agencies = [e for e in members if e.label == "Agency"]
        for cs in self.clause_starts:
            subj = self._opening_subject(cs, agencies, agency_before, p)
            if subj is not None:
                self.subjects.append((cs, subj))

    def _opening_subject(self, cs: int, agencies: list[_Ent], agency_before, p) -> _Ent | None:
        while cs < self.end and self.text[cs].isspace():
            cs += 1
        reach = self._opener_reach(cs, p)
        for e in agencies:
            if e.start > reach:
                break
            if cs <= e.start and p["opener"].match(self.text[cs:e.start]):
                return e
        for m in p["anaphor"].finditer(self.text, cs, min(self.end, cs + 8)):
            if m.start() > reach:
                break
            if p["opener"].match(self.text[cs:m.start()]):
                return agency_before(m.start(), p["anaphor_heads"][m.group(0)])
        return None

    def _opener_reach(self, cs: int, p: dict) -> int:
        """The last position the openers from ``cs`` can reach: one past the first character of
        no opener (``$`` also matches before a final line break), so only the agencies and
        anaphors starting up to it are tried."""
        stop = p["not_opener"].search(self.text, cs, self.end)
        return stop.start() + 1 if stop else self.end

    def clause_start(self, pos: int) -> int:
        return self.clause_starts[max(0, bisect_right(self.clause_starts, pos) - 1)]

    def subject_before(self, pos: int) -> _Ent | None:
        found = [s for cs, s in self.subjects if cs <= pos and s.end <= pos]
        return found[-1] if found else None

    def subject_after(self, pos: int) -> _Ent | None:
        return next((s for cs, s in self.subjects if cs >= pos), None)

    def first_subject(self) -> _Ent | None:
        return self.subjects[0][1] if self.subjects else None


def _sentences(doc: Doc, ents: list[_Ent], p: dict) -> list[tuple[_Sentence, list[_Ent], _Ent | None]]:
    """(sentence, its top-level mentions, topic) in order, tracking the paragraph topic; read
    by both :func:`relate` and :func:`metric_subjects`."""
    text = doc_text(doc)
    top = _top_level(ents)
    agencies = sorted((e for e in top if e.label == "Agency"), key=lambda e: e.end)
    agency_ends = [a.end for a in agencies]
    by_span = {(e.start, e.end): e for e in ents if e.label == "Agency"}

    def agency_before(pos: int, ending: str) -> _Ent | None:
        for i in range(bisect_right(agency_ends, pos) - 1, -1, -1):
            if text[agencies[i].start:agency_ends[i]].endswith(ending):
                return agencies[i]
        return None

    starts = [e.start for e in top]
    out = []
    topic: _Ent | None = None
    for s, e in sentence_bounds(doc):
        if _new_paragraph(text, s):
            topic = None
        members = top[bisect_left(starts, s):bisect_left(starts, e)]
        sentence = _Sentence(text, s, e, members, agency_before, p)
        out.append((sentence, members, topic))
        first = sentence.first_subject()
        if first is not None and first.kg.get("kind") == "PartyCommittee":
            # a party committee decides in its own sentence; the figures and actions of the
            # sentences after it are its agency's (分局党委研究制定了…。行动期间,共破获刑事案件432起)
            first = by_span.get(tuple(first.kg.get("parent_span") or ()))
            topic = first
        else:
            topic = first or topic
    return out


def _new_paragraph(text: str, start: int) -> bool:
    """A line break after a finished sentence or a heading; not a page break inside a sentence."""
    end = start  # the text before ``start`` without its trailing blanks: text[:end]
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if "\n" not in text[end:start + 1]:
        return not end
    last_line = text[text.rfind("\n", 0, end) + 1:end]
    return text.endswith(SENTENCE_ENDS, 0, end) or not any(ch in last_line for ch in SENTENCE_ENDS)


def relate(doc: Doc, ents: list[_Ent], sentences: list) -> list[tuple[_Ent | None, str, _Ent, str]]:
    """(subject, predicate, object, rule) for the entities ``ents`` (sorted by start) in the
    :func:`_sentences` of ``doc``; a ``None`` subject stands for the report's context agency."""
    p = _patterns()
    text = doc_text(doc)
    by_span = {(e.start, e.end): e for e in ents}
    out: list[tuple[_Ent | None, str, _Ent, str]] = []
    for e in ents:
        parent = e.kg.get("parent_span") or e.kg.get("owner_span")
        if e.label == "Agency" and parent and tuple(parent) in by_span:
            out.append((e, "subOrganizationOf", by_span[tuple(parent)], "relation.zh.name_structure"))
    out += _inferred_parents(text, ents, p)
    for sentence, members, topic in sentences:
        for obj in members:
            if obj.label in ("Programme", "Measure"):
                found = _doer(text, sentence, members, obj, topic, p)
            elif obj.label == "Award":
                found = _receiver(text, sentence, members, obj, p)
                found = [found] if found else []
            elif obj.label == "Person":
                employer = _employer(text, members, obj, p)
                if employer is not None:
                    out.append((obj, "memberOf", employer, "relation.zh.memberOf.role"))
                else:
                    employer = _head_of(text, ents, obj, p)
                    if employer is not None:
                        out.append((obj, "memberOf", employer, "relation.zh.memberOf.role_unit"))
                continue
            else:
                continue
            out += [(subj, pred, obj, rule) for subj, pred, rule in found]
    return out


def _is_unit(e: _Ent) -> bool:
    a = e.kg
    return (e.label == "Agency" and a.get("rank") in ("branch", "station", "unit")
            and not a.get("parent_span") and not a.get("owner_span") and not a.get("antecedent_span")
            and a.get("kind") not in ("PartyCommittee", "Government"))


def _inferred_parents(text: str, ents: list[_Ent], p: dict) -> list:
    """A unit named without its parent belongs to the nearest unit before it that may hold it
    (先锋派出所 -> the 分局 named before; see ``parent_heads``), else to the report's bureau
    (``None``: 青秀分局, 市出入境管理支队). A unit named after a city (呼和浩特市XX支队) is that
    city's, not the report's: it is left alone."""
    out = []
    agencies = [e for e in ents if e.label == "Agency"]  # nested ones too: 邕宁分局 in 邕宁分局蒲庙派出所
    for i, e in enumerate(agencies):
        a = e.kg
        if not _is_unit(e) or (a.get("level") in ("municipal", "prefectural", "provincial")
                               and a.get("rule") != "agency.zh.level"):
            continue
        name = text[e.start:e.end]
        holders = next((v for k, v in p["parent_heads"].items() if name.endswith(k)), None)
        if holders is None:
            continue  # 侦查中心, 数智车管所: may be anyone's
        parent = None
        if holders and a.get("rule") != "agency.zh.level":  # 市X支队: the city's bureau's
            for b in reversed(agencies[:i]):
                bname = text[b.start:b.end]
                if bname != name and b.kg.get("kind") not in ("PartyCommittee", "Government") \
                        and any(bname.endswith(h) for h in holders):
                    parent = b
                    break
        out.append((e, "subOrganizationOf", parent, "relation.zh.subOrganizationOf.nearest"
                    if parent is not None else "relation.zh.subOrganizationOf.context"))
    return out


def _head_of(text: str, ents: list[_Ent], person: _Ent, p: dict) -> _Ent | None:
    """由局长刘建军同志任组长: the role word names the unit; the person serves in the last agency
    before whose name ends with that unit (nested ones too: 市公安局 in 市公安局党委)."""
    role = p["role_before"].search(text, max(0, person.start - 4), person.start)
    if role is None:
        return None
    ending = p["role_units"][role.group(0)]
    before = [e for e in ents if e.label == "Agency" and e.end <= role.start()]
    for e in sorted(before, key=lambda e: (e.end, e.end - e.start), reverse=True):
        a = e.kg  # an anaphor (分局 of 分局党委) stands for its agency
        if text[e.start:e.end].endswith(ending) and a.get("kind") not in ("PartyCommittee", "Government"):
            return e
    return None


def _doer(text: str, sentence: _Sentence, members, obj: _Ent, topic, p: dict) -> list:
    """[(subject, predicate, rule)] for a programme or measure; empty if none is found."""
    pred = "launched" if obj.label == "Programme" else "issued"
    o = obj.extent[0]
    if p["blocking"].search(text, max(0, o - 4), o):
        return []  # 向“…”工程推送, 在…活动中: not what the agency runs
    cs = sentence.clause_start(o)
    if pred == "launched":
        for a in members:
            if a.label == "Agency" and 0 <= o - a.end <= 1:
                return [(a, pred, "relation.zh.launched.adjacent")]
    verb = [m for m in p[pred].finditer(text, cs, o)]
    if verb:
        subject = sentence.subject_before(verb[-1].start()) or topic
        rule = f"relation.zh.{pred}.verb" if subject is not None else f"relation.zh.{pred}.verb_context"
        found = [(subject, pred, rule)]
        partner = _coordinated(text, members, subject, verb[-1].start(), p)
        if partner is not None:
            found.append((partner, pred, f"relation.zh.{pred}.coordinated"))
        if subject is not None and subject.kg.get("rule") == "agency.zh.collective":
            found.append((None, pred, f"relation.zh.{pred}.organs"))  # 全市公安机关: the bureau's too
        return found
    if pred == "launched" and p["since"].match(text, obj.extent[1]):
        subject = sentence.subject_after(obj.extent[1])
        if subject is not None:
            return [(subject, pred, "relation.zh.launched.since")]
    if pred == "launched" and p["frame_before"].search(text, max(0, o - 2), o) \
            and _frame_closes(text, obj, p):
        # 以“能力作风建设年”活动为抓手: the programme the subject builds its year's work on
        subject = sentence.subject_before(o) or topic
        return [(subject, pred, "relation.zh.launched.frame" if subject is not None
                 else "relation.zh.launched.frame_context")]
    return []


def _frame_closes(text: str, obj: _Ent, p: dict) -> bool:
    """True where 为 follows the programme (and its head word) within a few characters."""
    tail = text[obj.extent[1]:obj.extent[1] + 6]
    return any(tail[i:].startswith(p["frame_after"]) for i in range(min(len(tail), 3)))


def _coordinated(text: str, members, subject: _Ent | None, verb_start: int, p: dict) -> _Ent | None:
    """分局与竞秀区人民检察院联合建立: the second agent joined to the subject before the verb."""
    if subject is None:
        return None
    for a in members:
        if a.label != "Agency" or a.start <= subject.end or a.end > verb_start:
            continue
        if p["coordinator"].match(text[subject.end:a.start]) \
                and p["coordination_gap"].match(text[a.end:verb_start]):
            return a
        return None
    return None


def _employer(text: str, members, person: _Ent, p: dict) -> _Ent | None:
    """The agency right before a role word before a name (…大队大队长王建军)."""
    for a in members:
        if a.label == "Agency" and a.end <= person.start and p["role"].match(text[a.end:person.start]):
            return a
    return None


def _receiver(text: str, sentence: _Sentence, members, obj: _Ent, p: dict):
    """(subject, 'received', rule) for an award, or None."""
    o = obj.extent[0]
    nxt = [m for m in members if m.label == "Person" and 0 <= m.start - obj.extent[1] <= 1]
    if nxt:
        return nxt[0], "received", "relation.zh.received.person_after"
    cs = sentence.clause_start(o)
    cues = list(p["received"].finditer(text, cs, o))
    if not cues:
        return None
    cue = cues[-1]
    before = [m for m in members if m.label in ("Agency", "Person") and cs <= m.start and m.end <= cue.start()]
    for s in reversed(before):
        gap = text[s.end:cue.start()]
        if text[max(0, s.start - 1):s.start] == "被":
            continue  # 被公安部评为: the agent, not the one honoured
        if len(gap) <= p["received_gap"] and not COUNTED_SUBJECT.search(gap):
            return s, "received", "relation.zh.received.cue"
        return None
    return None


def metric_subjects(doc: Doc, sentences: list) -> list[_Ent | None]:
    """The subject of each figure: an agency in its clause, else the sentence's, else the topic."""
    p = _patterns()
    text = doc_text(doc)
    starts = [f.start for f in figures(doc)]
    subjects: list[_Ent | None] = [None] * len(starts)
    order = sorted(range(len(starts)), key=starts.__getitem__)
    i = 0
    for sentence, members, topic in sentences:
        while i < len(order) and starts[order[i]] < sentence.end:
            k, pos = order[i], starts[order[i]]
            i += 1
            cs = sentence.clause_start(pos)
            near = [a for a in members if a.label == "Agency" and cs <= a.start and a.end <= pos
                    and text[max(0, a.start - 1):a.start] != "被"]
            rated = [e for e in members if e.label == "Programme" and cs <= e.extent[0]
                     and e.extent[1] <= pos and text.startswith(p["rate_after"], e.extent[1])]
            if rated:  # “一网通办”率达93%: the rate of the programme
                subjects[k] = rated[-1]
                continue
            subjects[k] = near[-1] if near else (sentence.subject_before(pos) or topic)
    return subjects


@Language.factory("kg_relations_zh", assigns=["doc._.kg_relations", "doc._.kg_metric_subjects"],
                  requires=["doc.spans", "token.is_sent_start"], default_config={})
def make_relations_zh(nlp: Language, name: str) -> "ChineseRelationFinder":
    return ChineseRelationFinder()


class ChineseRelationFinder:
    def __call__(self, doc: Doc) -> Doc:
        ents = _entities(doc)
        sentences = _sentences(doc, ents, _patterns())
        relations, subjects = relate(doc, ents, sentences), metric_subjects(doc, sentences)
        set_relations(doc, doc.spans.get(ENTITY_KEY), relations, subjects)
        return doc

