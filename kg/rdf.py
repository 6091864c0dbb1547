"""Turn resolved articles and contradictions into RDF quads under the claimgraph ontology.

The quads are pyoxigraph terms, the store's own (:func:`rdflib_quads` gives them as rdflib terms); the IRI helpers
(:func:`statement_iri`, :func:`actor_iri`, ...) return rdflib ``URIRef`` for queries and pictures.

IRIs are deterministic: an article's nodes are minted from its id and character offsets, actors from their
normalised names, contradictions from the two statements they relate. Building the same input twice gives the
same quads. Each article's triples go in a named graph of their own (:func:`article_graph`); contradictions that
cross articles go in :func:`contradiction_graph`.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, URIRef
from rdflib.namespace import PROV, SKOS

from kg import vocab
from kg.cues import name_particles, without_possessive
from kg.dates import calendar_day
from kg.types import (
    Actor, ActorKind, Article, Attribution, Claim, Contradiction, ContradictionKind, ExtractionMethod, ResolvedArticle,
    SameText, Span, SpeechAct, StatementRef)
from kg.vocab import DATA, GRAPH


class _Terms:
    """A vocabulary namespace whose terms are pyoxigraph ``NamedNode`` objects, each made once.

    Names are looked up in the rdflib namespace first, so a typo still raises for the closed ``CG`` namespace.
    """

    def __init__(self, namespace):
        self._namespace = namespace

    def __getattr__(self, name: str) -> ox.NamedNode:
        node = ox.NamedNode(str(getattr(self._namespace, name)))
        setattr(self, name, node)  # later lookups are plain attribute reads
        return node


# The quads are built as pyoxigraph terms, the store's own: no rdflib term is made and converted per triple
# (rdflib's validating constructors were most of the cost of this stage). rdflib_quads() converts for rdflib users.
CG, NIF, SCHEMA = _Terms(vocab.CG), _Terms(vocab.NIF), _Terms(vocab.SCHEMA)
RDF_, RDFS_, PROV_, SKOS_ = _Terms(RDF), _Terms(RDFS), _Terms(PROV), _Terms(SKOS)
_INTEGER, _DECIMAL, _ANY_URI = (ox.NamedNode(str(t)) for t in (XSD.integer, XSD.decimal, XSD.anyURI))
_DATE = ox.NamedNode(str(XSD.date))
_DATA, _GRAPH = str(DATA), str(GRAPH)

Term = ox.NamedNode | ox.Literal
Triple = tuple[ox.NamedNode, ox.NamedNode, Term]

# The closed vocabularies' ontology terms, one table each, shared by rdf and viz; a test checks that every member
# has its term, and lookups index them (an unknown value is an error, never a silent default).
ACTOR_KIND_TERMS = {
    ActorKind.PERSON: CG.Person, ActorKind.ORGANIZATION: CG.Organization, ActorKind.PLACE: CG.Place,
    ActorKind.GROUP: CG.Group,
}
SPEECH_ACT_TERMS = {
    SpeechAct.ASSERT: CG.Assert, SpeechAct.DENY: CG.Deny, SpeechAct.ACCUSE: CG.Accuse, SpeechAct.WARN: CG.Warn,
    SpeechAct.VOW: CG.Vow, SpeechAct.CLAIM: CG.Claim, SpeechAct.BELIEVE: CG.Believe, SpeechAct.REPORT: CG.Report,
    SpeechAct.QUESTION: CG.Question, SpeechAct.DEMAND: CG.Demand,
}
EXTRACTION_METHOD_TERMS = {
    ExtractionMethod.REPORTING_VERB: CG.ReportingVerb, ExtractionMethod.DIRECT_QUOTE: CG.DirectQuote,
    ExtractionMethod.QUOTE_CONTINUATION: CG.QuoteContinuation, ExtractionMethod.ACCORDING_TO: CG.AccordingTo,
    ExtractionMethod.HEADLINE: CG.Headline, ExtractionMethod.NOUN_CUE: CG.NounCue,
    ExtractionMethod.TRANSCRIPT: CG.Transcript, ExtractionMethod.ARTICLE_VOICE: CG.ArticleVoice,
}
CONTRADICTION_KIND_TERMS = {
    ContradictionKind.OPPOSITE_POLARITY: CG.OppositePolarity, ContradictionKind.ANTONYM: CG.AntonymousPredicate,
    ContradictionKind.NUMERIC: CG.NumericClash, ContradictionKind.DENIAL: CG.DenialOfAssertion,
    ContradictionKind.EXCLUSIVE_EVENTS: CG.ExclusiveEvents, ContradictionKind.MODEL_JUDGED: CG.ModelJudged,
}
"""Each kind of contradiction's ontology term (a test checks every kind has one)."""
_CONTRADICTION_KIND = {kind.value: term for kind, term in CONTRADICTION_KIND_TERMS.items()}


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


