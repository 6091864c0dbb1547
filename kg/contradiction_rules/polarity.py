"""Contradictions of polarity: one thing said and unsaid, or said with words of opposite sense.

Rules:

* :func:`_same_proposition`: the same subject, predicate and arguments with opposite stances
  (``opposite-polarity``, or ``denial`` when one side denies what the other asserts).
* :func:`_covered_negation`: a negated clause whose predicate and at least 3 in 4 of its content words the other
  side asserts ("does not derive its flavour from juniper berries"); a word counts as itself, a derivation, a kind
  of it (``hypernyms.tsv``), a synonym, or, for a habitual negation, a word for the one who does it ("drummer").
* :func:`_antonym`: predicates of one family with opposite stances (``predicate_families.tsv``).
* :func:`_opposite_modifier`: opposite words for one thing ("third largest" vs "third smallest"; WordNet's antonyms
  of adjectives, ``wordnet_antonyms.tsv``; ordinals).
* :func:`_negated_object`: "no sons" against "two sons".
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from kg.contradiction_rules.debunks import CONTENT_KEYS
from kg.contradiction_rules.features import (
    _about_same, _CAREER_CHANGE, _covers, document_of, _evidence, _family_hits, _hedged, _LIGHT_PREDICATES, _make,
    name_words, _NEGATION_WORDS, _patient_agrees, same_predicate, Side, stance, _subject_key, _subjects_agree,
    unasserted, _who, _words)
from kg.contradiction_rules.lexicons import _categories
from kg.contradiction_rules.quantities import _other_occasions
from kg.contradiction_rules.rule import Keys, PREDICATE_KEYS, Rule
from kg.resources import read_lexicon
from kg.types import Contradiction, ContradictionKind, Proposition


@lru_cache(maxsize=1)
def _opposites() -> dict[str, frozenset[str]]:
    """Word -> its opposites: WordNet's direct antonyms of adjectives (``wordnet_antonyms.tsv``), read both ways."""
    out: dict[str, set[str]] = defaultdict(set)
    for line in read_lexicon("wordnet_antonyms.tsv"):
        word, other = line.split("\t")
        out[word].add(other)
        out[other].add(word)
    return {k: frozenset(v) for k, v in out.items()}


_CONDITION = re.compile(r"\b(?:when|whenever|while|if|unless|until|once)\b", re.IGNORECASE)
_SUPPOSING = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)


def _conditional(a: Side, b: Side) -> bool:
    """Whether a side says what it says under a condition ("stops delivering notifications when the battery is
    low", "delivers them only while worn"): it answers no plain statement of the other, nor one under another
    condition."""
    return bool(_CONDITION.search(a.text) or _CONDITION.search(b.text))


def _same_proposition(a: Side, b: Side) -> Contradiction | None:
    pa, pb = a.proposition, b.proposition
    if _conditional(a, b):
        return None
    if not same_predicate(pa.predicate, pb.predicate) or stance(a) == stance(b):
        return None
    # "can interfere" and "do not interfere" can both hold; "would fight back" is a stance on what will happen.
    if (_hedged(pa) or _hedged(pb)) and pa.modality != pb.modality and "would" not in {pa.modality, pb.modality}:
        return None
    # "ISIS kills 300 soldiers" and "no ISIS fighters were killed": a passive's subject is what is acted on.
    if pa.passive != pb.passive:
        passive, active = (a, b) if pa.passive else (b, a)
        if not _patient_agrees(passive, active):
            return None
    elif not _subjects_agree(a, b):
        return None
    # When it happened is no object: "had failed on Monday" and "had not failed" speak of one thing.
    args_a, args_b = set(pa.arguments) - _date_words(pa), set(pb.arguments) - _date_words(pb)
    if (args_a or args_b) and (not args_a or not args_b or len(args_a & args_b) / min(len(args_a), len(args_b)) < 0.5):
        return None
    # What the negative side rules out must be what the other side says ("not an American series" is no answer to
    # "a French series").
    neg_args = args_a if stance(a) < 0 else args_b
    pos_args = args_b if stance(a) < 0 else args_a
    if neg_args and len(neg_args & pos_args) / len(neg_args) < 0.75:
        return None
    if pa.numbers and pb.numbers and set(pa.numbers) != set(pb.numbers):
        return None
    denial = "deny" in {a.speech_act, b.speech_act}
    kind = "denial" if denial else "opposite-polarity"
    why = (f"{_who(a)} {'denies' if a.speech_act == 'deny' else 'says'} what {_who(b)} "
           f"{'denies' if b.speech_act == 'deny' else 'says'}, with opposite polarity: '{pa.predicate}'")
    return _make(a, b, kind, 0.85, why, _evidence(a, pa.predicate), _evidence(b, pb.predicate))


