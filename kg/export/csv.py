"""A CSV table of the facts, one row per fact and piece of evidence, for spreadsheet users.

Columns: ``subject, subject_label, predicate, object, object_label, value, unit, report,
sentence, begin, end``. A relation row has ``object``/``object_label`` (the other entity); a
metric row has predicate ``kg:hasMetric``, the metric's IRI as ``object``, what it measures as
``object_label``, and ``value`` + ``unit`` (a compact IRI such as ``cur:CNY``). A fact with
evidence in two places gives two rows. The file is UTF-8 with a byte-order mark, so Excel shows
Chinese names correctly (Python's ``csv`` reads it with ``encoding="utf-8-sig"``).
"""
from __future__ import annotations

import csv
from pathlib import Path

from rdflib import PROV, RDF, Graph
from rdflib.term import Node

from ..vocab import KG
from .atomic import atomic_write
from .network import RELATIONS
from .oxi import prefixes

COLUMNS = ["subject", "subject_label", "predicate", "object", "object_label", "value", "unit",
           "report", "sentence", "begin", "end"]


def fact_rows(graph: Graph) -> list[dict[str, str]]:
    """The rows of the facts table, sorted by subject, predicate, object, report, begin."""
    from ..validate import node_label  # local: validate imports the export package

    known = sorted(prefixes(graph).items(), key=lambda kv: -len(kv[1]))

    def curie(iri: Node) -> str:
        s = str(iri)
        for p, ns in known:
            if s.startswith(ns) and len(s) > len(ns):
                return f"{p}:{s[len(ns):]}"
        return s

    def evidence_cells(ev: Node) -> dict[str, str]:
        report = graph.value(ev, PROV.wasDerivedFrom)
        return {"report": str(graph.value(report, KG.fileName) or report or ""),
                "sentence": str(graph.value(ev, KG.sentence) or ""),
                "begin": str(graph.value(ev, KG.beginIndex) or ""),
                "end": str(graph.value(ev, KG.endIndex) or "")}

    rows = []
    for a in graph.subjects(RDF.type, KG.Assertion):
        s, p, o = graph.value(a, RDF.subject), graph.value(a, RDF.predicate), graph.value(a, RDF.object)
        if p not in RELATIONS:
            continue
        base = {"subject": str(s), "subject_label": node_label(graph, s), "predicate": curie(p),
                "object": str(o), "object_label": node_label(graph, o), "value": "", "unit": ""}
        for ev in graph.objects(a, KG.evidence):
            rows.append(base | evidence_cells(ev))
    for s, m in graph.subject_objects(KG.hasMetric):
        unit = graph.value(m, KG.unit)
        base = {"subject": str(s), "subject_label": node_label(graph, s), "predicate": curie(KG.hasMetric),
                "object": str(m), "object_label": str(graph.value(m, KG.indicator) or ""),
                "value": str(graph.value(m, KG.value) or ""), "unit": curie(unit) if unit else ""}
        for ev in graph.objects(m, KG.evidence):
            rows.append(base | evidence_cells(ev))
    rows.sort(key=lambda r: (r["subject"], r["predicate"], r["object"], r["report"],
                             int(r["begin"] or -1), r["end"]))
    return rows


def write_csv(graph: Graph, path: Path) -> Path:
    """Write the facts table of ``graph`` to ``path`` atomically (UTF-8 with BOM)."""
    with atomic_write(path, "w", encoding="utf-8-sig") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(fact_rows(graph))
    return Path(path)
