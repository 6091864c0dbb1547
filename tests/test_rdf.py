"""The RDF: deterministic IRIs, named graphs, provenance on every statement, SHACL shapes satisfied."""
import rdflib
from rdflib.compare import isomorphic

from kg.rdf import article_graph, article_quads, rdflib_quads
from kg.types import InputProblem
from kg.validate import validate_graph
from kg.vocab import CG, SCHEMA
from tests.seed_build import SEED_ID, seed_analysis


def _dataset():
    resolved, contradictions = seed_analysis()
    ds = rdflib.Dataset()
    for s, p, o, g in rdflib_quads(article_quads(resolved, contradictions)):
        ds.graph(g).add((s, p, o))
    return ds


def _union():
    g = rdflib.Graph()
    for s, p, o, _ in _dataset().quads():
        g.add((s, p, o))
    return g


def test_everything_lives_in_the_articles_named_graph_but_the_actors_cards():
    from kg.rdf import actors_graph

    resolved, contradictions = seed_analysis()
    quads = rdflib_quads(article_quads(resolved, contradictions))
    assert {q[3] for q in quads} == {article_graph(SEED_ID), actors_graph()}
    card_predicates = {rdflib.RDF.type, rdflib.RDFS.label, SCHEMA.name, CG.actorKey, rdflib.SKOS.altLabel}
    cards = [q for q in quads if q[3] == actors_graph()]
    assert cards and all(q[1] in card_predicates for q in cards)
    actors = {q[0] for q in cards}
    in_article = [q for q in quads if q[3] == article_graph(SEED_ID) and q[0] in actors]
    # the article graph says how this article names and types each actor, never the card's own terms
    assert not [q for q in in_article if q[1] in (rdflib.RDFS.label, SCHEMA.name, CG.actorKey, rdflib.SKOS.altLabel)
                or (q[1] == rdflib.RDF.type and q[2] in (CG.Actor, CG.Person, CG.Organization))]
    konashenkov = rdflib.URIRef("https://w3id.org/claimgraph/id/actor/igor-konashenkov")
    assert (konashenkov, CG.nameInArticle, rdflib.Literal("Igor Konashenkov"), article_graph(SEED_ID)) in quads
    assert (konashenkov, CG.kindInArticle, CG.Person, article_graph(SEED_ID)) in quads
    assert (konashenkov, rdflib.RDF.type, CG.Person, actors_graph()) in quads


def test_building_twice_gives_the_same_graph():
    from kg.ingest import iter_articles
    from kg.pipeline import analyse_texts
    from tests.seed_build import SEEDS

    again = next(analyse_texts([a for a in iter_articles([SEEDS]) if not isinstance(a, InputProblem)]))
    g2 = rdflib.Graph()
    for s, p, o, _ in rdflib_quads(article_quads(*again)):
        g2.add((s, p, o))
    assert isomorphic(_union(), g2)
    assert set(_union()) == set(g2)  # same IRIs too, not just the same shape


def test_claims_and_contradicts_are_direct_edges_both_ways():
    g = _union()
    claims = list(g.subject_objects(CG.claims))
    assert len(claims) >= 19
    contra = set(g.subject_objects(CG.contradicts))
    assert contra and all((b, a) in contra for a, b in contra)


def test_every_statement_has_full_provenance():
    g = _union()
    q = """
    PREFIX cg: <https://w3id.org/claimgraph/ontology#>
    PREFIX prov: <http://www.w3.org/ns/prov#>
    PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
    SELECT ?s WHERE { ?s a cg:Statement .
      FILTER NOT EXISTS { ?s cg:inArticle ?a ; cg:inSentence ?sent ; nif:beginIndex ?b ; nif:endIndex ?e ;
                             prov:qualifiedAttribution ?att . ?att cg:extractionMethod ?m ; cg:confidence ?c ; cg:speechAct ?sa } }
    """
    assert list(g.query(q)) == []


def test_offsets_point_into_the_stored_text():
    g = _union()
    art = next(g.subjects(rdflib.RDF.type, CG.Article))
    text = str(g.value(art, rdflib.URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString")))
    nif = rdflib.Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    for s in g.subjects(rdflib.RDF.type, CG.Statement):
        b, e = int(g.value(s, nif.beginIndex)), int(g.value(s, nif.endIndex))
        assert text[b:e] == str(g.value(s, SCHEMA.text))


def test_shacl_shapes_hold_on_the_seed_graph():
    conforms, report = validate_graph(_union())
    assert conforms, report


def test_shacl_shapes_catch_a_broken_graph():
    g = _union()
    stmt = next(g.subjects(rdflib.RDF.type, CG.Statement))
    g.remove((stmt, SCHEMA.text, None))
    conforms, report = validate_graph(g)
    assert not conforms and "non-empty text" in report


def test_an_actor_s_other_names_are_names_not_the_pronouns_and_phrases_that_stood_for_it():
    """An altLabel "he" would make every actor an answer to `kg query actor-claims --param actor=he`; "Donald Trump,
    who" is the name with the text around it."""
    from kg.rdf import card_triples

    def alt_labels(label, aliases):
        return {o.value for _, p, o in card_triples("x", label, CG.Person, aliases)
                if p.value == str(rdflib.SKOS.altLabel)}

    assert alt_labels("Donald Trump", ["he", "which", "Mr. Trump", "Donald Trump, who", "Trump\u2019s",
                                       "the Republican nominee"]) == {"Mr. Trump", "Trump"}
    assert alt_labels("Democratic National Committee", ["DNC", "the committee", "it"]) == {"DNC"}
