"""The HTML viewer in a real headless Chromium, opened from file:// with the network off."""
from __future__ import annotations

import time
from pathlib import Path

import networkx as nx
import pytest

from kg.export.html import render, write_html
from kg.extract import extract
from kg.graph import build_networkx
from kg.resolve import resolve

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]
LOCAL = ("file:", "data:", "about:")

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason=f"needs Chromium at {CHROMIUM} (apt-get install chromium)")

XSS_REPORT = (
    'In 2023 the Ordos Municipal Public Security Bureau launched the "<img src=x onerror=window.__xss=1> Project" '
    "to protect residents. <script>window.__xss=2</script> Public Security Bureau staff said "
    "\"quotes\" & 'apostrophes' <b onmouseover=alert(3)>stay</b> text.\n"
    "The Ordos Municipal Public Security Bureau solved 1,234 criminal cases in 2023, up 12%.\n")


def ev(sentence, report="ordos_2023.txt", rule="test.rule"):
    return {"report": report, "sentence": sentence, "start": 0, "end": 10, "rule": rule}


def entity(g, key, label, kind, zh=None, sentence=None, metrics=(), report="ordos_2023"):
    labels = {"en": [label]} | ({"zh": [zh]} if zh else {})
    g.add_node(key, label=label, type=kind, kind=kind, labels=labels, reports=[report],
               evidence=[ev(sentence or f"{label} was mentioned.", f"{report}.txt")], metrics=list(metrics))


def sample_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    launch = "The Ordos Municipal Public Security Bureau launched the Xueliang Project in 2023."
    solved = "The bureau solved 1,234 criminal cases in 2023, up 12%."
    entity(g, "agency/ordos-psb", "Ordos Municipal Public Security Bureau", "Agency", zh="鄂尔多斯市公安局",
           sentence=launch, metrics=[{"value": 1234.0, "unit": "count", "indicator": "criminal cases solved",
                                      "change": "up 12%", "period": "2023", "approximate": False,
                                      "repaired": False, "raw": "1,234", "evidence": ev(solved)}])
    entity(g, "programme/xueliang", "Xueliang Project", "Programme", zh="雪亮工程", sentence=launch)
    entity(g, "measure/fixed-assets", "Fixed Assets Management Measures", "Measure")
    entity(g, "place/ordos", "Ordos", "Place", zh="鄂尔多斯")
    entity(g, "person/lu-yan", "Lu Yan", "Person", report="baotou_2022")
    entity(g, "award/model", "National Model Police Unit", "Award", report="baotou_2022")
    g.add_edge("agency/ordos-psb", "programme/xueliang", key="launched", predicate="launched", evidence=[ev(launch)])
    g.add_edge("agency/ordos-psb", "measure/fixed-assets", key="issued", predicate="issued", evidence=[])
    g.add_edge("agency/ordos-psb", "place/ordos", key="locatedIn", predicate="locatedIn", evidence=[])
    g.add_edge("person/lu-yan", "agency/ordos-psb", key="memberOf", predicate="memberOf",
               evidence=[ev("Lu Yan of the bureau.", "baotou_2022.txt")])
    g.add_edge("agency/ordos-psb", "award/model", key="received", predicate="received", evidence=[])
    return g


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Viewer:
    """One page of the viewer, with everything it requested and every dialog it opened."""

    def __init__(self, browser, path: Path):
        self.context = browser.new_context(viewport={"width": 1280, "height": 800}, offline=True)
        self.page = self.context.new_page()
        self.requests, self.dialogs, self.errors = [], [], []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("body[data-ready]", state="attached", timeout=15_000)

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def wait(self, expression: str, arg=None, timeout: float = 5.0):
        """Poll (the page's CSP forbids eval, so no wait_for_function) until truthy."""
        end = time.monotonic() + timeout
        while not (value := self.js(expression, arg)):
            if time.monotonic() > end:
                raise AssertionError(f"timed out waiting for {expression}")
            self.page.wait_for_timeout(50)
        return value

    def index(self, label: str) -> int:
        return self.js("l => kgViewer.index(l)", label)

    def click_node(self, label: str) -> None:
        i = self.index(label)
        self.js("i => kgViewer.network.moveTo({position: kgViewer.network.getPositions([i])[i], scale: 1})", i)
        self.page.wait_for_timeout(100)
        point = self.js("i => kgViewer.domPosition(i)", i)
        self.page.mouse.click(point["x"], point["y"])


@pytest.fixture(scope="module")
def sample(browser, tmp_path_factory):
    path = write_html(sample_graph(), tmp_path_factory.mktemp("viewer") / "graph.html")
    viewer = Viewer(browser, path)
    yield viewer
    viewer.context.close()


def test_viewer_loads_nothing_but_itself(sample):
    assert sample.requests and all(url.startswith(LOCAL) for url in sample.requests), sample.requests
    assert sample.errors == []


def test_viewer_shows_every_entity(sample):
    assert sorted(sample.js("kgViewer.shown()")) == sorted(sample_graph().nodes[n]["label"] for n in sample_graph())
    assert sample.js("kgViewer.mode") == "full"
    assert sample.page.locator(".legend-item").all_inner_texts() == [
        "●\nAgency\n1", "◆\nProgramme\n1", "■\nMeasure\n1", "▲\nPlace\n1", "★\nPerson\n1", "▼\nAward\n1"]


@pytest.mark.parametrize("query, label", [
    ("Xueliang", "Xueliang Project"),
    ("鄂尔多斯市公安局", "Ordos Municipal Public Security Bureau"),
    ("鄂尔多斯", "Ordos"),
    ("ordos municipal", "Ordos Municipal Public Security Bureau"),
])
def test_search_focuses_node_in_either_language(sample, query, label):
    sample.page.fill("#search", "")
    sample.page.fill("#search", query)
    sample.wait("i => kgViewer.selected() === i", sample.index(label))
    assert sample.page.locator("#details h2").inner_text() == label
    assert sample.js("kgViewer.network.getSelectedNodes()") == [sample.index(label)]


