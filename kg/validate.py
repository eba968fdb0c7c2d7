"""Validate a graph against the SHACL shapes of ``ontology/shapes.ttl`` with pySHACL.

:func:`validate_graph` takes an rdflib graph and returns a :class:`ValidationResult`; it never
changes the graph. :func:`validate_file` reads a graph file first (a missing or unparsable file
is a :class:`~kg.errors.KGError`).

Speed: pySHACL copies the data graph whenever it has to mix an ontology into it, which costs
more than the validation itself on a large graph. SHACL's class targets and ``sh:class`` follow
``rdfs:subClassOf`` triples in the data graph, and the graphs ``kg build`` writes already type
each entity with its base class (``kg:Agency`` beside ``kg:PoliceStation``), so the ontology is
needed only when some instance of a subclass lacks its superclass's type. Only then are the
ontology's ``rdfs:subClassOf`` triples (not the whole ontology) passed as ``ont_graph``.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rdflib import PROV, RDF, RDFS, SH, XSD, Graph, Literal, URIRef
from rdflib.term import Node

from .export.rdf import compact, read_graph
from .vocab import DEFAULT_BASE, KG, ONTOLOGY_FILE, PREFIXES, SHAPES_FILE


@dataclass(frozen=True)
class Violation:
    """One SHACL result, ready to show: what node, which property, what is wrong."""

    focus: str
    focus_label: str
    path: str
    message: str
    severity: str
    value: str
    shape: str


@dataclass(frozen=True)
class ValidationResult:
    """What :func:`validate_graph` found; ``conforms`` is pySHACL's verdict."""

    conforms: bool
    violations: tuple[Violation, ...]
    triples: int
    seconds: float
    used_ontology: bool

    def summary(self) -> str:
        verdict = "conforms" if self.conforms else f"{len(self.violations)} violations"
        return f"{verdict} ({self.triples} triples, {self.seconds:.2f} s)"


@cache
def _shapes() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


@cache
def _subclass_axioms() -> Graph:
    g = Graph()
    for s, o in Graph().parse(ONTOLOGY_FILE, format="turtle").subject_objects(RDFS.subClassOf):
        if isinstance(s, URIRef) and isinstance(o, URIRef):
            g.add((s, RDFS.subClassOf, o))
    return g


def needs_ontology(graph: Graph, ontology: Graph | None = None) -> bool:
    """Whether some instance of a subclass in ``graph`` lacks the type of its superclass."""
    axioms = ontology if ontology is not None else _subclass_axioms()
    for sub, sup in axioms.subject_objects(RDFS.subClassOf):
        if not str(sup).startswith(str(KG._NS)):
            continue  # shapes only name kg: classes
        for node in graph.subjects(RDF.type, sub):
            if (node, RDF.type, sup) not in graph:
                return True
    return False


def validate_graph(graph: Graph, *, shapes: Graph | None = None,
                   ontology: Graph | None = None) -> ValidationResult:
    """Validate ``graph`` against ``shapes`` (default: ``ontology/shapes.ttl``); never mutates it.

    ``ontology`` (default: the ``rdfs:subClassOf`` axioms of ``ontology/kg.ttl``) is mixed into
    a copy of the data only when :func:`needs_ontology` says the data lacks superclass types.
    """
    from pyshacl import validate

    start = time.perf_counter()
    axioms = ontology if ontology is not None else _subclass_axioms()
    use_ont = needs_ontology(graph, axioms)
    conforms, results, _text = validate(
        graph, shacl_graph=shapes if shapes is not None else _shapes(),
        ont_graph=axioms if use_ont else None, inference="none", inplace=False,
        advanced=False, allow_warnings=False)
    violations = tuple(sorted(_violations(results, graph),
                              key=lambda v: (v.focus_label, v.focus, v.path, v.message)))
    return ValidationResult(conforms=bool(conforms), violations=violations, triples=len(graph),
                            seconds=time.perf_counter() - start, used_ontology=use_ont)


def validate_file(path: Path) -> ValidationResult:
    """Read the graph file at ``path`` and validate it (:class:`~kg.errors.KGError` if unreadable)."""
    return validate_graph(read_graph(Path(path)))


def _violations(results: Graph, data: Graph):
    for r in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(r, SH.focusNode)
        path = results.value(r, SH.resultPath)
        message = results.value(r, SH.resultMessage)
        severity = results.value(r, SH.resultSeverity)
        value = results.value(r, SH.value)
        yield Violation(
            focus=str(focus), focus_label=node_label(data, focus),
            path=_path_text(results, data, path), message=str(message or ""),
            severity=_local(severity) if severity else "Violation",
            value="" if value is None else _short(data, value),
            shape=_shape_name(results.value(r, SH.sourceShape)))


def _shape_name(shape: Node | None) -> str:
    if shape is None:
        return ""
    label = _shapes().value(shape, RDFS.label)
    return str(label) if label is not None else _short(_shapes(), shape)


def node_label(graph: Graph, node: Node | None) -> str:
    """A readable name for ``node``: its English label, any label, or a compact IRI."""
    if node is None:
        return ""
    labels = list(graph.objects(node, RDFS.label))
    for lit in labels:
        if isinstance(lit, Literal) and lit.language == "en":
            return str(lit)
    if labels:
        return str(sorted(labels)[0])
    name = graph.value(node, KG.fileName)
    if name is not None:
        return str(name)
    if (node, RDF.type, KG.Evidence) in graph:
        report = graph.value(node, PROV.wasDerivedFrom)
        where = graph.value(report, KG.fileName) if report is not None else None
        span = f"[{graph.value(node, KG.beginIndex)}:{graph.value(node, KG.endIndex)}]"
        return f"evidence {where or _short(graph, report)}{span}"
    if (node, RDF.type, KG.Metric) in graph:
        what = graph.value(node, KG.indicator) or graph.value(node, KG.rawText) or "metric"
        subject = graph.value(None, KG.hasMetric, node)
        return f"{what} (metric of {node_label(graph, subject)})" if subject is not None else str(what)
    return _short(graph, node)


def _path_text(results: Graph, data: Graph, path: Node | None) -> str:
    if path is None:
        return ""
    inverse = results.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + _short(data, inverse)
    return _short(data, path)


def _short(graph: Graph, node: Node | None) -> str:
    if node is None:
        return ""
    if isinstance(node, URIRef):
        short = compact(graph, node)
        return short if short != str(node) else compact(_known_prefixes(), node)
    if isinstance(node, Literal):
        return node.n3(_known_prefixes().namespace_manager)
    return str(node)


@cache
def _known_prefixes() -> Graph:
    g = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    g.bind("id", DEFAULT_BASE)
    g.bind("xsd", XSD)
    g.bind("rdf", RDF)
    g.bind("rdfs", RDFS)
    g.bind("kgsh", "https://w3id.org/agency-kg/shapes#")
    return g


def _local(term: Node) -> str:
    return str(term).rsplit("#", 1)[-1]
