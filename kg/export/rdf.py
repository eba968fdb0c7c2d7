"""RDF in and out: Turtle (readable, stable ordering) and reading any RDF file into rdflib."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.util import guess_format

from ..errors import E_GRAPH_INVALID, E_GRAPH_MISSING, KGError
from .atomic import atomic_write

FORMATS = {"turtle": ".ttl", "nt": ".nt", "xml": ".rdf", "json-ld": ".jsonld"}


def write_rdf(graph: Graph, path: Path, fmt: str = "turtle") -> Path:
    """Serialise ``graph`` to ``path`` atomically; Turtle is sorted so that it diffs well."""
    rdflib_format = "longturtle" if fmt == "turtle" else fmt
    data = graph.serialize(format=rdflib_format, encoding="utf-8")
    with atomic_write(path, "wb") as f:
        f.write(data)
    return Path(path)


def write_turtle(graph: Graph, path: Path) -> Path:
    """The registry's Turtle writer: sorted ``longturtle``, byte-identical for the same graph."""
    return write_rdf(graph, path, "turtle")


def read_graph(path: Path) -> Graph:
    """Parse the RDF file at ``path`` (format from its suffix, Turtle if unknown).

    Raises :class:`~kg.errors.KGError` with a one-line message if the file is missing or
    does not parse.
    """
    path = Path(path)
    if not path.is_file():
        raise KGError(E_GRAPH_MISSING.format(path=path))
    fmt = guess_format(str(path)) or "turtle"
    try:
        return Graph().parse(path, format=fmt)
    except Exception as e:  # noqa: BLE001 - rdflib's parsers raise many unrelated types
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise KGError(E_GRAPH_INVALID.format(path=path, fmt=fmt, detail=first[:200])) from e


def compact(graph: Graph, iri: URIRef) -> str:
    """``iri`` as prefix:local with the graph's bound prefixes (longest match), else the IRI.

    Unlike rdflib's ``normalizeUri`` this never binds new prefixes on the graph.
    """
    s = str(iri)
    best = ("", "")
    for prefix, ns in graph.namespaces():
        ns = str(ns)
        if ns and s.startswith(ns) and len(ns) > len(best[1]) and prefix:
            best = (prefix, ns)
    if best[1]:
        local = s[len(best[1]):]
        if local and all(c.isalnum() or c in "_-./" for c in local):
            return f"{best[0]}:{local}"
    return s
