"""Normalise a parsed clause into the :class:`~kg.types.Proposition` that contradiction detection compares.

Used only by :mod:`kg.extract` (and by ``kg compare`` through it): spaCy tokens come in, a frozen record goes out.
"""
from __future__ import annotations

from kg.cues import negations
from kg.types import Proposition

_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"}
_SUBJ = {"nsubj", "nsubjpass", "csubj", "expl"}
_ARG_DEPS = {"dobj", "obj", "attr", "acomp", "pobj", "oprd", "xcomp", "dative", "prep", "agent", "prt", "npadvmod"}
_MODALS = {"would", "will", "could", "can", "may", "might", "should", "must", "shall"}
_LIGHT = {"be", "have", "do", "get", "'s", "also", "just", "only", "then", "so", "very", "even", "still"}
_NUMERIC_ENTS = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE", "TIME", "ORDINAL"}
_PLACE_ENTS = {"GPE", "LOC", "FAC"}


def _lemma(tok) -> str:
    return tok.lemma_.lower() if tok.pos_ != "PROPN" else tok.text.lower()


def _content_lemmas(tokens) -> list[str]:
    return [_lemma(t) for t in tokens if t.pos_ in _CONTENT_POS and _lemma(t) not in _LIGHT and t.is_alpha]


def clause_head(tokens):
    """The token of ``tokens`` whose head lies outside them (the clause's root)."""
    ids = {t.i for t in tokens}
    for t in tokens:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return tokens[0]


def _subject(head):
    for child in head.children:
        if child.dep_ in _SUBJ:
            return child
    # Coordinated verbs share the first conjunct's subject ("had laid down ... and had not been attacked").
    if head.dep_ == "conj" and head.head.pos_ in {"VERB", "AUX"}:
        return _subject(head.head)
    return None


def _negated(head) -> bool:
    neg = negations()
    for child in head.children:
        if child.dep_ == "neg" or child.lower_ in neg:
            return True
        # "There is no threat", "no strikes were carried out": a negative determiner on the subject or object.
        if child.dep_ in {"attr", "dobj", "nsubj", "nsubjpass"} and any(
            g.dep_ == "det" and g.lower_ in neg for g in child.children
        ):
            return True
    return False


def _predicate(head) -> str:
    particles = [c.lower_ for c in head.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in {"back", "down", "out", "up", "off"})]
    if head.lemma_ == "be":
        for child in head.children:
            if child.dep_ in {"attr", "acomp", "oprd"}:
                return _lemma(child)
    return " ".join([_lemma(head), *particles])


def proposition(tokens, *, antecedent: str = "") -> Proposition:
    """Normalise the clause made of ``tokens`` (a span or list of spaCy tokens of one sentence).

    Args:
        tokens: The statement's tokens.
        antecedent: What a pronoun subject stands for, when the caller knows (the speaker for "it", ...).
    """
    tokens = [t for t in tokens if not t.is_space]
    if not tokens:
        return Proposition()
    head = clause_head(tokens)
    subj = _subject(head)
    subject = ""
    if subj is not None:
        if subj.pos_ == "PRON" and subj.lower_ in {"they", "it", "he", "she", "we"}:
            subject = antecedent or _antecedent_in_sentence(subj) or subj.lower_
        else:
            subject = " ".join(_content_lemmas(list(subj.subtree)) or [_lemma(subj)])
    ids = {t.i for t in tokens}
    args = []
    for child in head.children:
        if child.dep_ in _ARG_DEPS and child.i in ids:
            args.extend(_content_lemmas([t for t in child.subtree if t.i in ids]))
    modality = next((c.lower_ for c in head.children if c.dep_ == "aux" and c.lower_ in _MODALS), None)
    doc = tokens[0].doc
    numbers = tuple(e.text for e in doc.ents if e.label_ in _NUMERIC_ENTS and e.start in ids)
    places = tuple(e.text for e in doc.ents if e.label_ in _PLACE_ENTS and e.start in ids
                   and not (e.root.dep_ in {"amod", "npadvmod"} or e.root.pos_ == "ADJ"))
    # The small model tags some cities PERSON ("Kyiv"); proper nouns after "in" are places too.
    places += tuple(t.text for t in tokens if t.pos_ == "PROPN" and t.ent_type_ not in _PLACE_ENTS
                    and _conj_root(t).head.lower_ in {"in", "near", "at", "across"})
    return Proposition(
        subject=subject,
        predicate=_predicate(head),
        arguments=tuple(args),
        negated=_negated(head),
        modality=modality,
        numbers=numbers,
        places=tuple(dict.fromkeys(places)),
        lemmas=tuple(dict.fromkeys(_content_lemmas(tokens))),
    )


def _antecedent_in_sentence(pron) -> str:
    """For "they"/"it" in a coordinated clause, the subject of the first conjunct ("Ukrainian forces ... and that they")."""
    verb = pron.head
    while verb.dep_ == "conj":
        verb = verb.head
        for child in verb.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child.pos_ != "PRON":
                return " ".join(_content_lemmas(list(child.subtree)) or [_lemma(child)])
    return ""


def _conj_root(tok):
    """The first conjunct of a coordination ("Kyiv" for "Odesa" in "in Kyiv, Kharkiv and Odesa")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok
