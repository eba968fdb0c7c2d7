"""Every metric and relation of the seeds graph traces to a report and a real sentence."""
import pytest
from rdflib import Graph

from kg.ingest import read_report

TRACE = """
PREFIX kg: <https://w3id.org/agency-kg/ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?fact ?file ?sentence ?begin ?end ?quote WHERE {
  { ?fact a kg:Metric } UNION { ?fact a kg:Assertion }
  ?fact kg:evidence ?ev .
  ?ev prov:wasDerivedFrom ?report ; kg:sentence ?sentence ; kg:beginIndex ?begin ; kg:endIndex ?end .
  OPTIONAL { ?ev kg:quote ?quote }
  ?report kg:fileName ?file .
}"""
UNTRACED = """
PREFIX kg: <https://w3id.org/agency-kg/ns#>
SELECT ?fact WHERE { { ?fact a kg:Metric } UNION { ?fact a kg:Assertion }
  FILTER NOT EXISTS { ?fact kg:evidence ?ev } }"""


@pytest.fixture(scope="module")
def seeds_graph(seeds_graph_file):
    return Graph().parse(seeds_graph_file)


def test_every_fact_has_evidence(seeds_graph):
    assert list(seeds_graph.query(UNTRACED)) == []


def test_evidence_offsets_and_sentences_are_in_the_report(seeds_graph, seeds_dir):
    texts = {}
    rows = list(seeds_graph.query(TRACE))
    assert len(rows) > 100
    for row in rows:
        file = str(row.file)
        if file not in texts:
            texts[file] = read_report(seeds_dir / file).text
        text = texts[file]
        begin, end = int(row.begin), int(row.end)
        assert 0 <= begin < end <= len(text)
        assert str(row.sentence) in text
        if row.quote is not None:
            assert text[begin:end] == str(row.quote)
