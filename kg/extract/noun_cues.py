"""Cue nouns with their clause and owner ("Trump's claim that ...", "a Times report that ...", "her pledge
to ..."); the nouns are ``kg/data/noun_cues.tsv``.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.cues import Cue, evidence_nouns, noun_cues
from kg.extract.cue_words import SUPPORT_VERBS, cue_of, may_speak, owner_by_support_verb
from kg.extract.documents import DOCUMENT_NOUNS
from kg.extract.phrases import ROLE_WORDS, TENSED, clean, named_in_apposition, noun_phrase
from kg.extract.records import Found
from kg.types import ExtractionMethod


def noun_cue_attributions(sent: Span, taken: set[int]) -> Iterator[Found]:
    """"Trump's claim that ...", "a Times report that ...", "her pledge to ...": a cue noun with its clause."""
    lexicon = noun_cues()
    for tok in sent:
        cue = lexicon.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" and tok.i not in taken else None
        clause = _content_clause(tok, cue) if cue is not None else None
        owner = _owner(tok, clause, cue) if clause is not None else None
        if owner is None:
            continue
        src = _owner_tokens(tok, owner)
        content = clean(_without_owned_conjuncts(clause), taken, None)
        # a clause says something in three words or more; what one is for or against may be one name
        if (len(content) >= 3 or content and clause.head.dep_ == "prep") and src:
            yield Found(cue, (tok.i,), tuple(t.i for t in src), content, ExtractionMethod.NOUN_CUE.value, 0.7,
                        source_extent=_owner_as_written(tok, src), rule="noun-cue")


# The preposition each prepositional frame of a cue noun names: "questions about ...", "his support for ...",
# "her opposition to ...", "Trump's criticism of ...".
_FRAME_PREPOSITIONS = {"about": "about", "for": "for", "to": "to", "of-topic": "of"}


def _content_clause(noun: Token, cue: Cue) -> Token | None:
    """The clause right after the noun its frame names: "that ..." (ccomp) or "to ..." (xcomp), the last one; or
    what it is about or for ("questions about whether ...", "concerns about the plan": frame about; "his support
    for scrapping superdelegates": frame for)."""
    clause = None
    prepositions = {_FRAME_PREPOSITIONS[f] for f in cue.frames if f in _FRAME_PREPOSITIONS}
    for child in noun.children:
        if (topic := _topic(noun, child, prepositions)) is not None:
            clause = topic
        elif _clause_of_frame(noun, child, cue.frames):
            clause = child
    return clause


def _without_owned_conjuncts(clause: Token) -> list[Token]:
    """The clause's words up to a conjunct with an owner of its own ("his support for Trump and his refusal to give
    hearings": his refusal is another cue's)."""
    owned = next((c for c in clause.children if c.dep_ == "conj" and any(x.dep_ == "poss" for x in c.children)), None)
    end = owned.left_edge.i if owned is not None else clause.right_edge.i + 1
    return [t for t in clause.subtree if t.i < end]


def _topic(noun: Token, prep: Token, prepositions: set[str]) -> Token | None:
    """What the noun is about or for: the object of its frame's preposition right after it; not for the object of
    a cue verb ("expressed concerns about ...": the verb's report)."""
    if prep.dep_ != "prep" or prep.lower_ not in prepositions or prep.i != noun.i + 1 \
            or noun.dep_ == "dobj" and cue_of(noun.head) is not None:
        return None
    return next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)


def _clause_without_that(noun: Token, clause: Token) -> bool:
    """"Trump's assertion there are generals who agree": a tensed clause right after the noun, with a subject of its
    own and nothing missing (a complement or an object, or "there"), not a relative clause without its pronoun ("the
    claim he made", whose object is the noun)."""
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.i < clause.i), None)
    if clause.dep_ != "acl" or clause.tag_ not in TENSED or subject is None or subject.left_edge.i != noun.i + 1 \
            or subject.tag_ in {"WDT", "WP"}:
        return False
    return subject.dep_ == "expl" or any(c.dep_ in {"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd"} and c.i > clause.i
                                         for c in clause.children)


def _clause_of_frame(noun: Token, child: Token, frames: frozenset[str]) -> bool:
    """The child is a clause right after the noun of a frame the noun has: "that ..." or "to ..."."""
    if child.dep_ not in {"acl", "ccomp", "relcl"} or child.i <= noun.i or child.pos_ not in {"VERB", "AUX"}:
        return False
    marks = [c for c in child.children if c.dep_ == "mark"]
    if "ccomp" in frames and marks and marks[0].lower_ == "that" and marks[0].i == noun.i + 1:
        return True
    if "ccomp" in frames and not marks and _clause_without_that(noun, child):
        return True
    return "xcomp" in frames and any(c.dep_ == "aux" and c.lower_ == "to" and c.i == noun.i + 1
                                     for c in child.children)


