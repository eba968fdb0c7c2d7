"""rdflib terms to pyoxigraph terms, for the fast line-based serialisers (N-Triples, N-Quads, TriG)."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import OWL, PROV, RDF, RDFS, SKOS, XSD, BNode, Literal, URIRef
from rdflib.term import Node

from ..vocab import PREFIXES
from .atomic import atomic_write


class Converter:
    """Converts rdflib terms, caching IRIs (they repeat a lot in a graph)."""

    def __init__(self) -> None:
        self._iris: dict[str, ox.NamedNode] = {}
        self._bnodes: dict[str, ox.BlankNode] = {}

    def iri(self, term: URIRef) -> ox.NamedNode:
        node = self._iris.get(term)
        if node is None:
            node = self._iris[term] = ox.NamedNode(str(term))
        return node

    def term(self, term: Node):
        if isinstance(term, URIRef):
            return self.iri(term)
        if isinstance(term, BNode):
            node = self._bnodes.get(term)
            if node is None:
                node = self._bnodes[term] = ox.BlankNode()
            return node
        if isinstance(term, Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype:
                return ox.Literal(str(term), datatype=self.iri(term.datatype))
            return ox.Literal(str(term))
        raise TypeError(f"not an RDF term: {term!r}")

    def quad(self, s: Node, p: Node, o: Node, g: Node | None = None) -> ox.Quad:
        graph = ox.DefaultGraph() if g is None else self.term(g)
        return ox.Quad(self.term(s), self.term(p), self.term(o), graph)


def write_quads(quads: Iterable[ox.Quad], path: Path, fmt: ox.RdfFormat,
                prefixes: dict[str, str] | None = None) -> Path:
    """Serialise ``quads`` (or triples) with pyoxigraph to ``path`` atomically."""
    data = ox.serialize(quads, format=fmt, prefixes=prefixes)
    with atomic_write(path, "wb") as f:
        f.write(data)
    return Path(path)


def prefixes(graph) -> dict[str, str]:
    """The project's prefixes (and the graph's ``id:`` base, if bound), not rdflib's defaults."""
    out = {p: str(ns) for p, ns in _project_prefixes().items()}
    out.update({p: str(ns) for p, ns in graph.namespaces() if p == "id"})
    return out


def sorted_quads(quads: Iterable) -> list:
    """Quads (or triples) in N-Quads line order, so two exports of one graph are byte-identical."""
    return sorted(quads, key=str)


def write_triples(res, path: Path, fmt: str = "nt", base: str | None = None) -> int:
    """Write the graph of a :class:`~kg.records.Resolution` with pyoxigraph (no rdflib
    ``Graph``), lines sorted so that two writes are byte-identical; ``fmt`` "nt" or "ttl".
    The number of triples written.

    The triples come as N-Triples lines (:func:`kg.graph.nt_lines`, the text
    ``str(pyoxigraph.Triple)`` gives), are sorted and de-duplicated as strings, and written as
    they are (N-Triples) or parsed back by pyoxigraph, in order, into its Turtle writer."""
    from ..graph import nt_lines
    from ..vocab import DEFAULT_BASE

    base = base or DEFAULT_BASE
    ox.NamedNode(base)  # an invalid base fails here, as it would making the first node
    lines = sorted(set(nt_lines(res, base)))
    data = "".join([line + " .\n" for line in lines]).encode("utf-8")
    n = len(lines)
    del lines
    if fmt == "nt":
        with atomic_write(path, "wb") as f:
            f.write(data)
    else:
        prefixes = {p: str(ns) for p, ns in _project_prefixes().items()}
        prefixes["id"] = base
        triples = ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
        with atomic_write(path, "wb") as f:
            ox.serialize(triples, f, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    return n


def _project_prefixes() -> dict:
    out = {"rdf": RDF, "rdfs": RDFS, "xsd": XSD, "owl": OWL, "skos": SKOS, "prov": PROV}
    out.update(PREFIXES)
    return out