def _date_words(p: Proposition) -> set[str]:
    """The words of the dates the clause gives ("monday" for "on Monday")."""
    return {w for _, d in p.dates for w in _words(d)}


def _antonym(a: Side, b: Side) -> Contradiction | None:
    ha, hb = _family_hits(a), _family_hits(b)
    for family in ha.keys() & hb.keys():
        if family in {"attack", "profit"}:
            continue  # events without a shared agent: see _exclusive_attack; results need one amount: _result_clash
        (sa, wa), (sb, wb) = ha[family], hb[family]
        if sa * stance(a) == sb * stance(b):
            continue
        if _SUPPOSING.search(a.text) or _SUPPOSING.search(b.text) \
                or any(_hedged(p) and p.modality != "would" for p in (a.proposition, b.proposition)):
            # "If it were Trump versus Rubio, Rubio would win", "Obama could win": a case supposed, a possibility;
            # "would fight back" is a stance on what will happen
            continue
        if not _subjects_agree(a, b):
            continue
        # "passed the budget" and "rejected the nominee" are about different things.
        args_a = set(a.proposition.arguments) - set(wa.split())
        args_b = set(b.proposition.arguments) - set(wb.split())
        if args_a and args_b and not args_a & args_b:
            continue
        # Across documents "Trump won" and "Trump lost" may be two contests: the objects must be one.
        if document_of(a.ref.article_id) != document_of(b.ref.article_id) and not (
                args_a and args_b and len(args_a & args_b) / max(len(args_a), len(args_b)) >= 0.5):
            continue
        # "Prices rose on Monday" and "prices fell on Tuesday" speak of two occasions.
        if _other_occasions(a.proposition, b.proposition):
            continue
        why = (f"{_who(a)}: '{_evidence(a, wa).text}' and {_who(b)}: '{_evidence(b, wb).text}' "
               f"say incompatible things about {a.proposition.subject or 'the same subject'} ({family})")
        return _make(a, b, "antonym", 0.75, why, _evidence(a, wa), _evidence(b, wb))
    return None


def _core(p: Proposition, subject: frozenset[str]) -> set[str]:
    """What the clause says about its subject: predicate and argument lemmas, without subject and negation words."""
    words = set(p.predicate.split()) | set(p.arguments) | set(p.attributes)
    return {w for w in words if w not in subject and w not in _NEGATION_WORDS and w not in _LIGHT_PREDICATES}


def _covered_negation(a: Side, b: Side) -> Contradiction | None:
    """One side negates a clause whose content the other side asserts of the same subject.

    "Gin does not derive its main flavour from juniper berries" against "Gin derives its predominant flavour from
    juniper berries": the negated side's predicate and at least 3 in 4 of its content words stand in the other.
    """
    if stance(a) == stance(b) or _hedged(a.proposition) or _hedged(b.proposition) or _conditional(a, b):
        return None
    neg, pos = (a, b) if stance(a) < 0 else (b, a)
    pn, pp = neg.proposition, pos.proposition
    # "No militants were killed in the airstrikes" speaks of what was done to its subject.
    if pn.passive != pp.passive and not _patient_agrees(*((neg, pos) if pn.passive else (pos, neg))):
        return None
    # "did not do well at the elections": a light verb says too little to know what is negated.
    if pn.predicate.split()[:1] and pn.predicate.split()[0] in _LIGHT_PREDICATES - {"be", "have"}:
        return None
    if not _subjects_agree(a, b):
        return None
    core = _core(pn, _subject_key(neg) | set(pn.subject.split()))
    across = document_of(a.ref.article_id) != document_of(b.ref.article_id)
    if across:
        # Across documents all the clause says counts, asides too ("isn't the first member of Congress to raise the
        # alarm" is no answer to "became the first members of Congress" to back a candidate).
        core |= {w for w in pn.lemmas if w not in _subject_key(neg) | set(pn.subject.split())
                 and w not in _NEGATION_WORDS and w not in _LIGHT_PREDICATES and w.isalpha()}
    if not core:
        return None
    have = (set(pp.lemmas) | set(pp.attributes) | set(pp.predicate.split())) - set(pp.negated_lemmas)
    covered = {w for w in core if _covers(w, have) and not unasserted(pos.text, w)}
    pred = [w for w in pn.predicate.split() if w in core]
    agentive = _agentive(neg, pos, core)
    if agentive:
        covered |= set(pred)
    if pred and not all(w in covered for w in pred):
        return None
    # "is a film director" says what one does in general: it answers "never directs", not "did not direct the film".
    doers = {w for w in have if _categories().get(w, ("",))[0] == "person"}
    if (pred and not pn.attributes and not all(_covers(w, have - doers) for w in pred)
            and not _HABITUAL_NEGATION.search(neg.text)):
        return None
    if len(core) < 2 and not agentive and not (
            pn.attributes and any(_covers(w, set(pp.attributes)) for w in pn.attributes)):
        return None
    # Across documents every content word must stand on the other side ("did not represent the legacy of the party
    # of Reagan" is no answer to "represents an expansion of the party"); inside one, three in four.
    if len(covered) / len(core) < (1.0 if across else 0.75):
        return None
    # "Christian Bale will not be Steve Jobs" against "Christian's version will focus on speeches Steve Jobs gave":
    # names in common are not enough, a word of what is said of them must be.
    if not covered - name_words(neg) - name_words(pos):
        return None
    if pn.numbers and pp.numbers and not set(pn.numbers) & set(pp.numbers):
        return None
    words = sorted(covered)
    kind = "denial" if "deny" in {a.speech_act, b.speech_act} else "opposite-polarity"
    why = (f"{_who(neg)} negates what {_who(pos)} asserts about {pn.subject or 'the same subject'}: "
           f"'{' '.join(words)}'")
    ev = pn.predicate.split()[0] if pn.predicate else words[0]
    return _make(a, b, kind, 0.6, why, _evidence(a, ev if a is neg else pp.predicate or words[0]),
                 _evidence(b, ev if b is neg else pp.predicate or words[0]))


