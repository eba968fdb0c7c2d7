"""TriG: one named graph per report (see :mod:`kg.export.named_graphs`), via pyoxigraph.

Quads are sorted by graph, then subject, so each report's graph is one block and the file is
byte-identical for the same input. Prefixes are the project's (:func:`kg.export.oxi.prefixes`).
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from .named_graphs import report_quads
from .oxi import Converter, prefixes, write_quads


def write_trig(graph: Graph, path: Path) -> Path:
    """Write ``graph`` as TriG, one graph per report, to ``path`` atomically."""
    conv = Converter()
    quads = sorted((conv.quad(*q) for q in report_quads(graph)),
                   key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    return write_quads(quads, path, ox.RdfFormat.TRIG, prefixes=prefixes(graph))
