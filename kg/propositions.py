"""Normalise a parsed clause into the :class:`~kg.types.Proposition` that contradiction detection compares.

Used only by :mod:`kg.extract` (and by ``kg compare`` through it): spaCy tokens come in, a frozen record goes out.
"""
from __future__ import annotations

import re
import unicodedata

from kg.cues import negations, titles
from kg.types import Proposition

_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"}
_SUBJ = {"nsubj", "nsubjpass", "csubj", "expl"}
_ARG_DEPS = {"dobj", "obj", "attr", "acomp", "pobj", "oprd", "xcomp", "dative", "prep", "agent", "prt", "npadvmod"}
_MODALS = {"would", "will", "could", "can", "may", "might", "should", "must", "shall"}
_LIGHT = {"be", "have", "do", "get", "'s", "also", "just", "only", "then", "so", "very", "even", "still"}
_NUMERIC_ENTS = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE", "TIME", "ORDINAL"}
_PLACE_ENTS = {"GPE", "LOC", "FAC"}


def _lemma(tok) -> str:
    # NFC: "é" typed as "e" and a combining accent must equal "é".
    return unicodedata.normalize("NFC", tok.lemma_.lower() if tok.pos_ != "PROPN" else tok.text.lower())


def _content_lemmas(tokens) -> list[str]:
    return [_lemma(t) for t in tokens if t.pos_ in _CONTENT_POS and _lemma(t) not in _LIGHT
            and (t.is_alpha or (any(c.isalpha() for c in t.text) and not t.is_punct))]


# Parts of a subject phrase that say more about it without naming it ("X, born 1947,", "X, who ...", "X (...)").
_SUBJECT_ASIDES = {"appos", "acl", "relcl", "parataxis", "punct"}


def _subject_tokens(subj) -> list:
    """The subject phrase without appositions, relative clauses and bracketed asides."""
    out = []

    def walk(tok):
        out.append(tok)
        for child in tok.children:
            if child.dep_ not in _SUBJECT_ASIDES:
                walk(child)

    walk(subj)
    # Drop whatever stands inside brackets.
    depth, kept = 0, []
    for t in sorted(out, key=lambda t: t.i):
        if t.text in {"(", "["}:
            depth += 1
        elif t.text in {")", "]"}:
            depth = max(0, depth - 1)
        elif depth == 0:
            kept.append(t)
    return kept


def clause_head(tokens):
    """The token of ``tokens`` whose head lies outside them (the clause's root); not a quote's opening mark, which
    the parser hangs on the speech verb outside the quote."""
    ids = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
    return next((t for t in roots if not t.is_punct), roots[0] if roots else tokens[0])


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
        # "approved ... without the ministers": a negative preposition negates its object, not the clause. A curly
        # apostrophe ("isn’t") is the same word.
        if child.dep_ == "neg" or (child.lower_.replace("\u2019", "'") in neg and child.dep_ not in {"prep", "cc"}):
            return True
        # "will no longer serve", "not any more": a negated adverb of time negates the clause.
        if child.dep_ == "advmod" and child.lower_ in {"longer", "more"} and any(
                g.lower_ in {"no", "not", "n't"} for g in child.children):
            return True
        # "Nor did she plan to stop": a sentence opened by "nor" is negated (not "neither X nor Y").
        if child.lower_ == "nor" and child.i == child.sent.start:
            return True
        # "There is no threat", "no strikes were carried out": a negative determiner on the subject or object.
        if child.dep_ in {"attr", "dobj", "nsubj", "nsubjpass"} and any(
            g.dep_ == "det" and g.lower_ in neg for g in child.children
        ):
            return True
    return False


# Verbs and adjectives that assert their complement did not happen ("refused to model", "has yet to appear",
# "was unable to attend", "is incapable of writing").
_NEG_IMPLICATIVE_VERBS = {"refuse", "fail", "decline", "neglect", "cease", "stop", "quit"}
_NEG_IMPLICATIVE_ADJS = {"unable", "incapable"}
# Verbs that assert their complement happened ("managed to write" wrote; "never managed to write" did not).
_POS_IMPLICATIVE_VERBS = {"manage", "remember", "bother", "dare"}