# Each IRI is minted as text once (the functions named _..._text), then made an rdflib URIRef for the library's
# callers or a pyoxigraph NamedNode for the quads.

def _article_text(article_id: str) -> str:
    return f"{_DATA}article/{_id(article_id)}"


def _statement_text(ref: StatementRef) -> str:
    return f"{_DATA}statement/{_id(ref.article_id)}_{ref.start}-{ref.end}"


def _actor_text(key: str) -> str:
    return f"{_DATA}actor/{quote(key, safe='-_.~')}"


def _sentence_text(article_id: str, span: Span) -> str:
    return f"{_DATA}sentence/{_id(article_id)}_{span.start}-{span.end}"


def _contradiction_text(a: StatementRef, b: StatementRef) -> str:
    first, second = sorted((_statement_text(a), _statement_text(b)))
    return f"{_DATA}contradiction/{hashlib.sha1(f'{first} {second}'.encode()).hexdigest()[:16]}"


def article_iri(article_id: str) -> URIRef:
    """The article node (a cg:Article and nif:Context)."""
    return URIRef(_article_text(article_id))


def article_graph(article_id: str) -> URIRef:
    """The named graph that holds one article's triples."""
    return GRAPH[f"article/{_id(article_id)}"]


def actors_graph() -> URIRef:
    """The named graph that holds each actor's card once (types, label, key, other names)."""
    return GRAPH["actors"]


def contradiction_graph() -> URIRef:
    """The named graph that holds contradictions between statements of different articles."""
    return GRAPH["contradictions"]


def ontology_graph() -> URIRef:
    """The named graph that holds the ontology (``ontology/claimgraph.ttl``), so queries can read its labels."""
    return GRAPH["ontology"]


def statement_iri(ref: StatementRef) -> URIRef:
    """A statement, minted from its article and content span."""
    return URIRef(_statement_text(ref))


def actor_iri(key: str) -> URIRef:
    """An actor, minted from its normalised name: the same name is the same actor in every article."""
    return URIRef(_actor_text(key))


def sentence_iri(article_id: str, span: Span) -> URIRef:
    """A sentence of an article."""
    return URIRef(_sentence_text(article_id, span))


def contradiction_iri(a: StatementRef, b: StatementRef) -> URIRef:
    """A contradiction node, the same whichever way round the two statements come."""
    return URIRef(_contradiction_text(a, b))


def statement_ref(attribution: Attribution) -> StatementRef:
    """The reference of an attribution's statement."""
    return StatementRef(attribution.article_id, attribution.content.start, attribution.content.end)


def _int(n: int) -> ox.Literal:
    # xsd:integer, not nonNegativeInteger: Oxigraph canonicalises derived integer types to xsd:integer.
    return ox.Literal(str(n), datatype=_INTEGER)


def _conf(x: float) -> ox.Literal:
    return ox.Literal(f"{x:.3f}", datatype=_DECIMAL)


_text = ox.Literal
_node = ox.NamedNode


