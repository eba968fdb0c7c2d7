"""The ontology opens cleanly in OWL tools: every term it uses is declared and documented."""
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg.vocab import KG, ONTOLOGY_FILE

DECLARATIONS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
                OWL.NamedIndividual, OWL.Ontology)
AXIOMS = (RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range, OWL.equivalentClass)
BUILT_IN = ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
            "http://www.w3.org/2001/XMLSchema#", "http://www.w3.org/2002/07/owl#")


def test_ontology_declares_every_term_it_uses():
    g = Graph().parse(ONTOLOGY_FILE)
    declared = {s for k in DECLARATIONS for s in g.subjects(RDF.type, k)}
    used = {t for p in AXIOMS for s, o in g.subject_objects(p) for t in (s, o)}
    used |= set(g.predicates())
    undeclared = {t for t in used if isinstance(t, URIRef) and not str(t).startswith(BUILT_IN)} - declared
    assert not undeclared, sorted(undeclared)


def test_every_kg_term_has_label_and_comment():
    g = Graph().parse(ONTOLOGY_FILE)
    terms = {s for k in DECLARATIONS for s in g.subjects(RDF.type, k) if str(s).startswith(str(KG._NS))}
    for term in terms:
        assert g.value(term, RDFS.label) is not None, term
        assert g.value(term, RDFS.comment) is not None, term
