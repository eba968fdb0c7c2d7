from decimal import Decimal

import pytest
from rdflib import RDF, RDFS, XSD, Graph, Literal
from typer.testing import CliRunner

from kg.cli import app
from kg.validate import needs_ontology, validate_graph
from kg.vocab import KG, SHAPES_FILE

runner = CliRunner()


@pytest.fixture(scope="module")
def built(pair_graph_file):
    return pair_graph_file


@pytest.fixture
def graph(built) -> Graph:
    return Graph().parse(built)


def test_shapes_every_shape_has_label_and_comment():
    from rdflib import SH

    shapes = Graph().parse(SHAPES_FILE)
    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        assert shapes.value(shape, RDFS.label) is not None, shape
        assert shapes.value(shape, RDFS.comment) is not None, shape


def test_validate_built_graph_conforms(built):
    result = runner.invoke(app, ["validate", str(built)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_validate_graph_does_not_mutate_input(graph):
    g = graph
    g.remove((None, RDF.type, KG.Agency))  # forces the ontology to be mixed in
    before = set(g)
    result = validate_graph(g)
    assert result.used_ontology
    assert set(g) == before


def test_validate_catches_metric_without_unit_and_agency_without_label(graph, tmp_path):
    metric = sorted(graph.subjects(RDF.type, KG.Metric))[0]
    agency = sorted(graph.subjects(RDF.type, KG.Agency))[0]
    graph.remove((metric, KG.unit, None))
    graph.remove((agency, RDFS.label, None))
    broken = tmp_path / "broken.ttl"
    graph.serialize(broken, format="turtle")
    result = runner.invoke(app, ["validate", str(broken)])
    assert result.exit_code == 1
    assert "kg:unit" in result.output and "rdfs:label" in result.output
    assert "2 SHACL violations" in result.output


def test_validate_subclass_instance_without_base_type_uses_ontology(graph):
    station = next(graph.subjects(RDF.type, KG.PoliceStation))
    graph.remove((station, RDF.type, KG.Agency))
    graph.remove((station, RDFS.label, None))
    assert needs_ontology(graph)
    result = validate_graph(graph)
    assert not result.conforms
    assert [v.path for v in result.violations if v.focus == str(station)] == ["rdfs:label"]


@pytest.mark.parametrize("mutate, path", [
    (lambda g, m, e: g.set((m, KG.change, Literal("up"))), "kg:change"),
    (lambda g, m, e: g.set((m, KG.value, Literal("12"))), "kg:value"),
    (lambda g, m, e: g.remove((None, KG.hasMetric, m)), "^kg:hasMetric"),
    (lambda g, m, e: g.set((e, KG.beginIndex, Literal(10**9, datatype=XSD.nonNegativeInteger))), "kg:beginIndex"),
    (lambda g, m, e: g.set((e, KG.confidence, Literal(Decimal("1.5")))), "kg:confidence"),
])
def test_validate_reports_broken_metric_and_evidence(graph, mutate, path):
    metric = sorted(graph.subjects(RDF.type, KG.Metric))[0]
    ev = graph.value(metric, KG.evidence)
    mutate(graph, metric, ev)
    result = validate_graph(graph)
    assert not result.conforms
    assert path in {v.path for v in result.violations}


def test_validate_relation_range(graph):
    agency = next(graph.subjects(RDF.type, KG.Agency))
    place = next(graph.subjects(RDF.type, KG.Place))
    graph.add((agency, KG.launched, place))
    result = validate_graph(graph)
    assert any(v.path == "kg:launched" and "Programme" in v.message for v in result.violations)


def test_validate_limit_shows_count(graph, tmp_path):
    graph.remove((None, RDFS.label, None))
    broken = tmp_path / "nolabels.ttl"
    graph.serialize(broken, format="turtle")
    result = runner.invoke(app, ["validate", str(broken), "--limit", "3"])
    assert result.exit_code == 1
    assert "(first 3 shown)" in result.output


def test_validate_parse_error_exits_2(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n")
    result = runner.invoke(app, ["validate", str(bad)])
    assert result.exit_code == 2
    assert "not valid turtle" in result.output


def test_validate_missing_file_exits_2(tmp_path):
    result = runner.invoke(app, ["validate", str(tmp_path / "nope.ttl")])
    assert result.exit_code == 2
    assert "no such file" in result.output
