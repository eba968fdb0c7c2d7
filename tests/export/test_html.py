import itertools
import math
import re
import time

import networkx as nx
import pytest

from kg.export.html import render, safe_json, viewer_data
from kg.export.layout import layout


def tiny_graph(label):
    g = nx.MultiDiGraph()
    ev = {"report": "r.txt", "sentence": label, "start": 0, "end": 5, "rule": "test"}
    g.add_node("a", label=label, type="Agency", kind="Agency", labels={"en": [label]},
               reports=["r"], evidence=[ev], metrics=[])
    g.add_node("b", label="Xueliang Project", type="Programme", kind="Programme",
               labels={"en": ["Xueliang Project"]}, reports=["r"], evidence=[ev], metrics=[])
    g.add_edge("a", "b", key="launched", predicate="launched", evidence=[ev])
    return g


def test_page_loads_nothing_from_the_network():
    page = render(tiny_graph("Ordos Municipal Public Security Bureau"))
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page, re.I)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", page, re.I)
    assert "vis.Network" in page


def test_hostile_label_cannot_close_script_element():
    payload = '</script><script>alert(1)</script><img src=x onerror=alert(2)>"\''
    page = render(tiny_graph(payload))
    data = page.split('id="kg-data" type="application/json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and ">" not in data
    assert "alert(1)" in data


def test_safe_json_escapes_markup_characters():
    assert safe_json({"a": "<b>&</b>"}) == '{"a":"\\u003cb\\u003e\\u0026\\u003c/b\\u003e"}'


def test_page_inlines_every_script_and_style():
    page = render(tiny_graph("Ordos Municipal Public Security Bureau"))
    assert not re.search(r"<(script|img|iframe)[^>]*\bsrc\s*=", page, re.I)
    assert not re.search(r"<link\b", page, re.I)


def test_viewer_data_keeps_metrics_on_their_subject_node():
    g = tiny_graph("Ordos Municipal Public Security Bureau")
    g.nodes["a"]["metrics"] = [{"value": 1234.0, "unit": "count", "indicator": "cases", "change": "up 12%",
                                "period": "2023", "evidence": g.nodes["a"]["evidence"][0]}]
    data = viewer_data(g)
    assert [n["label"] for n in data["nodes"]] == ["Ordos Municipal Public Security Bureau", "Xueliang Project"]
    metric = data["nodes"][0]["metrics"][0]
    assert (metric["value"], metric["change"], metric["period"]) == (1234.0, "up 12%", "2023")
    sentence, report = metric["evidence"][:2]
    assert data["sentences"][sentence] == "Ordos Municipal Public Security Bureau"
    assert data["reports"][report] == "r.txt"


def test_viewer_data_labels_edges_by_predicate():
    data = viewer_data(tiny_graph("Ordos"))
    assert [e[:3] for e in data["edges"]] == [[0, 1, "launched"]]
    assert data["initial"] is None and data["edgeLabels"]


def test_viewer_data_opens_large_graphs_with_best_connected_agencies():
    g = nx.MultiDiGraph()
    for i in range(40):
        kind = "Agency" if i < 5 else "Programme"
        g.add_node(f"n{i:02d}", label=f"n{i}", type=kind, kind=kind, labels={}, reports=[], evidence=[], metrics=[])
    for i in range(5, 40):
        g.add_edge("n00", f"n{i:02d}", predicate="launched", evidence=[])
    data = viewer_data(g, max_full=20, initial=6)
    assert [data["nodes"][i]["label"] for i in data["initial"]] == ["n0", "n1", "n2", "n3", "n4", "n5"]


def spread(pos):
    return min(math.dist(p, q) for (a, p), (b, q) in itertools.combinations(pos.items(), 2))


@pytest.mark.parametrize("shape", ["star", "path", "tree", "forest"])
def test_layout_is_deterministic_and_gives_every_node_its_own_spot(shape):
    g = {"star": nx.star_graph(700), "path": nx.path_graph(500),
         "tree": nx.balanced_tree(3, 6), "forest": nx.disjoint_union_all([nx.path_graph(3)] * 300)}[shape]
    g = nx.relabel_nodes(g, str)
    pos = layout(g)
    assert pos == layout(g)
    assert set(pos) == set(g) and all(math.isfinite(c) for xy in pos.values() for c in xy)
    assert spread(pos) > 1


def test_layout_of_ten_thousand_nodes_takes_seconds():
    g = nx.relabel_nodes(nx.random_labeled_tree(10_000, seed=3), str)
    start = time.perf_counter()
    pos = layout(g)
    assert len(pos) == 10_000 and time.perf_counter() - start < 10