# Negations that speak of what one does at all, not of one occasion ("does not play drums", "was incapable of
# writing", "has yet to act"; not "did not direct the film").
_HABITUAL_NEGATION = re.compile(r"\b(?:never|incapable|unable|yet\s+to|does\s+not|doesn't|do\s+not|don't|cannot|"
                                r"can't|no\s+longer)\b", re.IGNORECASE)


def _agentive(neg: Side, pos: Side, core: set[str]) -> bool:
    """Whether ``pos`` says its subject is one who does what ``neg`` says it never does: "Ana does not play drums"
    against "Ana is a singer and drummer", "was incapable of writing" against "is an actress and author"."""
    if not _HABITUAL_NEGATION.search(neg.text) or _CAREER_CHANGE & set(_words(pos.text)):
        return False
    persons = {x for x in pos.proposition.attributes if _categories().get(x, ("",))[0] == "person"}
    return bool(persons) and any(_covers(w, persons) for w in core)


def _described_as(p: Proposition) -> set[str]:
    return set(p.arguments) | set(p.attributes) | ({p.predicate} if p.attributes else set())


_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
                      "thirteenth fourteenth fifteenth".split())


@lru_cache(maxsize=1)
def _opposites_and_ordinals() -> dict[str, frozenset[str]]:
    """:func:`_opposites`, and each ordinal against the others."""
    return {**_opposites(), **{o: _ORDINALS - {o} for o in _ORDINALS}}


def _opposite_modifier(a: Side, b: Side) -> Contradiction | None:
    """The same thing said of one subject with opposite words ("the third largest city" vs "the third smallest
    city"; "a public school" vs "a private school"; WordNet's antonyms, ``wordnet_antonyms.tsv``).

    Both sides assert and are copulas; the opposites stand right before a word both share; and neither side uses
    both words of the pair.
    """
    pa, pb = a.proposition, b.proposition
    if stance(a) < 0 or stance(b) < 0 or _hedged(pa) or _hedged(pb):
        return None
    # What the subject is (both copulas), said with opposite words of one kind of thing.
    if not pa.attributes or not pb.attributes:
        return None
    da, db = _described_as(pa) - set(pa.negated_lemmas), _described_as(pb) - set(pb.negated_lemmas)
    # What a thing is can be only one of first, second, ... ("her second studio album" vs "her first studio album").
    opposites = _opposites_and_ordinals()
    for wa in sorted(da & opposites.keys()):
        for wb in sorted(db & opposites[wa]):
            if wb in da or wa in db:
                continue
            shared = (da & db) - set(pa.subject.split()) - set(pb.subject.split())
            # The opposite words must qualify the shared thing ("the third largest city" / "the third smallest
            # city"), not other things ("little name recognition" / "a big jump").
            shared = {w for w in shared if _qualifies(a.text, wa, w) and _qualifies(b.text, wb, w)}
            if not shared or not _about_same(a, b):
                continue
            why = (f"{_who(a)} calls {pa.subject or 'it'} '{wa}', {_who(b)} '{wb}' ({', '.join(sorted(shared))}): "
                   f"opposite words for one thing")
            return _make(a, b, "antonym", 0.55, why, _evidence(a, wa), _evidence(b, wb))
    return None


