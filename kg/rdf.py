"""Turn resolved articles and contradictions into RDF quads under the claimgraph ontology.

IRIs are deterministic: an article's nodes are minted from its id and character offsets, actors from their
normalised names, contradictions from the two statements they relate. Building the same input twice gives the
same quads. Each article's triples go in a named graph of their own (:func:`article_graph`); contradictions that
cross articles go in :func:`contradiction_graph`.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from kg.types import Actor, Article, Attribution, Claim, Contradiction, ResolvedArticle, Span, StatementRef
from kg.vocab import CG, DATA, GRAPH, NIF, SCHEMA

Triple = tuple[URIRef, URIRef, URIRef | Literal]
Quad = tuple[URIRef, URIRef, URIRef | Literal, URIRef]

_KIND_CLASS = {"Person": CG.Person, "Organization": CG.Organization, "Place": CG.Place, "Group": CG.Group}
_SPEECH_ACT = {
    "assert": CG.Assert, "deny": CG.Deny, "accuse": CG.Accuse, "warn": CG.Warn, "vow": CG.Vow, "claim": CG.Claim,
    "believe": CG.Believe, "report": CG.Report, "question": CG.Question, "demand": CG.Demand,
}
_METHOD = {
    "reporting-verb": CG.ReportingVerb, "direct-quote": CG.DirectQuote, "quote-continuation": CG.QuoteContinuation,
    "according-to": CG.AccordingTo, "headline": CG.Headline, "noun-cue": CG.NounCue, "article-voice": CG.ArticleVoice,
}
_CONTRADICTION_KIND = {
    "opposite-polarity": CG.OppositePolarity, "antonym": CG.AntonymousPredicate, "numeric": CG.NumericClash,
    "denial": CG.DenialOfAssertion, "exclusive-events": CG.ExclusiveEvents,
}


def slug(name: str) -> str:
    """Normalise a name into the key actor IRIs are minted from.

    >>> slug("Igor  Konashenkov")
    'igor-konashenkov'
    >>> slug("Russia's defence ministry")
    'russias-defence-ministry'
    """
    s = re.sub(r"[\u2019']", "", name.lower())
    s = re.sub(r"[^\w]+", "-", s, flags=re.UNICODE).strip("-")
    return s or "unnamed"


def _id(article_id: str) -> str:
    return quote(article_id, safe="-_.~")


def article_iri(article_id: str) -> URIRef:
    """The article node (a cg:Article and nif:Context)."""
    return DATA[f"article/{_id(article_id)}"]


def article_graph(article_id: str) -> URIRef:
    """The named graph that holds one article's triples."""
    return GRAPH[f"article/{_id(article_id)}"]


def contradiction_graph() -> URIRef:
    """The named graph that holds contradictions between statements of different articles."""
    return GRAPH["contradictions"]


def ontology_graph() -> URIRef:
    """The named graph that holds the ontology (``ontology/claimgraph.ttl``), so queries can read its labels."""
    return GRAPH["ontology"]


def statement_iri(ref: StatementRef) -> URIRef:
    """A statement, minted from its article and content span."""
    return DATA[f"statement/{_id(ref.article_id)}_{ref.start}-{ref.end}"]


def actor_iri(key: str) -> URIRef:
    """An actor, minted from its normalised name: the same name is the same actor in every article."""
    return DATA[f"actor/{quote(key, safe='-_.~')}"]


def sentence_iri(article_id: str, span: Span) -> URIRef:
    """A sentence of an article."""
    return DATA[f"sentence/{_id(article_id)}_{span.start}-{span.end}"]


def contradiction_iri(a: StatementRef, b: StatementRef) -> URIRef:
    """A contradiction node, the same whichever way round the two statements come."""
    first, second = sorted((str(statement_iri(a)), str(statement_iri(b))))
    digest = hashlib.sha1(f"{first} {second}".encode()).hexdigest()[:16]
    return DATA[f"contradiction/{digest}"]


def statement_ref(attribution: Attribution) -> StatementRef:
    """The reference of an attribution's statement."""
    return StatementRef(attribution.article_id, attribution.content.start, attribution.content.end)


