"""Typed records passed between pipeline stages.

Every stage is a function from these frozen dataclasses to others. Records carry text, character offsets into
``Article.text`` (the cleaned text) and the article id; no spaCy object ever appears here.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


@dataclass(frozen=True)
class Span:
    """A character span ``[start, end)`` of ``Article.text`` with the text it covers."""

    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span [{self.start}, {self.end})")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"span text {self.text!r} does not fit [{self.start}, {self.end})")


@dataclass(frozen=True)
class Segment:
    """Maps a run of the cleaned text back to the raw input: ``clean[start:start+length] == raw[raw_start:...]``."""

    start: int
    raw_start: int
    length: int


@dataclass(frozen=True)
class Article:
    """One cleaned article.

    Attributes:
        id: Stable identifier (file stem, or the JSONL ``id``); part of every IRI minted for the article.
        text: Cleaned text: headline and paragraphs joined by blank lines. All offsets point into it.
        paragraphs: Spans of ``text`` to parse one by one; the headline, when present, is the first.
        title: The headline, if the input has one.
        source: Where it came from (a path, or ``path:line`` for JSONL).
        url, date, publisher: Metadata when the input gives them.
        authors: Byline names, in order.
        segments: How ``text`` maps back to the raw input (see :func:`kg.ingest.to_raw_offset`).
        content_hash: SHA-256 of ``text``; a rebuild with the same hash can be skipped.
    """

    id: str
    text: str
    paragraphs: tuple[Span, ...]
    title: str | None = None
    source: str = ""
    url: str | None = None
    date: str | None = None
    publisher: str | None = None
    authors: tuple[str, ...] = ()
    segments: tuple[Segment, ...] = ()
    content_hash: str = ""


@dataclass(frozen=True)
class InputProblem:
    """An input that could not become an article: reported in one line, the batch goes on.

    ``skipped``: a file found in a folder that is no article file (a ``.csv``, a picture): named so that nothing is
    passed over in silence, but no error.
    """

    source: str
    message: str
    skipped: bool = False

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass(frozen=True)
class Proposition:
    """What a statement asserts, normalised for comparison (see :mod:`kg.contradict`).

    Attributes:
        subject: Lemmatised head phrase of the subject ("ukrainian force").
        predicate: Lemma of the main predicate ("resist"); for copulas, the lemma of the attribute.
        arguments: Lemmas of the content words of objects and complements, in order.
        negated: The clause itself is negated ("had not resisted", "no threat").
        modality: "would", "could", "may", ... when a modal governs the predicate.
        numbers: Numbers and quantities as written.
        places: Place names mentioned in the statement.
        lemmas: All content lemmas, for blocking candidates.
        attributes: For a copula, the heads of the complement and its conjuncts ("songwriter", "musician",
            "actor" for "is an American singer-songwriter, musician and actor").
        dates: (verb lemma, date as written) for each date the clause attaches to a verb (("bear", "1947")).
        negated_lemmas: Content lemmas under a negated verb inside the clause (not its head): not asserted.
        aliases: Proper-name words the subject phrase gives for the subject besides its head: appositions,
            "known professionally as X", "born X" ("seohyun" for "Seo Ju-hyun, known professionally as Seohyun").
        modifiers: For a copula, (complement head, word or two-word phrase qualifying it) pairs (("film",
            "thriller"), ("film", "psychological thriller") for "is a psychological thriller film").
        passive: The clause is a passive without its agent ("Bogart was ranked the greatest star"): its subject
            is what is acted on, as the object of an active clause is.
        anchors: What the clause is specifically about, as normalised names: the named people, organisations,
            places, events and works among its subject and arguments, and its noun compounds ("pumpkin spice
            condom"). Statements of two articles are compared only when they share one (see :mod:`kg.contradict`).
        names: The anchors that are names (of people, organisations, places, events, works), without the noun
            compounds: a rule that needs more than a name in common reads them.
    """

    subject: str = ""
    predicate: str = ""
    arguments: tuple[str, ...] = ()
    negated: bool = False
    modality: str | None = None
    numbers: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    lemmas: tuple[str, ...] = ()
    attributes: tuple[str, ...] = ()
    dates: tuple[tuple[str, str], ...] = ()
    negated_lemmas: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    modifiers: tuple[tuple[str, str], ...] = ()
    passive: bool = False
    anchors: tuple[str, ...] = ()
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    """A mention of an actor as written, with what the text says about it.

    Attributes:
        span: The mention as written ("President Volodymyr Zelenskyy", "He", "A spokesman for Russia's defence ministry").
        kind: "PERSON", "ORG", "GPE", "NORP", "PRON" or "DESC" (a description such as "a spokesman").
        name: The name with titles stripped ("Volodymyr Zelenskyy"); for a pronoun, the pronoun lower-cased.
        titles: Titles and roles given with the mention ("President", "spokesperson").
        affiliation: The organisation the mention ties it to ("Russia's defence ministry", "NATO"), if any.
        named: The mention is a name (its head a proper noun), not a description ("officials", "the government",
            "a spokesman") or a pronoun: only a name means the same actor in another article.
        subject: The mention is the subject of a clause outside quotation marks ("Paul Huntley, a delegate, said
            ..."), not an object or a name inside a quote: someone a later "he" or "she" may stand for.
        quoted: The mention stands inside quotation marks: a name the speaker says, which a "he" or "she" of the
            narrative after the quote does not stand for.
        main_subject: The mention is a name and the subject of its sentence's main verb ("Mr. Khan has mounted a
            campaign to condemn Mr. Trump"): whom a "he" or "she" opening the next sentence most likely stands for.
    """

    span: Span
    kind: str
    name: str
    titles: tuple[str, ...] = ()
    affiliation: str | None = None
    named: bool = True
    subject: bool = False
    quoted: bool = False
    main_subject: bool = False


@dataclass(frozen=True)
class Attribution:
    """One statement and who made it, as extracted from one article.

    Attributes:
        article_id: The article it comes from.
        content: The statement's text span.
        fragments: The content's pieces when it is discontinuous (a quote split by "he said"); else empty.
        source: Who made it, as written; ``None`` for statements in the article's own voice or with no source.
        cue: The cue ("said", "has claimed", "according to"); ``None`` for a cue-less quote continuation.
        speech_act: "assert", "deny", "accuse", "warn", "vow", "claim", "believe", "report", ...
        polarity: "positive" or "negative": the content's own polarity, before the speech act (a belief's negation
            that English raises to its verb counts: "doesn't think the plan will work" holds it negative).
        method: How it was found ("reporting-verb", "direct-quote", "according-to", "headline", "quote-continuation",
            "article-voice", ...).
        confidence: 0..1.
        sentence: The sentence it stands in.
        proposition: The normalised form used for contradiction.
        direct: The content is a direct quote.
        target: The accused or warned party ("Kyiv" in "accused Kyiv of ..."), if any.
        rule: The name of the rule of :mod:`kg.extract` that found it (:data:`kg.extract.ATTRIBUTION_RULES`).
        possible: Said only as a possibility or a duty ("Trump may want to check his stats", "Sanders could have
            requested a recount", "voters should know ..."): an attribution as written, but no one's claim.
    """

    article_id: str
    content: Span
    source: Mention | None
    cue: Span | None
    speech_act: str
    polarity: str
    method: str
    confidence: float
    sentence: Span
    proposition: Proposition = field(default_factory=Proposition)
    fragments: tuple[Span, ...] = ()
    direct: bool = False
    target: Mention | None = None
    rule: str = ""
    possible: bool = False


@dataclass(frozen=True)
class Extraction:
    """Everything :mod:`kg.extract` found in one article."""

    article: Article
    attributions: tuple[Attribution, ...]
    mentions: tuple[Mention, ...]
    sentences: tuple[Span, ...]


@dataclass(frozen=True)
class Role:
    """A role the text gives an actor: a title and, if the text says, the organisation."""

    title: str
    organisation: str | None = None
    organisation_key: str | None = None
    """The organisation's actor key when it is not its name's slug (an organisation named only by a description,
    "the company", is an actor of its article only)."""


@dataclass(frozen=True)
class Actor:
    """One real-world actor, the same across articles when the name is the same.

    Attributes:
        key: Normalised name; the actor's IRI is minted from it.
        name: Display name ("Igor Konashenkov").
        kind: "Person", "Organization", "Place" or "Group".
        aliases: Other ways the article names it ("Konashenkov", "A spokesman for Russia's defence ministry").
        roles: Roles and affiliations the text gives.
    """

    key: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()


@dataclass(frozen=True)
class Claim:
    """An actor claims a statement (the attribution carries the statement and its provenance)."""

    actor_key: str
    attribution: Attribution


@dataclass(frozen=True)
class ResolvedArticle:
    """An article with its actors merged and every statement tied to one actor.

    Attributes:
        unattributed: Statements found as written that no actor is known to have made, so in no claim: a pronoun's
            the article gives no referent for ("they argued ...", "it shows ..."), and what someone only might or
            ought to say (:attr:`Attribution.possible`).
    """

    article: Article
    actors: tuple[Actor, ...]
    claims: tuple[Claim, ...]
    sentences: tuple[Span, ...]
    unattributed: tuple[Attribution, ...] = ()


@dataclass(frozen=True, order=True)
class StatementRef:
    """Identifies a statement across articles: article id and content span (ordered as the text runs)."""

    article_id: str
    start: int
    end: int


class _OntologyTerm(str, Enum):
    """A closed vocabulary whose values name terms of the ontology; printed as its value."""

    def __str__(self) -> str:
        return self.value


class SpeechAct(_OntologyTerm):
    """What an attribution says its source did; each is one ``cg:SpeechAct`` of the ontology (a test ties them)."""

    ASSERT = "assert"
    DENY = "deny"
    ACCUSE = "accuse"
    WARN = "warn"
    VOW = "vow"
    CLAIM = "claim"
    BELIEVE = "believe"
    REPORT = "report"
    QUESTION = "question"
    DEMAND = "demand"


class ExtractionMethod(_OntologyTerm):
    """How an attribution was found; each is one ``cg:ExtractionMethod`` of the ontology (a test ties them)."""

    REPORTING_VERB = "reporting-verb"
    DIRECT_QUOTE = "direct-quote"
    QUOTE_CONTINUATION = "quote-continuation"
    ACCORDING_TO = "according-to"
    HEADLINE = "headline"
    NOUN_CUE = "noun-cue"
    TRANSCRIPT = "transcript"
    ARTICLE_VOICE = "article-voice"


class ActorKind(_OntologyTerm):
    """What an actor is; each is one subclass of ``cg:Actor`` in the ontology (a test ties them)."""

    PERSON = "Person"
    ORGANIZATION = "Organization"
    PLACE = "Place"
    GROUP = "Group"


class ContradictionKind(_OntologyTerm):
    """The kinds of contradiction; each is one ``cg:ContradictionKind`` of the ontology (a test ties them)."""

    OPPOSITE_POLARITY = "opposite-polarity"
    ANTONYM = "antonym"
    NUMERIC = "numeric"
    DENIAL = "denial"
    EXCLUSIVE_EVENTS = "exclusive-events"
    MODEL_JUDGED = "model-judged"


@dataclass(frozen=True)
class Contradiction:
    """Two statements that cannot both hold.

    Attributes:
        a, b: The two statements (order is not meaningful; the graph gets both directions).
        kind: A :class:`ContradictionKind` value ("opposite-polarity", "antonym", "numeric", "denial",
            "exclusive-events", "model-judged").
        confidence: 0..1.
        explanation: One sentence a fact-checker can read.
        evidence_a, evidence_b: The words in each statement that clash.
        rule: The name of the rule that found it (:data:`kg.contradict.RULES`), so that a wrong edge can be traced
            to its rule and the rule switched off.
    """

    a: StatementRef
    b: StatementRef
    kind: str
    confidence: float
    explanation: str
    evidence_a: Span
    evidence_b: Span
    rule: str = ""


@dataclass(frozen=True)
class SameText:
    """A statement repeated word for word in another article (a syndicated copy, a re-post, a quote reprinted).

    The copy takes no part in finding contradictions across articles: the first statement stands for it, so a
    contradiction with the text is drawn once, not once per copy.

    Attributes:
        copy: The repeated statement.
        original: The statement it repeats (found first).
    """

    copy: StatementRef
    original: StatementRef


class LinkOutcome(_OntologyTerm):
    """What ``kg link`` decided for an actor; each is one ``cg:LinkOutcome`` of the ontology (a test ties them)."""

    LINKED = "linked"
    NO_CANDIDATE = "no-candidate"
    AMBIGUOUS = "ambiguous"
    UNSURE = "unsure"


@dataclass(frozen=True)
class ActorToLink:
    """An actor of the store as ``kg link`` sees it: its names and what the texts say of it.

    Attributes:
        iri: The actor's IRI.
        label: Its preferred label.
        kind: "Person", "Organization", "Place" or "Group".
        aliases: Its other labels.
        context: Words the texts give about it: its roles and their organisations, the actors quoted beside it.
        statements: How many statements it claims (the actor that stands for others sharing its item has most).
    """

    iri: str
    label: str
    kind: str
    aliases: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    statements: int = 0


@dataclass(frozen=True)
class Candidate:
    """A Wikidata item that carries an actor's name.

    Attributes:
        item: The item's IRI (``http://www.wikidata.org/entity/Q…``).
        label: Its English label.
        name: The name it was found by; ``by_alias`` when that name is one of its aliases, not its label.
        types: Its classes (``wdt:P31``, and their direct superclasses).
        facts: Labels of what it is known for: positions held, occupations, citizenship, country, party, employer,
            its description.
        sitelinks: How many Wikipedia pages it has (how well known it is).
    """

    item: str
    label: str
    name: str
    by_alias: bool
    types: frozenset[str] = frozenset()
    facts: tuple[str, ...] = ()
    sitelinks: int = 0


@dataclass(frozen=True)
class LinkDecision:
    """What ``kg link`` decided for one actor, with the reasons a reader can check.

    Attributes:
        actor: The actor's IRI.
        outcome: Linked or why not.
        item: The item linked (``None`` when NIL).
        confidence: 0..1.
        evidence: One line: the name matched, the type, the facts that agree with the text, the other candidates.
        candidates: How many items of a fitting type carry the name.
    """

    actor: str
    outcome: LinkOutcome
    item: str | None
    confidence: float
    evidence: str
    candidates: int = 0


@dataclass(frozen=True)
class NamedPerson:
    """A person an article names, as the archive's register of people keeps it.

    Attributes:
        key: The actor key ("donald-trump", "trump").
        label: Its label ("Donald Trump", "Trump").
        statements: How many statements it claims in the article (or in the archive, summed).
        roles: The titles the text gives it, folded (:func:`kg.resolve.role_words`: "president", "mr",
            "senator"), in the article (or over the archive: a title once for each article that gives it).
    """

    key: str
    label: str
    statements: int
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActorJoin:
    """Two actors of an archive that are one: ``member`` stands for the same real actor as ``head``.

    Attributes:
        member: The actor joined (its key).
        head: The actor that stands for both in the named queries (its key).
        reason: How the join was made, for a reader ("the only person of the archive named Trump in full";
            "the same Wikidata item Q6294").
    """

    member: str
    head: str
    reason: str
