import csv
import json

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, Dataset, Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import KGError
from kg.export import FORMATS, export, parse_formats
from kg.export.csv import COLUMNS
from kg.export.network import network_from_rdf
from kg.vocab import KG

runner = CliRunner()
OX_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS,
              "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD}
RDFLIB_FORMATS = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld"}


@pytest.fixture(scope="module")
def built(tmp_path_factory, pair_graph_file):
    graph = Graph().parse(pair_graph_file)
    paths = export(graph, tmp_path_factory.mktemp("all"), list(FORMATS))
    return graph, {p.suffix: p for p in paths}


def _triples_rdflib(path, fmt):
    if fmt in ("nq", "trig"):
        ds = Dataset()
        ds.parse(path, format=RDFLIB_FORMATS[fmt])
        return Graph().__iadd__((s, p, o) for s, p, o, _ in ds.quads())
    return Graph().parse(path, format=RDFLIB_FORMATS[fmt])


@pytest.mark.parametrize("fmt", ["ttl", "nt", "nq", "trig", "jsonld"])
def test_rdf_export_parses_back_with_rdflib(built, fmt):
    graph, paths = built
    assert isomorphic(_triples_rdflib(paths[FORMATS[fmt][0]], fmt), graph)


@pytest.mark.parametrize("fmt", ["ttl", "nt", "nq", "trig", "jsonld"])
def test_rdf_export_parses_back_with_pyoxigraph(built, fmt):
    graph, paths = built
    quads = list(ox.parse(path=str(paths[FORMATS[fmt][0]]), format=OX_FORMATS[fmt]))
    triples = {(q.subject, q.predicate, q.object) for q in quads}
    assert len(triples) == len(graph)


@pytest.mark.parametrize("fmt", ["nq", "trig"])
def test_dataset_export_has_one_graph_per_report(built, fmt):
    graph, paths = built
    store = ox.Store()
    store.load(path=str(paths[FORMATS[fmt][0]]), format=OX_FORMATS[fmt])
    reports = {str(r) for r in graph.subjects(RDF.type, KG.Report)}
    assert {g.value for g in store.named_graphs()} == reports
    assert len(list(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))) == 0


def test_dataset_export_report_graph_is_self_contained(built):
    graph, paths = built
    ds = Dataset()
    ds.parse(paths[".trig"], format="trig")
    rdf_type, label = RDF.type, RDFS.label
    for g in ds.graphs():
        if len(g) == 0:
            continue
        for s, o in g.subject_objects(KG.launched):
            assert (s, rdf_type, KG.Agency) in g and (o, label, None) in g


def test_jsonld_uses_shipped_context(built):
    _, paths = built
    doc = json.loads(paths[".jsonld"].read_text("utf-8"))
    assert doc["@context"]["kg"] == str(KG._NS)
    types = {t for node in doc["@graph"] for t in ([node["@type"]] if isinstance(node.get("@type"), str) else node.get("@type", []))}
    assert "kg:Agency" in types
    assert all(node["@id"].startswith("id:") for node in doc["@graph"])


@pytest.mark.parametrize("suffix, read", [(".graphml", lambda p: nx.read_graphml(p, force_multigraph=True)),
                                          (".gexf", nx.read_gexf)])
def test_network_export_reads_back_with_networkx(built, suffix, read):
    graph, paths = built
    net = network_from_rdf(graph)
    back = read(paths[suffix])
    assert set(back.nodes) == set(net.nodes)
    assert back.number_of_edges() == net.number_of_edges()
    node = next(iter(net.nodes))
    assert back.nodes[node]["label"] == net.nodes[node]["label"]
    assert json.loads(back.nodes[node]["labels"]) == net.nodes[node]["labels"]


def test_csv_export_one_row_per_fact_evidence(built):
    graph, paths = built
    with paths[".csv"].open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == COLUMNS
    relations = [r for r in rows if r["predicate"] != "kg:hasMetric"]
    metrics = [r for r in rows if r["predicate"] == "kg:hasMetric"]
    assert len(relations) == sum(len(list(graph.objects(a, KG.evidence)))
                                 for a in graph.subjects(RDF.type, KG.Assertion))
    assert len(metrics) == sum(len(list(graph.objects(m, KG.evidence)))
                               for m in graph.subjects(RDF.type, KG.Metric))
    assert all(r["value"] and r["unit"] for r in metrics)
    assert all(r["subject_label"] and r["object_label"] for r in relations)
    assert all(int(r["begin"]) < int(r["end"]) for r in rows)


def test_exports_are_stable(built, tmp_path):
    graph, paths = built
    again = export(graph, tmp_path, list(FORMATS))
    for p in again:
        assert p.read_bytes() == paths[p.suffix].read_bytes(), p.name


def test_parse_formats_rejects_unknown():
    assert parse_formats(["ttl,nt", "nt", "CSV"]) == ["ttl", "nt", "csv"]
    with pytest.raises(KGError, match="unknown format 'xml'"):
        parse_formats(["ttl,xml"])


def test_export_command_writes_formats_beside_graph(built, tmp_path):
    graph, paths = built
    src = tmp_path / "g.ttl"
    src.write_bytes(paths[".ttl"].read_bytes())
    result = runner.invoke(app, ["export", str(src), "--format", "nt,csv", "--format", "gexf"])
    assert result.exit_code == 0, result.output
    assert {p.name for p in tmp_path.iterdir()} >= {"g.ttl", "g.nt", "g.csv", "g.gexf"}


def test_export_command_unknown_format_exits_2(built):
    _, paths = built
    result = runner.invoke(app, ["export", str(paths[".ttl"]), "--format", "pdf"])
    assert result.exit_code == 2
    assert "unknown format" in result.output
