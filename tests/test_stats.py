import json

import pytest
from rdflib import Graph
from typer.testing import CliRunner

from kg.cli import app
from kg.stats import graph_stats

runner = CliRunner()


@pytest.fixture(scope="module")
def built(pair_graph_file):
    return pair_graph_file


def test_stats_counts_match_graph(built):
    g = Graph().parse(built)
    stats = graph_stats(g, top=3)
    assert stats["triples"] == len(g)
    assert sum(stats["predicates"].values()) == len(g)
    assert stats["classes"]["kg:Agency"] > 0
    assert len(stats["top_agencies"]) <= 3
    degrees = [e["degree"] for e in stats["top_agencies"]]
    assert degrees == sorted(degrees, reverse=True)
    assert sum(stats["components"]["largest"]) <= stats["entities"]


def test_stats_finds_entity_shared_by_two_reports(built):
    stats = graph_stats(Graph().parse(built))
    shared = {e["label"]: e["reports"] for e in stats["shared_entities"]}
    assert "Hohhot" in shared and len(shared["Hohhot"]) == 2


def test_stats_command_writes_json_beside_graph(built):
    result = runner.invoke(app, ["stats", str(built)])
    assert result.exit_code == 0, result.output
    assert "most connected agencies" in result.output
    data = json.loads((built.parent / "stats.json").read_text("utf-8"))
    assert {"classes", "predicates", "top_agencies", "top_programmes", "components",
            "shared_entities"} <= set(data)


def test_stats_command_missing_graph_exits_2(tmp_path):
    result = runner.invoke(app, ["stats", str(tmp_path / "nope.ttl")])
    assert result.exit_code == 2
