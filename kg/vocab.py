"""The claimgraph vocabulary, mirroring ``ontology/claimgraph.ttl`` term for term.

A test checks both directions: every term here is defined in the ontology, and every term the ontology
defines is here. ``_fail = True`` makes a typo (``CG.claim``) raise instead of minting a new IRI.
"""
from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

SCHEMA = Namespace("http://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
OBO = Namespace("http://purl.obolibrary.org/obo/")
DATA = Namespace("https://w3id.org/claimgraph/id/")
GRAPH = Namespace("https://w3id.org/claimgraph/graph/")


class CG(DefinedNamespace):
    """Terms of the claimgraph ontology."""

    _fail = True
    _NS = Namespace("https://w3id.org/claimgraph/ontology#")

    # classes
    Actor: URIRef
    ActorJoin: URIRef
    Article: URIRef
    Attribution: URIRef
    Contradiction: URIRef
    ContradictionKind: URIRef
    EntityLink: URIRef
    Evidence: URIRef
    ExtractionMethod: URIRef
    Group: URIRef
    LinkOutcome: URIRef
    Organization: URIRef
    Person: URIRef
    Place: URIRef
    Polarity: URIRef
    Role: URIRef
    Sentence: URIRef
    SpeechAct: URIRef
    Statement: URIRef

    # properties
    actorKey: URIRef
    aliasInArticle: URIRef
    between: URIRef
    candidateCount: URIRef
    claims: URIRef
    confidence: URIRef
    contentHash: URIRef
    contradictionKind: URIRef
    contradicts: URIRef
    cue: URIRef
    cueBeginIndex: URIRef
    cueEndIndex: URIRef
    evidence: URIRef
    explanation: URIRef
    extractionMethod: URIRef
    extractionRule: URIRef
    hasRole: URIRef
    inArticle: URIRef
    kindInArticle: URIRef
    nameInArticle: URIRef
    inSentence: URIRef
    isDirectQuote: URIRef
    joinReason: URIRef
    joinedActor: URIRef
    joinedTo: URIRef
    linkEvidence: URIRef
    linkOutcome: URIRef
    linkedActor: URIRef
    linkedItem: URIRef
    normalForm: URIRef
    ofStatement: URIRef
    polarity: URIRef
    roleIn: URIRef
    rule: URIRef
    sameActorAs: URIRef
    sameTextAs: URIRef
    sourceBeginIndex: URIRef
    sourceEndIndex: URIRef
    sourceFile: URIRef
    sourceMention: URIRef
    speechAct: URIRef
    target: URIRef

    # individuals
    AccordingTo: URIRef
    Ambiguous: URIRef
    Accuse: URIRef
    AntonymousPredicate: URIRef
    ArticleVoice: URIRef
    Assert: URIRef
    Believe: URIRef
    Claim: URIRef
    Demand: URIRef
    DenialOfAssertion: URIRef
    Deny: URIRef
    DirectQuote: URIRef
    ExclusiveEvents: URIRef
    ModelJudged: URIRef
    Headline: URIRef
    Transcript: URIRef
    Linked: URIRef
    Negative: URIRef
    NoCandidate: URIRef
    NounCue: URIRef
    NumericClash: URIRef
    OppositePolarity: URIRef
    Positive: URIRef
    Question: URIRef
    QuoteContinuation: URIRef
    Report: URIRef
    ReportingVerb: URIRef
    Unsure: URIRef
    Vow: URIRef
    Warn: URIRef


PREFIXES = {
    "cg": str(CG._NS),
    "schema": str(SCHEMA),
    "nif": str(NIF),
    "prov": "http://www.w3.org/ns/prov#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "itsrdf": str(ITSRDF),
    "cgid": str(DATA),
    "actor": str(DATA) + "actor/",
    "article": str(DATA) + "article/",
    "statement": str(DATA) + "statement/",
    "attribution": str(DATA) + "attribution/",
    "sentence": str(DATA) + "sentence/",
    "role": str(DATA) + "role/",
    "contradiction": str(DATA) + "contradiction/",
    "cgg": str(GRAPH),
    "owl": "http://www.w3.org/2002/07/owl#",
    "wd": "http://www.wikidata.org/entity/",
    "graph": str(GRAPH) + "article/",
}
"""Prefixes bound in every exported graph and visible to queries."""
