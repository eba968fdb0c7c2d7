from pathlib import Path

from rdflib.compare import to_isomorphic

from kg.build import build
from kg.export.rdf import read_graph

SEEDS = sorted(Path(__file__).resolve().parent.parent.joinpath("seeds").glob("*.txt"))


def test_build_jobs_gives_the_one_process_graph(tmp_path):
    build(SEEDS, tmp_path / "one", html=False, validate=False, jobs=1)
    build(SEEDS, tmp_path / "two", html=False, validate=False, jobs=2)
    one, two = (tmp_path / "one" / "graph.ttl").read_bytes(), (tmp_path / "two" / "graph.ttl").read_bytes()
    assert one == two


def test_build_jobs_reports_unreadable_files_like_one_process(tmp_path):
    bad = tmp_path / "in" / "empty.txt"
    bad.parent.mkdir()
    bad.write_text("")
    one = build([bad, SEEDS[0]], tmp_path / "a", html=False, validate=False, jobs=1)
    two = build([bad, SEEDS[0]], tmp_path / "b", html=False, validate=False, jobs=2)
    assert one.skipped == two.skipped and one.reports == two.reports
    assert to_isomorphic(read_graph(tmp_path / "a" / "graph.ttl")) == to_isomorphic(read_graph(tmp_path / "b" / "graph.ttl"))


def test_build_larger_than_one_sort_chunk_gives_the_same_graph(tmp_path, monkeypatch, seeds_graph_file):
    """A corpus whose triples do not fit in memory is sorted on disk: same bytes."""
    import kg.export.sorted_lines

    monkeypatch.setattr(kg.export.sorted_lines, "CHUNK", 500)
    build(SEEDS, tmp_path, html=False)
    assert (tmp_path / "graph.ttl").read_bytes() == seeds_graph_file.read_bytes()


def test_build_with_entities_spilled_to_disk_gives_the_same_graph(tmp_path, monkeypatch, seeds_graph_file):
    """More distinct entities than a build keeps in memory are merged on disk: same bytes, the
    same entity counts."""
    import kg.build

    in_memory = build(SEEDS, tmp_path / "in-memory", html=False, validate=False)
    spills = []
    original = kg.build.EntityNames._spill

    def spill(self):
        spills.append(len(self.entities))
        original(self)

    monkeypatch.setattr(kg.build.EntityNames.__init__, "__defaults__", (40,))
    monkeypatch.setattr(kg.build.EntityNames, "_spill", spill)
    summary = build(SEEDS, tmp_path, html=False)
    assert len(spills) > 3
    assert (tmp_path / "graph.ttl").read_bytes() == seeds_graph_file.read_bytes()
    assert summary.entities == in_memory.entities and summary.facts == in_memory.facts
