"""Property-based tests: no text crashes extraction, and every graph survives Turtle."""
import hashlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph
from rdflib.compare import to_isomorphic

from kg.extract import extract
from kg.graph import build_graph
from kg.records import Entity, Evidence, Fact, Metric, Report, Resolution
from kg.resolve import resolve

# Text with what breaks parsers and serialisers: quotes, markup, line breaks, control
# characters, emoji, Chinese, lone combining marks, Turtle and IRI syntax.
HOSTILE = st.sampled_from(['"', "'", '"""', "'''", "\\", "\\u0041", "<script>alert(1)</script>", "<", ">",
                           "\n", "\r\n", "\r", "\t", "\x00", "\x07", "\x0b", "\x1b[31m", "\x7f", "\x85",
                           "\u2028", "\ufeff", "😀", "🚓\u200d", "公安局", "鄂尔多斯市", "\u0301", "@prefix",
                           " .", ";", "#", "_:b0", "^^", "%20", "&amp;", "]]>", "\ud7ff", "\U0010ffff"])
TEXT = st.lists(st.one_of(HOSTILE, st.text(max_size=20)), max_size=12).map("".join)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def report(text: str, rid: str = "r") -> Report:
    lang = "zh" if sum("\u4e00" <= c <= "\u9fff" for c in text) * 2 > sum(c.isascii() and c.isalpha() for c in text) else "en"
    return Report(id=rid, file_name=f"{rid}.txt", text=text, language=lang,
                  checksum=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())


def assert_roundtrips(graph: Graph) -> None:
    """Serialised as `kg build` writes it (longturtle) and as plain Turtle, the graph parses
    back to the same graph."""
    for fmt in ("longturtle", "turtle"):
        data = graph.serialize(format=fmt, encoding="utf-8")
        assert to_isomorphic(Graph().parse(data=data, format="turtle")) == to_isomorphic(graph), fmt


@SETTINGS
@given(TEXT)
def test_extract_never_crashes_on_arbitrary_text(text):
    extract(report(text))


@SETTINGS
@given(TEXT, TEXT)
def test_graph_of_extracted_text_roundtrips_turtle(before, name):
    text = (f"{before} The Hohhot Public Security Bureau launched the \"{name}\" campaign and spent "
            f"1.5 million yuan.\n{name} Xining Municipal Public Security Bureau {before}")
    graph = build_graph(resolve([extract(report(text))]))
    assert len(graph) > 20  # the template's facts are there, carrying the arbitrary text
    assert_roundtrips(graph)


@SETTINGS
@given(st.lists(TEXT, min_size=6, max_size=6))
def test_graph_of_arbitrary_strings_roundtrips_turtle(s):
    ev = Evidence(report_id=s[0] or "r", start=0, end=1, sentence=s[1], sentence_start=0, rule=s[2])
    ent = Entity(key=f"agency:{s[3]}", label="Agency", names={"en": {s[3] or "x", s[4]}, "zh": {s[5]}},
                 preferred={"en": s[3] or "x"}, evidence=[ev])
    other = Entity(key=f"place:{s[4]}x", label="Place", names={"en": {s[4] or "y"}}, evidence=[ev])
    rep = Report(id=s[0] or "r", file_name=s[1] or "f", text=s[2] or "t", language="en", checksum="0",
                 title=s[3] or None, source_url=s[4] or None, date=s[5] or None)
    res = Resolution(reports=[rep], entities={ent.key: ent, other.key: other},
                     facts=[Fact(ent.key, "locatedIn", other.key, ev)],
                     metrics=[Metric(ent.key, 1.5, "CNY", s[5], s[1], ev, counted=s[2], change=s[3], period=s[4])])
    assert_roundtrips(build_graph(res))
