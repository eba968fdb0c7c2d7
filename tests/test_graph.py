from pathlib import Path

import pyoxigraph
import pytest
from rdflib import RDF, RDFS, Graph, Literal
from rdflib.compare import to_isomorphic

from kg.build import build
from kg.extract import extract
from kg.graph import build_graph, slug
from kg.ingest import read_report
from kg.resolve import resolve
from kg.vocab import KG

TEXT = ('The Ordos Municipal Public Security Bureau launched the "Xueliang Project", which has a '
        'funding of 134 million yuan. It revised the "Ordos Public Security Bureau Financial '
        'Management Measures".')


def graph_of(report_of, text=TEXT, base="https://example.org/kg/"):
    return build_graph(resolve([extract(report_of(text))]), base)


def test_metric_modelled_as_node_with_value_and_unit(report_of):
    g = graph_of(report_of)
    q = """PREFIX kg: <https://w3id.org/agency-kg/ns#>
    SELECT ?label ?v WHERE { ?s kg:hasMetric ?m . ?m kg:value ?v ; kg:unit ?u . ?s rdfs:label ?label }"""
    rows = {(str(r.label), float(r.v)) for r in g.query(q)}
    assert ("Xueliang Project", 134_000_000.0) in rows


def test_instance_iris_use_configured_base(report_of):
    g = graph_of(report_of, base="https://example.org/kg/")
    subjects = {str(s) for s in g.subjects() if not str(s).startswith(str(KG._NS))}
    assert subjects and all(s.startswith("https://example.org/kg/") for s in subjects)


def test_same_input_gives_same_graph(report_of):
    a, b = graph_of(report_of), graph_of(report_of)
    assert to_isomorphic(a) == to_isomorphic(b)
    assert set(a) == set(b)


def test_labels_have_language_tags(report_of):
    g = graph_of(report_of)
    labels = [o for o in g.objects(None, None) if isinstance(o, Literal) and o.language]
    assert labels and all(o.language == "en" for o in labels)


def test_relation_has_assertion_with_evidence_in_report(report_of):
    g = graph_of(report_of)
    q = """PREFIX kg: <https://w3id.org/agency-kg/ns#>
    SELECT ?b ?e WHERE { ?s kg:launched ?o . ?a rdf:subject ?s ; rdf:predicate kg:launched ;
      rdf:object ?o ; kg:evidence ?ev . ?ev kg:beginIndex ?b ; kg:endIndex ?e }"""
    rows = list(g.query(q))
    assert rows and all(0 <= int(r.b) < int(r.e) <= len(TEXT) for r in rows)


def test_slug_is_ascii_and_stable():
    assert slug("ordos|public security bureau") == "ordos-public-security-bureau"
    assert slug("鄂尔多斯市公安局") == slug("鄂尔多斯市公安局")
    assert slug("鄂尔多斯市公安局").isascii()


