"""Resolution: one entity per real-world thing, within a report and across reports.

Each mention gets a canonical key. Within a report, generic forms ("the Municipal Bureau",
"the city's public security organs", a misspelt "Ordo City Public Security Bureau") resolve to
the report's context agency; units are keyed under the agency they belong to, so two different
branches of two different bureaus never merge. Across reports, equal keys are one entity.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from .extract import place_key
from .extract.lexicon import load, place_index, zh_place_entry
from .records import Entity, Extraction, Fact, Mention, Metric, Resolution

UNIT_RANKS = {"branch", "station", "unit"}


def normalise_name(text: str) -> str:
    """Lower-case, without quotes, punctuation runs, a leading article or possessive."""
    s = unicodedata.normalize("NFKC", text).lower().replace("’", "'")
    s = re.sub(r"[\"“”《》「」『』]", "", s)
    s = re.sub(r"[^\w\u3400-\u9fff+·'-]+", " ", s).strip()
    return re.sub(r"^(the|a|an) ", "", s)


@cache
def _unit_synonyms() -> dict[str, str]:
    return {w: group[0] for group in load("agencies_en").get("unit_synonyms", []) for w in group}


def unit_key(name: str) -> str:
    """A unit's name as resolution compares it: "police and security department" and "police
    support department" are one unit (see ``unit_synonyms`` in data/agencies_en.yaml)."""
    syn = _unit_synonyms()
    return " ".join(syn.get(w, w) for w in normalise_name(name).split() if w != "and")


LEVEL_PREFIX = re.compile(r"^(?:(?:national|provincial|municipal|ministerial|city|county|district|regional)-level )+")


def name_key(text: str) -> str:
    """The key of a named programme, measure or award: no articles, no level prefix, singular."""
    words = [w for w in LEVEL_PREFIX.sub("", normalise_name(text)).split() if w not in ("the", "a", "an")]
    if words and len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return " ".join(words)


class _ReportResolver:
    """Keys for the mentions of one report."""

    def __init__(self, extraction: Extraction):
        self.x = extraction
        self.ctx = extraction.context_agency
        self.place_keys = Counter(place_key(m.place) for m in extraction.mentions
                                  if m.label in ("Agency",) and m.place)
        self.place_keys.update(place_key(m.text) for m in extraction.mentions if m.label == "Place")
        self.by_text = {m.text: m for m in extraction.mentions if m.label == "Agency"}
        self._cache: dict[int, str] = {}
        self.ctx_key: str | None = None  # read by _agency_key while the context itself is keyed
        self.ctx_key = self._agency_key(self.ctx) if self.ctx else None

    def key(self, m: Mention) -> str:
        k = self._cache.get(id(m))
        if k is None:
            k = self._key(m)
            self._cache[id(m)] = k
        return k

    def _key(self, m: Mention) -> str:
        if m.label == "Agency":
            return self._agency_key(m)
        if m.label == "Place":
            return "place:" + self._place(m.text)
        if m.label == "Person":
            return f"person:{self.ctx_key or self.x.report.id}/{normalise_name(m.text)}"
        return f"{m.label.lower()}:{name_key(m.text)}"

    def _place(self, name: str) -> str:
        zh = zh_place_entry(name)
        if zh:
            return zh["en"].lower()
        k = place_key(name)
        entry = place_index().get(k)
        if entry:
            return entry["en"].lower()
        # a misspelling goes to a close name mentioned more often, or as often and sorted
        # first: a strict order, so that two names never lead to each other
        n = self.place_keys[k]
        others = sorted(o for o, c in self.place_keys.items() if c > n or c == n and o < k)
        close = difflib.get_close_matches(k, others, n=1, cutoff=0.85) if len(k) >= 4 else []
        return self._place(close[0]) if close else k

    def _agency_key(self, m: Mention) -> str:
        if m.collective:
            return self.ctx_key or f"agency:{normalise_name(m.text)}"
        if m.parent:
            parent = self.by_text.get(m.parent)
            parent_key = self._agency_key(parent) if parent else f"agency:{normalise_name(m.parent)}"
            return f"{parent_key}/{unit_key(m.alias or m.text)}"
        head = normalise_name(m.head or m.text)
        if m.rank == "ministry" and m.head:
            return f"agency:{head}"  # 公安部 and the Ministry of Public Security: one key
        if m.place:
            place = self._place(m.place)
            if m.rank == "collective" and self.ctx and place == self._place(self.ctx.place or ""):
                return self.ctx_key
            own = f"agency:{place}|{head}"
            if m.rank in UNIT_RANKS and self.ctx_key and not self._is_ctx(m):
                return f"{self.ctx_key}/{own.removeprefix('agency:')}"
            return own
        if self.ctx is not None and m is not self.ctx:
            if m.rank in ("bureau", "collective") and head in (normalise_name(self.ctx.head or ""), "bureau", "public security organs"):
                return self.ctx_key
            if m.rank in UNIT_RANKS or m.rank is None:
                return f"{self.ctx_key}/{unit_key(m.alias or m.text)}"
            if m.level and self.ctx.place:
                return f"agency:{self._place(self.ctx.place)}|{head}"
        return f"agency:{normalise_name(m.text)}"

    def _is_ctx(self, m: Mention) -> bool:
        return self.ctx is not None and m.text == self.ctx.text


