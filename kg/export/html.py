"""The interactive HTML viewer: one self-contained file, no network needed.

The page inlines vis-network (shipped inside the pyvis package) and embeds the graph as JSON in
which ``<``, ``>`` and ``&`` are escaped; the page's script only ever sets ``textContent`` and
passes no ``title`` to vis-network (its own tooltip is plain text): report text is hostile
input and never runs.

Everything slow happens here, not in the browser: node positions come from
:func:`kg.export.layout.layout` (linear time, deterministic) and physics is off, so 10,000 nodes are interactive in seconds.
Above ``max_full`` nodes the page opens in overview mode: the ``initial`` best-connected
entities (agencies first) are drawn and a click expands a node's neighbours. The node and edge
lists are built directly rather than with pyvis's ``Network``, whose ``add_node`` and
``add_edge`` scan lists and are quadratic in the number of nodes.
"""
from __future__ import annotations

import json
import math
from importlib import resources
from pathlib import Path

import networkx as nx

from .atomic import atomic_write
from .layout import layout

COLORS = {"Agency": "#2f6fdf", "Programme": "#f08c00", "Measure": "#2f9e44", "Place": "#8d5a3b",
          "Person": "#e03131", "Award": "#9c36b5"}
SHAPES = {"Agency": "dot", "Programme": "diamond", "Measure": "square", "Place": "triangle",
          "Person": "star", "Award": "triangleDown"}
GLYPHS = {"dot": "●", "diamond": "◆", "square": "■", "triangle": "▲", "star": "★", "triangleDown": "▼"}
OTHER = ("#868e96", "dot")
VIS_VERSION = "vis-9.1.2"

MAX_FULL = 15_000      # above this many nodes the page opens in overview mode
INITIAL = 3_000        # nodes drawn at first in overview mode
EDGE_LABELS_MAX = 1_500  # above this many edges, only a selected node's edges are labelled
NODE_EVIDENCE = 8      # evidence sentences kept per node, edge
EDGE_EVIDENCE = 5


def _vis_assets() -> tuple[str, str]:
    lib = resources.files("pyvis") / "lib" / VIS_VERSION
    return ((lib / "vis-network.min.js").read_text(encoding="utf-8"),
            (lib / "vis-network.css").read_text(encoding="utf-8"))


# --- data -----------------------------------------------------------------------------------

class _Table:
    """Strings stored once, referred to by index (sentences repeat across evidence)."""

    def __init__(self):
        self.items: list[str] = []
        self.index: dict[str, int] = {}

    def __call__(self, item: str) -> int:
        if item not in self.index:
            self.index[item] = len(self.items)
            self.items.append(item)
        return self.index[item]


def _report_names(g: nx.MultiDiGraph) -> dict[str, str]:
    """Report id -> file name, from ``g.graph["report_files"]`` or by matching file stems."""
    names = dict(g.graph.get("report_files", {}))
    ids = {r for _, reps in g.nodes(data="reports") for r in reps or ()}
    for _, attrs in g.nodes(data=True):
        for ev in attrs.get("evidence", ()):
            stem = str(ev.get("report", "")).rsplit(".", 1)[0]
            if stem in ids:
                names.setdefault(stem, ev["report"])
    return names


def viewer_data(g: nx.MultiDiGraph, max_full: int = MAX_FULL, initial: int = INITIAL) -> dict:
    """The JSON the page reads.

    Nodes carry position, size, names, metrics and evidence; edges are ``[source, target,
    predicate, evidence, reports]`` with node indices. Evidence is ``[sentence, report, start,
    end, rule]`` with indices into ``sentences`` and ``reports``. ``initial`` lists the nodes
    to draw first, or is ``None`` when the page draws everything.
    """
    order = sorted(g.nodes, key=str)
    index = {node: i for i, node in enumerate(order)}
    pos = layout(g)
    names = _report_names(g)
    sentences, reports = _Table(), _Table()

    def evidence(ev: dict) -> list:
        return [sentences(ev.get("sentence", "")), reports(str(ev.get("report", ""))),
                ev.get("start"), ev.get("end"), ev.get("rule", "")]

    nodes = []
    for node in order:
        attrs = g.nodes[node]
        kind = attrs.get("type", "Other")
        degree = g.degree(node)
        x, y = pos.get(node, (0.0, 0.0))
        nodes.append({
            "iri": str(node), "label": str(attrs.get("label", node)), "type": kind,
            "kind": attrs.get("kind") or kind, "labels": attrs.get("labels") or {},
            "x": x, "y": y, "degree": degree, "size": round(min(10 + 4.5 * math.sqrt(degree), 56), 1),
            "reports": sorted({reports(names.get(r, r)) for r in attrs.get("reports") or ()}),
            "evidence": [evidence(ev) for ev in (attrs.get("evidence") or ())[:NODE_EVIDENCE]],
            "metrics": [_metric(m, evidence) for m in attrs.get("metrics") or ()],
        })
    edges = []
    for s, t, attrs in sorted(g.edges(data=True), key=lambda e: (index[e[0]], index[e[1]], e[2].get("predicate", ""))):
        evs = [evidence(ev) for ev in (attrs.get("evidence") or ())[:EDGE_EVIDENCE]]
        edges.append([index[s], index[t], attrs.get("predicate", ""), evs, sorted({ev[1] for ev in evs})])
    counts: dict[str, int] = {}
    for n in nodes:
        counts[n["type"]] = counts.get(n["type"], 0) + 1
    classes = [{"name": t, "color": COLORS.get(t, OTHER[0]), "shape": SHAPES.get(t, OTHER[1]),
                "glyph": GLYPHS[SHAPES.get(t, OTHER[1])], "count": counts.get(t, 0)}
               for t in [*COLORS, *sorted(set(counts) - set(COLORS))]]
    first = None
    if len(nodes) > max_full:
        rank = sorted(range(len(nodes)), key=lambda i: (nodes[i]["type"] != "Agency", -nodes[i]["degree"], i))
        first = sorted(rank[:initial])
    return {"nodes": nodes, "edges": edges, "classes": classes, "sentences": sentences.items,
            "reports": reports.items, "initial": first, "edgeLabels": len(edges) <= EDGE_LABELS_MAX,
            "metrics": sum(len(n["metrics"]) for n in nodes)}


def _metric(m: dict, evidence) -> dict:
    out = {k: v for k, v in m.items() if k != "evidence"}
    if isinstance(out.get("value"), float) and not math.isfinite(out["value"]):
        out["value"] = None  # JSON has no NaN or infinity
    out["evidence"] = evidence(m["evidence"]) if m.get("evidence") else None
    return out


def safe_json(data: dict) -> str:
    """JSON that cannot close its <script> element or open another."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def render(g: nx.MultiDiGraph, max_full: int = MAX_FULL, initial: int = INITIAL) -> str:
    """The whole page as one string."""
    template = (resources.files("kg.export") / "assets" / "viewer.html").read_text(encoding="utf-8")
    js, css = _vis_assets()
    data = safe_json(viewer_data(g, max_full=max_full, initial=initial))
    page = template.replace("/*VIS_CSS*/", css, 1)
    page = page.replace("/*VIS_JS*/", js.replace("</script", "<\\/script"), 1)
    return page.replace("/*GRAPH_DATA*/", data, 1)


def write_html(g: nx.MultiDiGraph, path: Path) -> Path:
    with atomic_write(path) as f:
        f.write(render(g))
    return Path(path)
