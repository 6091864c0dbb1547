"""Where a cue's content is: the complement its frame names (a clause, an infinitive, "accused Y of A",
"warned Y to A", "called X 'Y'", an object for verbs of judging or when evidence speaks), and whether a verb has
the complement its frame needs.
"""
from __future__ import annotations


from kg.cues import Cue, evidence_nouns
from kg.extract.phrases import clean, noun_phrase, split_clauses
from kg.extract.quotes import MARKS, nearest_quote, quote_at, quote_tokens


# Verbs of perception: with a bare infinitive ("saw prices fall") they report what was perceived, not a claim.
_PERCEPTION = {"see", "hear", "watch", "feel", "notice", "observe"}


def has_complement(verb, cue: Cue) -> bool:
    deps = {c.dep_ for c in verb.children}
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    f = cue.frames
    return bool(
        ("ccomp" in f and ("ccomp" in deps or _object_that_clause(verb) is not None))
        or ("xcomp" in f and "xcomp" in deps)
        or ("of" in f and "dobj" in deps and ("of" in preps or any(
            c.dep_ == "prep" and c.lower_ == "of" for d in verb.children if d.dep_ == "dobj" for c in d.children)))
        or ("about" in f and "about" in preps)
        or any(p in f and p in preps and _right_after_verb(verb, p) for p in _TOPIC_PREPS)
        or ("of-topic" in f and "of" in preps)
        or ("obj-to" in f and "dobj" in deps and "xcomp" in deps)
        or ("obj" in f and "dobj" in deps)
        or ("obj-evidence" in f and "dobj" in deps and _evidence_subject(verb))
        or ("oprd" in f and ("dobj" in deps and "oprd" in deps
                             or sum(c.dep_ == "oprd" and c.i > verb.i for c in verb.children) >= 2
                             or _named_as(verb) is not None))
        or ("on-to" in f and "xcomp" in deps and _on_addressee(verb) is not None)
        or ("to" in f and any(c.dep_ == "prep" and c.lower_ == "to" and _right_after(verb, c) for c in verb.children))
        or ("for" in f and "for" in preps and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "for")
        or ("quote" in f and _quote_near(verb))
    )


