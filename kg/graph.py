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

from .records import Evidence, Metric, Report, Resolution
from .vocab import CUR, DEFAULT_BASE, KG, PREFIXES, UNIT

UNITS = {"CNY": CUR.CNY, "percent": UNIT.PERCENT, "percentage_point": KG.PercentagePoint,
         "square_metre": UNIT.M2, "count": UNIT.NUM}
CLASSES = {"Agency": KG.Agency, "Programme": KG.Programme, "Measure": KG.Measure,
           "Place": KG.Place, "Person": KG.Person, "Award": KG.Award}
PREDICATES = {"launched": KG.launched, "issued": KG.issued, "subOrganizationOf": KG.subOrganizationOf,
              "locatedIn": KG.locatedIn, "memberOf": KG.memberOf, "received": KG.received}

Triple = tuple[URIRef, URIRef, URIRef | Literal]


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
        if ent.kind and ent.kind not in CLASSES:
            yield node, RDF.type, getattr(KG, ent.kind)
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