def actor_triples(actor: Actor) -> Iterator[Triple]:
    """What one article says of an actor, for the article's graph: how it names it (``cg:nameInArticle``,
    ``cg:aliasInArticle``), its kind in this article (``cg:kindInArticle``) and its roles. The actor's card (types,
    labels, key) is written once in the actors graph (:func:`actor_card_triples`, :func:`kg.identity.make_cards`)."""
    node = _node(_actor_text(actor.key))
    yield node, CG.nameInArticle, _text(actor.name)
    yield node, CG.kindInArticle, ACTOR_KIND_TERMS[actor.kind]
    for alias in actor.aliases:
        if alias != actor.name:
            yield node, CG.aliasInArticle, _text(alias)
    for role in actor.roles:
        role_key = slug(role.title + (" " + role.organisation if role.organisation else ""))
        role_node = _node(f"{_DATA}role/{quote(actor.key, safe='-_.~')}_{role_key}")
        label = role.title if not role.organisation else f"{role.title}, {role.organisation}"
        yield node, CG.hasRole, role_node
        yield role_node, RDF_.type, CG.Role
        yield role_node, RDFS_.label, _text(label)
        yield role_node, SCHEMA.roleName, _text(role.title)
        if role.organisation:
            org_key = role.organisation_key or slug(role.organisation)
            org = _node(_actor_text(org_key))
            yield role_node, CG.roleIn, org
            yield org, CG.nameInArticle, _text(role.organisation)
            yield org, CG.kindInArticle, CG.Organization


def card_triples(key: str, label: str, kind: ox.NamedNode, alt_labels: Iterable[str] = ()) -> Iterator[Triple]:
    """An actor's card: its types, one label, its key and its other names (what the actors graph holds once)."""
    node = _node(_actor_text(key))
    yield node, RDF_.type, CG.Actor
    if kind != CG.Actor:
        yield node, RDF_.type, kind
    yield node, RDFS_.label, _text(label)
    yield node, SCHEMA.name, _text(label)
    yield node, CG.actorKey, _text(key)
    for alt in name_forms(label, alt_labels):
        yield node, SKOS_.altLabel, _text(alt)


_NAME_LINKS = {"the", "of", "and", "for"}
"""Lower-case words a body's name has ("the DNC", "Bank of America"), beside a person's (:func:`name_particles`)."""
_AS_WRITTEN_TAIL = re.compile(r",|\s[-\u2013\u2014\u2015]\s|\s(?:who|which|that)\b")


def name_forms(label: str, aliases: Iterable[str]) -> list[str]:
    """The other names of an actor: the aliases that name it, written as names ("Mr. Trump", "Donald", "the DNC",
    "DNC" for "Democratic National Committee", "Zelensky" for "Volodymyr Zelenskyy"), without what the text wrote
    around them ("Donald Trump, who" ->
    "Donald Trump", "Trump's" -> "Trump"); not the pronouns and descriptions that stood for it in one sentence
    ("he", "which", "the candidate"), which would make every actor an answer to "he".

    >>> name_forms("Donald Trump", ["he", "Mr. Trump", "Trump's", "Donald Trump, who", "candidate", "TRUMP"])
    ['Mr. Trump', 'Trump', 'TRUMP']
    >>> name_forms("Bernie Sanders", ["Sanders\u2019", "the Vermont senator", "Bernie", "Sen. Bernie Sanders",
    ...                               "Democratic candidate Bernie Sanders", "Sanders on Friday endorsed Clinton"])
    ['Sanders', 'Bernie', 'Sen. Bernie Sanders']
    """
    words = {w.casefold()[:5] for w in re.findall(r"[^\W\d_]{2,}", label)}
    initials = "".join(w[0] for w in label.split() if w[:1].isupper())
    out: list[str] = []
    for alias in aliases:
        form = without_possessive(_AS_WRITTEN_TAIL.split(alias, maxsplit=1)[0])
        # a capitalised word of the label (or its first five letters: "Zelensky", "Zelenskyy"), or its initials
        names_it = {w.casefold()[:5] for w in re.findall(r"\b[A-Z][^\W\d_]+", form)} & words or (
            len(initials) > 1 and form.replace(".", "") == initials)
        # written as a name: no lower-case word but a name's particles ("nominee Donald Trump", "Trump in his speech")
        lower_ok = _NAME_LINKS | name_particles()
        as_a_name = all(w[:1].isupper() or not w[:1].isalpha() or w in lower_ok for w in form.split())
        if form and form != label and form not in out and names_it and as_a_name:
            out.append(form)
    return out


def actor_card_triples(actor: Actor) -> Iterator[Triple]:
    """The card of an actor as one article sees it (and of the organisations its roles name); the build makes one
    card per actor of all the articles' (:func:`kg.identity.make_cards`)."""
    yield from card_triples(actor.key, actor.name, ACTOR_KIND_TERMS[actor.kind], actor.aliases)
    for role in actor.roles:
        if role.organisation:
            yield from card_triples(role.organisation_key or slug(role.organisation), role.organisation,
                                    CG.Organization)


