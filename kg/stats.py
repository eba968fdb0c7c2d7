"""Statistics of a graph: counts, the most connected entities, components, shared entities.

:func:`graph_stats` returns a plain, JSON-ready dict. Centralities are computed on the
undirected simple view of the entity network (:func:`kg.export.network.network_from_rdf`):
degree is the number of distinct neighbours; betweenness is normalised and, above
:data:`EXACT_BETWEENNESS_MAX` nodes, estimated from a fixed-seed sample of pivots (exact
betweenness is O(nodes x edges)).
"""
from __future__ import annotations

from collections import Counter, defaultdict

import networkx as nx
from rdflib import PROV, RDF, Graph

from .export.network import network_from_rdf
from .export.rdf import compact
from .validate import _known_prefixes, node_label
from .vocab import KG

EXACT_BETWEENNESS_MAX = 2000
SAMPLE_PIVOTS = 500


def graph_stats(graph: Graph, top: int = 10) -> dict:
    """Counts by class and predicate, top agencies and programmes, components, shared entities."""
    short = _known_prefixes()
    classes = Counter(compact(short, o) for o in graph.objects(None, RDF.type))
    predicates = Counter(compact(short, p) for p in graph.predicates())
    net = network_from_rdf(graph)
    simple = nx.Graph(net.to_undirected())
    k = None if simple.number_of_nodes() <= EXACT_BETWEENNESS_MAX else SAMPLE_PIVOTS
    between = nx.betweenness_centrality(simple, k=k, seed=7) if simple.number_of_nodes() else {}

    def ranked(kind: str) -> list[dict]:
        nodes = [n for n, t in net.nodes(data="type") if t == kind]
        nodes.sort(key=lambda n: (-simple.degree(n), -between.get(n, 0.0), net.nodes[n]["label"], n))
        return [{"iri": n, "label": net.nodes[n]["label"], "degree": simple.degree(n),
                 "betweenness": round(between.get(n, 0.0), 6)} for n in nodes[:top]]

    components = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(c)))
    return {
        "triples": len(graph),
        "classes": dict(sorted(classes.items(), key=lambda kv: (-kv[1], kv[0]))),
        "predicates": dict(sorted(predicates.items(), key=lambda kv: (-kv[1], kv[0]))),
        "entities": net.number_of_nodes(),
        "relations": net.number_of_edges(),
        "top_agencies": ranked("Agency"),
        "top_programmes": ranked("Programme"),
        "components": {
            "count": len(components),
            "largest": [len(c) for c in components[:top]],
            "isolated": sum(1 for c in components if len(c) == 1),
        },
        "shared_entities": shared_entities(graph),
    }


def shared_entities(graph: Graph) -> list[dict]:
    """Entities whose own evidence comes from two or more reports, most widely shared first."""
    reports: dict = defaultdict(set)
    for cls in (KG.Agency, KG.Programme, KG.Measure, KG.Place, KG.Person, KG.Award):
        for node in graph.subjects(RDF.type, cls):
            for ev in graph.objects(node, KG.evidence):
                for r in graph.objects(ev, PROV.wasDerivedFrom):
                    reports[node].add(str(graph.value(r, KG.fileName) or r))
    shared = [{"iri": str(n), "label": node_label(graph, n), "reports": sorted(rs)}
              for n, rs in reports.items() if len(rs) > 1]
    return sorted(shared, key=lambda e: (-len(e["reports"]), e["label"], e["iri"]))
