"""Debunks: one statement calls untrue what another asserts.

Rule (kind ``denial``):

* :func:`_debunked_claim`: "The Banksy arrest is a hoax", "Pumpkin spice condoms are not a real thing", "USDA
  debunks reports of Ebola in Texas turkeys", "Durex denies rumours of a pumpkin spice condom" against a statement
  that asserts what they call untrue ("Durex is launching a pumpkin spice condom"). What is debunked is the subject
  of "is a hoax" / "is false" / "is not real" / "is not happening", or the object of a debunking verb ("debunk",
  "dismiss", "deny"), without the words for a claim itself ("report", "rumour", "story"); the other statement must
  assert at least two thirds of its content words, at least two of them, its last (head) word, and two thirds of
  the words that are no names ("Led Zeppelin reunion tour" is not answered by "a Led Zeppelin solo tour"); two words ("the Banksy arrest") must be the other's subject and predicate ("Banksy was arrested"). Words the
  other side only asks about or reports as a claim ("whether", "claims of") do not count (``debunk_words.tsv``).

A plain negation ("Banksy has not been arrested", "No, Christian Bale will not play Steve Jobs") is the polarity
family's (:mod:`~kg.contradiction_rules.polarity`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.contradiction_rules.features import (
    _covers, _evidence, _hedged, _make, name_words, Side, stance, unasserted, _who)
from kg.contradiction_rules.lexicons import _word_to_group
from kg.contradiction_rules.rule import FIRST, keyable, Keys, Rule, SECOND
from kg.types import Contradiction, ContradictionKind


@lru_cache(maxsize=1)
def _debunk_words() -> dict[str, str]:
    """Word -> its kind in ``debunk_words.tsv`` ("untrue", "real", "debunk", "claim")."""
    return _word_to_group("debunk_words.tsv")


@lru_cache(maxsize=16)
def _of_kind(kind: str) -> frozenset[str]:
    return frozenset(w for w, k in _debunk_words().items() if k == kind)


@lru_cache(maxsize=8192)  # bounded: per-statement caches must not grow with the archive
def debunked(side: Side) -> tuple[tuple[str, ...], str]:
    """(the content words the statement calls untrue, the word that calls them so), or ``((), "")``.

    >>> from kg.types import Proposition, StatementRef
    >>> hoax = Proposition("banksy arrest", "hoax", ("giant", "hoax"), attributes=("hoax",))
    >>> debunked(Side(StatementRef("a", 0, 26), "The Banksy arrest is a hoax", "x", "X", "report", hoax))
    (('banksy', 'arrest'), 'hoax')
    """
    p = side.proposition
    if _hedged(p):
        return (), ""
    words = _debunk_words()
    head = " ".join(p.predicate.split()[:2]) if " " in p.predicate else p.predicate
    skip = _of_kind("claim") | _of_kind("untrue") | _of_kind("real") | {"plan"}
    content: list[str] = []
    marker = ""
    untrue = [w for w in p.attributes if words.get(w) == "untrue"]
    if untrue and stance(side) > 0:
        content, marker = p.subject.split(), untrue[0]
    elif stance(side) < 0 and side.speech_act != "deny" and (
            words.get(p.predicate) == "real" or any(words.get(w) == "real" for w in p.attributes)):
        content, marker = p.subject.split(), "not " + p.predicate
    elif words.get(head) in {"debunk", "deny", "dismiss"} and stance(side) > 0 and side.speech_act != "deny":
        claims = [w for w in p.arguments if words.get(w) == "claim"]
        if (words[head] == "debunk" or (words[head] == "dismiss" and claims)
                or (words[head] == "deny" and not any(words.get(w) == "granted" for w in p.arguments))):
            content, marker = list(p.arguments), head
    elif side.speech_act == "deny" and not p.negated and words.get(p.predicate) == "claim":
        # "denies reports of Banksy's arrest": a claim named by a noun, not a clause.
        content, marker = list(p.lemmas), "denies"
    kept = tuple(dict.fromkeys(w for w in content if w not in skip and keyable(w) and w.isalpha()))
    return (kept, marker) if len(kept) >= 2 else ((), "")


def _asserted(side: Side) -> set[str]:
    """The words the statement asserts: its lemmas, less those standing only after a report of a claim ("after
    rumours swept the internet that he had died" asserts no death)."""
    p = side.proposition
    words = set(p.lemmas) | set(p.attributes) | set(p.predicate.split()) | set(p.subject.split()) | set(p.arguments)
    cut = _REPORT_START.search(side.text)
    if cut is None:
        return words
    said = set(re.findall(r"[a-z][\w-]*", side.text[:cut.start()].lower()))
    return {w for w in words if w in said or any(x[:3] == w[:3] for x in said)}


_REPORT_START = re.compile(r"\b(?:rumou?rs?|reports?|claims?|allegations?|speculation)\b[^.;:!?]{0,60}?\b(?:that|of)\b",
                           re.IGNORECASE)


def _speaks_of_truth(side: Side, marker: str) -> bool:
    """Whether a statement speaks of a claim's truth itself (a debunking word, or "real", "exist", "true"): then it
    is no plain assertion of the claim ("puts pumpkin spice condoms closer to existing than ...")."""
    if _marker().search(side.text) or re.search(r"\b" + re.escape(marker.split()[-1][:4]), side.text, re.IGNORECASE):
        return True
    words = _debunk_words()
    return any(words.get(w) == "real" for w in side.proposition.lemmas)


@lru_cache(maxsize=8192)  # bounded: per-statement caches must not grow with the archive
def calls_untrue(side: Side) -> bool:
    """Whether the statement has a word that calls something untrue ("a death hoax struck", "the report turned out
    to be false", "reports of his death are not accurate"): it does not plainly assert its clause, whatever the
    clause says, and a denial of it is no denial of the clause."""
    words = _debunk_words()
    p = side.proposition
    if any(words.get(w) == "untrue" for w in (*p.lemmas, *p.attributes)):
        return True
    return p.negated and (words.get(p.predicate) == "real" or any(words.get(w) == "real" for w in p.attributes))


def _asserts(side: Side) -> bool:
    """Whether the statement asserts its content plainly (positive, not hedged, itself no debunk or denial)."""
    words = _debunk_words()
    return (stance(side) > 0 and side.speech_act not in {"deny", "question"} and not _hedged(side.proposition)
            and not debunked(side)[0] and not calls_untrue(side)
            and not any(words.get(w) == "hedge" for w in side.proposition.attributes)
            # "about" is a hedge as a copula's complement ("were about to sign"); elsewhere it counts or relates.
            and not any(words.get(w) == "hedge" and w != "about" for w in side.proposition.lemmas))


def _debunked_claim(a: Side, b: Side) -> Contradiction | None:
    """One statement calls untrue (a hoax, false, not real, debunked) what the other asserts."""
    for d, c in ((a, b), (b, a)):
        words, marker = debunked(d)
        if not words or not _asserts(c):
            continue
        # "Edwards held a press conference (he never did, and Edwards doesn't even exist)": a side that speaks of
        # the claim's truth itself is no plain assertion of it.
        if _speaks_of_truth(c, marker):
            continue
        have = _asserted(c)
        covered = [w for w in words if _covers(w, have) and not unasserted(c.text, w)
                   and w not in c.proposition.negated_lemmas]
        if len(covered) < 2 or len(covered) * 3 < len(words) * 2 or words[-1] not in covered:
            continue
        # Names in common are not enough ("rumours of Ms Rosenberg's kidnap" against "the ministry tries to find Ms
        # Rosenberg"): a word of what happened must stand on the other side too.
        names = name_words(d) | name_words(c)
        told = [w for w in words if w not in names]
        if not told or len([w for w in covered if w not in names]) * 3 < len(told) * 2:
            continue
        # Two words ("the Banksy arrest is a hoax") must be what the other side says of its subject, not words of
        # an aside ("how to combat climate change").
        pc = c.proposition
        if len(words) == 2 and not (_covers(words[-1], set(pc.predicate.split()) | set(pc.attributes))
                                    or pc.subject.split()[-1:] == [words[-1]]):
            continue
        why = (f"{_who(d)} calls '{' '.join(words)}' untrue ('{marker}'), which {_who(c)} asserts")
        ev_d, ev_c = _evidence(d, marker.split()[-1]), _evidence(c, covered[0])
        return _make(a, b, "denial", 0.7, why, *((ev_d, ev_c) if d is a else (ev_c, ev_d)))
    return None


_SHORT = 25
"""Words at most in a headline that the headline rule reads as a whole (further in an article, or in a long
sentence, a word like "false" may be said of some other thing)."""


def _inflections(word: str) -> set[str]:
    """A word with its regular inflections ("deny": denies, denied, denying; "fake": fakes, faked, faking, fakely)."""
    out = {word, word + "s", word + "es", word + "ed", word + "ing", word + "ly"}
    if word.endswith("e"):
        out |= {word + "d", word[:-1] + "ing", word[:-1] + "y"}
    if word.endswith("y"):
        out |= {word[:-1] + "ies", word[:-1] + "ied"}
    if word.endswith("t") and not word.endswith("st"):
        out |= {word + "ted", word + "ting"}
    return out


@lru_cache(maxsize=1)
def _marker_kinds() -> dict[str, str]:
    """Each form of a marker word as written -> its kind in ``debunk_words.tsv`` ("denies" -> "deny")."""
    return {f: k for w, k in _debunk_words().items() if k in {"untrue", "debunk", "deny", "dismiss"}
            for f in _inflections(w)}


@lru_cache(maxsize=1)
def _marker() -> re.Pattern:
    """Any word or phrase of ``debunk_words.tsv`` that calls something untrue, as written (inflected forms too)."""
    words = _debunk_words()
    single = sorted((w for w, k in words.items() if k in {"untrue", "debunk", "deny"} and " " not in w), key=len,
                    reverse=True)
    phrases = sorted((w for w, k in words.items() if k == "phrase" or (k in {"untrue", "debunk"} and " " in w)),
                     key=len, reverse=True)
    forms = sorted({f for w in single for f in _inflections(w)}, key=len, reverse=True)
    parts = [re.escape(p).replace(r"\ ", r"\s+") for p in phrases] + [re.escape(f) for f in forms]
    # "not real" written with a contraction: "aren't real", "isn’t a thing".
    nots = [re.escape(p[4:]).replace(r"\ ", r"\s+") for p in phrases if p.startswith("not ")]
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b|n['\u2019]t\s+(?:" + "|".join(nots) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=8192)  # bounded: per-statement caches must not grow with the archive
def headline_debunk(side: Side) -> str:
    """The word or phrase by which a headline (:attr:`~kg.contradiction_rules.features.Side.headline`) calls
    something untrue, or ``""``: "Rumors of ISIS leader's death debunked", "The Batmobile might have been stolen in
    Detroit. UPDATE: Nope"."""
    if not side.headline or len(side.text.split()) > _SHORT or side.text.rstrip().rstrip('"\u201d\'').endswith("?"):
        return ""
    if _hedged(side.proposition) or side.speech_act == "question":
        return ""
    found = _marker().search(side.text)
    if found is None:
        return ""
    # "reasons not to trust reporting that the claim is false": a negation before the word turns it round.
    if not found.group(0).lower().startswith(("not ", "no ")) and re.search(
            r"\b(?:not|n't|no|never)\b", side.text[:found.start()], re.IGNORECASE):
        return ""
    return found.group(0)


_BE = re.compile(r"(?:\b(?:is|are|was|were|be|been|being|'s)\s+(?:(?:a|an|the|just|all|totally|completely|entirely|"
                 r"probably|almost|definitely|actually|really|another|giant|big|huge|elaborate|complete|total|"
                 r"categorically)\s+)*|[:\u2014-]\s*)$", re.IGNORECASE)
_SCOPE_END = re.compile(r"[,.;:!?\u2014]|\b(?:over|after|before|as|for|with|by|in|on|at|to|and|but|while|because|"
                        r"that|which|who|says?|said|amid|despite)\b", re.IGNORECASE)


_LABEL_WORDS = 4
"""Words at most in a headline's label before a colon ("Purdon Ebola Hoax:")."""


def _debunked_scope(side: Side, marker: str) -> str:
    """The words of a headline that its debunking word or phrase speaks of: before a predicate ("X is a hoax", "X:
    not true", "X? Nope"), after a verb ("denies X", "debunks X"), or the noun phrase an adjective qualifies ("fake
    stolen Batmobile report"; not "wants Williams fired over a fabricated story")."""
    text = side.text
    at = text.lower().find(marker.lower())
    before, after = text[:at], text[at + len(marker):]
    label = re.match(r"\s*:\s*", after)
    if label and len(before.split()) < _LABEL_WORDS:
        return after[label.end():]  # "Purdon Ebola Hoax: Texas Town Quarantined ...": the label calls the line untrue
    kind = _marker_kinds().get(" ".join(marker.lower().split()), "phrase")
    if kind in {"debunk", "deny", "dismiss"}:
        # "denies X", but "rumours of X debunked", "X denied by police": a passive speaks of what stands before.
        passive = marker.lower().endswith("ed") and (not re.search(r"\w", after) or re.match(r"\s*by\b", after))
        return before if passive else after
    if kind == "phrase" or _BE.search(before) or not after.strip() or _SCOPE_END.match(after.strip()):
        return _past_a_calling_verb(before)
    end = _SCOPE_END.search(after)
    return after[:end.start()] if end else after


def _past_a_calling_verb(scope: str) -> str:
    """"Comcast calls rumor that it disconnects Tor users wildly inaccurate": what is called untrue is the object of
    "calls" (or "labels", "deems", "dubs"), not its subject, who calls it so."""
    called = list(_calling().finditer(scope))
    return scope[called[-1].end():] if called else scope


@lru_cache(maxsize=1)
def _calling() -> re.Pattern:
    """The forms of the ``calling`` verbs of ``debunk_words.tsv``, each followed by a space."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(_of_kind("calling")))) + r")\s+", re.IGNORECASE)


def _claim_core(side: Side) -> tuple[list[str], list[str]]:
    """(subject words, content words of subject, predicate and objects) of a plain assertion, without words for
    claims."""
    p = side.proposition
    skip = _of_kind("claim")
    subject = [w for w in p.subject.split() if w not in skip and w.isalpha() and len(w) > 2]
    core = [w for w in dict.fromkeys([*subject, *p.predicate.split()[:1], *p.arguments])
            if w.isalpha() and len(w) > 2 and w not in skip]
    return subject, core


def _debunking_headline(a: Side, b: Side) -> Contradiction | None:
    """A short statement that calls something untrue ("hoax", "false", "denies", "UPDATE: Nope") and names what a
    plain assertion says: a word of its subject, and half its content words (two at least)."""
    for d, c in ((a, b), (b, a)):
        marker = headline_debunk(d)
        if not marker or not _asserts(c) or headline_debunk(c):
            continue
        subject, core = _claim_core(c)
        if not subject or len(core) < 2:
            continue
        scope = set(re.findall(r"[a-z][\w-]*", re.sub(r"['\u2019]s\b", "", _debunked_scope(d, marker).lower())))
        said = scope | {w for w in d.proposition.lemmas if any(x[:3] == w[:3] for x in scope)}
        covered = [w for w in core if _covers(w, said)]
        # A word of the subject and one of what is said of it ("Rumors of ISIS leader's death" / "the ISIS leader
        # was killed"), half the words at least.
        if (not any(w in covered for w in subject) or all(w in subject for w in covered) or len(covered) < 2
                or len(covered) * 2 < len(core)):
            continue
        names = name_words(d) | name_words(c)
        if not any(w not in names for w in covered):
            continue
        why = f"{_who(d)} calls it untrue ('{marker}'): '{d.text}', against {_who(c)}: '{c.text}'"
        ev_d, ev_c = _evidence(d, marker), _evidence(c, covered[0])
        return _make(a, b, "denial", 0.6, why, *((ev_d, ev_c) if d is a else (ev_c, ev_d)))
    return None


def _plain(side: Side) -> bool:
    """A positive statement that is no debunk: what a negation, a debunk or a debunking headline may answer."""
    return stance(side) > 0 and not debunked(side)[0] and not headline_debunk(side)


def _content_words(side: Side) -> list[tuple]:
    """The words a statement offers to the rules that weigh one statement's content against another's: a negated
    clause its predicate, a debunk the words it calls untrue, a debunking headline its words (all these are first
    in a bucket); a plain statement its subject, predicate, complements and objects (second)."""
    p = side.proposition
    words: set[str] = set()
    if stance(side) < 0:
        words |= set(p.predicate.split()[:1])
    words |= set(debunked(side)[0])
    if headline_debunk(side):
        words |= set(p.lemmas) | set(p.subject.split())
    if _plain(side):
        words |= {*p.subject.split(), *p.predicate.split()[:1], *p.attributes, *p.arguments}
    return [(w,) for w in sorted(words) if keyable(w) and w.isalpha()]


def _content_role(key: tuple, side: Side) -> int:
    first = stance(side) < 0 or bool(debunked(side)[0]) or bool(headline_debunk(side))
    return (FIRST if first else 0) | (SECOND if _plain(side) else 0)


CONTENT_KEYS = Keys("content", _content_words, role=_content_role)
"""A word of what a negated clause, a debunk or a debunking headline rules out (first) meets a word of what a plain
statement says (second): the keys of negated-content, denied-content, debunked-claim and debunking-headline."""

RULES = (
    Rule("debunked-claim", ContradictionKind.DENIAL, CONTENT_KEYS, _debunked_claim,
         "one side calls untrue what the other asserts: 'the pumpkin spice condom is a hoax' / 'Durex is launching "
         "a pumpkin spice condom' (debunk_words.tsv)"),
    Rule("debunking-headline", ContradictionKind.DENIAL, CONTENT_KEYS, _debunking_headline,
         "a headline that calls something untrue and names a word of the subject and half the content of a plain "
         "assertion: 'Rumors of ISIS leader's death debunked' / 'ISIS leader al-Baghdadi was "
         "killed' (debunk_words.tsv)"),
)
