"""How fast the HTML viewer opens on large graphs, in headless Chromium (not a test).

    python benchmarks/viewer_bench.py                      # 1k, 10k and 50k nodes
    python benchmarks/viewer_bench.py --sizes 2000 20000
    python benchmarks/viewer_bench.py --screenshot exports/graph.html docs/viewer.png

For each size it builds a synthetic graph shaped like the real ones (agencies launching
programmes and issuing measures, sub-organisations, places, persons, awards), renders it with
``kg.export.html`` and opens the file in Chromium with the network off. "interactive" is the
time from navigation start to the page's first drawn frame (the viewer sets
``kgViewer.interactiveMs`` on vis-network's first ``afterDrawing``); "frame" is how long one
redraw then takes (a zoom step).  Needs Playwright and /usr/bin/chromium.
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import networkx as nx

from kg.export.html import write_html

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]
BASE = "https://example.org/kg/"


def synthetic_graph(n: int, seed: int = 1) -> nx.MultiDiGraph:
    """About ``n`` entities in the shape build_networkx gives real reports."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    reports = [f"report_{i:04d}" for i in range(max(1, n // 40))]

    def add(kind: str, i: int) -> str:
        node = f"{BASE}{kind.lower()}/{i}"
        label = f"{kind} {i}"
        report = rng.choice(reports)
        ev = {"report": f"{report}.txt", "sentence": f"In 2023 the {label} was mentioned in {report}.",
              "start": 10, "end": 10 + len(label), "rule": "bench"}
        metrics = []
        if rng.random() < 0.2:
            metrics.append({"value": rng.randint(1, 10_000), "unit": "count", "indicator": "cases solved",
                            "change": "up 5%", "period": "2023", "approximate": False, "repaired": False,
                            "raw": "1,234", "evidence": ev})
        g.add_node(node, label=label, type=kind, kind=kind, labels={"en": [label]}, reports=[report],
                   evidence=[ev], metrics=metrics)
        return node

    def link(s: str, p: str, o: str) -> None:
        ev = {"report": g.nodes[s]["evidence"][0]["report"], "sentence": f"{s} {p} {o}.", "start": 0,
              "end": 5, "rule": "bench"}
        g.add_edge(s, o, key=p, predicate=p, evidence=[ev])

    agencies = [add("Agency", i) for i in range(max(2, n // 12))]
    places = [add("Place", i) for i in range(max(2, n // 30))]
    for i, a in enumerate(agencies[1:], 1):
        if rng.random() < 0.6:
            link(a, "subOrganizationOf", agencies[rng.randrange(i)])
        link(a, "locatedIn", rng.choice(places))
    for i, p in enumerate(places[1:], 1):
        if rng.random() < 0.5:
            link(p, "locatedIn", places[rng.randrange(i)])
    kinds = [("Programme", "launched"), ("Measure", "issued"), ("Person", "memberOf"), ("Award", "received")]
    i = 0
    while g.number_of_nodes() < n:
        kind, pred = kinds[rng.choices(range(4), weights=[6, 3, 2, 1])[0]]
        node = add(kind, i)
        agency = agencies[int(len(agencies) * rng.random() ** 2)]  # a few agencies report a lot
        if kind == "Person":
            link(node, pred, agency)
        elif kind == "Award":
            link(agency, pred, node)
        elif rng.random() < 0.9:  # a few programmes and measures stay unconnected
            link(agency, pred, node)
        i += 1
    return g


def launch(p):
    return p.chromium.launch(executable_path=CHROMIUM, args=ARGS)


def measure(browser, path: Path) -> dict:
    context = browser.new_context(viewport={"width": 1400, "height": 900}, offline=True)
    page = context.new_page()
    start = time.perf_counter()
    page.goto(path.as_uri(), timeout=120_000)
    page.wait_for_selector("body[data-ready]", state="attached", timeout=120_000)
    wall = time.perf_counter() - start
    info = page.evaluate("""() => ({interactive: kgViewer.interactiveMs, mode: kgViewer.mode,
        drawn: kgViewer.nodes.length})""")
    frame = page.evaluate("""() => new Promise(resolve => {
        const net = kgViewer.network, t = performance.now();
        net.once("afterDrawing", () => resolve(performance.now() - t));
        net.moveTo({scale: net.getScale() * 1.25});
    })""")
    context.close()
    return {**info, "wall": wall, "frame": frame}


def bench(sizes: list[int]) -> None:
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = launch(p)
        for n in sizes:
            g = synthetic_graph(n)
            path = Path(tmp) / f"graph_{n}.html"
            t = time.perf_counter()
            write_html(g, path)
            render = time.perf_counter() - t
            rows.append({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "render": render,
                         "mb": path.stat().st_size / 1e6, **measure(browser, path)})
        browser.close()
    print(f"{'nodes':>7} {'edges':>7} {'mode':>8} {'drawn':>6} {'html MB':>8} {'render s':>9} "
          f"{'interactive s':>14} {'load wall s':>12} {'frame ms':>9}")
    for r in rows:
        print(f"{r['nodes']:>7} {r['edges']:>7} {r['mode']:>8} {r['drawn']:>6} {r['mb']:>8.1f} {r['render']:>9.2f} "
              f"{r['interactive'] / 1000:>14.2f} {r['wall']:>12.2f} {r['frame']:>9.0f}")


def screenshot(html: Path, png: Path, focus: str) -> None:
    """A picture of a rendered graph with one node selected, for the README."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page(viewport={"width": 1400, "height": 860}, device_scale_factor=1)
        page.goto(html.resolve().as_uri())
        page.wait_for_selector("body[data-ready]", state="attached")
        if focus:
            page.fill("#search", focus)
            page.wait_for_timeout(1000)
        page.screenshot(path=str(png))
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 50_000])
    parser.add_argument("--screenshot", nargs=2, type=Path, metavar=("HTML", "PNG"))
    parser.add_argument("--focus", default="Liaoyuan Municipal Public Security Bureau",
                        help="name to search for before the screenshot")
    args = parser.parse_args()
    if args.screenshot:
        screenshot(*args.screenshot, args.focus)
    else:
        bench(args.sizes)


if __name__ == "__main__":
    main()
