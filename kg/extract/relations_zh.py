"""Relations between the entity mentions of a Chinese report, and the subjects of its figures.

The ``kg_relations_zh`` component writes ``doc._.kg_relations`` and
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
from bisect import bisect_right
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from .annotations import METRIC_SUBJECTS, RELATIONS
from .entities_en import SPAN_KEY as ENTITY_KEY
from .sentences import doc_text
from .sentences import sentence_bounds
from .lexicon import load
from .metrics_en import SPAN_KEY as METRIC_KEY

if not Doc.has_extension("kg_relations"):
    Doc.set_extension("kg_relations", default=None)
if not Doc.has_extension("kg_metric_subjects"):
    Doc.set_extension("kg_metric_subjects", default=None)

CLAUSE_BREAK = re.compile(r"[,，;；:：]")
SENTENCE_ENDS = ("。", "！", "？", "!", "?")
COUNTED_SUBJECT = re.compile(r"\d+[名个位家人]")  # "24名民警获评…": the subject is not an entity


def _alt(words) -> str:
    return "|".join(re.escape(str(w)) for w in sorted({str(w) for w in words}, key=len, reverse=True))


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


def _start(span: Span) -> int:
    return span._.kg["start"]


def _end(span: Span) -> int:
    return span._.kg["end"]


def _extent(span: Span) -> tuple[int, int]:
    return tuple(span._.kg.get("extent") or (_start(span), _end(span)))


def _top_level(ents: list[Span]) -> list[Span]:
    """Mentions not nested in a longer one (the bureau in …公安局留置看护中心 is nested)."""
    out, reach = [], -1
    for e in sorted(ents, key=lambda e: (_extent(e)[0], _extent(e)[0] - _extent(e)[1])):
        if _extent(e)[1] > reach:
            out.append(e)
            reach = _extent(e)[1]
    return sorted(out, key=_start)


class _Sentence:
    """One sentence: its clauses and the subjects that open them."""

    def __init__(self, text: str, start: int, end: int, members: list[Span], agencies_before, p: dict):
        self.text, self.start, self.end = text, start, end
        self.clause_starts = [start] + [m.end() for m in CLAUSE_BREAK.finditer(text, start, end)]
        self.subjects: list[tuple[int, Span]] = []
        for cs in self.clause_starts:
            subj = self._opening_subject(cs, members, agencies_before, p)
            if subj is not None:
                self.subjects.append((cs, subj))

    def _opening_subject(self, cs: int, members, agencies_before, p) -> Span | None:
        while cs < self.end and self.text[cs].isspace():
            cs += 1
        for e in members:
            if e.label_ == "Agency" and cs <= _start(e) and p["opener"].match(self.text[cs:_start(e)]):
                return e
        for m in p["anaphor"].finditer(self.text, cs, min(self.end, cs + 8)):
            if p["opener"].match(self.text[cs:m.start()]):
                return agencies_before(m.start(), p["anaphor_heads"][m.group(0)])
        return None

    def clause_start(self, pos: int) -> int:
        return self.clause_starts[max(0, bisect_right(self.clause_starts, pos) - 1)]

    def subject_before(self, pos: int) -> Span | None:
        found = [s for cs, s in self.subjects if cs <= pos and _end(s) <= pos]
        return found[-1] if found else None

    def subject_after(self, pos: int) -> Span | None:
        return next((s for cs, s in self.subjects if cs >= pos), None)

    def first_subject(self) -> Span | None:
        return self.subjects[0][1] if self.subjects else None


def _sentences(doc: Doc, ents: list[Span], p: dict):
    """Yield (sentence, its top-level mentions, topic) in order, tracking the paragraph topic."""
    text = doc_text(doc)
    agencies = sorted((e for e in ents if e.label_ == "Agency"), key=_end)
    agency_ends = [_end(a) for a in agencies]
    by_span = {(_start(e), _end(e)): e for e in doc.spans.get(ENTITY_KEY, []) if e.label_ == "Agency"}

    def agency_before(pos: int, ending: str) -> Span | None:
        for i in range(bisect_right(agency_ends, pos) - 1, -1, -1):
            if text[_start(agencies[i]):agency_ends[i]].endswith(ending):
                return agencies[i]
        return None

    topic: Span | None = None
    i = 0
    for s, e in sentence_bounds(doc):
        if _new_paragraph(text, s):
            topic = None
        while i < len(ents) and _start(ents[i]) < s:
            i += 1
        j = i
        while j < len(ents) and _start(ents[j]) < e:
            j += 1
        members = ents[i:j]
        sentence = _Sentence(text, s, e, members, agency_before, p)
        yield sentence, members, topic
        first = sentence.first_subject()
        if first is not None and first._.kg.get("kind") == "PartyCommittee":
            # a party committee decides in its own sentence; the figures and actions of the
            # sentences after it are its agency's (分局党委研究制定了…。行动期间,共破获刑事案件432起)
            first = by_span.get(tuple(first._.kg.get("parent_span") or ()))
            topic = first
        else:
            topic = first or topic


def _new_paragraph(text: str, start: int) -> bool:
    """A line break after a finished sentence or a heading; not a page break inside a sentence."""
    end = start  # the text before ``start`` without its trailing blanks: text[:end]
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if "\n" not in text[end:start + 1]:
        return not end
    last_line = text[text.rfind("\n", 0, end) + 1:end]
    return text.endswith(SENTENCE_ENDS, 0, end) or not any(ch in last_line for ch in SENTENCE_ENDS)


def relate(doc: Doc) -> list[tuple[Span | None, str, Span, str]]:
    p = _patterns()
    text = doc_text(doc)
    ents = sorted(doc.spans.get(ENTITY_KEY, []), key=_start)
    by_span = {(_start(e), _end(e)): e for e in ents}
    out: list[tuple[Span | None, str, Span, str]] = []
    for e in ents:
        parent = e._.kg.get("parent_span") or e._.kg.get("owner_span")
        if e.label_ == "Agency" and parent and tuple(parent) in by_span:
            out.append((e, "subOrganizationOf", by_span[tuple(parent)], "relation.zh.name_structure"))
    top = _top_level(ents)
    out += _inferred_parents(text, ents, p)
    for sentence, members, topic in _sentences(doc, top, p):
        for obj in members:
            if obj.label_ in ("Programme", "Measure"):
                found = _doer(text, sentence, members, obj, topic, p)
            elif obj.label_ == "Award":
                found = _receiver(text, sentence, members, obj, p)
                found = [found] if found else []
            elif obj.label_ == "Person":
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


def _is_unit(e: Span) -> bool:
    a = e._.kg
    return (e.label_ == "Agency" and a.get("rank") in ("branch", "station", "unit")
            and not a.get("parent_span") and not a.get("owner_span") and not a.get("antecedent_span")
            and a.get("kind") not in ("PartyCommittee", "Government"))


def _inferred_parents(text: str, ents: list[Span], p: dict) -> list:
    """A unit named without its parent belongs to the nearest unit before it that may hold it
    (先锋派出所 -> the 分局 named before; see ``parent_heads``), else to the report's bureau
    (``None``: 青秀分局, 市出入境管理支队). A unit named after a city (呼和浩特市XX支队) is that
    city's, not the report's: it is left alone."""
    out = []
    agencies = [e for e in ents if e.label_ == "Agency"]  # nested ones too: 邕宁分局 in 邕宁分局蒲庙派出所
    for i, e in enumerate(agencies):
        a = e._.kg
        if not _is_unit(e) or (a.get("level") in ("municipal", "prefectural", "provincial")
                               and a.get("rule") != "agency.zh.level"):
            continue
        name = text[_start(e):_end(e)]
        holders = next((v for k, v in p["parent_heads"].items() if name.endswith(k)), None)
        if holders is None:
            continue  # 侦查中心, 数智车管所: may be anyone's
        parent = None
        if holders and a.get("rule") != "agency.zh.level":  # 市X支队: the city's bureau's
            for b in reversed(agencies[:i]):
                bname = text[_start(b):_end(b)]
                if bname != name and b._.kg.get("kind") not in ("PartyCommittee", "Government") \
                        and any(bname.endswith(h) for h in holders):
                    parent = b
                    break
        out.append((e, "subOrganizationOf", parent, "relation.zh.subOrganizationOf.nearest"
                    if parent is not None else "relation.zh.subOrganizationOf.context"))
    return out


def _head_of(text: str, ents: list[Span], person: Span, p: dict) -> Span | None:
    """由局长刘建军同志任组长: the role word names the unit; the person serves in the last agency
    before whose name ends with that unit (nested ones too: 市公安局 in 市公安局党委)."""
    role = p["role_before"].search(text, max(0, _start(person) - 4), _start(person))
    if role is None:
        return None
    ending = p["role_units"][role.group(0)]
    before = [e for e in ents if e.label_ == "Agency" and _end(e) <= role.start()]
    for e in sorted(before, key=lambda e: (_end(e), _end(e) - _start(e)), reverse=True):
        a = e._.kg  # an anaphor (分局 of 分局党委) stands for its agency
        if text[_start(e):_end(e)].endswith(ending) and a.get("kind") not in ("PartyCommittee", "Government"):
            return e
    return None


def _doer(text: str, sentence: _Sentence, members, obj: Span, topic, p: dict) -> list:
    """[(subject, predicate, rule)] for a programme or measure; empty if none is found."""
    pred = "launched" if obj.label_ == "Programme" else "issued"
    o = _extent(obj)[0]
    if p["blocking"].search(text, max(0, o - 4), o):
        return []  # 向“…”工程推送, 在…活动中: not what the agency runs
    cs = sentence.clause_start(o)
    if pred == "launched":
        for a in members:
            if a.label_ == "Agency" and 0 <= o - _end(a) <= 1:
                return [(a, pred, "relation.zh.launched.adjacent")]
    verb = [m for m in p[pred].finditer(text, cs, o)]
    if verb:
        subject = sentence.subject_before(verb[-1].start()) or topic
        rule = f"relation.zh.{pred}.verb" if subject is not None else f"relation.zh.{pred}.verb_context"
        found = [(subject, pred, rule)]
        partner = _coordinated(text, members, subject, verb[-1].start(), p)
        if partner is not None:
            found.append((partner, pred, f"relation.zh.{pred}.coordinated"))
        if subject is not None and subject._.kg.get("rule") == "agency.zh.collective":
            found.append((None, pred, f"relation.zh.{pred}.organs"))  # 全市公安机关: the bureau's too
        return found
    if pred == "launched" and p["since"].match(text, _extent(obj)[1]):
        subject = sentence.subject_after(_extent(obj)[1])
        if subject is not None:
            return [(subject, pred, "relation.zh.launched.since")]
    if pred == "launched" and p["frame_before"].search(text, max(0, o - 2), o) \
            and _frame_closes(text, obj, p):
        # 以“能力作风建设年”活动为抓手: the programme the subject builds its year's work on
        subject = sentence.subject_before(o) or topic
        return [(subject, pred, "relation.zh.launched.frame" if subject is not None
                 else "relation.zh.launched.frame_context")]
    return []


def _frame_closes(text: str, obj: Span, p: dict) -> bool:
    """True where 为 follows the programme (and its head word) within a few characters."""
    tail = text[_extent(obj)[1]:_extent(obj)[1] + 6]
    return any(tail[i:].startswith(p["frame_after"]) for i in range(min(len(tail), 3)))


def _coordinated(text: str, members, subject: Span | None, verb_start: int, p: dict) -> Span | None:
    """分局与竞秀区人民检察院联合建立: the second agent joined to the subject before the verb."""
    if subject is None:
        return None
    for a in members:
        if a.label_ != "Agency" or _start(a) <= _end(subject) or _end(a) > verb_start:
            continue
        if p["coordinator"].match(text[_end(subject):_start(a)]) \
                and p["coordination_gap"].match(text[_end(a):verb_start]):
            return a
        return None
    return None


def _employer(text: str, members, person: Span, p: dict) -> Span | None:
    """The agency right before a role word before a name (…大队大队长王建军)."""
    for a in members:
        if a.label_ == "Agency" and _end(a) <= _start(person) and p["role"].match(text[_end(a):_start(person)]):
            return a
    return None


def _receiver(text: str, sentence: _Sentence, members, obj: Span, p: dict):
    """(subject, 'received', rule) for an award, or None."""
    o = _extent(obj)[0]
    nxt = [m for m in members if m.label_ == "Person" and 0 <= _start(m) - _extent(obj)[1] <= 1]
    if nxt:
        return nxt[0], "received", "relation.zh.received.person_after"
    cs = sentence.clause_start(o)
    cues = list(p["received"].finditer(text, cs, o))
    if not cues:
        return None
    cue = cues[-1]
    before = [m for m in members if m.label_ in ("Agency", "Person") and cs <= _start(m) and _end(m) <= cue.start()]
    for s in reversed(before):
        gap = text[_end(s):cue.start()]
        if text[max(0, _start(s) - 1):_start(s)] == "被":
            continue  # 被公安部评为: the agent, not the one honoured
        if len(gap) <= p["received_gap"] and not COUNTED_SUBJECT.search(gap):
            return s, "received", "relation.zh.received.cue"
        return None
    return None


def metric_subjects(doc: Doc) -> list[Span | None]:
    """The subject of each figure: an agency in its clause, else the sentence's, else the topic."""
    p = _patterns()
    text = doc_text(doc)
    ents = sorted(doc.spans.get(ENTITY_KEY, []), key=_start)
    top = _top_level(ents)
    figures = list(doc.spans.get(METRIC_KEY, []))
    subjects: list[Span | None] = [None] * len(figures)
    order = sorted(range(len(figures)), key=lambda k: figures[k]._.kg.start)
    i = 0
    for sentence, members, topic in _sentences(doc, top, p):
        while i < len(order) and figures[order[i]]._.kg.start < sentence.end:
            k, pos = order[i], figures[order[i]]._.kg.start
            i += 1
            cs = sentence.clause_start(pos)
            near = [a for a in members if a.label_ == "Agency" and cs <= _start(a) and _end(a) <= pos
                    and text[max(0, _start(a) - 1):_start(a)] != "被"]
            rated = [e for e in members if e.label_ == "Programme" and cs <= _extent(e)[0]
                     and _extent(e)[1] <= pos and text.startswith(p["rate_after"], _extent(e)[1])]
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
        doc._.kg_relations = relations = relate(doc)
        doc._.kg_metric_subjects = subjects = metric_subjects(doc)
        doc.user_data[RELATIONS] = [(_kg(s), p, _kg(o), rule) for s, p, o, rule in relations]
        doc.user_data[METRIC_SUBJECTS] = [_kg(s) for s in subjects]
        return doc


def _kg(span: Span | None) -> dict | None:
    return None if span is None else span._.kg
