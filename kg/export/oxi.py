"""rdflib terms to pyoxigraph terms, for the fast line-based serialisers (N-Triples, N-Quads, TriG)."""
from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
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
    The number of triples written (see :func:`write_lines`)."""
    from ..graph import nt_lines
    from ..vocab import DEFAULT_BASE

    base = base or DEFAULT_BASE
    ox.NamedNode(base)  # an invalid base fails here, as it would making the first node
    return write_lines(sorted(set(nt_lines(res, base))), path, fmt, base)


def turtle_prefixes(base: str | None = None) -> dict[str, str]:
    """The prefixes of the Turtle files agency-kg writes: the project's, and ``id:`` for ``base``."""
    from ..vocab import DEFAULT_BASE

    prefixes = {p: str(ns) for p, ns in _project_prefixes().items()}
    prefixes["id"] = base or DEFAULT_BASE
    return prefixes


def turtle_block(lines: list[str], base: str | None = None) -> bytes:
    """N-Triples ``lines`` (sorted, distinct) as Turtle statements without the ``@prefix``
    header: a part of a Turtle file that :func:`write_lines` opens with the header."""
    if not lines:
        return b""
    data = "".join([line + " .\n" for line in lines]).encode("utf-8")
    text = ox.serialize(ox.parse(data, format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.TURTLE,
                        prefixes=turtle_prefixes(base))
    start = 0
    while text.startswith(b"@prefix ", start):
        start = text.index(b"\n", start) + 1
    return text[start:]


def write_lines(lines: Iterable[str], path: Path, fmt: str = "nt", base: str | None = None,
                blocks: Iterable[bytes] | None = None) -> int:
    """Write N-Triples ``lines`` (each without its closing `` .``; sorted and distinct, as
    :class:`~kg.export.sorted_lines.SortedLines` gives them) to ``path`` atomically, as they
    are ("nt") or through pyoxigraph's Turtle writer ("ttl"), streaming: the lines are never
    all in memory. Turtle ``blocks`` (:func:`turtle_block`; "ttl" only) follow the lines. The
    number of triples written from ``lines``."""
    if fmt == "nt" and blocks is not None:
        raise ValueError("Turtle blocks cannot follow N-Triples lines")
    count = [0]

    def nt_blocks() -> Iterator[bytes]:
        block: list[str] = []
        for line in lines:
            block.append(line)
            if len(block) == 8192:
                count[0] += len(block)
                yield "".join([b + " .\n" for b in block]).encode("utf-8")
                block = []
        count[0] += len(block)
        yield "".join([b + " .\n" for b in block]).encode("utf-8")

    with atomic_write(path, "wb") as f:
        if fmt == "nt":
            for data in nt_blocks():
                f.write(data)
        else:
            triples = ox.parse(io.BufferedReader(_BlockReader(nt_blocks()), 1 << 20), format=ox.RdfFormat.N_TRIPLES)
            ox.serialize(triples, f, format=ox.RdfFormat.TURTLE, prefixes=turtle_prefixes(base))
            for block in blocks or ():
                f.write(block)
    return count[0]


class _BlockReader(io.RawIOBase):
    """A binary file whose bytes are the concatenated ``blocks``, read as pyoxigraph asks."""

    def __init__(self, blocks: Iterator[bytes]):
        self._blocks = blocks
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._pending:
            block = next(self._blocks, None)
            if block is None:
                return 0
            self._pending = memoryview(block)
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


def _project_prefixes() -> dict:
    out = {"rdf": RDF, "rdfs": RDFS, "xsd": XSD, "owl": OWL, "skos": SKOS, "prov": PROV}
    out.update(PREFIXES)
    return out