def _owner(noun: Token, clause: Token, cue: Cue) -> Token | None:
    """Whose the claim is: a possessive ("Trump's"), a name before the noun ("a Times report"), "by"/"from"
    before the clause ("the claim by the ministry"), or the subject of the verb that makes it ("Smith made the claim
    that ...")."""
    owner = None
    for child in noun.children:
        if child.dep_ == "poss" and child.i < noun.i:
            owner = child
        elif child.dep_ == "compound" and child.pos_ == "PROPN" and owner is None:
            owner = child
        elif child.dep_ == "prep" and child.lower_ in {"by", "from"} and child.i < clause.i:
            owner = next((c for c in child.children if c.dep_ == "pobj"), owner)
    if owner is not None:
        return _subject_the_pronoun_stands_for(noun, owner) or owner
    owner = owner_by_support_verb(noun)
    return owner if owner is None or _may_hold(owner, cue) else None


_SUBJECT_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}
_HOPS_TO_THE_VERB = 5


def _subject_the_pronoun_stands_for(noun: Token, owner: Token) -> Token | None:
    """"Sanders has toned down his criticism of ...", "Trump has been rebuked for his proposal to ...", "Republicans
    have been unsparing in their criticism of ...": a possessive pronoun in the predicate stands for the clause's
    subject when it agrees with it; not after a verb of reporting, which reports another's words ("Clinton attacked
    his claim that ...")."""
    if owner.tag_ != "PRP$" or owner.lower_ not in _SUBJECT_PRONOUNS:
        return None
    verb = noun.head
    for _ in range(_HOPS_TO_THE_VERB):
        if verb.pos_ in {"VERB", "AUX"} or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"} or cue_of(verb) is not None and verb.lemma_.lower() not in SUPPORT_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < noun.i), None)
    return subject if subject is not None and _agrees(owner, subject) else None


def _agrees(pronoun: Token, subject: Token) -> bool:
    """The subject is one the possessive pronoun can stand for: the same person's pronoun, or a speaker of its
    number (one person or body for "his", "her", "its"; several for "their")."""
    if subject.pos_ == "PRON":
        return subject.lower_ == _SUBJECT_PRONOUNS[pronoun.lower_]
    person = subject.ent_type_ == "PERSON" or subject.lemma_.lower() in ROLE_WORDS or (
        subject.pos_ == "PROPN" and not subject.ent_type_)
    # a person's name the tagger read as a plural ("Sanders") is one person
    plural = subject.tag_ in {"NNS", "NNPS"} and subject.ent_type_ != "PERSON" or any(
        c.dep_ == "conj" for c in subject.children)
    if pronoun.lower_ in {"his", "her"} and not person:
        return False
    return plural == (pronoun.lower_ == "their") and may_speak(subject)


def _may_hold(owner: Token, cue: Cue) -> bool:
    """The subject of the support verb may hold the noun: a doubt, question or fear only someone can ("Trump's
    decision not to come clean raises questions about ...", "the documents raise questions": they prompt them); a
    statement also a document."""
    things = DOCUMENT_NOUNS | evidence_nouns()
    document = owner.lemma_.lower() in things or owner.lower_ in things or owner.lower_ == "it"
    if cue.speech_act in {"question", "believe"} and document:
        return False
    return document or may_speak(owner) or owner.pos_ in {"PROPN", "PRON"}


def _owner_tokens(noun: Token, owner: Token) -> list[Token]:
    """The owner's words: a person named beside a description is that person ("the union's president, Mary Kay
    Henry, expressed concern": Mary Kay Henry)."""
    if owner.dep_ in {"nsubj", "nsubjpass"}:
        return noun_phrase(owner)
    if owner.dep_ == "compound":
        return [t for t in noun.doc[owner.left_edge.i:noun.i] if t.pos_ in {"PROPN", "NOUN"} or t.text in {"."}]
    return named_in_apposition(owner) or [t for t in owner.subtree if t.tag_ != "POS"]


def _owner_as_written(noun: Token, src: list[Token]) -> tuple[int, ...]:
    """The source as written keeps its possessive mark ("Trump's"); the mention's name does not."""
    first = next((t.i for t in src if t.dep_ != "det"), src[0].i)
    doc = noun.doc
    return tuple(range(first, src[-1].i + 2)) if src[-1].i + 1 < noun.i and doc[src[-1].i + 1].tag_ == "POS" else ()
