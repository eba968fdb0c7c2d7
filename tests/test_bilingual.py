"""The English and Chinese reports about one bureau give one entity with labels in both languages."""
import pytest
from rdflib import RDFS, Literal
from rdflib.namespace import SKOS

from kg.extract import extract
from kg.graph import build_graph
from kg.ingest import find_reports, read_report
from kg.resolve import resolve

ORDOS_BUREAU_ZH = "鄂尔多斯市公安局"


@pytest.fixture(scope="module")
def seed_graph(seeds_dir):
    reports = [read_report(p) for p in find_reports([seeds_dir])]
    assert {r.language for r in reports} == {"en", "zh"}
    return build_graph(resolve(extract(r) for r in reports))


def labels(graph, node):
    return {o for p in (RDFS.label, SKOS.altLabel) for o in graph.objects(node, p)}


def test_chinese_bureau_is_one_node(seed_graph):
    nodes = set(seed_graph.subjects(RDFS.label, Literal(ORDOS_BUREAU_ZH, lang="zh")))
    nodes |= set(seed_graph.subjects(SKOS.altLabel, Literal(ORDOS_BUREAU_ZH, lang="zh")))
    assert len(nodes) == 1


def test_chinese_bureau_node_has_the_english_name(seed_graph):
    node = next(seed_graph.subjects(RDFS.label, Literal(ORDOS_BUREAU_ZH, lang="zh")))
    english = {str(o) for o in labels(seed_graph, node) if o.language == "en"}
    assert "Ordos Municipal Public Security Bureau" in english


def test_english_bureau_has_no_second_node(seed_graph):
    en = Literal("Ordos Municipal Public Security Bureau", lang="en")
    nodes = set(seed_graph.subjects(RDFS.label, en)) | set(seed_graph.subjects(SKOS.altLabel, en))
    assert len(nodes) == 1