def _qualifies(text: str, word: str, thing: str) -> bool:
    """Whether ``word`` stands right before ``thing`` in the text, at most two words between ("second studio
    album")."""
    stem = re.escape(thing if len(thing) <= 4 else thing[:-1])
    return re.search(r"\b" + re.escape(word) + r"\w*\s+(?:[\w-]+\s+){0,2}?" + stem, text, re.IGNORECASE) is not None


def _negated_object(a: Side, b: Side) -> Contradiction | None:
    """"He had two daughters and no sons" against "He had two sons": one side rules out, under "no", a thing that
    the other side's same predicate has as its object, for one subject."""
    pa, pb = a.proposition, b.proposition
    if not pa.predicate or pa.predicate != pb.predicate or stance(a) < 0 or stance(b) < 0:
        return None
    if _hedged(pa) or _hedged(pb) or not _subjects_agree(a, b):
        return None
    for x, y in ((a, b), (b, a)):
        px, py = x.proposition, y.proposition
        ruled_out = (set(px.negated_lemmas) & set(px.arguments)) - set(py.negated_lemmas)
        hit = sorted(w for w in ruled_out & set(py.arguments) if w.isalpha() and _under_no(x.text, w))
        if not hit:
            continue
        why = f"{_who(x)} says {px.subject or 'it'} {px.predicate} no {hit[0]}, {_who(y)} that it does"
        ev_x, ev_y = _evidence(x, "no " + hit[0]), _evidence(y, hit[0])
        return _make(a, b, "opposite-polarity", 0.55, why, *((ev_x, ev_y) if x is a else (ev_y, ev_x)))
    return None


def _under_no(text: str, lemma: str) -> bool:
    """Whether the text has the word (by its stem) right after "no", with at most one word between ("no sons",
    "no surviving sons"), and nowhere else."""
    stem = re.escape(lemma if len(lemma) <= 4 else lemma[:-1])
    after_no = re.findall(r"\bno\s+(?:[\w-]+\s+)?" + stem + r"\w*", text, re.IGNORECASE)
    return bool(after_no) and len(after_no) == len(re.findall(r"\b" + stem + r"\w*", text, re.IGNORECASE))


FAMILY_KEYS = Keys("family", lambda side: [(f,) for f in _family_hits(side) if f != "attack"])
"""A family of predicates of opposite stances (``predicate_families.tsv``)."""
OPPOSITE_KEYS = Keys("opposite", lambda side: [()] if _described_as(side.proposition) & _opposites().keys() else [])
"""A statement that calls its subject by a word with an opposite (``wordnet_antonyms.tsv``)."""


def _one_denies(a: Side, b: Side) -> bool:
    return "deny" in {a.speech_act, b.speech_act}


def _none_denies(a: Side, b: Side) -> bool:
    return not _one_denies(a, b)


RULES = (
    Rule("denied-proposition", ContradictionKind.DENIAL, PREDICATE_KEYS, _same_proposition,
         "one side denies the very clause the other asserts: 'Moscow denies its forces are bombing cities' / 'Russian "
         "forces are bombing cities'", pairs=_one_denies),
    Rule("negated-proposition", ContradictionKind.OPPOSITE_POLARITY, PREDICATE_KEYS, _same_proposition,
         "the same subject, predicate and objects, asserted and negated: 'the bridge is open' / 'the bridge is not "
         "open'", pairs=_none_denies),
    Rule("denied-content", ContradictionKind.DENIAL, CONTENT_KEYS, _covered_negation,
         "a denial whose predicate and 3 in 4 of its content words the other side asserts of the same subject",
         pairs=_one_denies),
    Rule("negated-content", ContradictionKind.OPPOSITE_POLARITY, CONTENT_KEYS, _covered_negation,
         "a negated clause whose predicate and 3 in 4 of its content words the other side asserts of the same "
         "subject: 'gin does not derive its flavour from juniper' / 'gin derives its flavour from juniper berries'",
         pairs=_none_denies),
    Rule("opposite-predicates", ContradictionKind.ANTONYM, FAMILY_KEYS, _antonym,
         "predicates of one family with opposite stances for the same subject: 'had not resisted' / 'would fight "
         "back'; 'shares rose' / 'shares fell' (predicate_families.tsv)"),
    Rule("opposite-words", ContradictionKind.ANTONYM, OPPOSITE_KEYS, _opposite_modifier,
         "one thing called by opposite words: 'the third largest city' / 'the third smallest city' (WordNet antonyms)"),
    Rule("none-against-some", ContradictionKind.OPPOSITE_POLARITY, PREDICATE_KEYS, _negated_object,
         "'no sons' against 'two sons' under the same predicate for the same subject"),
)
