"""Evidentials with nobody named ("the plan seems to have failed", "the FBI is reportedly preparing ...") and
attitude adjectives said of a speaker ("Graham has been critical of the plan"); the words are
``kg/data/attr_evidentials.tsv``, ``kg/data/attr_attitudes.tsv`` and the hearsay adverbs of
``kg/data/attribution_words.tsv``.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.cues import Cue, attribution_words, attitudes, evidentials
from kg.extract.cue_words import cue_of, cue_token_ids
from kg.extract.phrases import clean, noun_phrase, word_count
from kg.extract.records import Found


def evidential_attribution(verb: Token, used: set[int]) -> Found | None:
    """"Melania seems to have left the campaign", "the plan appears too costly", "it appears that ...": a judgement
    nobody is named for. The content is the subject with its predicate (two fragments), and there is no source."""
    cue = evidentials().get(verb.lemma_.lower()) if verb.pos_ in {"VERB", "AUX"} else None
    if cue is None or verb.dep_ in {"amod", "acl", "relcl"}:
        return None
    children = list(verb.children)
    if any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to" for c in children):
        return None  # "seems to me": an experiencer is a source, and no evidential
    subject = next((c for c in children if c.dep_ in {"nsubj", "csubj"} and c.i < verb.i), None)
    parts = _evidential_parts(verb, subject, used) if subject is not None else None
    if parts is None:
        return None
    content = tuple(i for p in parts for i in p)
    if word_count([verb.doc[i] for i in content]) < 3 or set(content) & set(used):
        return None
    return Found(cue, tuple(t.i for t in cue_token_ids(verb)), (), content, "reporting-verb", 0.5,
                 fragments=tuple(parts) if len(parts) > 1 else (), rule="evidential-verb")


_HEARSAY = attribution_words("hearsay-adverb")


def hearsay(adverb: Token, used: set[int]) -> Found | None:
    """"Cuccinelli reportedly reacted by tossing his credentials", "the hackers have reportedly infiltrated ...": a
    clause passed on from unnamed reports or allegations, with its adverb; a report with no source, not the
    article's own claim. Not on a verb that reports itself ("reportedly said that ...": that report is the one)."""
    verb = adverb.head
    if adverb.lower_ not in _HEARSAY or adverb.dep_ != "advmod" or verb.pos_ not in {"VERB", "AUX"} \
            or verb.dep_ not in {"ROOT", "conj"} or cue_of(verb) is not None \
            or not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return None
    own = [t for t in verb.subtree if not _in_own_clause_of_another(t, verb)]
    content = clean(own, set(used), None)
    if word_count([verb.doc[i] for i in content]) < 3 or set(content) & set(used):
        return None
    return Found(Cue(adverb.lower_, "report", frozenset()), (adverb.i,), (), content, "reporting-verb", 0.5,
                 rule="hearsay-adverb")


def _in_own_clause_of_another(tok: Token, verb: Token) -> bool:
    """The token lies in a clause coordinated to ``verb`` with a subject of its own (a statement of its own)."""
    while tok.i != verb.i:
        if tok.dep_ == "conj" and tok.head.i == verb.i and any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
            return True
        tok = tok.head
    return False


def _evidential_parts(verb: Token, subject: Token, used: set[int]) -> list[tuple[int, ...]] | None:
    """The clause of "it seems that ...", else the subject and its predicate ("the plan" + "too costly")."""
    children = list(verb.children)
    clause = next((c for c in children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if subject.lower_ == "it" and clause is not None:
        parts = [clean(list(clause.subtree), set(used), None)]
    else:
        pred = next((c for c in children if c.dep_ in {"xcomp", "acomp", "oprd"} and c.i > verb.i), None)
        if pred is None or pred.dep_ == "xcomp" and (cue_of(pred) is not None or pred.lemma_.lower() in evidentials()):
            return None  # "appeared to suggest that ...": the suggestion is the report
        who = list(subject.subtree) if subject.dep_ == "csubj" else noun_phrase(subject)
        parts = [clean(who, set(used), None), clean(list(pred.subtree), set(used), None)]
    return [p for p in parts if p]


_NOBODY = {"it", "there", "this", "that", "which", "what"}


def attitude(adj: Token, used: set[int]) -> Found | None:
    """"Graham has been critical of the plan", "Ackman is convinced that ...", "she made it clear that ...": an
    attitude adjective said of a speaker, with its clause or the object of its preposition as the content."""
    cue = attitudes().get(adj.lower_) if adj.pos_ in {"ADJ", "VERB"} else None
    if cue is None or adj.dep_ not in {"acomp", "oprd", "ccomp", "xcomp", "amod"}:
        return None
    head = adj.head
    if adj.dep_ == "amod" and not (head.pos_ in {"PROPN", "NOUN"} and head.dep_ == "npadvmod"):
        return None  # "made clear Monday they ...", misparsed; other attributive uses say nothing
    verb = head.head if adj.dep_ == "amod" else head
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < adj.i), None)
    if subject is None or subject.lower_ in _NOBODY:
        return None
    content = _attitude_content(adj, verb, cue, set(used))
    if word_count([adj.doc[i] for i in content]) < 2 or set(content) & set(used):
        return None
    source = noun_phrase(subject)
    return Found(cue, (adj.i,), tuple(t.i for t in source), content, "reporting-verb", 0.6, rule="attitude-adjective")


def _attitude_content(adj: Token, verb: Token, cue: Cue, used: set[int]) -> tuple[int, ...]:
    """The clause or prepositional object an attitude adjective is about."""
    for c in adj.children:
        if c.i < adj.i:
            continue
        if "ccomp" in cue.frames and (c.dep_ == "ccomp" or c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children)):
            return clean(list(c.subtree), used, None)
        if c.dep_ == "prep" and c.lower_ in cue.frames:
            pobj = next((x for x in c.children if x.dep_ in {"pobj", "pcomp"}), None)
            return clean(list(pobj.subtree), used, None) if pobj is not None else ()
    if "ccomp" in cue.frames:  # "made it clear Monday that ...": the clause hangs on the verb
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > adj.i), None)
        if clause is not None:
            return clean(list(clause.subtree), used, None)
    return ()
