"""`kg export --format claimreview`: each statement as a schema.org Claim that fact-checkers' tools read, checked as
JSON-LD (expanded with schema.org's vocabulary) against ontology/claim-shapes.ttl."""
from __future__ import annotations

import json

import pyshacl
import rdflib
from click.testing import CliRunner

from kg.cli import main
from kg.pipeline import build
from kg.resources import ontology_dir
from kg.store import Store

SCHEMA = rdflib.Namespace("http://schema.org/")


def _claims_graph(document: dict) -> rdflib.Graph:
    """The document as RDF, its context "https://schema.org" read offline as schema.org's vocabulary."""
    assert document["@context"] == "https://schema.org"
    offline = {**document, "@context": {"@vocab": "http://schema.org/"}}
    return rdflib.Graph().parse(data=json.dumps(offline), format="json-ld")


def _export(tmp_path, fmt: str) -> dict:
    """``kg export --format FMT`` of the store in ``tmp_path``, read back."""
    out = tmp_path / f"{fmt}.jsonld"
    result = CliRunner().invoke(main, ["export", "--store", str(tmp_path / "store"), "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8"))


def test_claims_name_who_said_them_where_and_when_and_the_first_copy(tmp_path):
    text = ("Bridge opens\n\nMayor John Smith said the bridge would open on Monday. The bridge was built over three "
            "years at a cost of forty million dollars. Engineers tested the span last week and found no faults in the "
            "steel. Traffic is expected to be heavy during the first days, the city council said in a statement.")
    # the same words in two articles: a syndicated copy
    records = [{"id": "copy", "url": "https://news.example/copy", "date": "2016-03-20", "text": text},
               {"id": "first", "url": "https://news.example/first", "date": "2016-03-15", "text": text}]
    source = tmp_path / "news.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    with Store(tmp_path / "store") as store:
        build([source], store)
    document = _export(tmp_path, "claimreview")
    graph = _claims_graph(document)
    shapes = rdflib.Graph().parse(ontology_dir() / "claim-shapes.ttl")
    conforms, _, report = pyshacl.validate(graph, shacl_graph=shapes)
    assert conforms, report
    smith = [c for c in document["@graph"] if c["author"]["name"] == "John Smith"]
    assert {c["appearance"]["url"] for c in smith} == {"https://news.example/copy", "https://news.example/first"}
    assert {c["firstAppearance"]["url"] for c in smith} == {"https://news.example/first"}  # the earlier copy
    assert {c["datePublished"] for c in smith} == {"2016-03-15", "2016-03-20"}
    assert all(c["text"] == "the bridge would open on Monday" for c in smith)


def test_the_seed_s_claims_name_konashenkov(tmp_path):
    from tests.seed_build import SEEDS

    with Store(tmp_path / "store") as store:
        build([SEEDS], store)
        from kg.fact_check import claim_documents

        claims = claim_documents(store)
    assert any(c["author"]["name"] == "Igor Konashenkov" and "civilian population" in c["text"] for c in claims
               if isinstance(c["author"], dict))
    conforms, _, report = pyshacl.validate(_claims_graph({"@context": "https://schema.org", "@graph": claims}),
                                           shacl_graph=rdflib.Graph().parse(ontology_dir() / "claim-shapes.ttl"))
    assert conforms, report


# The terms of http://www.w3.org/ns/anno.jsonld that the export uses (the W3C Web Annotation Vocabulary's own
# mapping), so that the document can be read as RDF offline.
ANNO_TERMS = {
    "oa": "http://www.w3.org/ns/oa#", "as": "http://www.w3.org/ns/activitystreams#",
    "dc": "http://purl.org/dc/terms/", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "id": "@id", "type": "@type", "Annotation": "oa:Annotation", "TextualBody": "oa:TextualBody",
    "TextQuoteSelector": "oa:TextQuoteSelector", "TextPositionSelector": "oa:TextPositionSelector",
    "AnnotationCollection": "as:OrderedCollection", "AnnotationPage": "as:OrderedCollectionPage",
    "body": {"@type": "@id", "@id": "oa:hasBody"}, "target": {"@type": "@id", "@id": "oa:hasTarget"},
    "source": {"@type": "@id", "@id": "oa:hasSource"}, "selector": {"@type": "@id", "@id": "oa:hasSelector"},
    "motivation": {"@type": "@vocab", "@id": "oa:motivatedBy"}, "purpose": {"@type": "@vocab", "@id": "oa:hasPurpose"},
    "describing": "oa:describing", "value": "rdf:value", "format": "dc:format", "exact": "oa:exact",
    "prefix": "oa:prefix", "suffix": "oa:suffix", "start": "oa:start", "end": "oa:end", "total": "as:totalItems",
    "first": {"@type": "@id", "@id": "as:first"}, "items": {"@id": "as:items", "@container": "@list"},
}


def test_annotations_select_each_statement_in_its_article_s_text(tmp_path):
    from tests.seed_build import SEEDS

    with Store(tmp_path / "store") as store:
        build([SEEDS], store)
    document = _export(tmp_path, "annotation")
    assert document["@context"] == "http://www.w3.org/ns/anno.jsonld"
    graph = rdflib.Graph().parse(data=json.dumps({**document, "@context": ANNO_TERMS}), format="json-ld")
    OA = rdflib.Namespace("http://www.w3.org/ns/oa#")
    annotations = set(graph.subjects(rdflib.RDF.type, OA.Annotation))
    assert len(annotations) == document["total"] > 15
    with Store(tmp_path / "store", create=False) as store:
        text = str(store.query("SELECT ?s WHERE { ?a <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/"
                               "nif-core#isString> ?s }")[0]["s"])
    for item in document["first"]["items"]:
        quote, position = item["target"]["selector"]
        assert text[position["start"]:position["end"]] == quote["exact"]
        assert text[:position["start"]].endswith(quote["prefix"]) and text[position["end"]:].startswith(quote["suffix"])
    konashenkov = [i for i in document["first"]["items"] if any("Konashenkov" in b["value"] for b in i["body"])]
    assert any("civilian population" in i["target"]["selector"][0]["exact"] for i in konashenkov)
    assert all(graph.value(a, OA.motivatedBy) == OA.describing for a in annotations)


def test_nif_names_each_statement_by_its_rfc5147_fragment_of_its_article(tmp_path):
    from tests.seed_build import SEEDS

    with Store(tmp_path / "store") as store:
        build([SEEDS], store)
    out = tmp_path / "seed.nif.ttl"
    result = CliRunner().invoke(main, ["export", "--store", str(tmp_path / "store"), "--format", "nif",
                                       "--out", str(out)])
    assert result.exit_code == 0, result.output
    graph = rdflib.Graph().parse(out)
    NIF = rdflib.Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    (context,) = set(graph.subjects(rdflib.RDF.type, NIF.Context))
    text = str(graph.value(context, NIF.isString))
    assert str(context).endswith(f"#char=0,{len(text)}")
    phrases = set(graph.subjects(rdflib.RDF.type, NIF.Phrase))
    assert len(phrases) > 15
    for phrase in phrases:
        begin, end = map(int, str(phrase).rsplit("#char=", 1)[1].split(","))
        assert text[begin:end] == str(graph.value(phrase, NIF.anchorOf))
        assert (int(graph.value(phrase, NIF.beginIndex)), int(graph.value(phrase, NIF.endIndex))) == (begin, end)
        assert graph.value(phrase, NIF.referenceContext) == context
        assert "/statement/" in str(graph.value(phrase, rdflib.OWL.sameAs))