def article_triples(article: Article) -> Iterator[Triple]:
    """The article node: metadata, cleaned text, hash, authors."""
    node = _node(_article_text(article.id))
    yield node, RDF_.type, CG.Article
    yield node, RDF_.type, SCHEMA.NewsArticle
    yield node, RDF_.type, NIF.Context
    yield node, SCHEMA.identifier, _text(article.id)
    yield node, NIF.isString, _text(article.text)
    yield node, CG.contentHash, _text(article.content_hash)
    if article.source:
        yield node, CG.sourceFile, _text(article.source)
    if article.title:
        yield node, SCHEMA.headline, _text(article.title)
    if article.url:
        yield node, SCHEMA.url, ox.Literal(article.url, datatype=_ANY_URI)
    if article.date:
        day = calendar_day(article.date)
        yield node, SCHEMA.datePublished, ox.Literal(day.isoformat(), datatype=_DATE) if day else _text(article.date)
    if article.publisher:
        yield node, SCHEMA.publisher, _node(_actor_text(slug(article.publisher)))
    for author in article.authors:
        yield node, SCHEMA.author, _node(_actor_text(slug(author)))


def claim_triples(claim: Claim, article: Article) -> Iterator[Triple]:
    """The claims edge, the statement and its attribution node with all provenance."""
    att = claim.attribution
    stmt = _node(_statement_text(statement_ref(att)))
    actor = _node(_actor_text(claim.actor_key))
    art = _node(_article_text(att.article_id))
    qual = _node(f"{_DATA}attribution/{_id(att.article_id)}_{att.content.start}-{att.content.end}_"
                 f"{quote(claim.actor_key, safe='-_.~')}")
    sent = _node(_sentence_text(att.article_id, att.sentence))

    yield actor, CG.claims, stmt
    yield stmt, RDF_.type, CG.Statement
    yield stmt, SCHEMA.text, _text(att.content.text)
    yield stmt, NIF.referenceContext, art
    yield stmt, NIF.beginIndex, _int(att.content.start)
    yield stmt, NIF.endIndex, _int(att.content.end)
    yield stmt, CG.inArticle, art
    day = calendar_day(article.date)
    if day is not None:  # the day the article was published: when the statement was made public
        yield stmt, SCHEMA.datePublished, ox.Literal(day.isoformat(), datatype=_DATE)
    yield stmt, CG.inSentence, sent
    yield stmt, CG.polarity, CG.Negative if att.polarity == "negative" else CG.Positive
    yield stmt, CG.isDirectQuote, ox.Literal(bool(att.direct))
    yield stmt, CG.normalForm, _text(normal_form(att))
    yield stmt, PROV_.wasAttributedTo, actor
    yield stmt, PROV_.qualifiedAttribution, qual

    yield qual, RDF_.type, CG.Attribution
    yield qual, RDF_.type, PROV_.Attribution
    yield qual, PROV_.agent, actor
    yield qual, CG.inArticle, art
    yield qual, CG.speechAct, SPEECH_ACT_TERMS[att.speech_act]
    yield qual, CG.extractionMethod, EXTRACTION_METHOD_TERMS[att.method]
    if att.rule:
        yield qual, CG.extractionRule, _text(att.rule)
    yield qual, CG.confidence, _conf(att.confidence)
    if att.cue is not None:
        yield qual, CG.cue, _text(att.cue.text)
        yield qual, CG.cueBeginIndex, _int(att.cue.start)
        yield qual, CG.cueEndIndex, _int(att.cue.end)
    if att.source is not None:
        yield qual, CG.sourceMention, _text(att.source.span.text)
        yield qual, CG.sourceBeginIndex, _int(att.source.span.start)
        yield qual, CG.sourceEndIndex, _int(att.source.span.end)
    if att.target is not None:
        yield qual, CG.target, _node(_actor_text(slug(att.target.name)))

    yield sent, RDF_.type, CG.Sentence
    yield sent, RDF_.type, NIF.Sentence
    yield sent, NIF.referenceContext, art
    yield sent, NIF.beginIndex, _int(att.sentence.start)
    yield sent, NIF.endIndex, _int(att.sentence.end)
    yield sent, NIF.anchorOf, _text(att.sentence.text)
    yield sent, CG.inArticle, art