def resolve(extractions: Iterable[Extraction]) -> Resolution:
    """Merge the extractions of many reports into one set of entities and facts."""
    res = Resolution()
    for x in extractions:
        merge(res, resolve_report(x))
    return finish(res)


def resolve_report(x: Extraction) -> Resolution:
    """One report resolved on its own: its mentions keyed, its relations and figures as facts
    and metrics of those keys. Reports are independent here (a worker can resolve each);
    :func:`merge` and :func:`finish` make one graph of them."""
    part = Resolution(reports=[x.report])
    r = _ReportResolver(x)
    lang = x.report.language
    report_id = x.report.id
    for m in x.mentions:
        key = r.key(m)
        ent = part.entities.get(key)
        if ent is None:
            # a place keeps its first mention, which the gazetteer's place-in-place facts cite
            ent = part.entities[key] = Entity(key=key, label=m.label,
                                              first=m.evidence if m.label == "Place" else None)
        ent.add_name(m.text, lang)
        if m.alias:
            ent.add_name(m.alias, lang)
        if m.kind and not ent.kind:
            ent.kind, ent.kind_report = m.kind, report_id
        ent.evidence.append(m.evidence)
        ent.votes[(lang, m.text)] = ent.votes.get((lang, m.text), 0) + 1
        ent.quality[(lang, m.text)] = max(ent.quality.get((lang, m.text), 0), _name_quality(m))
    if r.ctx_key:
        part.report_agency[report_id] = r.ctx_key
    for rel in x.relations:
        s, o = r.key(rel.subject), r.key(rel.object)
        if s != o:
            part.facts.append(Fact(s, rel.predicate, o, rel.evidence))
    for fig in x.metrics:
        subject = r.key(fig.subject) if fig.subject else r.ctx_key
        if subject is None:
            continue
        part.metrics.append(Metric(subject, fig.value, fig.unit, fig.indicator, fig.raw,
                                   fig.evidence, fig.counted, fig.change, fig.period,
                                   fig.approximate, fig.repaired, fig.compared_with))
    return part


def merge(res: Resolution, part: Resolution, evidence: bool = True) -> None:
    """Add ``part`` (reports resolved with :func:`resolve_report`) to ``res``, in any order.

    ``evidence=False`` keeps the entities' names but neither their evidence lists nor the
    part's facts and metrics: what a streaming build needs in memory once it has written the
    part's own triples (:func:`kg.graph.report_lines`)."""
    res.reports.extend(part.reports)
    res.report_agency.update(part.report_agency)
    if evidence:
        res.facts.extend(part.facts)
        res.metrics.extend(part.metrics)
    for ent in part.entities.values():
        merge_entity(res.entities, ent, evidence)


def merge_entity(entities: dict[str, Entity], ent: Entity, evidence: bool = True) -> None:
    """Add ``ent`` (as one report's part resolved it) to the entity of its key in ``entities``."""
    into = entities.get(ent.key)
    if into is None:
        into = entities[ent.key] = Entity(key=ent.key, label=ent.label, first=ent.first)
    for lang, names in ent.names.items():
        into.names.setdefault(lang, set()).update(names)
    if ent.kind and (into.kind is None or ent.kind_report < into.kind_report):
        into.kind, into.kind_report = ent.kind, ent.kind_report
    if ent.first is not None and (into.first is None or ent.first.report_id < into.first.report_id):
        into.first = ent.first
    if evidence:
        into.evidence.extend(ent.evidence)
    for name, n in ent.votes.items():
        into.votes[name] = into.votes.get(name, 0) + n
    for name, q in ent.quality.items():
        into.quality[name] = max(into.quality.get(name, 0), q)


def finish(res: Resolution) -> Resolution:
    """Choose each entity's preferred names and add what only all reports together say (a
    place inside another place): once every part is merged."""
    for ent in res.entities.values():
        choose_names(ent)
    res.facts.extend(place_hierarchy(res.entities))
    return res


def choose_names(ent: Entity) -> Entity:
    """The entity's preferred name per language, from the votes of every report (merged)."""
    ent.preferred = {}
    for (lang, text), _ in sorted(ent.votes.items(), key=lambda kv: (
            -ent.quality[kv[0]], -kv[1], -len(kv[0][1]), kv[0][1])):
        ent.preferred.setdefault(lang, text)
    if ent.label == "Place":
        entry = place_index().get(ent.key.removeprefix("place:"))
        if entry:
            ent.preferred["en"] = entry["en"]
            ent.add_name(entry["en"], "en")
    return ent


def _name_quality(m: Mention) -> int:
    """How good a surface form is as an entity's preferred name: a full name with its place or
    parent beats a bare structural name, which beats a generic or lower-case form."""
    if m.collective or m.text[:1].islower():
        return 0
    if m.place or m.parent or m.label != "Agency":
        return 2
    return 1


def place_hierarchy(entities: dict[str, Entity]) -> list[Fact]:
    """A place inside another place, from the gazetteer, where the reports mention both."""
    index = place_index()
    present = {k.removeprefix("place:") for k in entities if k.startswith("place:")}
    facts = []
    for key in sorted(present):
        entry = index.get(key)
        parent = (entry or {}).get("parent")
        if parent and parent.lower() in present:
            ent = entities[f"place:{key}"]
            facts.append(Fact(f"place:{key}", "locatedIn", f"place:{parent.lower()}",
                              replace(ent.first, rule="place.gazetteer_parent", confidence=0.9)))
    return facts