def _int(n: int) -> Literal:
    # xsd:integer, not nonNegativeInteger: Oxigraph canonicalises derived integer types to xsd:integer.
    return Literal(n, datatype=XSD.integer)


def _conf(x: float) -> Literal:
    return Literal(Decimal(f"{x:.3f}"), datatype=XSD.decimal)


def actor_triples(actor: Actor) -> Iterator[Triple]:
    """An actor's type, names and roles."""
    node = actor_iri(actor.key)
    yield node, RDF.type, CG.Actor
    yield node, RDF.type, _KIND_CLASS.get(actor.kind, CG.Actor)
    yield node, RDFS.label, Literal(actor.name)
    yield node, SCHEMA.name, Literal(actor.name)
    yield node, CG.actorKey, Literal(actor.key)
    for alias in actor.aliases:
        if alias != actor.name:
            yield node, SKOS.altLabel, Literal(alias)
    for role in actor.roles:
        role_key = slug(role.title + (" " + role.organisation if role.organisation else ""))
        role_node = DATA[f"role/{quote(actor.key, safe='-_.~')}_{role_key}"]
        label = role.title if not role.organisation else f"{role.title}, {role.organisation}"
        yield node, CG.hasRole, role_node
        yield role_node, RDF.type, CG.Role
        yield role_node, RDFS.label, Literal(label)
        yield role_node, SCHEMA.roleName, Literal(role.title)
        if role.organisation:
            org = actor_iri(slug(role.organisation))
            yield role_node, CG.roleIn, org
            yield org, RDF.type, CG.Actor
            yield org, RDF.type, CG.Organization
            yield org, RDFS.label, Literal(role.organisation)
            yield org, SCHEMA.name, Literal(role.organisation)
            yield org, CG.actorKey, Literal(slug(role.organisation))


def article_triples(article: Article) -> Iterator[Triple]:
    """The article node: metadata, cleaned text, hash, authors."""
    node = article_iri(article.id)
    yield node, RDF.type, CG.Article
    yield node, RDF.type, SCHEMA.NewsArticle
    yield node, RDF.type, NIF.Context
    yield node, SCHEMA.identifier, Literal(article.id)
    yield node, NIF.isString, Literal(article.text)
    yield node, CG.contentHash, Literal(article.content_hash)
    if article.source:
        yield node, CG.sourceFile, Literal(article.source)
    if article.title:
        yield node, SCHEMA.headline, Literal(article.title)
    if article.url:
        yield node, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)
    if article.date:
        yield node, SCHEMA.datePublished, Literal(article.date)
    if article.publisher:
        yield node, SCHEMA.publisher, actor_iri(slug(article.publisher))
    for author in article.authors:
        yield node, SCHEMA.author, actor_iri(slug(author))


def claim_triples(claim: Claim, article: Article) -> Iterator[Triple]:
    """The claims edge, the statement and its attribution node with all provenance."""
    att = claim.attribution
    ref = statement_ref(att)
    stmt = statement_iri(ref)
    actor = actor_iri(claim.actor_key)
    art = article_iri(att.article_id)
    qual = DATA[f"attribution/{_id(att.article_id)}_{att.content.start}-{att.content.end}_{quote(claim.actor_key, safe='-_.~')}"]
    sent = sentence_iri(att.article_id, att.sentence)

    yield actor, CG.claims, stmt
    yield stmt, RDF.type, CG.Statement
    yield stmt, SCHEMA.text, Literal(att.content.text)
    yield stmt, NIF.referenceContext, art
    yield stmt, NIF.beginIndex, _int(att.content.start)
    yield stmt, NIF.endIndex, _int(att.content.end)
    yield stmt, CG.inArticle, art
    yield stmt, CG.inSentence, sent
    yield stmt, CG.polarity, CG.Negative if att.polarity == "negative" else CG.Positive
    yield stmt, CG.isDirectQuote, Literal(att.direct)
    yield stmt, CG.normalForm, Literal(normal_form(att))
    yield stmt, PROV.wasAttributedTo, actor
    yield stmt, PROV.qualifiedAttribution, qual

    yield qual, RDF.type, CG.Attribution
    yield qual, RDF.type, PROV.Attribution
    yield qual, PROV.agent, actor
    yield qual, CG.inArticle, art
    yield qual, CG.speechAct, _SPEECH_ACT.get(att.speech_act, CG.Assert)
    yield qual, CG.extractionMethod, _METHOD.get(att.method, CG.ReportingVerb)
    yield qual, CG.confidence, _conf(att.confidence)
    if att.cue is not None:
        yield qual, CG.cue, Literal(att.cue.text)
        yield qual, CG.cueBeginIndex, _int(att.cue.start)
        yield qual, CG.cueEndIndex, _int(att.cue.end)
    if att.source is not None:
        yield qual, CG.sourceMention, Literal(att.source.span.text)
        yield qual, CG.sourceBeginIndex, _int(att.source.span.start)
        yield qual, CG.sourceEndIndex, _int(att.source.span.end)
    if att.target is not None:
        yield qual, CG.target, actor_iri(slug(att.target.name))

    yield sent, RDF.type, CG.Sentence
    yield sent, RDF.type, NIF.Sentence
    yield sent, NIF.referenceContext, art
    yield sent, NIF.beginIndex, _int(att.sentence.start)
    yield sent, NIF.endIndex, _int(att.sentence.end)
    yield sent, NIF.anchorOf, Literal(att.sentence.text)
    yield sent, CG.inArticle, art


