"""The entity network of an RDF graph, for GraphML, GEXF and ``kg stats``.

:func:`network_from_rdf` reads a graph written by :func:`kg.graph.build_graph` (or loaded from
``graph.ttl``) back into a networkx ``MultiDiGraph`` shaped like
:func:`kg.graph.build_networkx`'s: nodes are entity IRIs with ``label``, ``type``, ``kind``,
``labels`` (names by language), ``reports`` (file names), ``evidence`` and ``metrics``; edges
carry ``predicate`` (keyed by it) and ``evidence``. :func:`flatten` turns the list and dict
attributes into JSON strings, as GraphML and GEXF accept scalars only.
"""
from __future__ import annotations

import json
from collections import defaultdict

import networkx as nx
from rdflib import PROV, RDF, RDFS, SKOS, Graph, Literal
from rdflib.term import Node

from ..vocab import KG

ENTITY_CLASSES = {KG.Agency: "Agency", KG.Programme: "Programme", KG.Measure: "Measure",
                  KG.Place: "Place", KG.Person: "Person", KG.Award: "Award"}
RELATIONS = {KG.launched, KG.issued, KG.subOrganizationOf, KG.locatedIn, KG.memberOf, KG.received}
MAX_EVIDENCE = 20


def local(term: Node) -> str:
    s = str(term)
    return s.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def network_from_rdf(graph: Graph) -> nx.MultiDiGraph:
    """The entity network of ``graph`` (metrics stay on their subject node)."""
    files = {r: str(graph.value(r, KG.fileName) or local(r)) for r in graph.subjects(RDF.type, KG.Report)}

    def ev_dict(ev: Node) -> dict:
        report = graph.value(ev, PROV.wasDerivedFrom)
        return {"report": files.get(report, str(report)), "sentence": str(graph.value(ev, KG.sentence) or ""),
                "start": _int(graph.value(ev, KG.beginIndex)), "end": _int(graph.value(ev, KG.endIndex)),
                "rule": str(graph.value(ev, KG.rule) or "")}

    def evidence_of(node: Node) -> list[dict]:
        evs = [ev_dict(ev) for ev in graph.objects(node, KG.evidence)]
        return sorted(evs, key=lambda e: (e["report"], e["start"], e["end"], e["rule"]))

    g = nx.MultiDiGraph()
    entities: dict[Node, str] = {}
    for cls, name in ENTITY_CLASSES.items():
        for node in graph.subjects(RDF.type, cls):
            entities.setdefault(node, name)
    for node in sorted(entities, key=str):
        names: dict[str, set[str]] = defaultdict(set)
        pref: dict[str, str] = {}
        for p in (RDFS.label, SKOS.altLabel):
            for lit in graph.objects(node, p):
                lang = lit.language if isinstance(lit, Literal) and lit.language else ""
                names[lang].add(str(lit))
                if p == RDFS.label:
                    pref.setdefault(lang, str(lit))
        label = pref.get("en") or next((pref[k] for k in sorted(pref)), None) or local(node)
        kinds = sorted(local(t) for t in graph.objects(node, RDF.type) if t not in ENTITY_CLASSES)
        evidence = evidence_of(node)
        g.add_node(str(node), label=label, type=entities[node], kind=kinds[0] if kinds else entities[node],
                   labels={lang: sorted(v) for lang, v in sorted(names.items())},
                   reports=sorted({e["report"] for e in evidence}),
                   evidence=evidence[:MAX_EVIDENCE], metrics=[])
    for node, m in sorted(graph.subject_objects(KG.hasMetric), key=lambda t: (str(t[0]), str(t[1]))):
        if str(node) not in g:
            continue
        evs = evidence_of(m)
        value = graph.value(m, KG.value)
        g.nodes[str(node)]["metrics"].append({
            "value": float(value) if value is not None else None,
            "unit": local(graph.value(m, KG.unit) or ""),
            "indicator": _str(graph.value(m, KG.indicator)), "change": _str(graph.value(m, KG.change)),
            "period": _str(graph.value(m, KG.period)),
            "approximate": bool(graph.value(m, KG.approximate)), "repaired": bool(graph.value(m, KG.repaired)),
            "raw": _str(graph.value(m, KG.rawText)), "evidence": evs[0] if evs else None})
    assertion_evidence: dict[tuple, list[dict]] = defaultdict(list)
    for a in graph.subjects(RDF.type, KG.Assertion):
        key = (graph.value(a, RDF.subject), graph.value(a, RDF.predicate), graph.value(a, RDF.object))
        assertion_evidence[key].extend(evidence_of(a))
    for p in sorted(RELATIONS, key=str):
        for s, o in sorted(graph.subject_objects(p), key=lambda t: (str(t[0]), str(t[1]))):
            if s in entities and o in entities:
                evs = sorted(assertion_evidence.get((s, p, o), []),
                             key=lambda e: (e["report"], e["start"], e["end"], e["rule"]))
                g.add_edge(str(s), str(o), key=local(p), predicate=local(p), evidence=evs)
    return g


def flatten(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``g`` whose attributes are all scalars: lists and dicts become JSON strings,
    ``None`` values are dropped, and ``n_<list>`` counts are added (``n_reports``, ``n_metrics``...)."""
    flat = nx.MultiDiGraph()
    for node, data in g.nodes(data=True):
        flat.add_node(node, **_scalars(data))
    for u, v, key, data in g.edges(keys=True, data=True):
        flat.add_edge(u, v, key=key, **_scalars(data))
    return flat


def _scalars(data: dict) -> dict:
    out = {}
    for k, v in data.items():
        if v is None:
            continue
        if isinstance(v, (list, tuple, dict, set)):
            if isinstance(v, (list, tuple, set)):
                out[f"n_{k}"] = len(v)
            v = json.dumps(sorted(v) if isinstance(v, set) else v, ensure_ascii=False, sort_keys=True)
        elif not isinstance(v, (str, int, float, bool)):
            v = str(v)
        out[k] = v
    return out


def _int(lit) -> int:
    try:
        return int(lit)
    except (TypeError, ValueError):
        return -1


def _str(lit) -> str | None:
    return None if lit is None else str(lit)