def _implicative(head):
    """(the complement verb, True) when ``head`` is a negative implicative governing it; (the complement, False)
    for a positive implicative ("managed to write"); else (head, False)."""
    kids = list(head.children)
    xcomp = next((c for c in kids if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}), None)
    if xcomp is not None and (head.lemma_ in _NEG_IMPLICATIVE_VERBS
                              or (head.lemma_ == "have" and any(c.lower_ == "yet" for c in kids))):
        return xcomp, True
    if xcomp is not None and head.lemma_ in _POS_IMPLICATIVE_VERBS:
        return xcomp, False
    for child in kids:
        if child.dep_ == "acomp" and child.lower_ in _NEG_IMPLICATIVE_ADJS:
            for g in child.children:
                if g.dep_ == "xcomp":
                    return g, True
                if g.dep_ == "prep" and g.lower_ == "of":
                    pcomp = next((x for x in g.children if x.dep_ in {"pcomp", "pobj"}), None)
                    if pcomp is not None:
                        return pcomp, True
    return head, False


def _attributes(head) -> tuple[str, ...]:
    """For a copula, the heads of its complements and their conjuncts ("singer-songwriter, musician and actor")."""
    if head.lemma_ != "be":
        return ()
    out = []
    for child in head.children:
        if child.dep_ in {"attr", "acomp", "oprd"}:
            stack = [child]
            while stack:
                tok = stack.pop(0)
                out.append(_lemma(tok))
                stack.extend(c for c in tok.children if c.dep_ == "conj")
    return tuple(out)


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
    clause = clause_head(tokens)
    head, implicit_neg = _implicative(clause)
    subj = _subject(clause)
    subject = ""
    if subj is not None:
        if subj.pos_ == "PRON" and subj.lower_ in {"they", "it", "he", "she", "we"}:
            subject = antecedent or _antecedent_in_sentence(subj) or subj.lower_
        else:
            subject = " ".join(_content_lemmas(_subject_tokens(subj)) or [_lemma(subj)])
    ids = {t.i for t in tokens}
    args = []
    # A passive with its agent says who did what: "the amendment was rejected by the assembly" has the subject
    # "assembly" and the object "amendment", like the active clause.
    agent = next((g for c in head.children if c.dep_ == "agent" and c.i in ids
                  for g in c.children if g.dep_ == "pobj"), None)
    swapped = agent is not None and subj is not None and subj.dep_ == "nsubjpass" and subj.pos_ != "PRON"
    if swapped:
        args.extend(_content_lemmas(_subject_tokens(subj)))
        subject = " ".join(_content_lemmas(_subject_tokens(agent)) or [_lemma(agent)])
    for child in head.children:
        if child.dep_ in _ARG_DEPS and child.i in ids and not (swapped and child.dep_ == "agent"):
            args.extend(_content_lemmas([t for t in child.subtree if t.i in ids]))
    modality = next((c.lower_ for c in clause.children if c.dep_ == "aux" and c.lower_ in _MODALS), None)
    doc = tokens[0].doc
    numbers = tuple(e.text for e in doc.ents if e.label_ in _NUMERIC_ENTS and e.start in ids)
    places = tuple(e.text for e in doc.ents if e.label_ in _PLACE_ENTS and e.start in ids
                   and not (e.root.dep_ in {"amod", "npadvmod"} or e.root.pos_ == "ADJ"))
    # The small model tags some cities PERSON ("Kyiv"); proper nouns after "in" are places too.
    places += tuple(t.text for t in tokens if t.pos_ == "PROPN" and t.ent_type_ not in _PLACE_ENTS
                    and (_conj_root(t).head.lower_ in {"in", "near", "at", "across", "outside"}
                         or _conj_root(t).head.lower_ == "of" and _conj_root(t).head.head.lower_ == "outside"))
    named = _existential_name(clause)
    if named is not None:
        subj = named
        subject = " ".join(_content_lemmas(_subject_tokens(named)) or [_lemma(named)])
    # "the European continent" names a place the model does not tag as one.
    places += tuple(f"{m.text} {t.text}" for t in tokens if t.lower_ == "continent"
                    for m in t.children if m.dep_ == "amod" and m.ent_type_ == "NORP")
    return Proposition(
        subject=subject,
        predicate=_predicate(head),
        arguments=tuple(args),
        negated=_negated(clause) != implicit_neg if head.i != clause.i else _negated(head),
        modality=modality,
        numbers=numbers,
        places=tuple(dict.fromkeys(places)),
        lemmas=tuple(dict.fromkeys(_content_lemmas(tokens))),
        attributes=_attributes(head),
        dates=_dates(doc, ids),
        negated_lemmas=_negated_lemmas(tokens, clause),
        # With its agent, a passive is about the agent ("Obama wasn't influenced by those factors": the factors).
        aliases=(_aliases(agent) if swapped else _aliases(subj) if subj is not None and subj.pos_ != "PRON" else ()),
        modifiers=_modifiers(head),
        passive=subj is not None and subj.dep_ == "nsubjpass" and agent is None and named is None,
        anchors=anchors(tokens),
        names=anchors(tokens, compounds=False),
    )


