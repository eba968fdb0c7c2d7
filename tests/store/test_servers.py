"""``kg load`` and ``kg query --endpoint`` against real servers (Oxigraph, Virtuoso) on loopback.

Every competency query must give the same answers (as sets of canonical strings) in rdflib
in memory, the embedded Oxigraph store and each server.
"""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph
from typer.testing import CliRunner

from kg.cli import app
from kg.store import canonical, named_queries, push, query_endpoint, query_graph, query_rdflib

runner = CliRunner()
QUERIES = sorted(named_queries())
SEEDS_IRI = "https://w3id.org/agency-kg/test/seeds"


def answers(result) -> set[tuple]:
    return {tuple(canonical(t) for t in row) for row in result.rows}


def count(server, graph_iri: str | None = None) -> int:
    pattern = f"GRAPH <{graph_iri}> {{ ?s ?p ?o }}" if graph_iri else "?s ?p ?o"
    result = query_endpoint(server.query_url, f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}")
    return int(canonical(result.rows[0][0]))


def triples_in(path) -> int:
    return len(list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)))


@pytest.fixture(scope="session")
def seeds_rdflib(seeds_graph) -> Graph:
    return Graph().parse(seeds_graph)


@pytest.fixture(scope="session")
def loaded(server, seeds_graph):
    """The seeds graph pushed once into a named graph of ``server``."""
    with pytest.MonkeyPatch.context() as mp:
        for name, value in server.credentials.items():
            mp.setenv(name, value)
        push(seeds_graph, server.store_url, SEEDS_IRI, replace=True)
    return server


def test_load_sends_every_triple_in_batches(store_env, seeds_graph):
    server, iri = store_env, f"urn:x-kg-test:{store_env.name}:cli"
    result = runner.invoke(app, ["load", str(seeds_graph), "--endpoint", server.store_url,
                                 "--graph", iri, "--replace", "--batch-size", "1000"])
    assert result.exit_code == 0, result.output
    n = triples_in(seeds_graph)
    assert f"loaded {n} triples into <{iri}>" in result.output
    assert count(server, iri) == n


def test_load_again_adds_nothing_and_replace_drops_old_content(store_env, seeds_graph, tmp_path):
    server, iri = store_env, f"urn:x-kg-test:{store_env.name}:replace"
    n = triples_in(seeds_graph)
    for _ in range(2):  # POST twice: a set of triples, no duplicates
        result = runner.invoke(app, ["load", str(seeds_graph), "--endpoint", server.store_url, "--graph", iri])
        assert result.exit_code == 0, result.output
    assert count(server, iri) == n
    small = tmp_path / "small.nt"
    small.write_bytes(ox.serialize(list(ox.parse(path=str(seeds_graph), format=ox.RdfFormat.TURTLE))[:10],
                                   format=ox.RdfFormat.N_TRIPLES))
    result = runner.invoke(app, ["load", str(small), "--endpoint", server.store_url, "--graph", iri, "--replace"])
    assert result.exit_code == 0, result.output
    assert count(server, iri) == 10


def test_load_into_default_graph(oxigraph_server, seeds_graph, monkeypatch):
    result = runner.invoke(app, ["load", str(seeds_graph), "--endpoint", oxigraph_server.store_url, "--replace"])
    assert result.exit_code == 0, result.output
    assert "into the default graph" in result.output
    assert count(oxigraph_server) == triples_in(seeds_graph)


def test_load_without_credentials_is_refused_with_a_hint(virtuoso_server, seeds_graph, monkeypatch):
    monkeypatch.delenv("KG_STORE_USER", raising=False)
    monkeypatch.delenv("KG_STORE_PASSWORD", raising=False)
    result = runner.invoke(app, ["load", str(seeds_graph), "--endpoint", virtuoso_server.store_url,
                                 "--graph", "urn:x-kg-test:nope"])
    assert result.exit_code == 2
    assert "401" in result.output and "KG_STORE_USER" in result.output


@pytest.mark.parametrize("name", QUERIES)
def test_competency_query_same_answers_everywhere(name, loaded, seeds_graph, seeds_rdflib):
    text = named_queries()[name].text
    expected = answers(query_rdflib(seeds_rdflib, text))
    assert answers(query_graph(seeds_graph, text)) == expected
    assert answers(query_endpoint(loaded.query_url, text, default_graph=SEEDS_IRI)) == expected


def test_query_cli_at_endpoint_finds_xueliang_funding(loaded):
    result = runner.invoke(app, ["query", "metrics-of-entity", "--endpoint", loaded.query_url,
                                 "--default-graph", SEEDS_IRI, "--format", "csv",
                                 "--param", "entity=https://w3id.org/agency-kg/id/programme/xueliang-project"])
    assert result.exit_code == 0, result.output
    assert ",134000000," in result.output


def test_query_cli_reports_endpoint_syntax_error(loaded):
    result = runner.invoke(app, ["query", "SELECT * WHERE { ?s ?p }", "--endpoint", loaded.query_url])
    assert result.exit_code == 2
    assert result.output.startswith("error:") and "400" in result.output
