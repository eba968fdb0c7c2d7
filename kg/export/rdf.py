"""RDF exports: Turtle (readable, stable ordering) and the other RDF syntaxes."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from .atomic import atomic_write

FORMATS = {"turtle": ".ttl", "nt": ".nt", "xml": ".rdf", "json-ld": ".jsonld"}


def write_rdf(graph: Graph, path: Path, fmt: str = "turtle") -> Path:
    """Serialise ``graph`` to ``path`` atomically; Turtle is sorted so that it diffs well."""
    rdflib_format = "longturtle" if fmt == "turtle" else fmt
    data = graph.serialize(format=rdflib_format, encoding="utf-8")
    with atomic_write(path, "wb") as f:
        f.write(data)
    return Path(path)