_ANCHOR_ENTS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}
_NAME_OPENERS = {"the", "a", "an", "mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "sir", "dame", "lord"}


def anchor_name(text: str) -> str:
    """A name as an anchor: lower case, NFC, without a leading article or title and a possessive ending.

    >>> anchor_name("President Vladimir Putin's")
    'vladimir putin'
    """
    text = re.sub(r"'s?\b", "", unicodedata.normalize("NFC", text).lower().replace("\u2019", "'"))
    text = " ".join(re.findall(r"[\w.&-]+", text))
    changed = True
    while changed and text:
        changed = False
        for title in (*titles(), *_NAME_OPENERS):
            if text.startswith(title + " "):
                text, changed = text[len(title) + 1:], True
    return text.strip(" .-")


def anchors(tokens, *, compounds: bool = True) -> tuple[str, ...]:
    """What a clause is specifically about: the names of the people, organisations, places, events, works, laws and
    products it mentions (a person's surname too, so "Castro" meets "Fidel Castro"; outside title-case headlines,
    proper nouns the model does not tag too), and its noun compounds of common nouns ("pumpkin spice condom",
    "grand jury testimony").
    """
    ids = {t.i for t in tokens}
    if not ids:
        return ()
    doc = tokens[0].doc
    out: list[str] = []
    for ent in doc.ents:
        if ent.label_ not in _ANCHOR_ENTS or ent.start not in ids:
            continue
        name = anchor_name(ent.text)
        if len(name) < 2 or not any(c.isalpha() for c in name):
            continue
        out.append(name)
        words = name.split()
        if ent.label_ == "PERSON" and len(words) > 1 and len(words[-1]) > 2:
            out.append(words[-1])
    # Proper nouns the model does not tag as a name ("the Kessel dam"), where case tells names apart: not in a
    # title-case headline, where every word is capitalised.
    words = [t for t in tokens if t.is_alpha]
    if words and sum(t.text[0].isupper() for t in words) <= 0.6 * len(words):
        run: list = []
        for tok in [*tokens, None]:
            if tok is not None and tok.pos_ == "PROPN" and not tok.ent_type_ and tok.is_alpha and tok.i != tok.sent.start:
                run.append(tok)
                continue
            if run:
                name = anchor_name(" ".join(t.text for t in run))
                if len(name) > 2:
                    out.append(name)
                run = []
    for tok in tokens if compounds else ():
        # The head of a compound of nouns, with its chain of compounds ("pumpkin spice condom").
        if tok.pos_ != "NOUN" or tok.ent_type_:
            continue
        chain = [c for c in tok.subtree if c.i in ids and c.i < tok.i and c.dep_ == "compound" and c.pos_ == "NOUN"
                 and not c.ent_type_]
        if chain and all(c.is_alpha for c in chain) and tok.is_alpha:
            out.append(" ".join([*(_lemma(c) for c in sorted(chain, key=lambda c: c.i)), _lemma(tok)]))
    return tuple(dict.fromkeys(out))


_EXISTENTIAL = {"there", "this", "that"}


def _existential_name(clause):
    """The name an existential clause introduces: "Marcus Bentley" in "There is a British actor named Marcus
    Bentley", "Lithuanians" in "This is an ethnic group called Lithuanians" (the clause is about that name)."""
    subj = _subject(clause)
    if clause.lemma_ != "be" or subj is None or subj.lower_ not in _EXISTENTIAL:
        return None
    for attr in (c for c in clause.children if c.dep_ == "attr"):
        for acl in (c for c in attr.children if c.dep_ == "acl" and c.lemma_.lower() in _NAMING_VERBS):
            for g in acl.children:
                if g.dep_ in {"oprd", "attr", "dobj"} and g.pos_ == "PROPN":
                    return g
                if g.dep_ == "prep" and g.lower_ == "as":
                    return next((x for x in g.children if x.dep_ == "pobj" and x.pos_ == "PROPN"), None)
    return None


_QUALIFIER_DEPS = {"amod", "compound", "nmod"}


def _modifiers(head) -> tuple[tuple[str, str], ...]:
    """For a copula, (complement head, qualifier) for the words qualifying each complement and conjunct, alone and
    two by two in text order ("death metal" besides "death" and "metal")."""
    if head.lemma_ != "be":
        return ()
    out = []
    for child in head.children:
        if child.dep_ not in {"attr", "acomp", "oprd"}:
            continue
        stack = [child]
        while stack:
            tok = stack.pop(0)
            quals, todo = [], [c for c in tok.children if c.dep_ in _QUALIFIER_DEPS]
            while todo:
                q = todo.pop()
                quals.append(q)
                todo.extend(c for c in q.children if c.dep_ in _QUALIFIER_DEPS)
            quals = sorted((q for q in quals if q.is_alpha), key=lambda t: t.i)
            words = [_lemma(q) for q in quals]
            out += [(_lemma(tok), w) for w in words]
            out += [(_lemma(tok), f"{x} {y}") for (x, y, qx, qy) in zip(words, words[1:], quals, quals[1:])
                    if qy.i == qx.i + 1]
            stack.extend(c for c in tok.children if c.dep_ == "conj")
    return tuple(dict.fromkeys(out))


_NAMING_VERBS = {"know", "call", "name", "nickname", "bill", "bear", "title", "dub"}


def _aliases(subj) -> tuple[str, ...]:
    """Names the subject phrase gives its referent: the head and its compounds, appositions, and the object of
    "known as" / "called" / "born" ("Seo Ju-hyun (born ...), known professionally as Seohyun"), never words under
    another preposition ("Peskov, spokesman for Putin" gives no "putin")."""
    out = []

    def walk(tok, depth=0):
        if depth > 4:
            return
        if tok.ent_type_ not in {"DATE", "CARDINAL"} and tok.pos_ in {"PROPN", "NOUN"} and tok.is_alpha:
            out.append(_lemma(tok))
        for child in tok.children:
            if child.dep_ in {"compound", "appos", "flat", "nmod"}:
                walk(child, depth + 1)
            elif child.dep_ in {"acl", "oprd"} and child.lemma_.lower() in _NAMING_VERBS:
                for g in child.children:
                    if g.dep_ in {"oprd", "attr", "dobj", "npadvmod"} and g.pos_ == "PROPN":
                        walk(g, depth + 1)
                    elif g.dep_ == "prep" and g.lower_ == "as":
                        for pobj in g.children:
                            if pobj.dep_ == "pobj":
                                walk(pobj, depth + 1)
    walk(subj)
    return tuple(dict.fromkeys(out))


# Verbs (with their particle) whose objects the clause does not assert: "turned down offers to work there",
# "is avoiding the use of the internet".
_NEG_PARTICLE_VERBS = {("turn", "down"), ("avoid", ""), ("shun", ""), ("forgo", ""), ("pass", "up"), ("lose", "")}


def _negated_lemmas(tokens, clause) -> tuple[str, ...]:
    """Content lemmas under a negated verb inside the clause other than its head ("whose acts did not make him a
    hero", "who turned down offers to work"): the clause does not assert them."""
    ids = {t.i for t in tokens}
    out: list[str] = []
    neg = negations()
    for tok in tokens:
        # "a fuel cell with no moving parts": a noun under a negative determiner.
        if tok.pos_ in {"NOUN", "PROPN"} and tok.i != clause.i and any(
                g.dep_ == "det" and g.lower_ in neg for g in tok.children):
            out.extend(_content_lemmas([t for t in tok.subtree if t.i in ids]))
            continue
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), "")
        # "turned down offers to work there" does not assert the offers' content, even as the clause's own head.
        if tok.i == clause.i:
            if (tok.lemma_, particle) in _NEG_PARTICLE_VERBS:
                out.extend(_content_lemmas([t for t in tok.subtree if t.i in ids and t.i != tok.i]))
            continue
        if _negated(tok) or _implicative(tok)[1] or (tok.lemma_, particle) in _NEG_PARTICLE_VERBS:
            out.extend(_content_lemmas([t for t in tok.subtree if t.i in ids]))
    return tuple(dict.fromkeys(out))