def test_clicking_node_shows_facts_metrics_and_evidence(sample):
    sample.click_node("Ordos Municipal Public Security Bureau")
    sample.wait("i => kgViewer.selected() === i", sample.index("Ordos Municipal Public Security Bureau"))
    panel = sample.page.locator("#details")
    panel.locator("details").evaluate_all("ds => ds.forEach(d => d.open = true)")
    text = panel.inner_text()
    assert "鄂尔多斯市公安局" in text and "Agency" in text
    assert "launched" in text and "Xueliang Project" in text
    assert "1,234" in text and "criminal cases solved" in text and "up 12%" in text and "2023" in text
    assert "The bureau solved 1,234 criminal cases in 2023, up 12%." in text
    assert "The Ordos Municipal Public Security Bureau launched the Xueliang Project in 2023." in text
    assert "ordos_2023.txt" in text


def test_legend_and_report_filter_hide_nodes(sample):
    sample.page.click('.legend-item[data-type="Person"]')
    assert "Lu Yan" not in sample.js("kgViewer.shown()")
    sample.page.click('.legend-item[data-type="Person"]')
    assert "Lu Yan" in sample.js("kgViewer.shown()")
    sample.page.select_option("#report", label="baotou_2022.txt")
    assert sorted(sample.js("kgViewer.shown()")) == ["Lu Yan", "National Model Police Unit"]
    sample.page.click("#reset")
    assert len(sample.js("kgViewer.shown()")) == 6


def test_report_with_script_payload_never_runs_it(browser, tmp_path, report_of):
    g = build_networkx(resolve([extract(report_of(XSS_REPORT, "xss"))]))
    payload = "<img src=x onerror=window.__xss=1> Project"
    assert payload in {a["label"] for _, a in g.nodes(data=True)}, "the extractor no longer yields the payload"
    viewer = Viewer(browser, write_html(g, tmp_path / "graph.html"))
    viewer.page.fill("#search", "onerror")
    viewer.wait("i => kgViewer.selected() === i", viewer.index(payload))
    assert viewer.page.locator("#matches").inner_text().count(payload) == 1
    text = ""
    for label in (payload, "Ordos Municipal Public Security Bureau"):
        viewer.click_node(label)
        viewer.wait("i => kgViewer.selected() === i", viewer.index(label))
        viewer.page.locator("#details details").evaluate_all("ds => ds.forEach(d => d.open = true)")
        viewer.page.hover("#details h2")
        text += viewer.page.locator("#details").inner_text()
    assert payload in text and "<script>window.__xss=2</script>" in text  # shown as text
    viewer.page.wait_for_timeout(200)
    assert viewer.js("typeof window.__xss") == "undefined"
    assert viewer.js("document.querySelectorAll('img, b, #details script').length") == 0
    assert viewer.dialogs == [] and viewer.errors == []
    assert all(url.startswith(LOCAL) for url in viewer.requests)
    viewer.context.close()


def test_every_field_of_a_hostile_graph_is_text(browser, tmp_path):
    bad = '"><img src=x onerror=alert(1)><script>alert(2)</script>\''
    g = nx.MultiDiGraph()
    for key in ("a", "b"):
        g.add_node(key, label=key + bad, type="Agency", kind=bad, labels={bad: [bad]}, reports=[bad],
                   evidence=[ev(bad, bad, bad)],
                   metrics=[{"value": 1.0, "unit": bad, "indicator": bad, "change": bad, "period": bad,
                             "raw": bad, "evidence": ev(bad, bad, bad)}])
    g.add_edge("a", "b", key=bad, predicate=bad, evidence=[ev(bad, bad, bad)])
    viewer = Viewer(browser, write_html(g, tmp_path / "graph.html"))
    viewer.click_node("a" + bad)
    viewer.wait("() => kgViewer.selected() !== null")
    viewer.page.fill("#search", "onerror")
    viewer.page.wait_for_timeout(200)
    assert viewer.js("document.querySelectorAll('img').length + document.scripts.length") == 3
    assert viewer.js("typeof window.__xss") == "undefined"
    assert viewer.dialogs == [] and viewer.errors == []
    viewer.context.close()


def test_large_graph_opens_in_overview_and_expands_on_click(browser, tmp_path):
    g = nx.MultiDiGraph()
    for a in range(3):
        entity(g, f"agency/{a}", f"Agency {a}", "Agency")
        for p in range(30):
            entity(g, f"programme/{a}-{p}", f"Programme {a}-{p}", "Programme")
            g.add_edge(f"agency/{a}", f"programme/{a}-{p}", key="launched", predicate="launched", evidence=[])
    path = tmp_path / "graph.html"
    path.write_text(render(g, max_full=50, initial=10), encoding="utf-8")
    viewer = Viewer(browser, path)
    assert viewer.js("kgViewer.mode") == "overview"
    assert viewer.js("kgViewer.nodes.length") == 10
    assert {"Agency 0", "Agency 1", "Agency 2"} <= set(viewer.js("kgViewer.shown()"))
    viewer.click_node("Agency 1")
    viewer.wait("() => kgViewer.nodes.length >= 10 + 23")
    assert {f"Programme 1-{p}" for p in range(30)} <= set(viewer.js("kgViewer.shown()"))
    viewer.page.click("#show-all")
    assert viewer.js("kgViewer.nodes.length") == 93
    viewer.context.close()
