"""The record each rule returns (:class:`Found`, in token indices), the names of the rules, and how a found
attribution becomes an :class:`kg.types.Attribution` with character spans.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from kg.cues import Cue
from kg.extract.cue_words import SUPPORT_VERBS
from kg.extract.mentions import mention_of
from kg.extract.spans import char_span, tokens_span
from kg.propositions import proposition
from kg.types import Article, Attribution, ExtractionMethod, Mention
from kg.types import Span as TextSpan


@dataclass(frozen=True)
class Found:
    """An attribution found in one sentence, still in token indices of the paragraph's Doc."""

    cue: Cue | None
    cue_tokens: tuple[int, ...]
    source_tokens: tuple[int, ...]
    content: tuple[int, ...]
    method: str
    confidence: float
    target_tokens: tuple[int, ...] = ()
    direct: bool = False
    fragments: tuple[tuple[int, ...], ...] = ()
    source_mention: Mention | None = None
    cue_span: TextSpan | None = None
    source_extent: tuple[int, ...] = ()  # the source as written, with its apposition ("Smith, a spokesman for X")
    rule: str = ""  # the rule that found it (ATTRIBUTION_RULES), written on the statement's attribution
    possible: bool = False  # said only as a possibility or a duty (Attribution.possible)
    believed_not: bool = False  # a belief whose negation English raises to it ("doesn't think he will win")


ATTRIBUTION_RULES = (
    "quote-with-speech-tag", "quote-after-speaker-colon", "quote-after-announcing-cue", "second-quote-of-speaker",
    "quote-after-report-colon", "quote-paragraph-continues-speaker", "quote-paragraph-with-cue-and-colon",
    "speaker-colon-line",
    "reporting-verb-and-subject", "parenthetical-report", "passive-report", "expectation-without-speaker",
    "hearsay-passive", "stance-in-relative-clause",
    "question-without-asker", "evidential-verb", "hearsay-adverb", "attitude-adjective", "noun-cue", "according-to",
    "clause-found-in-evidence", "in-the-view-of", "clause-in-article-voice", "headline-in-article-voice",
)
"""The names of the attribution rules, each written on what it finds (``Attribution.rule``, ``cg:extractionRule``),
so a wrong statement in the graph says which rule made it. A test checks every rule this module names is listed."""


def extend(article: Article, offset: int, doc: Doc, att: Attribution, f: Found) -> Attribution:
    """Add a paragraph's quote to the quote it continues."""
    part = tokens_span(article, offset, doc, f.content)
    pieces = (*(att.fragments or (att.content,)), part)
    return replace(att, content=char_span(article, pieces[0].start, part.end), fragments=pieces)


# ---------------------------------------------------------------- sentence rules

def outermost(doc: Doc, found: list[Found]) -> list[Found]:
    """Drop a report whose cue lies inside another report's content ("Aides say Smith promised to ..."): what
    Smith promised is known only through the aides, so it is their statement, and the inner report is part of it.

    A cue noun that the outer report names as a whole stays ("the company disputed the union's claim that ..."):
    the text itself says whose claim it is; a verb that only gives its speaker's cue noun gives way to the noun's
    report (:func:`_given_by_support_verbs`).
    """
    found, said_by_noun = _given_by_support_verbs(doc, found)
    contents = [set(f.content) for f in found]

    def inside(k: int, j: int) -> bool:
        f, outer = found[k], found[j]
        if not set(f.cue_tokens) <= contents[j]:
            return False
        return not (f.method == ExtractionMethod.NOUN_CUE and doc[f.cue_tokens[0]].left_edge.i == outer.content[0])

    return [f for k, f in enumerate(found) if k not in said_by_noun
            and not (f.cue_tokens and any(j != k and inside(k, j) for j in range(len(found))))]


def _given_by_support_verbs(doc: Doc, found: list[Found]) -> tuple[list[Found], set[int]]:
    """A report that is only the verb its speaker gives a cue noun with ("Smith expressed concern that ...", "Trump
    repeated his claim that ..."): one statement, the noun's, with its clause for content and the verb's speaker.

    Returns:
        The reports, the noun's taking the verb's speaker for its possessive pronoun; the indices of the verbs' reports.
    """
    found = list(found)
    verbs = set()
    for k, noun in enumerate(found):
        for j, outer in enumerate(found):
            if j != k and _its_support_verb(doc, noun, outer):
                verbs.add(j)
                found[k] = replace(noun, source_tokens=outer.source_tokens, source_extent=outer.source_extent,
                                   source_mention=outer.source_mention)
    return found, verbs


def _its_support_verb(doc: Doc, noun: Found, outer: Found) -> bool:
    """The outer report's cue is the verb the cue noun is the object of, and its speaker owns the noun: the same
    words, or a possessive pronoun on the noun with a support verb ("repeated his claim")."""
    if noun.method != ExtractionMethod.NOUN_CUE or not outer.cue_tokens or outer.method == ExtractionMethod.NOUN_CUE:
        return False
    cue = doc[noun.cue_tokens[0]]
    if cue.dep_ != "dobj" or cue.head.i not in outer.cue_tokens or not outer.source_tokens:
        return False
    if set(noun.source_tokens) == set(outer.source_tokens):
        return True
    owner = [doc[i] for i in noun.source_tokens]
    return len(owner) == 1 and owner[0].tag_ == "PRP$" and owner[0].head == cue \
        and cue.head.lemma_.lower() in SUPPORT_VERBS


def record(article: Article, offset: int, doc: Doc, sent: Span, sent_span: TextSpan, f: Found) -> Attribution:
    content = tokens_span(article, offset, doc, f.content)
    fragments = tuple(tokens_span(article, offset, doc, part) for part in f.fragments)
    cue = tokens_span(article, offset, doc, f.cue_tokens) if f.cue_tokens else f.cue_span
    source = mention_of(article, offset, doc, f.source_tokens) if f.source_tokens else f.source_mention
    if source is not None and f.source_extent:
        source = replace(source, span=tokens_span(article, offset, doc, f.source_extent))
    target = mention_of(article, offset, doc, f.target_tokens) if f.target_tokens else None
    tokens = [doc[i] for i in f.content]
    prop = proposition(tokens)
    if f.believed_not:  # "Smith doesn't think the plan will work": he believes it will not
        prop = replace(prop, negated=not prop.negated)
    if f.cue is None:
        act = "report" if f.method == "article-voice" else "assert"
    else:
        act = f.cue.speech_act
    return Attribution(
        article_id=article.id, content=content, source=source, cue=cue, speech_act=act,
        polarity="negative" if prop.negated else "positive", method=f.method, confidence=round(f.confidence, 3),
        sentence=sent_span, proposition=prop, direct=f.direct, target=target, fragments=fragments, rule=f.rule,
        possible=f.possible,
    )
