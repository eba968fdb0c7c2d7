"""The interactive HTML viewer: one self-contained file, no network needed.

The page inlines vis-network (shipped inside the pyvis package) and embeds the graph as JSON in
which ``<``, ``>`` and ``&`` are escaped; the page's script only ever sets ``textContent`` and
passes no ``title`` to vis-network (its own tooltip is plain text): report text is hostile
input and never runs.

Everything slow happens here, not in the browser: node positions come from :func:`layout`
(linear time, deterministic) and physics is off, so 10,000 nodes are interactive in seconds.
Above ``max_full`` nodes the page opens in overview mode: the ``initial`` best-connected
entities (agencies first) are drawn and a click expands a node's neighbours. The node and edge
lists are built directly rather than with pyvis's ``Network``, whose ``add_node`` and
``add_edge`` scan lists and are quadratic in the number of nodes.
"""
from __future__ import annotations

import json
import math
from collections import deque
from importlib import resources
from pathlib import Path

import networkx as nx
import numpy as np

from .atomic import atomic_write

COLORS = {"Agency": "#2f6fdf", "Programme": "#f08c00", "Measure": "#2f9e44", "Place": "#8d5a3b",
          "Person": "#e03131", "Award": "#9c36b5"}
SHAPES = {"Agency": "dot", "Programme": "diamond", "Measure": "square", "Place": "triangle",
          "Person": "star", "Award": "triangleDown"}
GLYPHS = {"dot": "●", "diamond": "◆", "square": "■", "triangle": "▲", "star": "★", "triangleDown": "▼"}
OTHER = ("#868e96", "dot")
VIS_VERSION = "vis-9.1.2"
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))

MAX_FULL = 15_000      # above this many nodes the page opens in overview mode
INITIAL = 3_000        # nodes drawn at first in overview mode
EDGE_LABELS_MAX = 1_500  # above this many edges, only a selected node's edges are labelled
NODE_EVIDENCE = 8      # evidence sentences kept per node, edge
EDGE_EVIDENCE = 5
SPACING = 60.0         # about one node and its label, in vis-network canvas units
SPRING_MAX = 400       # components up to this size get a spring layout ...
SPRING_BUDGET = 4_000  # ... until this many nodes have had one; the rest get pivot MDS


def _vis_assets() -> tuple[str, str]:
    lib = resources.files("pyvis") / "lib" / VIS_VERSION
    return ((lib / "vis-network.min.js").read_text(encoding="utf-8"),
            (lib / "vis-network.css").read_text(encoding="utf-8"))


# --- layout -------------------------------------------------------------------------------

