"""NIF 2.1 with RFC 5147 fragments, as GERBIL and other NLP evaluation tools read it (``kg export --format nif``).

Each article is a ``nif:Context`` named ``ARTICLE#char=0,N`` holding its cleaned text (``nif:isString``); each
statement is a ``nif:Phrase`` named ``ARTICLE#char=BEGIN,END`` (RFC 5147: character offsets into that text), with
its ``nif:anchorOf``, offsets and ``nif:referenceContext``, and ``owl:sameAs`` the statement's own IRI, through which
everything else the graph says of it (who claims it, what contradicts it) is reached.
"""
from __future__ import annotations

from typing import IO

import rdflib
from rdflib.namespace import OWL, RDF, XSD

from kg.query import load_part

NIF = rdflib.Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")


def char_iri(article: str, begin: int, end: int) -> rdflib.URIRef:
    """The RFC 5147 IRI of a span of an article's text.

    >>> str(char_iri("https://w3id.org/claimgraph/id/article/a", 3, 9))
    'https://w3id.org/claimgraph/id/article/a#char=3,9'
    """
    return rdflib.URIRef(f"{article}#char={begin},{end}")


def nif_graph(store) -> rdflib.Graph:
    """The contexts and phrases of every statement of the store."""
    graph = rdflib.Graph()
    graph.bind("nif", NIF)
    graph.bind("owl", OWL)
    contexts: dict[str, rdflib.URIRef] = {}
    for row in store.query(load_part("statements-for-annotation")):
        article = str(row["article"])
        if article not in contexts:
            found = store.query(load_part("article-texts"), {"article": rdflib.URIRef(article)})
            text = str(found[0]["string"]) if found else ""
            context = contexts[article] = char_iri(article, 0, len(text))
            graph.add((context, RDF.type, NIF.Context))
            graph.add((context, RDF.type, NIF.OffsetBasedString))
            graph.add((context, NIF.isString, rdflib.Literal(text)))
            graph.add((context, NIF.beginIndex, rdflib.Literal(0, datatype=XSD.nonNegativeInteger)))
            graph.add((context, NIF.endIndex, rdflib.Literal(len(text), datatype=XSD.nonNegativeInteger)))
            graph.add((context, OWL.sameAs, rdflib.URIRef(article)))
        begin, end = int(row["begin"]), int(row["end"])
        phrase = char_iri(article, begin, end)
        graph.add((phrase, RDF.type, NIF.Phrase))
        graph.add((phrase, RDF.type, NIF.OffsetBasedString))
        graph.add((phrase, NIF.referenceContext, contexts[article]))
        graph.add((phrase, NIF.anchorOf, rdflib.Literal(str(row["text"]))))
        graph.add((phrase, NIF.beginIndex, rdflib.Literal(begin, datatype=XSD.nonNegativeInteger)))
        graph.add((phrase, NIF.endIndex, rdflib.Literal(end, datatype=XSD.nonNegativeInteger)))
        graph.add((phrase, OWL.sameAs, rdflib.URIRef(str(row["statement"]))))
    return graph


def write_nif(store, out: IO[str]) -> int:
    """Write the NIF graph as Turtle; returns how many phrases."""
    graph = nif_graph(store)
    out.write(graph.serialize(format="turtle"))
    return sum(1 for _ in graph.subjects(RDF.type, NIF.Phrase))
