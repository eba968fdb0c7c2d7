"""The interactive HTML viewer: one self-contained file, no network needed.

Node and edge lists are assembled with pyvis's ``Network``; positions are computed before the
page opens (networkx layout) and physics is off, so large graphs are interactive at once. The
page inlines vis-network (shipped inside pyvis) and embeds the graph as JSON in which ``<``,
``>`` and ``&`` are escaped, and the page's script only ever sets ``textContent``: report text
is hostile input and never runs.
"""
from __future__ import annotations

import json
import math
from importlib import resources
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from .atomic import atomic_write

COLORS = {"Agency": "#1f77b4", "Programme": "#ff7f0e", "Measure": "#2ca02c", "Place": "#8c564b",
          "Person": "#d62728", "Award": "#9467bd"}
SHAPES = {"Agency": "dot", "Programme": "diamond", "Measure": "square", "Place": "triangle",
          "Person": "star", "Award": "triangleDown"}
VIS_VERSION = "vis-9.1.2"


def _vis_assets() -> tuple[str, str]:
    lib = resources.files("pyvis") / "lib" / VIS_VERSION
    return ((lib / "vis-network.min.js").read_text(encoding="utf-8"),
            (lib / "vis-network.css").read_text(encoding="utf-8"))


def layout(g: nx.MultiDiGraph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Node positions, computed once here so the browser does no physics."""
    if g.number_of_nodes() == 0:
        return {}
    simple = nx.Graph(g.to_undirected())
    n = simple.number_of_nodes()
    iterations = 50 if n <= 2000 else 15
    pos = nx.spring_layout(simple, seed=seed, iterations=iterations, k=1.5 / math.sqrt(n))
    scale = 120 * math.sqrt(n)
    return {node: (round(float(x) * scale, 1), round(float(y) * scale, 1)) for node, (x, y) in pos.items()}


def viewer_data(g: nx.MultiDiGraph) -> dict:
    """The JSON the page reads: nodes (with positions, names, metrics, evidence) and edges."""
    net = Network(directed=True, cdn_resources="in_line")
    pos = layout(g)
    for node, attrs in sorted(g.nodes(data=True)):
        x, y = pos.get(node, (0.0, 0.0))
        net.add_node(node, label=attrs["label"], x=x, y=y, size=8 + 3 * math.sqrt(g.degree(node)),
                     type=attrs["type"], kind=attrs["kind"], labels=attrs["labels"],
                     reports=attrs["reports"], metrics=attrs["metrics"], evidence=attrs["evidence"])
    for s, t, attrs in g.edges(data=True):
        net.add_edge(s, t, predicate=attrs["predicate"], evidence=attrs["evidence"][:5])
    counts: dict[str, int] = {}
    for n in net.nodes:
        counts[n["type"]] = counts.get(n["type"], 0) + 1
    return {
        "nodes": net.nodes,
        "edges": [{"source": e["from"], "target": e["to"], "predicate": e["predicate"],
                   "evidence": e["evidence"]} for e in net.edges],
        "colors": COLORS, "shapes": SHAPES, "counts": counts,
        "reports": sorted({r for n in net.nodes for r in n["reports"]}),
    }


def safe_json(data: dict) -> str:
    """JSON that cannot close its <script> element or open another."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def render(g: nx.MultiDiGraph) -> str:
    template = (resources.files("kg.export") / "assets" / "viewer.html").read_text(encoding="utf-8")
    js, css = _vis_assets()
    page = template.replace("/*VIS_CSS*/", css, 1)
    page = page.replace("/*VIS_JS*/", js.replace("</script", "<\\/script"), 1)
    return page.replace("/*GRAPH_DATA*/", safe_json(viewer_data(g)), 1)


def write_html(g: nx.MultiDiGraph, path: Path) -> Path:
    with atomic_write(path) as f:
        f.write(render(g))
    return Path(path)
