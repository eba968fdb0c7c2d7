import re

import networkx as nx

from kg.export.html import render, safe_json


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
