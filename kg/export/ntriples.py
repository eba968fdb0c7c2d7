"""N-Triples: one triple a line, sorted, serialised by pyoxigraph (fast on large graphs)."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from .oxi import Converter, sorted_quads, write_quads


def write_ntriples(graph: Graph, path: Path) -> Path:
    """Write ``graph`` as N-Triples, lines sorted, to ``path`` atomically."""
    conv = Converter()
    triples = sorted_quads(ox.Triple(conv.term(s), conv.term(p), conv.term(o)) for s, p, o in graph)
    return write_quads(triples, path, ox.RdfFormat.N_TRIPLES)
