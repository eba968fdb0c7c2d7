"""Build the RDF graph from a :class:`~kg.records.Resolution` (pure: records in, triples out).

:func:`triples` yields every triple once, in a deterministic order; :func:`build_graph` puts
them in an rdflib ``Graph`` (the API users expect). Instance IRIs are deterministic under a
configurable base: the same input gives the same IRIs.

Provenance: every entity, relation and metric links with ``kg:evidence`` to an Evidence node
(report, sentence, character offsets, rule, confidence). A relation is asserted directly
(``?agency kg:launched ?programme``) and also as a ``kg:Assertion`` node (``rdf:subject``,
``rdf:predicate``, ``rdf:object``) that carries its evidence, so plain SPARQL 1.1 reaches both.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from decimal import Decimal

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from .records import Entity, Evidence, Metric, Report, Resolution
from .vocab import CUR, DEFAULT_BASE, KG, PREFIXES, UNIT

UNITS = {"CNY": CUR.CNY, "percent": UNIT.PERCENT, "percentage_point": KG.PercentagePoint,
         "square_metre": UNIT.M2, "count": UNIT.NUM}
CLASSES = {"Agency": KG.Agency, "Programme": KG.Programme, "Measure": KG.Measure,
           "Place": KG.Place, "Person": KG.Person, "Award": KG.Award}
# the kinds of agency that are classes of the ontology; other kinds (a place's "town", a kind a
# data file names that the ontology lacks) give the entity no class beyond its label's
AGENCY_KINDS = {"PublicSecurityBureau": KG.PublicSecurityBureau, "PoliceStation": KG.PoliceStation,
                "PartyCommittee": KG.PartyCommittee, "Government": KG.Government}
PREDICATES = {"launched": KG.launched, "issued": KG.issued, "subOrganizationOf": KG.subOrganizationOf,
              "locatedIn": KG.locatedIn, "memberOf": KG.memberOf, "received": KG.received}

Triple = tuple[URIRef, URIRef, URIRef | Literal]


def kind_class(ent: Entity) -> URIRef | None:
    """The ontology's subclass for an agency's kind (kg:PoliceStation), if it has one."""
    return AGENCY_KINDS.get(ent.kind) if ent.label == "Agency" else None


class IRIs:
    """Deterministic instance IRIs under one base."""

    def __init__(self, base: str = DEFAULT_BASE):
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def entity(self, key: str) -> URIRef:
        kind, _, rest = key.partition(":")
        return URIRef(f"{self.base}{kind}/{slug(rest)}")

    def report(self, report_id: str) -> URIRef:
        return URIRef(f"{self.base}report/{slug(report_id)}")

    def evidence(self, ev: Evidence) -> URIRef:
        return URIRef(f"{self.base}evidence/{slug(ev.report_id)}/{ev.start}-{ev.end}-{_digest(ev.rule)}")

    def assertion(self, s: str, p: str, o: str) -> URIRef:
        return URIRef(f"{self.base}assertion/{_digest(s, p, o)}")

    def metric(self, m: Metric) -> URIRef:
        return URIRef(f"{self.base}metric/{slug(m.evidence.report_id)}/{m.evidence.start}-{m.evidence.end}")


def slug(text: str) -> str:
    """An IRI path segment: readable ASCII where the text is ASCII, else a short hash after it."""
    ascii_part = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if text.isascii() and ascii_part and len(ascii_part) <= 120:
        return ascii_part
    return "-".join(filter(None, [ascii_part[:60], _digest(text)]))


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def _decimal(value: float) -> Literal:
    """An xsd:decimal without float noise: 2.0136 million is 2013600, not 2013599.9999999998."""
    d = Decimal(repr(round(float(value), 6))).normalize()
    text = format(d, "f")
    if "." not in text:
        text += ".0"
    return Literal(text, datatype=XSD.decimal)


def triples(res: Resolution, base: str = DEFAULT_BASE) -> Iterator[Triple]:
    """Every triple of the graph of ``res``."""
    iri = IRIs(base)
    seen_evidence: set[URIRef] = set()

    def evidence(ev: Evidence) -> Iterator[Triple]:
        node = iri.evidence(ev)
        if node in seen_evidence:
            return
        seen_evidence.add(node)
        yield node, RDF.type, KG.Evidence
        yield node, PROV.wasDerivedFrom, iri.report(ev.report_id)
        yield node, KG.sentence, Literal(ev.sentence)
        quote = ev.sentence[ev.start - ev.sentence_start:ev.end - ev.sentence_start]
        if ev.start >= ev.sentence_start and len(quote) == ev.end - ev.start:
            yield node, KG.quote, Literal(quote)
        yield node, KG.beginIndex, Literal(ev.start, datatype=XSD.nonNegativeInteger)
        yield node, KG.endIndex, Literal(ev.end, datatype=XSD.nonNegativeInteger)
        yield node, KG.rule, Literal(ev.rule)
        yield node, KG.confidence, _decimal(ev.confidence)

    for report in res.reports:
        yield from _report(report, iri, res)
    for key in sorted(res.entities):
        ent = res.entities[key]
        node = iri.entity(key)
        yield node, RDF.type, CLASSES[ent.label]
        if kind_class(ent) is not None:
            yield node, RDF.type, kind_class(ent)
        for lang in sorted(ent.names):
            pref = ent.preferred.get(lang) or sorted(ent.names[lang])[0]
            yield node, RDFS.label, Literal(pref, lang=lang)
            yield node, SKOS.prefLabel, Literal(pref, lang=lang)
            for alt in sorted(ent.names[lang] - {pref}):
                yield node, SKOS.altLabel, Literal(alt, lang=lang)
        for ev in sorted(set(ent.evidence), key=_ev_order):
            yield node, KG.evidence, iri.evidence(ev)
            yield from evidence(ev)
    facts: dict[tuple[str, str, str], list[Evidence]] = {}
    for f in res.facts:
        facts.setdefault((f.subject, f.predicate, f.object), []).append(f.evidence)
    for (s, p, o) in sorted(facts):
        sn, on = iri.entity(s), iri.entity(o)
        yield sn, PREDICATES[p], on
        a = iri.assertion(s, p, o)
        yield a, RDF.type, KG.Assertion
        yield a, RDF.subject, sn
        yield a, RDF.predicate, PREDICATES[p]
        yield a, RDF.object, on
        for ev in sorted(set(facts[(s, p, o)]), key=_ev_order):
            yield a, KG.evidence, iri.evidence(ev)
            yield from evidence(ev)
    for m in sorted(res.metrics, key=lambda m: (_ev_order(m.evidence), m.subject)):
        yield from _metric(m, iri)
        yield from evidence(m.evidence)


def _ev_order(ev: Evidence) -> tuple:
    return ev.report_id, ev.start, ev.end, ev.rule


def _report(report: Report, iri: IRIs, res: Resolution) -> Iterator[Triple]:
    node = iri.report(report.id)
    yield node, RDF.type, KG.Report
    yield node, KG.fileName, Literal(report.file_name)
    yield node, KG.language, Literal(report.language)
    yield node, KG.checksum, Literal(report.checksum)
    if report.title:
        yield node, DCTERMS.title, Literal(report.title)
    if report.source_url:
        yield node, DCTERMS.source, Literal(report.source_url)
    if report.date:
        yield node, DCTERMS.date, Literal(report.date)
    if report.processed_at:
        yield node, KG.processedAt, Literal(report.processed_at, datatype=XSD.dateTime)
    if report.id in res.report_agency:
        yield node, KG.aboutAgency, iri.entity(res.report_agency[report.id])


def _metric(m: Metric, iri: IRIs) -> Iterator[Triple]:
    node = iri.metric(m)
    yield iri.entity(m.subject), KG.hasMetric, node
    yield node, RDF.type, KG.Metric
    yield node, KG.value, _decimal(m.value)
    yield node, KG.unit, UNITS[m.unit]
    if m.indicator:
        yield node, KG.indicator, Literal(m.indicator)
    if m.counted:
        yield node, KG.countedThing, Literal(m.counted)
    if m.change:
        yield node, KG.change, Literal(m.change)
    if m.period:
        yield node, KG.period, Literal(m.period)
    if m.compared_with:
        yield node, KG.comparedWith, Literal(m.compared_with)
    yield node, KG.approximate, Literal(m.approximate)
    yield node, KG.repaired, Literal(m.repaired)
    yield node, KG.rawText, Literal(m.raw)
    yield node, KG.evidence, iri.evidence(m.evidence)


def new_graph() -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    g.bind("prov", PROV)
    g.bind("skos", SKOS)
    return g


def build_graph(res: Resolution, base: str = DEFAULT_BASE) -> Graph:
    """The rdflib graph of ``res``."""
    g = new_graph()
    g.bind("id", base)
    for t in triples(res, base):
        g.add(t)
    return g


def build_networkx(res: Resolution, base: str = DEFAULT_BASE):
    """The entity graph of ``res`` as a networkx ``MultiDiGraph``.

    Nodes are entity IRIs with ``label``, ``type``, ``labels`` (all names by language),
    ``metrics`` and ``evidence`` (sentence, report) attributes; edges carry ``predicate`` and
    ``evidence``. Metrics stay on their subject node rather than becoming nodes.
    """
    import networkx as nx

    iri = IRIs(base)
    files = {r.id: r.file_name for r in res.reports}
    g = nx.MultiDiGraph(report_files=dict(sorted(files.items())))
    for key in sorted(res.entities):
        ent = res.entities[key]
        label = ent.preferred.get("en") or next(iter(ent.preferred.values()), key)
        g.add_node(str(iri.entity(key)), label=label, type=ent.label, kind=ent.kind or ent.label,
                   labels={lang: sorted(names) for lang, names in sorted(ent.names.items())},
                   reports=sorted({ev.report_id for ev in ent.evidence}),
                   evidence=[_ev_dict(ev, files) for ev in sorted(set(ent.evidence), key=_ev_order)[:20]],
                   metrics=[])
    for m in sorted(res.metrics, key=lambda m: _ev_order(m.evidence)):
        node = str(iri.entity(m.subject))
        if node in g:
            g.nodes[node]["metrics"].append({
                "value": m.value, "unit": m.unit, "indicator": m.indicator, "change": m.change,
                "period": m.period, "approximate": m.approximate, "repaired": m.repaired,
                "raw": m.raw, "evidence": _ev_dict(m.evidence, files)})
    facts: dict[tuple[str, str, str], list[Evidence]] = {}
    for f in res.facts:
        facts.setdefault((f.subject, f.predicate, f.object), []).append(f.evidence)
    for (s, p, o), evs in sorted(facts.items()):
        g.add_edge(str(iri.entity(s)), str(iri.entity(o)), key=p, predicate=p,
                   evidence=[_ev_dict(ev, files) for ev in sorted(set(evs), key=_ev_order)])
    return g


def _ev_dict(ev: Evidence, files: dict[str, str]) -> dict:
    return {"report": files.get(ev.report_id, ev.report_id), "sentence": ev.sentence,
            "start": ev.start, "end": ev.end, "rule": ev.rule}


# --------------------------------------------------------------------------- N-Triples lines

_NT_ESCAPES = {0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\",
               **{c: f"\\u{c:04X}" for c in [*range(0x20), 0x7F] if c not in (0x08, 0x09, 0x0A, 0x0C, 0x0D)}}


def _nt_string(text: str) -> str:
    """A literal's lexical form quoted as N-Triples writes it (as pyoxigraph does)."""
    return '"' + text.translate(_NT_ESCAPES) + '"'


