from pathlib import Path

import pytest
from rdflib.compare import to_isomorphic

from kg.build import build
from kg.export.rdf import read_graph

distributed = pytest.importorskip("distributed")

SEEDS = sorted(Path(__file__).resolve().parent.parent.joinpath("seeds").glob("*.txt"))


def test_build_on_dask_cluster_gives_the_local_graph(tmp_path):
    build(SEEDS, tmp_path / "local", html=False, validate=False, jobs=1)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        summary = build(SEEDS, tmp_path / "dask", html=False, validate=False, scheduler=client)
    assert len(summary.reports) == len(SEEDS)
    local = read_graph(tmp_path / "local" / "graph.ttl")
    dask = read_graph(tmp_path / "dask" / "graph.ttl")
    assert to_isomorphic(local) == to_isomorphic(dask)