def _dates(doc, ids) -> tuple[tuple[str, str], ...]:
    """(verb lemma, date as written) for each date in the clause, with the verb (or noun) it is attached to."""
    out = []
    ents = [e for e in doc.ents if e.label_ == "DATE" and e.start in ids]
    lifespan = set()
    # "Harold Macmillan (10 February 1894 -- 29 December 1986) was ...": a bracketed span of two dates gives the
    # births and deaths of the subject it follows.
    for first in ents:
        before = doc[max(0, first.start - 12):first.start].text
        # Read the second date from the text: the model sometimes leaves out its day or misses it altogether.
        m = re.match(r"\s*(?:--|-|–|—|−)\s*([^()]{4,30}?)\s*\)", doc.text[first.end_char:])
        if m and re.search(r"\b\d{4}\b", m.group(1)) and "(" in before and ")" not in before.rsplit("(", 1)[-1]:
            # The model may leave out the day of the first date too ("10 February 1894" read as "February 1894").
            day = re.search(r"\b([0-3]?\d)\s+$", doc.text[max(0, first.start_char - 4):first.start_char])
            born = f"{day.group(1)} {first.text}" if day and not re.match(r"\d", first.text) else first.text
            out += [("bear", born), ("die", m.group(1))]
            end = first.end_char + m.end()
            lifespan |= {e.start for e in ents if first.start_char <= e.start_char < end}
    for ent in ents:
        if ent.start in lifespan:
            continue
        tok = ent.root
        # "the 1967 residents": a bare number counting a plural noun is no date.
        if len(ent) == 1 and tok.dep_ == "nummod" and tok.head.tag_ in {"NNS", "NNPS"}:
            continue
        # "a 1930 comedy": a date that modifies a copula's complement dates what the subject is.
        if tok.head.dep_ in {"attr", "conj"} and tok.head.pos_ in {"NOUN", "PROPN"} and tok.dep_ in {
                "nummod", "compound", "amod", "npadvmod"}:
            out.append((tok.head.lemma_.lower(), ent.text))
            continue
        steps = 0
        while tok.head.i != tok.i and steps < 4 and not (tok.pos_ == "VERB" and tok is not ent.root):
            tok = tok.head
            steps += 1
        if tok.pos_ == "VERB":
            out.append((tok.lemma_.lower(), ent.text))
    return tuple(out) + _untagged_dates(doc, ids, {t for e in ents for t in range(e.start, e.end)})


