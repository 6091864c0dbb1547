"""What the article asserts in its own voice: a clause no rule gave a speaker (claimed by the article's
authors or publisher).
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.cue_words import cue_of, subject_of
from kg.extract.frames import has_complement
from kg.extract.phrases import SUBJ, dateline_end, noun_phrase, split_clauses
from kg.extract.records import Found


def article_voice(sent: Span, used: set[int]) -> Iterator[Found]:
    """What the article asserts in its own voice: the main clauses of a sentence outside its attributions."""
    root = sent.root
    if root.pos_ not in {"VERB", "AUX"} or sent.text.rstrip().endswith("?") or root.i in used:
        return
    if not any(c.dep_ in SUBJ | {"expl"} for c in root.children):
        return
    drop = (set(used) | _reported(sent, used)) - _antecedents_of_reports(sent, used)
    dateline = _dateline(sent)
    for part in split_clauses(root, drop):
        part = tuple(i for i in part if i not in drop and i not in dateline)
        if len(part) >= 4 and any(_subject(sent.doc[i]) or sent.doc[i].head.i in dateline for i in part) \
                and any(_predicate(sent.doc[i]) for i in part):  # a statement, not the leftovers of a name
            words = [sent.doc[i] for i in part]
            if words[0].lower_ in {"i", "we", "you"} or _object_taken(words, used) or _copula_left_alone(words):
                continue
            yield Found(None, (), (), part, "article-voice", 0.6, rule="clause-in-article-voice")


def _object_taken(words: list[Token], used: set[int]) -> bool:
    """A clause whose verb's object is a speaker or statement of an attribution ("The scandal forced" of "The
    scandal forced Schultz to admit that ...") is what is left of a sentence, not a statement."""
    return any(c.dep_ == "dobj" and c.i in used for w in words if _predicate(w) for c in w.children)


def _copula_left_alone(words: list[Token]) -> bool:
    """"The final results are", "Naureen Jahangir, a Sanders supporter, is", "Smith is one": a main "be" whose
    complement was a report or a quote ("one of those who believe ..."): nothing is said of the subject."""
    last = words[-1]
    return last.pos_ == "AUX" and last.dep_ == "ROOT" \
        or last.lower_ == "one" and last.dep_ == "attr" and last.i + 1 < len(last.doc) \
        and last.doc[last.i + 1].lower_ == "of"


def _subject(tok: Token) -> bool:
    """A subject of the article's own clause ("The dam held"); not the "who" of a relative clause, whose antecedent
    may be a speaker's ("They are partisans who argue ...")."""
    return tok.dep_ in SUBJ and not (tok.tag_ in {"WP", "WDT"} and tok.head.dep_ == "relcl")


def _predicate(tok: Token) -> bool:
    """A verb that says something of a subject, not one that describes a noun ("Oscar-winning")."""
    return tok.pos_ in {"VERB", "AUX"} and tok.dep_ not in {"amod", "compound", "acl"}


def _reported(sent: Span, used: set[int]) -> set[int]:
    """The tokens of the sentence's reports (a cue's clause, a relative clause an attribution took the cue of, its
    borrowed subject, the conjunction before it): not the article's own voice."""
    drop: set[int] = set()
    for b in (t.i for t in sent if (t.dep_ in {"advcl", "conj", "ccomp"} or t.dep_ == "relcl" and t.i in used)
              and _reports(t, used)):
        drop |= {t.i for t in sent.doc[b].subtree}
        # the borrowed subject of a cue hung on the previous clause
        subj = subject_of(sent.doc[b])
        if subj is not None:
            phrase = noun_phrase(subj)
            drop |= {t.i for t in phrase}
            if phrase[0].i > subj.i:  # a dateline before the name ("ORLANDO, Fla. (Reuters) - President Obama")
                drop |= set(range(subj.left_edge.i, phrase[-1].i + 1))
        # and the conjunction before it
        if sent.doc[b].i - 1 >= sent.start and sent.doc[b - 1].dep_ in {"cc", "mark"}:
            drop.add(b - 1)
    return drop


def _antecedents_of_reports(sent: Span, used: set[int]) -> set[int]:
    """The words of a relative clause's antecedent that an attribution took as its source, where the antecedent is
    part of the article's own clause ("The party offered fresh ammunition to Republicans who say ...": the
    article's clause is "The party offered fresh ammunition to Republicans", not "... ammunition to")."""
    keep: set[int] = set()
    for verb in sent:
        noun = verb.head
        if verb.dep_ != "relcl" or verb.i not in used or noun.i not in used or noun.head.i in used \
                or noun.head.i == noun.i or noun.pos_ not in {"NOUN", "PROPN"}:
            continue  # "support from those who said ...": "those" alone says nothing
        clause = {t.i for t in verb.subtree}
        phrase = [t for t in noun.subtree if t.i not in clause]
        while phrase and phrase[-1].is_punct:
            phrase.pop()
        keep |= {t.i for t in phrase}
    return keep


def _reports(verb: Token, used: set[int]) -> bool:
    """The verb is a cue an attribution took, or one with the complement its frame needs: not "that they could not
    be identified" (which says nothing of anyone's claim)."""
    cue = cue_of(verb)
    return cue is not None and (verb.i in used or has_complement(verb, cue))


def _dateline(sent: Span) -> set[int]:
    """"PHILADELPHIA, July 25 (UPI) —": a wire story's dateline is no part of what it asserts."""
    end = dateline_end(sent)
    return set() if end is None else set(range(sent.start, end + 1))
