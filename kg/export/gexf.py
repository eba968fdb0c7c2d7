"""GEXF 1.2 of the entity network (:mod:`kg.export.network`), Gephi's native format."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
from rdflib import Graph

from .atomic import atomic_write
from .network import flatten, network_from_rdf


def write_gexf(graph: Graph, path: Path) -> Path:
    """Write the entity network of ``graph`` as GEXF (scalar attributes) to ``path`` atomically."""
    with atomic_write(path, "wb") as f:
        nx.write_gexf(flatten(network_from_rdf(graph)), f, encoding="utf-8", version="1.2draft")
    return Path(path)