def normal_form(att: Attribution) -> str:
    """The statement's normalised proposition as one readable string."""
    p = att.proposition
    parts = [p.subject, p.predicate, " ".join(p.arguments), "negative" if p.negated else "positive"]
    if p.modality:
        parts.append(p.modality)
    return " | ".join(parts)


def contradiction_triples(c: Contradiction, article_text_of: dict[str, str] | None = None) -> Iterator[Triple]:
    """Both directions of the contradicts edge and the qualification node with kind, confidence and evidence."""
    a, b = statement_iri(c.a), statement_iri(c.b)
    node = contradiction_iri(c.a, c.b)
    yield a, CG.contradicts, b
    yield b, CG.contradicts, a
    yield node, RDF.type, CG.Contradiction
    yield node, CG.between, a
    yield node, CG.between, b
    yield node, CG.contradictionKind, _CONTRADICTION_KIND.get(c.kind, CG.OppositePolarity)
    yield node, CG.confidence, _conf(c.confidence)
    yield node, CG.explanation, Literal(c.explanation)
    for ref, span, side in ((c.a, c.evidence_a, "a"), (c.b, c.evidence_b, "b")):
        ev = URIRef(f"{node}-{side}")
        yield node, CG.evidence, ev
        yield ev, RDF.type, CG.Evidence
        yield ev, RDF.type, NIF.OffsetBasedString
        yield ev, CG.ofStatement, statement_iri(ref)
        yield ev, NIF.referenceContext, article_iri(ref.article_id)
        yield ev, NIF.beginIndex, _int(span.start)
        yield ev, NIF.endIndex, _int(span.end)
        yield ev, NIF.anchorOf, Literal(span.text)


def resolved_triples(resolved: ResolvedArticle, contradictions: Iterable[Contradiction] = ()) -> Iterator[Triple]:
    """All triples of one article: the article, its actors, claims, and contradictions inside it."""
    yield from article_triples(resolved.article)
    for actor in resolved.actors:
        yield from actor_triples(actor)
    for claim in resolved.claims:
        yield from claim_triples(claim, resolved.article)
    for c in contradictions:
        yield from contradiction_triples(c)


def article_quads(resolved: ResolvedArticle, contradictions: Iterable[Contradiction] = ()) -> list[Quad]:
    """One article's triples in its own named graph, without duplicates, in a stable order."""
    graph = article_graph(resolved.article.id)
    seen: dict[Triple, None] = dict.fromkeys(resolved_triples(resolved, contradictions))
    return [(s, p, o, graph) for s, p, o in seen]


def cross_article_quads(contradictions: Iterable[Contradiction]) -> list[Quad]:
    """Contradictions between statements of different articles, in the shared contradictions graph."""
    graph = contradiction_graph()
    seen: dict[Triple, None] = {}
    for c in contradictions:
        seen.update(dict.fromkeys(contradiction_triples(c)))
    return [(s, p, o, graph) for s, p, o in seen]
