"""The project's vocabulary: one namespace whose terms mirror ``ontology/kg.ttl``.

Code reaches every ontology term through :class:`KG` (a typo is an ``AttributeError``), and
``tests/test_vocab.py`` checks that the two stay in step.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "kg.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
QUERIES_DIR = ONTOLOGY_DIR / "queries"

DEFAULT_BASE = "https://w3id.org/agency-kg/id/"


class KG(DefinedNamespace):
    """Terms of the agency-kg ontology (``ontology/kg.ttl``)."""

    _NS = Namespace("https://w3id.org/agency-kg/ns#")
    _fail = True

    # classes
    Agency: URIRef
    PublicSecurityBureau: URIRef
    PoliceStation: URIRef
    PartyCommittee: URIRef
    Government: URIRef
    Programme: URIRef
    Measure: URIRef
    Place: URIRef
    Person: URIRef
    Award: URIRef
    Metric: URIRef
    Report: URIRef
    Evidence: URIRef
    Assertion: URIRef
    # relations
    launched: URIRef
    issued: URIRef
    subOrganizationOf: URIRef
    locatedIn: URIRef
    memberOf: URIRef
    received: URIRef
    role: URIRef
    # metrics
    hasMetric: URIRef
    value: URIRef
    unit: URIRef
    PercentagePoint: URIRef
    indicator: URIRef
    countedThing: URIRef
    change: URIRef
    period: URIRef
    comparedWith: URIRef
    approximate: URIRef
    repaired: URIRef
    rawText: URIRef
    # provenance
    evidence: URIRef
    sentence: URIRef
    quote: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    rule: URIRef
    confidence: URIRef
    fileName: URIRef
    language: URIRef
    checksum: URIRef
    processedAt: URIRef
    aboutAgency: URIRef


UNIT = Namespace("http://qudt.org/vocab/unit/")
CUR = Namespace("http://qudt.org/vocab/currency/")

PREFIXES = {
    "kg": KG._NS,
    "org": Namespace("http://www.w3.org/ns/org#"),
    "prov": Namespace("http://www.w3.org/ns/prov#"),
    "skos": Namespace("http://www.w3.org/2004/02/skos/core#"),
    "dcterms": Namespace("http://purl.org/dc/terms/"),
    "unit": UNIT,
    "cur": CUR,
}