def layout(g: nx.Graph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Node positions, computed once here so the browser does no physics.

    Each connected component is laid out on its own (a seeded spring layout for small ones, a
    pivot MDS of the core with each node's leaves in a disc around it
    for large ones) and the components are packed
    in rows, largest first. Linear in the size of the graph apart from the bounded spring part;
    the same graph always gets the same positions.
    """
    order = sorted(g.nodes, key=str)
    if not order:
        return {}
    index = {node: i for i, node in enumerate(order)}
    adj: list[set[int]] = [set() for _ in order]
    for u, v in g.edges():
        if u != v:
            adj[index[u]].add(index[v])
            adj[index[v]].add(index[u])
    neighbours = [sorted(a) for a in adj]
    budget = SPRING_BUDGET
    placed = []
    for comp in _components(neighbours):
        if 3 <= len(comp) <= SPRING_MAX and len(comp) <= budget:
            budget -= len(comp)
            xy = _spring(comp, neighbours, seed)
        else:
            xy = _core_and_leaves(comp, neighbours)
        placed.append((comp, xy))
    half = np.array([_label_width(g.nodes[node].get("label", node)) / 2 for node in order])
    pos = _pack(placed, len(order), half)
    return {order[i]: (round(float(x), 1), round(float(y), 1)) for i, (x, y) in enumerate(pos)}


def _components(neighbours: list[list[int]]) -> list[list[int]]:
    """Connected components in BFS order, largest first (ties: lowest node first)."""
    seen = bytearray(len(neighbours))
    comps = []
    for start in range(len(neighbours)):
        if seen[start]:
            continue
        seen[start] = 1
        comp, queue = [start], deque([start])
        while queue:
            for w in neighbours[queue.popleft()]:
                if not seen[w]:
                    seen[w] = 1
                    comp.append(w)
                    queue.append(w)
        comps.append(comp)
    comps.sort(key=lambda c: (-len(c), c[0]))
    return comps


def _spring(comp: list[int], neighbours: list[list[int]], seed: int) -> np.ndarray:
    sub = nx.Graph()
    sub.add_nodes_from(range(len(comp)))
    local = {node: i for i, node in enumerate(comp)}
    sub.add_edges_from((local[u], local[v]) for u in comp for v in neighbours[u] if local[u] < local[v])
    pos = nx.spring_layout(sub, seed=seed, iterations=80)
    xy = np.array([pos[i] for i in range(len(comp))], dtype=float)
    return xy * SPACING * 2.2 * math.sqrt(len(comp))


def _core_and_leaves(comp: list[int], neighbours: list[list[int]]) -> np.ndarray:
    """Large components: the core (every node with two or more neighbours) by pivot MDS, then
    each core node's leaves in a sunflower disc around it, the core spread so discs fit."""
    n = len(comp)
    if n <= 2:
        return np.array([[0.0, 0.0], [SPACING * 2, 0.0]])[:n]
    local = {node: i for i, node in enumerate(comp)}
    nb = [[local[w] for w in neighbours[u]] for u in comp]
    core = [i for i in range(n) if len(nb[i]) > 1]
    at = {i: c for c, i in enumerate(core)}
    core_nb = [[at[j] for j in nb[i] if j in at] for i in core]
    leaves: list[list[int]] = [[] for _ in core]
    for i in range(n):
        if len(nb[i]) == 1:
            leaves[at[nb[i][0]]].append(i)
    disc = np.array([SPACING * (0.75 * math.sqrt(len(ls) + 1.5) + 0.5) if ls else SPACING / 2 for ls in leaves])
    hub = max(range(len(core)), key=lambda c: (len(nb[core[c]]), -c))
    cxy = _pivot_mds(core_nb, hub)
    lengths = [(float(np.hypot(*(cxy[a] - cxy[b]))), disc[a] + disc[b] + SPACING / 2)
               for a in range(len(core)) for b in core_nb[a] if a < b]
    ratios = [want / have for have, want in lengths if have > 1e-9]
    cxy = cxy * (float(np.median(ratios)) if ratios else SPACING)
    cxy = _spread_collisions(cxy, disc)
    xy = np.zeros((n, 2))
    xy[core] = cxy
    for c, ls in enumerate(leaves):
        if ls:
            k = np.arange(len(ls), dtype=float) + 1.5
            rho, theta = SPACING * 0.75 * np.sqrt(k), k * GOLDEN_ANGLE
            xy[ls] = cxy[c] + np.column_stack([rho * np.cos(theta), rho * np.sin(theta)])
    return xy


def _spread_collisions(xy: np.ndarray, disc: np.ndarray) -> np.ndarray:
    """Nodes that MDS puts in one spot (siblings look alike from every pivot) are spread in a
    sunflower around it."""
    cell = np.floor(xy / (SPACING * 2)).astype(np.int64)
    order = np.lexsort((cell[:, 1], cell[:, 0]))
    xy = xy.copy()
    start = 0
    for end in range(1, len(order) + 1):
        if end < len(order) and (cell[order[end]] == cell[order[start]]).all():
            continue
        group = np.sort(order[start:end])
        if len(group) > 1:
            k = np.arange(len(group), dtype=float)
            rho, theta = float(disc[group].max()) * 2.2 * np.sqrt(k), k * GOLDEN_ANGLE
            xy[group] = xy[group].mean(axis=0) + np.column_stack([rho * np.cos(theta), rho * np.sin(theta)])
        start = end
    return xy


def _pivot_mds(nb: list[list[int]], first: int, pivots: int = 32) -> np.ndarray:
    """Pivot MDS (Brandes & Pich 2006) on hop distances from up to ``pivots`` BFS sources chosen
    far apart, starting at ``first``: about one unit per edge."""
    m = len(nb)
    if m <= 2:
        return np.array([[0.0, 0.0], [1.0, 0.0]])[:m]
    k = min(pivots, m)
    dist = np.empty((k, m))
    nearest = np.full(m, np.inf)
    source = first
    for r in range(k):
        dist[r] = _hops(nb, source)
        nearest = np.minimum(nearest, dist[r])
        source = int(np.argmax(nearest))
    d2 = dist.T ** 2
    centred = -0.5 * (d2 - d2.mean(axis=0) - d2.mean(axis=1, keepdims=True) + d2.mean())
    _, vectors = np.linalg.eigh(centred.T @ centred)
    xy = centred @ vectors[:, [-1, -2]]
    return xy / max(float(np.abs(xy).max()), 1e-9) * m


def _hops(nb: list[list[int]], source: int) -> np.ndarray:
    hops = [-1] * len(nb)
    hops[source] = 0
    frontier = [source]
    while frontier:
        nxt = []
        for u in frontier:
            for w in nb[u]:
                if hops[w] < 0:
                    hops[w] = hops[u] + 1
                    nxt.append(w)
        frontier = nxt
    return np.array(hops, dtype=float)


def _label_width(label) -> float:
    """About how wide a node's label is drawn (42 characters at most), in canvas units."""
    return min(len(str(label)), 42) * 7.5


def _pack(placed: list[tuple[list[int], np.ndarray]], n: int, half: np.ndarray) -> np.ndarray:
    """Put the components side by side in rows of about equal width (labels included)."""
    pos = np.zeros((n, 2))
    boxes = []
    for comp, xy in placed:
        w = half[comp]
        lo = np.array([(xy[:, 0] - w).min(), xy[:, 1].min()])
        hi = np.array([(xy[:, 0] + w).max(), xy[:, 1].max()])
        boxes.append((comp, xy - lo, hi - lo + SPACING))
    area = sum(float(size[0] * size[1]) for _, _, size in boxes)
    width = max(max(float(size[0]) for _, _, size in boxes), math.sqrt(area) * 1.4)
    x = y = row = 0.0
    for comp, xy, size in boxes:
        if x > 0 and x + size[0] > width:
            x, y, row = 0.0, y + row, 0.0
        pos[comp] = xy + (x, y)
        x += float(size[0])
        row = max(row, float(size[1]))
    return pos - (pos.min(axis=0) + pos.max(axis=0)) / 2


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
