"""Node positions for the viewer, computed in Python so the browser does no physics.

Linear in the graph's size and deterministic (seeded): small components get a spring layout,
large ones place their well-connected core by pivot MDS and each node's single-link
neighbours in a disc around it; components are packed in rows with room for labels.
"""
from __future__ import annotations

import math
from collections import deque

import networkx as nx
import numpy as np

GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
SPACING = 60.0         # about one node and its label, in vis-network canvas units
SPRING_MAX = 400       # components up to this size get a spring layout ...
SPRING_BUDGET = 4_000  # ... until this many nodes have had one; the rest get pivot MDS


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