def _evidence_subject(verb) -> bool:
    """The verb's own subject is a piece of evidence ("polls show ...", "the video shows ...")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in evidence_nouns()


def _quote_near(verb) -> bool:
    sent = verb.sent
    return any(t.text in {'"', "\u201c", "\u201d"} for t in sent) and verb.dep_ in {"ROOT", "parataxis", "conj"}


def find_contents(verb, cue: Cue, quotes, taken: set[int]):
    """Yield ``(content token indices, target tokens, direct)`` for one cue verb."""
    children = list(verb.children)
    by_dep = {}
    for c in children:
        by_dep.setdefault(c.dep_, c)
    preps = {c.lower_: c for c in children if c.dep_ == "prep"}
    f = cue.frames
    target = []
    if "ccomp" in f and "ccomp" not in by_dep and _object_that_clause(verb) is not None:
        by_dep["ccomp"] = _object_that_clause(verb)
    if "of" in f and "dobj" in by_dep and ("of" in preps or any(c.dep_ == "prep" and c.lower_ == "of"
                                                               for c in by_dep["dobj"].children)):
        target = noun_phrase(by_dep["dobj"])
        tokens = [t for t in verb.subtree if t.i >= by_dep["dobj"].i]
        yield clean(tokens, taken, verb), target, False
        return
    if "obj-to" in f and "dobj" in by_dep and "xcomp" in by_dep:
        tokens = [t for t in verb.subtree if by_dep["dobj"].left_edge.i <= t.i <= by_dep["xcomp"].right_edge.i]
        yield clean(tokens, taken, verb), noun_phrase(by_dep["dobj"]), False
        return
    if "ccomp" in f and "ccomp" in by_dep:
        if "dobj" in by_dep:
            target = noun_phrase(by_dep["dobj"])
        clause = by_dep["ccomp"]
        if verb.lemma_ in _PERCEPTION and clause.tag_ == "VB" and not any(
                c.dep_ in {"mark", "aux"} for c in clause.children):
            return  # "have seen their jobless rate fall", "heard him leave": something perceived or lived, no claim
        # "We have been here before: the group declared that ...": of two clauses, the one after the cue.
        clause = next((c for c in children if c.dep_ == "ccomp" and c.i > verb.i and clause.i < verb.i), clause)
        if "obj" in f and "dobj" in by_dep and _object_clause(by_dep["dobj"], clause):
            # "mentioned remarks Trump had made about her": the clause describes the object, which is the content
            tokens = list(verb.doc[by_dep["dobj"].left_edge.i:clause.right_edge.i + 1])
            yield clean(tokens, taken, verb), target, False
            return
        quote = quote_at(list(clause.subtree), quotes, share=0.85)
        if quote is not None and (quote[0] > verb.idx or clause.i < verb.i):
            yield quote_tokens(verb.doc, quote), target, True
            return
        for part in split_clauses(clause, taken, marked_only=True):
            yield part, target, False
        return
    if "xcomp" in f and "xcomp" in by_dep:
        yield clean(list(by_dep["xcomp"].subtree), taken, verb), target, False
        return
    if "on-to" in f and "xcomp" in by_dep and _on_addressee(verb) is not None:
        # "called on Trump to stop ...": the addressee and what they are to do.
        start = _on_addressee(verb).i + 1
        tokens = [t for t in verb.subtree if start <= t.i <= by_dep["xcomp"].right_edge.i]
        yield clean(tokens, taken, verb), target, False
        return
    if "oprd" in f and "oprd" not in by_dep and _named_as(verb) is not None:
        # "calls the plan 'a crazy system'", parsed as an apposition or a second object
        obj, predicate = _named_as(verb)
        tokens = [t for t in verb.doc[obj.left_edge.i:predicate.right_edge.i + 1]]
        yield clean(tokens, taken, verb), target, False
        return
    if "oprd" in f and "dobj" not in by_dep and sum(c.dep_ == "oprd" for c in children) >= 2:
        # "called Trump a 'pathological liar'", parsed as two predicates
        predicates = [c for c in children if c.dep_ == "oprd"]
        first, last = predicates[0], predicates[-1]
        if first.i > verb.i:
            tokens = [t for t in verb.subtree if first.left_edge.i <= t.i <= last.right_edge.i]
            yield clean(tokens, taken, verb), target, False
            return
    if "of-topic" in f and "of" in preps and "about" not in preps:
        preps["about"] = preps["of"]
    if ("about" in f or "of-topic" in f) and "about" in preps:
        pobj = next((c for c in preps["about"].children if c.dep_ in {"pobj", "pcomp"}), None)
        if pobj is not None:
            yield clean(list(pobj.subtree), taken, verb), target, False
        return
    if "oprd" in f and "dobj" in by_dep and "oprd" in by_dep:
        start = by_dep["dobj"].left_edge.i if by_dep["dobj"].i > verb.i else by_dep["oprd"].left_edge.i
        tokens = [t for t in verb.subtree if start <= t.i <= by_dep["oprd"].right_edge.i]
        yield clean(tokens, taken, verb), target, False
        return
    for p in _TOPIC_PREPS:
        if p in f and p in preps and _right_after_verb(verb, p):
            # "warned against X", "commented on X", "pushed for X": the object of the preposition.
            pobj = next((c for c in preps[p].children if c.dep_ in {"pobj", "pcomp"}), None)
            if pobj is not None:
                yield clean(list(pobj.subtree), taken, verb), target, False
            return
    if "to" in f and "to" in preps and _right_after(verb, preps["to"]):
        pobj = next((c for c in preps["to"].children if c.dep_ in {"pobj", "pcomp"}), None)
        if pobj is not None:
            yield clean(list(pobj.subtree), taken, verb), target, False
        return
    if "for" in f and "for" in preps:
        pobj = next((c for c in preps["for"].children if c.dep_ in {"pobj", "pcomp"}), None)
        if pobj is not None:
            yield clean(list(pobj.subtree), taken, verb), target, False
        return
    evidence = "obj" not in f and "obj-evidence" in f and _evidence_subject(verb)
    if ("obj" in f or evidence) and "dobj" in by_dep:
        # "criticized the law as a 'crazy system'", "blasted the media for being dishonest": the role belongs to it;
        # adjuncts of time and place ("during a campaign stop") do not.
        dobj = by_dep["dobj"]
        tokens = [t for t in verb.subtree if t.i >= dobj.left_edge.i]
        roles = {"as", "for", "with"} if evidence else {"as", "for"}
        # an adjunct before the role stays with it ("attacked rivals on stage for taking ...")
        last_role = max((c.i for c in children if c.dep_ == "prep" and c.lower_ in roles and c.i > dobj.i), default=0)
        for c in children:
            if c.i > max(dobj.i, last_role) and (c.dep_ in {"prep", "npadvmod", "advcl", "advmod"}
                                                 and c.lower_ not in roles or c.dep_ in {"punct", "cc", "conj"}):
                cut = c.left_edge.i
                tokens = [t for t in tokens if t.i < cut]
                break
        tokens = [t for t in tokens if t.i >= dobj.left_edge.i]
        yield clean(tokens, taken, verb), target, False
        return
    if "quote" in f:
        quote = nearest_quote(verb, quotes)
        if quote is not None:
            yield _quoted_complement(verb, quote_tokens(verb.doc, quote), taken), target, True


_COMPLEMENTS = {"dobj", "prep", "xcomp", "ccomp", "oprd", "attr", "dative", "acomp"}


def _quoted_complement(verb, quote: tuple[int, ...], taken: set[int]) -> tuple[int, ...]:
    """The content of a cue with a quote: the quote itself, or the verb's complement when the quote is only a phrase
    inside it ("stressed the need to protect forests from 'constant threats'": the whole need is what was said)."""
    if not quote:
        return quote
    tree = {t.i for t in verb.subtree}
    if quote[0] - verb.i > 3 and sum(i in tree for i in quote) * 2 < len(quote):
        return ()  # a quote elsewhere in the sentence ("leads 'America Tonight' on Fusion"), not this cue's
    comps = [c for c in verb.children if c.dep_ in _COMPLEMENTS and c.i > verb.i]
    if not comps:
        return quote
    start, end = comps[0].left_edge.i, max(c.right_edge.i for c in comps)
    if not (start <= quote[0] and quote[-1] <= end):
        return quote
    tokens = [t for t in verb.doc[start:end + 1]]
    outside = [t for t in tokens if not t.is_punct and not quote[0] <= t.i <= quote[-1]]
    if len(outside) < 2:
        return quote
    return clean(tokens, taken, verb) or quote


_TOPIC_PREPS = ("against", "on")


def _right_after_verb(verb, prep: str) -> bool:
    """The verb's preposition ``prep`` follows it, with at most a particle between ("spoke out against")."""
    return any(c.dep_ == "prep" and c.lower_ == prep and _right_after(verb, c) for c in verb.children)


