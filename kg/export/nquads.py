"""N-Quads: one named graph per report (see :mod:`kg.export.named_graphs`), via pyoxigraph."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from .named_graphs import report_quads
from .oxi import Converter, sorted_quads, write_quads


def write_nquads(graph: Graph, path: Path) -> Path:
    """Write ``graph`` as N-Quads, one graph per report, lines sorted, to ``path`` atomically."""
    conv = Converter()
    quads = sorted_quads(conv.quad(*q) for q in report_quads(graph))
    return write_quads(quads, path, ox.RdfFormat.N_QUADS)
