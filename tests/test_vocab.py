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


def test_every_closed_vocabulary_member_has_its_ontology_term():
    """Speech acts, extraction methods and actor kinds are enums, each member tied to its term in one table that
    rdf, viz and the overview share; nothing falls back to a default term."""
    import rdflib

    from kg.rdf import ACTOR_KIND_TERMS, EXTRACTION_METHOD_TERMS, SPEECH_ACT_TERMS
    from kg.resources import ontology_dir
    from kg.types import ActorKind, ExtractionMethod, SpeechAct
    from kg.vocab import CG

    onto = rdflib.Graph().parse(ontology_dir() / "claimgraph.ttl")
    for enum, table, cls in ((SpeechAct, SPEECH_ACT_TERMS, CG.SpeechAct),
                             (ExtractionMethod, EXTRACTION_METHOD_TERMS, CG.ExtractionMethod)):
        assert set(table) == set(enum)
        for term in table.values():
            assert (rdflib.URIRef(term.value), rdflib.RDF.type, cls) in onto, term
    assert set(ACTOR_KIND_TERMS) == set(ActorKind)
    for term in ACTOR_KIND_TERMS.values():
        assert (rdflib.URIRef(term.value), rdflib.RDFS.subClassOf, CG.Actor) in onto, term


def test_what_the_extractor_writes_is_a_member_and_a_noun_cue_is_stored_as_one():
    import pyoxigraph as ox

    from kg.rdf import article_quads
    from kg.types import ActorKind, ExtractionMethod, SpeechAct
    from kg.vocab import CG
    from tests.seed_build import seed_analysis

    resolved, inner = seed_analysis()
    for claim in resolved.claims:
        SpeechAct(claim.attribution.speech_act)  # raises on a value outside the vocabulary
        ExtractionMethod(claim.attribution.method)
    for actor in resolved.actors:
        ActorKind(actor.kind)
    from kg.pipeline import analyse_texts
    from kg.types import Article, Span

    text = "Smith's claim that taxes rose sharply was false."
    article = Article(id="noun-cue", text=text, paragraphs=(Span(0, len(text), text),))
    (noun_resolved, _), = list(analyse_texts([article]))
    assert {c.attribution.method for c in noun_resolved.claims} == {"noun-cue"}
    stored = {q.object.value for q in article_quads(noun_resolved)
              if q.predicate == ox.NamedNode(str(CG.extractionMethod))}
    assert stored == {str(CG.NounCue)}  # was written as cg:ReportingVerb while the two spellings differed


def test_a_transcript_line_is_stored_as_one():
    import pyoxigraph as ox

    from kg.pipeline import analyse_texts
    from kg.rdf import article_quads
    from kg.types import Article, Span
    from kg.vocab import CG

    text = "John Smith: We will win the election in November and nobody will stop us."
    (resolved, _), = list(analyse_texts([Article(id="t", text=text, paragraphs=(Span(0, len(text), text),))]))
    assert [c.attribution.method for c in resolved.claims] == ["transcript"]
    stored = {q.object.value for q in article_quads(resolved)
              if q.predicate == ox.NamedNode(str(CG.extractionMethod))}
    assert stored == {str(CG.Transcript)}