def _named_as(verb):
    """``(object, predicate)`` of "called X 'Y'" when the parser made Y a second object or X's quoted apposition."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if len(objects) >= 2:
        return objects[0], objects[-1]
    if len(objects) == 1:
        for t in objects[0].subtree:
            edge = t.left_edge.i
            if t.dep_ == "appos" and edge > 0 and {verb.doc[edge].text, verb.doc[edge - 1].text} & (MARKS | {"\u2018"}):
                return objects[0], t
    return None


def _object_that_clause(verb):
    """"told a meeting of leaders that few people understood ...": a "that"-clause the parser hung on the object as
    a relative clause (a relative clause has no "that" as its mark)."""
    for obj in verb.children:
        if obj.dep_ in {"dobj", "dative"} and obj.i > verb.i:
            for c in obj.subtree:
                if c.dep_ == "relcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                    return c
    return None


def _object_clause(dobj, clause) -> bool:
    """A clause with no "that" right after the verb's object: a relative clause of the object, misattached."""
    return dobj.i < clause.left_edge.i == dobj.right_edge.i + 1 and not any(
        c.dep_ == "mark" for c in clause.children)


def _right_after(verb, word) -> bool:
    """``word`` follows the verb, with at most its particle between ("pointed out to", "referring to")."""
    return word.i == verb.i + 1 or (word.i == verb.i + 2 and verb.doc[verb.i + 1].dep_ == "prt")


def _on_addressee(verb):
    """The "on" of "called on X to ...", as a particle or a preposition right after the verb."""
    nxt = verb.i + 1
    if nxt < len(verb.doc) and verb.doc[nxt].lower_ == "on" and verb.doc[nxt].head.i == verb.i:
        return verb.doc[nxt]
    return None