def test_turtle_round_trip_with_two_parsers(tmp_path, seeds_dir):
    build([seeds_dir / "000_2f4bd3ed1e26daa0.txt"], tmp_path, html=False)
    ttl = tmp_path / "graph.ttl"
    g = Graph().parse(ttl, format="turtle")
    store = pyoxigraph.Store()
    store.load(path=str(ttl), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(g) == len(store) > 500
    again = Graph().parse(data=g.serialize(format="turtle"), format="turtle")
    assert to_isomorphic(again) == to_isomorphic(g)


def test_two_builds_write_identical_turtle(tmp_path, seeds_dir):
    report = seeds_dir / "003_56a10c34449cd952.txt"
    build([report], tmp_path / "a", html=False)
    build([report], tmp_path / "b", html=False)
    assert Path(tmp_path / "a" / "graph.ttl").read_bytes() == Path(tmp_path / "b" / "graph.ttl").read_bytes()


@pytest.mark.parametrize("jobs", [1, 2])
def test_incremental_builds_equal_one_build(tmp_path, seeds_dir, jobs):
    reports = sorted(seeds_dir.glob("00[0134]*.txt"))
    for report in reports:
        build([report], tmp_path / "inc", html=False, jobs=jobs)
    build([reports[1]], tmp_path / "inc", html=False, jobs=jobs)  # re-running a report changes nothing
    build(reports, tmp_path / "all", html=False, incremental=False)
    inc = Graph().parse(tmp_path / "inc" / "graph.ttl")
    once = Graph().parse(tmp_path / "all" / "graph.ttl")
    assert to_isomorphic(inc) == to_isomorphic(once)


def test_metric_values_have_no_float_noise(report_of):
    g = graph_of(report_of, "The Xining Municipal Public Security Bureau supported a total of 2.0136 million yuan of supplies.")
    values = [str(o) for o in g.objects(None, KG.value)]
    assert values == ["2013600.0"]


def test_one_preferred_label_per_language(report_of):
    from rdflib.namespace import SKOS

    g = graph_of(report_of, "The Ordos Municipal Public Security Bureau met. Ordos City Public Security Bureau acted.")
    for s in set(g.subjects(SKOS.prefLabel, None)):
        langs = [o.language for o in g.objects(s, SKOS.prefLabel)]
        assert len(langs) == len(set(langs))


def test_turtle_parses_with_rapper(tmp_path, seeds_dir):
    import shutil
    import subprocess

    import pytest

    if shutil.which("rapper") is None:
        pytest.skip("rapper (Debian raptor2-utils) is not installed")
    build([seeds_dir / "004_fe8e3cc9c7a97b01.txt"], tmp_path, html=False)
    run = subprocess.run(["rapper", "-i", "turtle", "-c", str(tmp_path / "graph.ttl")],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    n = int(run.stderr.split("returned")[1].split()[0])
    assert n == len(Graph().parse(tmp_path / "graph.ttl"))


def write_triples_rdflib_terms(res, path, fmt):
    """The reference for the fast writer: kg.graph.triples() through rdflib terms."""
    import pyoxigraph as ox

    from kg.export.oxi import Converter, _project_prefixes, write_quads
    from kg.graph import triples
    from kg.vocab import DEFAULT_BASE

    conv = Converter()
    lines = sorted({ox.Triple(conv.term(s), conv.term(p), conv.term(o))
                    for s, p, o in triples(res, DEFAULT_BASE)}, key=str)
    if fmt == "nt":
        write_quads(lines, path, ox.RdfFormat.N_TRIPLES)
    else:
        prefixes = {p: str(ns) for p, ns in _project_prefixes().items()}
        write_quads(lines, path, ox.RdfFormat.TURTLE, dict(prefixes, id=DEFAULT_BASE))


def test_fast_writer_equals_writer_from_rdflib_terms(tmp_path, seeds_dir):
    from kg.export.oxi import write_triples

    res = resolve([extract(read_report(p)) for p in sorted(seeds_dir.glob("*.txt"))])
    for fmt in ("nt", "ttl"):
        write_triples(res, tmp_path / f"fast.{fmt}", fmt)
        write_triples_rdflib_terms(res, tmp_path / f"ref.{fmt}", fmt)
        assert (tmp_path / f"fast.{fmt}").read_bytes() == (tmp_path / f"ref.{fmt}").read_bytes()


def test_report_records_when_it_was_processed_and_keeps_it_on_rebuild(tmp_path, seeds_dir, monkeypatch):
    from rdflib import XSD

    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    report = seeds_dir / "001_8b8b857fa7f746be.txt"
    build([report], tmp_path, html=False)
    first = (tmp_path / "graph.ttl").read_bytes()
    (when,) = Graph().parse(tmp_path / "graph.ttl").objects(None, KG.processedAt)
    assert when.datatype == XSD.dateTime and str(when).startswith("20")
    build([report], tmp_path, html=False)
    assert (tmp_path / "graph.ttl").read_bytes() == first


def test_state_of_an_older_version_is_named_not_silently_dropped(tmp_path, seeds_dir):
    import json

    from kg.state import STATE_DIR

    build([seeds_dir / "001_8b8b857fa7f746be.txt"], tmp_path, html=False, validate=False)
    old = tmp_path / STATE_DIR / "001_8b8b857fa7f746be.json"
    old.write_text(json.dumps(dict(json.loads(old.read_text()), version=1)))
    summary = build([seeds_dir / "004_fe8e3cc9c7a97b01.txt"], tmp_path, html=False, validate=False)
    assert any("001_8b8b857fa7f746be.json" in w and "older agency-kg" in w for w in summary.warnings)
    assert summary.reports == ["004_fe8e3cc9c7a97b01.txt"]


def test_streamed_build_writes_the_graph_of_all_reports_resolved_at_once(tmp_path, seeds_dir, seeds_graph_file):
    """A build writes each report's own nodes as Turtle blocks and sorts the rest: the same
    triples as resolving every report together and writing them in one piece."""
    from dataclasses import replace

    from kg.export.oxi import write_triples

    res = resolve([extract(read_report(p)) for p in sorted(seeds_dir.glob("*.txt"))])
    res.reports = [replace(r, processed_at="2025-11-25T00:00:00Z") for r in res.reports]  # conftest's EPOCH
    write_triples(res, tmp_path / "whole.ttl", "ttl")
    whole = Graph().parse(tmp_path / "whole.ttl")
    built = Graph().parse(seeds_graph_file)
    assert len(built) == len(whole)
    assert to_isomorphic(built) == to_isomorphic(whole)


def test_town_place_and_kind_outside_the_ontology_build(tmp_path):
    """A place's kind (a town, 蒲庙镇) and an agency kind the ontology lacks are no classes: the
    build writes the graph instead of failing on them."""
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "zh.txt").write_text("南宁市公安局在蒲庙镇开展“平安校园”专项行动，破获刑事案件120起。\n", encoding="utf-8")
    build([reports], tmp_path / "out", html=False, validate=False)
    g = Graph().parse(tmp_path / "out" / "graph.ttl")
    assert "蒲庙镇" in {str(o) for o in g.objects(None, RDFS.label)}
    assert {str(c) for c in g.objects(None, RDF.type) if str(c).startswith(str(KG))} <= {str(KG[n]) for n in KG.__annotations__}
