"""Who issued a document the text later makes speak: "The Security Council issued a statement ... The statement
said ..." — the statement speaks for the Security Council. The document nouns are ``kg/data/attribution_words.tsv``
(document-noun), the verbs that issue them its support-verb list.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.cues import attribution_words, document_verbs
from kg.extract.cue_words import is_document, issuer_of_document, may_speak, possessor_of_document
from kg.extract.mentions import mention_of
from kg.extract.phrases import TENSED, issuer_words, noun_phrase
from kg.types import Article, Attribution, Mention


DOCUMENT_NOUNS = attribution_words("document-noun")


def issued_documents(article: Article, offset: int, doc: Doc) -> Iterator[tuple[int, str, Mention | None]]:
    """``(where, document noun, issuer)`` for each new document of a paragraph, in text order: "X issued a
    statement", "a statement from X", "In a statement ..., X called ..." and "X's statement" give X, and so does "X
    ruled that ..." for "the ruling" (:func:`kg.cues.document_verbs`); a document
    of unknown issuer ("its letter", "a letter to the editor") gives ``None`` (from there on "the letter" is not known
    to be X's). "The statement" itself names no new document."""
    for tok in doc:
        if tok.pos_ == "VERB" and (issued := _issued_by_verb(article, offset, tok)) is not None:
            yield issued
        if not is_document(tok):
            continue
        issuer = issuer_of_document(tok) or possessor_of_document(tok)
        if issuer is not None and issuer.pos_ != "PRON":
            yield offset + tok.idx, tok.lemma_.lower(), mention_of(article, offset, doc,
                                                                   [t.i for t in issuer_words(issuer)])
        elif not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            yield offset + tok.idx, tok.lemma_.lower(), None


def _issued_by_verb(article: Article, offset: int, verb: Token) -> tuple[int, str, Mention] | None:
    """"The appeals court ruled that ...": the ruling is the court's (a named subject; a pronoun's is not known
    here); only a main clause's tensed verb issues one ("The SEC requires that companies report ...": none)."""
    noun = document_verbs().get(verb.lemma_.lower())
    if noun is None or verb.dep_ not in {"ROOT", "conj"} or verb.tag_ not in TENSED and not (
            verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or not may_speak(subject):
        return None
    return offset + verb.idx, noun, mention_of(article, offset, verb.doc, [t.i for t in noun_phrase(subject)])


_REACH = 3
"""Paragraphs after the one naming a document's issuer in which "the statement" is still that document: further on,
a writer who means it names it again, and "the statement" is more likely another one."""


def with_issuer(att: Attribution, issuers: dict[str, Mention], article: Article) -> Attribution:
    """The attribution with "the statement" (a document issued a few paragraphs before at most) speaking for its
    issuer; the source's span stays as written."""
    source = att.source
    if source is None or source.named or source.affiliation or source.titles:
        return att
    noun = _singular(source.span.text.lower())
    text = article.text
    if noun not in issuers or text[max(0, source.span.start - 4):source.span.start].lower() != "the ":
        return att
    issuer = issuers[noun]
    between = sum(issuer.span.start < p.start <= source.span.start for p in article.paragraphs)
    return att if between > _REACH else replace(att, source=replace(issuer, span=source.span))


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and word[:-1] in DOCUMENT_NOUNS else word
