"""Exports of the graph, one module per format; every file is written atomically.

:data:`FORMATS` maps a format name to ``(suffix, writer)``; every writer is
``writer(graph: rdflib.Graph, path: Path) -> Path``. Writers are imported on first use, so
importing :mod:`kg.export` stays cheap. :func:`export` writes several formats at once::

    export(graph, Path("exports"), ["nt", "trig", "graphml"])   # exports/graph.nt ...

Network formats (GraphML, GEXF) and the CSV table are derived from the RDF graph too
(:func:`kg.export.network.network_from_rdf`), so ``kg build --format graphml`` and
``kg export exports/graph.ttl --format graphml`` write the same file.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from pathlib import Path

from rdflib import Graph

from ..errors import E_UNKNOWN_FORMAT, KGError

Writer = Callable[[Graph, Path], Path]


def _lazy(module: str, name: str) -> Writer:
    def writer(graph: Graph, path: Path) -> Path:
        return getattr(importlib.import_module(module, __name__), name)(graph, path)

    writer.__name__ = writer.__qualname__ = name
    writer.__doc__ = f"{module.lstrip('.')}.{name}, imported on first use."
    return writer


FORMATS: dict[str, tuple[str, Writer]] = {
    "ttl": (".ttl", _lazy(".rdf", "write_turtle")),
    "nt": (".nt", _lazy(".ntriples", "write_ntriples")),
    "nq": (".nq", _lazy(".nquads", "write_nquads")),
    "trig": (".trig", _lazy(".trig", "write_trig")),
    "jsonld": (".jsonld", _lazy(".jsonld", "write_jsonld")),
    "graphml": (".graphml", _lazy(".graphml", "write_graphml")),
    "gexf": (".gexf", _lazy(".gexf", "write_gexf")),
    "csv": (".csv", _lazy(".csv", "write_csv")),
}


def parse_formats(values: Iterable[str]) -> list[str]:
    """Format names from option values such as ``["ttl,nt", "csv"]``, in order, without repeats.

    Raises :class:`~kg.errors.KGError` naming the unknown formats and the known ones.
    """
    names: list[str] = []
    for value in values:
        for name in value.split(","):
            name = name.strip().lower()
            if name and name not in names:
                names.append(name)
    unknown = [n for n in names if n not in FORMATS]
    if unknown:
        raise KGError(E_UNKNOWN_FORMAT.format(unknown=", ".join(map(repr, unknown)),
                                              known=", ".join(FORMATS)))
    return names


def export(graph: Graph, out_dir: Path, formats: Iterable[str], *, stem: str = "graph") -> list[Path]:
    """Write ``graph`` to ``out_dir/<stem><suffix>`` in each of ``formats``; the paths written.

    ``formats`` are names of :data:`FORMATS` (comma-separated values are accepted too). The
    graph is not changed.
    """
    out_dir = Path(out_dir)
    written = []
    for name in parse_formats(formats):
        suffix, writer = FORMATS[name]
        written.append(writer(graph, out_dir / f"{stem}{suffix}"))
    return written