def nt_lines(res: Resolution, base: str = DEFAULT_BASE, describe: bool = True) -> Iterator[str]:
    """The triples of :func:`triples`, in its order, each as an N-Triples line without its
    closing `` .`` (what ``str(pyoxigraph.Triple)`` gives): the same graph, written without
    making an rdflib or pyoxigraph term per node, for the writers of large graphs.

    ``describe=False`` leaves out the reports' and the entities' own triples (types, names,
    when a report was processed), which depend on other reports or on the build: what is left
    is what one report alone says (:func:`report_lines`)."""
    iri = IRIs(base)
    b = iri.base
    iris: dict = {}

    def t(term) -> str:  # a vocabulary term, once
        s = iris.get(term)
        if s is None:
            s = iris[term] = f"<{term}>"
        return s

    typ, ev_cls, derived, sentence, quote_p = t(RDF.type), t(KG.Evidence), t(PROV.wasDerivedFrom), t(KG.sentence), t(KG.quote)
    begin, end_p, rule_p, conf_p, evid = t(KG.beginIndex), t(KG.endIndex), t(KG.rule), t(KG.confidence), t(KG.evidence)
    nni = f"^^<{XSD.nonNegativeInteger}>"
    decimals: dict[float, str] = {}
    langs: dict[str, str] = {}
    slugs: dict[str, str] = {}
    rules: dict[str, str] = {}
    entity_iris: dict[str, str] = {}

    def report_iri(report_id: str) -> str:
        s = slugs.get(report_id)
        if s is None:
            s = slugs[report_id] = slug(report_id)
        return f"<{b}report/{s}>"

    def entity(key: str) -> str:
        s = entity_iris.get(key)
        if s is None:
            s = entity_iris[key] = f"<{iri.entity(key)}>"
        return s

    def decimal(value: float) -> str:
        s = decimals.get(value)
        if s is None:
            lit = _decimal(value)
            s = decimals[value] = f"{_nt_string(str(lit))}^^<{lit.datatype}>"
        return s

    def lang_literal(text: str, lang: str) -> str:
        tag = langs.get(lang)
        if tag is None:
            tag = langs[lang] = "@" + str(Literal("", lang=lang).language)
        return _nt_string(text) + tag

    def ev_node(ev: Evidence) -> str:
        r = rules.get(ev.rule)
        if r is None:
            r = rules[ev.rule] = _digest(ev.rule)
        s = slugs.get(ev.report_id)
        if s is None:
            s = slugs[ev.report_id] = slug(ev.report_id)
        return f"<{b}evidence/{s}/{ev.start}-{ev.end}-{r}>"

    seen_evidence: set[str] = set()

    def evidence(ev: Evidence, node: str) -> Iterator[str]:
        if node in seen_evidence:
            return
        seen_evidence.add(node)
        yield f"{node} {typ} {ev_cls}"
        yield f"{node} {derived} {report_iri(ev.report_id)}"
        yield f"{node} {sentence} {_nt_string(ev.sentence)}"
        quote = ev.sentence[ev.start - ev.sentence_start:ev.end - ev.sentence_start]
        if ev.start >= ev.sentence_start and len(quote) == ev.end - ev.start:
            yield f"{node} {quote_p} {_nt_string(quote)}"
        yield f'{node} {begin} "{ev.start}"{nni}'
        yield f'{node} {end_p} "{ev.end}"{nni}'
        yield f"{node} {rule_p} {_nt_string(ev.rule)}"
        yield f"{node} {conf_p} {decimal(ev.confidence)}"

    for report in res.reports if describe else ():
        for s, p, o in _report(report, iri, res):
            yield f"<{s}> {t(p)} {_nt_term(o)}"
    label, pref_p, alt_p = t(RDFS.label), t(SKOS.prefLabel), t(SKOS.altLabel)
    for key in sorted(res.entities):
        ent = res.entities[key]
        node = entity(key)
        if describe:
            yield f"{node} {typ} {t(CLASSES[ent.label])}"
            if kind_class(ent) is not None:
                yield f"{node} {typ} {t(kind_class(ent))}"
            for lang in sorted(ent.names):
                pref = ent.preferred.get(lang) or sorted(ent.names[lang])[0]
                lit = lang_literal(pref, lang)
                yield f"{node} {label} {lit}"
                yield f"{node} {pref_p} {lit}"
                for alt in sorted(ent.names[lang] - {pref}):
                    yield f"{node} {alt_p} {lang_literal(alt, lang)}"
        for ev in sorted(set(ent.evidence), key=_ev_order):
            en = ev_node(ev)
            yield f"{node} {evid} {en}"
            yield from evidence(ev, en)
    facts: dict[tuple[str, str, str], list[Evidence]] = {}
    for f in res.facts:
        facts.setdefault((f.subject, f.predicate, f.object), []).append(f.evidence)
    subj, pred, obj, assertion = t(RDF.subject), t(RDF.predicate), t(RDF.object), t(KG.Assertion)
    for (s, p, o) in sorted(facts):
        sn, on, pn = entity(s), entity(o), t(PREDICATES[p])
        yield f"{sn} {pn} {on}"
        a = f"<{iri.assertion(s, p, o)}>"
        yield f"{a} {typ} {assertion}"
        yield f"{a} {subj} {sn}"
        yield f"{a} {pred} {pn}"
        yield f"{a} {obj} {on}"
        for ev in sorted(set(facts[(s, p, o)]), key=_ev_order):
            en = ev_node(ev)
            yield f"{a} {evid} {en}"
            yield from evidence(ev, en)
    metric_p = {name: t(getattr(KG, name)) for name in (
        "hasMetric", "Metric", "value", "unit", "indicator", "countedThing", "change", "period",
        "comparedWith", "approximate", "repaired", "rawText")}
    units = {k: t(v) for k, v in UNITS.items()}
    boolean = {True: f'"true"^^<{XSD.boolean}>', False: f'"false"^^<{XSD.boolean}>'}
    for m in sorted(res.metrics, key=lambda m: (_ev_order(m.evidence), m.subject)):
        en = ev_node(m.evidence)
        yield from _metric_lines(m, iri, entity, metric_p, typ, units, boolean, decimal, evid, en)
        yield from evidence(m.evidence, en)


