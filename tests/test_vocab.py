"""kg/vocab.py mirrors ontology/claimgraph.ttl in both directions."""
import rdflib
import pytest
from rdflib.namespace import OWL, RDF

from kg.resources import ontology_dir
from kg.vocab import CG


@pytest.fixture(scope="module")
def ontology():
    return rdflib.Graph().parse(ontology_dir() / "claimgraph.ttl")


def _defined(g):
    ns = str(CG._NS)
    return {str(s)[len(ns):] for s in g.subjects(RDF.type, None) if str(s).startswith(ns)}


def test_every_vocab_term_is_defined_in_the_ontology(ontology):
    missing = [t for t in CG.__annotations__ if t not in _defined(ontology)]
    assert missing == []


def test_every_ontology_term_is_in_the_vocab(ontology):
    missing = sorted(_defined(ontology) - set(CG.__annotations__))
    assert missing == []


def test_every_term_has_a_label_and_a_comment(ontology):
    ns = str(CG._NS)
    for s in set(ontology.subjects(RDF.type, None)):
        if str(s).startswith(ns):
            assert ontology.value(s, rdflib.RDFS.label) is not None, s
            assert ontology.value(s, rdflib.RDFS.comment) is not None, s


def test_contradicts_is_symmetric_and_reuses_sepio(ontology):
    assert (CG.contradicts, RDF.type, OWL.SymmetricProperty) in ontology
    assert (CG.contradicts, rdflib.RDFS.subPropertyOf, rdflib.URIRef("http://purl.obolibrary.org/obo/SEPIO_0000101")) in ontology


def test_a_typo_raises():
    with pytest.raises(AttributeError):
        CG.claim  # noqa: B018