_DECADES = {"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"}
_YEAR_TOKEN = re.compile(r"(1[0-9]{3}|20[0-9]{2})")
_QUANTITY_ENTS = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "TIME"}


def _untagged_dates(doc, ids, dated) -> tuple[tuple[str, str], ...]:
    """(verb lemma, date) for dates the model does not tag as such: decades in words ("was born in the forties")
    and years inside names of events ("captured in the 1967 Mideast war")."""
    out = []
    for i in sorted(ids - dated):
        tok = doc[i]
        if tok.lower_ in _DECADES and tok.head.lower_ in {"in", "during", "since", "by"}:
            if tok.head.head.pos_ in {"VERB", "AUX"}:
                out.append((tok.head.head.lemma_.lower(), f"the {tok.lower_}"))
        elif (_YEAR_TOKEN.fullmatch(tok.text) and tok.ent_type_ not in _QUANTITY_ENTS
              and tok.dep_ in {"nummod", "compound", "amod"} and tok.head.tag_ not in {"NNS", "NNPS"}):
            # "the 1967 war", not "1967 residents" (a count).
            verb, steps = tok.head, 0
            while verb.pos_ != "VERB" and verb.head.i != verb.i and steps < 4:
                verb, steps = verb.head, steps + 1
            if verb.pos_ == "VERB":
                out.append((verb.lemma_.lower(), tok.text))
    return tuple(out)


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