def normal_form(att: Attribution) -> str:
    """The statement's normalised proposition as one readable string."""
    p = att.proposition
    parts = [p.subject, p.predicate, " ".join(p.arguments), "negative" if p.negated else "positive"]
    if p.modality:
        parts.append(p.modality)
    return " | ".join(parts)


def contradiction_triples(c: Contradiction) -> Iterator[Triple]:
    """Both directions of the contradicts edge and the qualification node with kind, confidence and evidence."""
    a, b = _node(_statement_text(c.a)), _node(_statement_text(c.b))
    node_text = _contradiction_text(c.a, c.b)
    node = _node(node_text)
    yield a, CG.contradicts, b
    yield b, CG.contradicts, a
    yield node, RDF_.type, CG.Contradiction
    yield node, CG.between, a
    yield node, CG.between, b
    yield node, CG.contradictionKind, _CONTRADICTION_KIND[str(c.kind)]
    yield node, CG.confidence, _conf(c.confidence)
    yield node, CG.explanation, _text(c.explanation)
    if c.rule:
        yield node, CG.rule, _text(c.rule)
    for ref, statement, span, side in ((c.a, a, c.evidence_a, "a"), (c.b, b, c.evidence_b, "b")):
        ev = _node(f"{node_text}-{side}")
        yield node, CG.evidence, ev
        yield ev, RDF_.type, CG.Evidence
        yield ev, RDF_.type, NIF.OffsetBasedString
        yield ev, CG.ofStatement, statement
        yield ev, NIF.referenceContext, _node(_article_text(ref.article_id))
        yield ev, NIF.beginIndex, _int(span.start)
        yield ev, NIF.endIndex, _int(span.end)
        yield ev, NIF.anchorOf, _text(span.text)


def resolved_triples(resolved: ResolvedArticle, contradictions: Iterable[Contradiction] = ()) -> Iterator[Triple]:
    """All triples of one article: the article, its actors, claims, and contradictions inside it."""
    yield from article_triples(resolved.article)
    for actor in resolved.actors:
        yield from actor_triples(actor)
    for claim in resolved.claims:
        yield from claim_triples(claim, resolved.article)
    for c in contradictions:
        yield from contradiction_triples(c)


def article_quads(resolved: ResolvedArticle, contradictions: Iterable[Contradiction] = ()) -> list[ox.Quad]:
    """One article's triples in its own named graph, then its actors' cards as it sees them in the actors graph
    (:func:`actors_graph`), as pyoxigraph quads without duplicates, in a stable order."""
    graph = _node(str(article_graph(resolved.article.id)))
    seen: dict[Triple, None] = dict.fromkeys(resolved_triples(resolved, contradictions))
    cards: dict[Triple, None] = dict.fromkeys(t for actor in resolved.actors for t in actor_card_triples(actor))
    actors = _node(str(actors_graph()))
    return [ox.Quad(s, p, o, graph) for s, p, o in seen] + [ox.Quad(s, p, o, actors) for s, p, o in cards]


def same_text_triples(link: SameText) -> Iterator[Triple]:
    """Both directions of the same-text edge between a copy and the statement it repeats."""
    copy, original = _node(_statement_text(link.copy)), _node(_statement_text(link.original))
    yield copy, CG.sameTextAs, original
    yield original, CG.sameTextAs, copy


def cross_article_quads(links: Iterable[Contradiction | SameText]) -> list[ox.Quad]:
    """Contradictions between statements of different articles, and same-text links between copies, in the shared
    contradictions graph."""
    graph = _node(str(contradiction_graph()))
    seen: dict[Triple, None] = {}
    for link in links:
        seen.update(dict.fromkeys(same_text_triples(link) if isinstance(link, SameText) else
                                  contradiction_triples(link)))
    return [ox.Quad(s, p, o, graph) for s, p, o in seen]


def rdflib_quads(quads: Iterable[ox.Quad]) -> list[tuple]:
    """Quads from this module as rdflib ``(s, p, o, g)`` tuples, for rdflib graphs and SHACL validation."""
    from kg.store import to_rdflib  # kg.store imports this module

    return [tuple(to_rdflib(t) for t in q) for q in quads]
