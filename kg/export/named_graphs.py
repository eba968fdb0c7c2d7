"""Split the graph into one named graph per report, for TriG and N-Quads.

The graph IRI is the report's IRI, and a triple goes into the graph of every report that
supports it:

- a report's own triples (file name, language, checksum, title...) -> that report's graph;
- an evidence node's triples, and every ``?x kg:evidence ?ev`` link -> the graph of the report
  the evidence is ``prov:wasDerivedFrom``;
- a metric's and an assertion's triples (and ``?s kg:hasMetric ?m``) -> the graphs of the
  reports of their evidence; a direct relation ``?s kg:launched ?o`` -> the graphs of its
  assertion;
- an entity's description (``rdf:type``, ``rdfs:label``, ``skos:altLabel``, other literals)
  -> every graph where the entity is mentioned: the reports of its own evidence and of the
  assertions and metrics it takes part in. So each report's graph is self-contained: every
  node it links to has its type and names there.

Triples that no report supports (e.g. an entity without evidence) stay in the default graph,
so the union of all graphs is exactly the input graph (nothing is lost or invented).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from rdflib import PROV, RDF, Graph, URIRef
from rdflib.term import Node

from ..vocab import KG

Quad = tuple[Node, Node, Node, URIRef | None]


def report_quads(graph: Graph) -> Iterator[Quad]:
    """Every triple of ``graph`` with the report graph(s) it belongs to (``None``: default graph)."""
    reports = set(graph.subjects(RDF.type, KG.Report))
    ev_report: dict[Node, set[Node]] = defaultdict(set)
    for ev, report in graph.subject_objects(PROV.wasDerivedFrom):
        if report in reports:
            ev_report[ev].add(report)
    # nodes that carry evidence (entities, assertions, metrics) -> reports of that evidence
    supported: dict[Node, set[Node]] = defaultdict(set)
    for node, ev in graph.subject_objects(KG.evidence):
        supported[node] |= ev_report.get(ev, set())
    # where each entity is mentioned: its evidence, plus its assertions and metrics
    mentioned: dict[Node, set[Node]] = defaultdict(set)
    for node, where in supported.items():
        mentioned[node] |= where
    direct: dict[tuple[Node, Node, Node], set[Node]] = defaultdict(set)
    for a in graph.subjects(RDF.type, KG.Assertion):
        s, p, o = graph.value(a, RDF.subject), graph.value(a, RDF.predicate), graph.value(a, RDF.object)
        where = supported.get(a, set())
        direct[(s, p, o)] |= where
        mentioned[s] |= where
        mentioned[o] |= where
    for s, m in graph.subject_objects(KG.hasMetric):
        mentioned[s] |= supported.get(m, set())
    for r in reports:
        mentioned[r].add(r)
    for ev, where in ev_report.items():
        mentioned[ev] |= where

    for s, p, o in graph:
        if p == KG.evidence:
            where = ev_report.get(o, set())
        elif p == KG.hasMetric:
            where = supported.get(o, set())
        elif (s, p, o) in direct:
            where = direct[(s, p, o)]
        else:
            where = mentioned.get(s, set())
        if where:
            for g in where:
                yield s, p, o, g
        else:
            yield s, p, o, None
