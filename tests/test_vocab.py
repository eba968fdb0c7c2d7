from rdflib import OWL, RDF, Graph

from kg.vocab import KG, ONTOLOGY_FILE


def declared_terms() -> set[str]:
    g = Graph().parse(ONTOLOGY_FILE)
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual)
    return {str(s).removeprefix(str(KG._NS)) for k in kinds for s in g.subjects(RDF.type, k)
            if str(s).startswith(str(KG._NS))}


def test_vocab_matches_ontology_terms():
    assert set(KG.__annotations__) == declared_terms()


def test_vocab_rejects_unknown_term():
    import pytest

    with pytest.raises(AttributeError):
        KG.launchedd  # noqa: B018


def test_ontology_has_required_classes_and_relations():
    names = declared_terms()
    for term in ["Agency", "Programme", "Measure", "Place", "Person", "Award", "Metric", "Report",
                 "launched", "issued", "subOrganizationOf", "locatedIn", "memberOf", "received",
                 "hasMetric", "value", "unit", "indicator", "change", "period"]:
        assert term in names