def report_lines(part: Resolution, base: str = DEFAULT_BASE) -> list[str]:
    """What one report resolved on its own (:func:`kg.resolve.resolve_report`) adds to the
    graph, as sorted, distinct N-Triples lines: its evidence, facts and metrics. The graph of
    many reports is these lines of each, and :func:`nt_lines` of their merged resolution."""
    return sorted(set(nt_lines(part, base, describe=False)))


def own_lines(lines: list[str], base: str = DEFAULT_BASE) -> tuple[list[str], list[str]]:
    """``lines`` split in two: those whose subject is a node of one report alone (its evidence
    and metrics: no other report's lines have that subject) and the rest, in their order."""
    b = IRIs(base).base
    own_subjects = (f"<{b}evidence/", f"<{b}metric/")
    own, shared = [], []
    for line in lines:
        (own if line.startswith(own_subjects) else shared).append(line)
    return own, shared


def _metric_lines(m: Metric, iri: IRIs, entity, mp: dict, typ: str, units: dict, boolean: dict,
                  decimal, evid: str, ev_node: str) -> Iterator[str]:
    node = f"<{iri.metric(m)}>"
    yield f"{entity(m.subject)} {mp['hasMetric']} {node}"
    yield f"{node} {typ} {mp['Metric']}"
    yield f"{node} {mp['value']} {decimal(m.value)}"
    yield f"{node} {mp['unit']} {units[m.unit]}"
    if m.indicator:
        yield f"{node} {mp['indicator']} {_nt_string(m.indicator)}"
    if m.counted:
        yield f"{node} {mp['countedThing']} {_nt_string(m.counted)}"
    if m.change:
        yield f"{node} {mp['change']} {_nt_string(m.change)}"
    if m.period:
        yield f"{node} {mp['period']} {_nt_string(m.period)}"
    if m.compared_with:
        yield f"{node} {mp['comparedWith']} {_nt_string(m.compared_with)}"
    for p, v in (("approximate", m.approximate), ("repaired", m.repaired)):
        yield f"{node} {mp[p]} {boolean[v] if isinstance(v, bool) else _nt_term(Literal(v))}"
    yield f"{node} {mp['rawText']} {_nt_string(m.raw)}"
    yield f"{node} {evid} {ev_node}"


def _nt_term(term) -> str:
    """One rdflib term (IRI or literal) as N-Triples writes it."""
    if isinstance(term, URIRef):
        return f"<{term}>"
    text = _nt_string(str(term))
    if term.language:
        return f"{text}@{term.language}"
    if term.datatype and term.datatype != XSD.string:
        return f"{text}^^<{term.datatype}>"
    return text
