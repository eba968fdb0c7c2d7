"""GraphML of the entity network (:mod:`kg.export.network`), for Gephi, Cytoscape, yEd."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
from rdflib import Graph

from .atomic import atomic_write
from .network import flatten, network_from_rdf


def write_graphml(graph: Graph, path: Path) -> Path:
    """Write the entity network of ``graph`` as GraphML (scalar attributes) to ``path`` atomically."""
    with atomic_write(path, "wb") as f:
        nx.write_graphml(flatten(network_from_rdf(graph)), f, encoding="utf-8")
    return Path(path)
