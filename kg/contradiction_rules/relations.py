"""Contradictions of who did what to whom, between parties the statements name.

Both of kind ``antonym``:

* :func:`_agent_clash`: one work made by different people ("written by Ana Ruiz" vs "written by Tom Hale"). The
  subjects need not agree: the rule needs a name both statements mention besides the makers.
* :func:`_inverse_relation`: a relation that holds one way only said both ways ("X is a subsidiary of Y" vs "X owns
  Y", "X's predecessor Y" vs "Y succeeded X", "after X's death, Y was elected").

Parties are compared by their name words (:func:`~kg.contradiction_rules.features._same_party`), since one party
is often an object, a possessive or an apposition rather than a clause's subject.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from kg.contradiction_rules.features import (
    _evidence, _hedged, _make, _name_words, _PROPER, _same_party, Side, stance, _subject_key, _TITLE_STOP, _who, _WORD,
    _words)
from kg.contradiction_rules.lexicons import _demonyms
from kg.types import Contradiction

_MAKING = {"written": "write", "directed": "direct", "recorded": "record", "created": "create", "composed": "compose",
           "produced": "produce", "designed": "design", "founded": "found", "painted": "paint", "sung": "sing",
           "developed": "develop", "published": "publish", "invented": "invent", "discovered": "discover",
           "built": "build", "co-founded": "found", "authored": "write", "sculpted": "create", "novel": "write",
           "book": "write", "album": "record", "song": "record", "single": "record", "film": "direct",
           "painting": "paint", "poem": "write", "play": "write", "opera": "compose", "symphony": "compose"}
_AGENT = re.compile(r"\b(" + "|".join(sorted(_MAKING, key=len, reverse=True)) + r")((?:\s+and\s+[a-z-]+)*)\s+by\s+"
                    r"((?:[\w.'-]+\s*){1,8})")
_SHARED_WORK = {"both", "others", "co-written", "co-directed", "together", "among", "along", "collaboration", "help"}


@lru_cache(maxsize=8192)
def _agents(side: Side) -> dict[str, frozenset[str]]:
    """How a work was made -> the words of the name of who made it ("written and directed by Christopher Nolan")."""
    out: dict[str, set[str]] = defaultdict(set)
    for m in _AGENT.finditer(side.text):
        # The first run of capitalised words after "by", past articles, adjectives and nationalities ("by the
        # English rock band Pink Floyd").
        name: set[str] = set()
        for w in m.group(3).split():
            if w[:1].isupper() and w.lower() not in _demonyms() and w.lower() not in _TITLE_STOP:
                name.add(w.lower())
            elif name or not (w.islower() or w.lower() in _demonyms() or w.lower() in _TITLE_STOP):
                break
        if not name:
            continue
        verbs = [m.group(1), *(w for w in m.group(2).split() if w != "and")]
        for v in verbs:
            if v in _MAKING:
                out[_MAKING[v]] |= name
    return {k: frozenset(v) for k, v in out.items()}


def _titles(side: Side, skip: set[str]) -> set[str]:
    """Capitalised words not opening the text: the names a statement mentions."""
    words = _WORD.findall(side.text)
    return {w.lower() for i, w in enumerate(words) if w[:1].isupper() and w.lower() not in skip | _TITLE_STOP
            and w.lower() not in _demonyms()}


def _agent_clash(a: Side, b: Side) -> Contradiction | None:
    """One work made by different people: "Vedam was written and directed by Christopher Nolan" against "Vedam is a
    film written and directed by Radhakrishna Jagarlamudi". The two name the work alike, name their makers with
    words they do not share, and neither speaks of others who helped ("both", "among others")."""
    if stance(a) < 0 or stance(b) < 0 or _hedged(a.proposition) or _hedged(b.proposition):
        return None
    ga, gb = _agents(a), _agents(b)
    for verb in sorted(ga.keys() & gb.keys()):
        na, nb = ga[verb], gb[verb]
        if na & nb or _SHARED_WORK & (set(_words(a.text)) | set(_words(b.text))):
            continue
        # Each side's makers must be absent from the other side altogether (a director may be a writer too).
        if na & set(_words(b.text)) or nb & set(_words(a.text)):
            continue
        work = _titles(a, set(na)) & _titles(b, set(nb))
        if not work:
            continue
        why = (f"{_who(a)} says {' '.join(sorted(work))} was made ({verb}) by {' '.join(sorted(na))}, {_who(b)} by "
               f"{' '.join(sorted(nb))}")
        return _make(a, b, "antonym", 0.5, why, _evidence(a, sorted(na)[0]), _evidence(b, sorted(nb)[0]))
    return None


# "Abbas's predecessor, the late Yasser Arafat" / "Arafat, Abbas's predecessor": who came before whom.
_ROLE_OF = re.compile(_PROPER + r"'s?\s+(predecessor|successor|parent company|subsidiary|owner)s?,?\s+(?:the\s+)?"
                      r"(?:late\s+|former\s+|current\s+)?" + _PROPER)
# Relations that hold one way only: (relation, the one first, the one after) for each kind of saying.
_ACTIVE = {"succeed": ("precede", "object", "subject"), "replace": ("precede", "object", "subject"),
           "own": ("own", "subject", "object"), "buy": ("own", "subject", "object"),
           "acquire": ("own", "subject", "object")}
_ROLES = {"predecessor": ("precede", "named", "owner"), "successor": ("precede", "owner", "named"),
          "subsidiary": ("own", "owner", "named"), "parent company": ("own", "named", "owner"),
          "owner": ("own", "named", "owner")}

# "after Berg's death", "following the resignation of Berg": the end of someone's term.
_AFTER_END = re.compile(r"\b(?i:after|following)\s+(?:the\s+)?" + _PROPER + r"'s?\s+(?:death|resignation|retirement|"
                        r"departure|ouster|dismissal|removal|assassination)\b")
# Verbs of taking a post ("was elected", "became", "took over").
_TAKING_OFFICE = {"elect", "appoint", "name", "become", "install", "choose", "select", "swear", "take", "assume"}


@lru_cache(maxsize=8192)  # bounded: per-statement caches must not grow with the archive
def _relations(side: Side) -> tuple[tuple[str, frozenset[str], frozenset[str], str], ...]:
    """(relation, first party, second party, words) for relations that hold one way only: "A succeeded B"
    (precede: B, A), "A's predecessor B" (precede: B, A), "A owns B" (own: A, B), "A is a subsidiary of B" (own: B,
    A); parties as name words."""
    p = side.proposition
    out = []
    verb = p.predicate.split()[0] if p.predicate else ""
    subject = _subject_key(side)
    if verb in _ACTIVE and stance(side) > 0 and subject:
        # Parties are named: an object counts when the statement writes it with a capital ("owns Norvik", not "owns
        # shares").
        capitals = {w.lower() for w in _WORD.findall(side.text) if w[:1].isupper()}
        objects = frozenset(w for w in p.arguments if any(c.startswith(w) for c in capitals))
        rel, first, second = _ACTIVE[verb]
        parties = {"subject": subject, "object": objects - subject}
        if objects:
            out.append((rel, parties[first], parties[second], p.predicate))
    if "subsidiary" in p.attributes and stance(side) > 0:
        owner = frozenset(p.arguments[p.arguments.index("subsidiary") + 1:]) - subject
        if owner:
            out.append(("own", owner, subject, "subsidiary"))
    after = _AFTER_END.search(side.text) if verb in _TAKING_OFFICE and stance(side) > 0 else None
    if after is not None and subject:
        # "After Berg's death, Haddad was elected mayor": Berg came first.
        out.append(("precede", _name_words(after.group(1)), subject, after.group(0)))
    for m in (_ROLE_OF.finditer(side.text) if _ROLE_WORDS.search(side.text) else ()):
        rel, first, second = _ROLES[m.group(2)]
        parties = {"owner": _name_words(m.group(1)), "named": _name_words(m.group(3))}
        out.append((rel, parties[first], parties[second], m.group(0)))
    return tuple((r, x, y, w) for r, x, y, w in out if x and y and not x & y)


def _inverse_relation(a: Side, b: Side) -> Contradiction | None:
    """"Blue Ridge Timber is a subsidiary of Norvik Holdings" against "Blue Ridge Timber owns Norvik Holdings";
    "Ana Ruiz succeeded Tom Hale" against "Ana Ruiz's successor, Tom Hale": a relation that holds one way only,
    said of the same two parties both ways."""
    if _hedged(a.proposition) or _hedged(b.proposition):
        return None
    for rel, x1, y1, w1 in _relations(a):
        for rel2, x2, y2, w2 in _relations(b):
            if rel != rel2 or not (_same_party(x1, y2) and _same_party(y1, x2)):
                continue
            ev_a, ev_b = _evidence(a, w1), _evidence(b, w2)
            what = "who came first" if rel == "precede" else "who owns whom"
            why = f"{_who(a)}: '{ev_a.text}' and {_who(b)}: '{ev_b.text}' give {what} the other way round"
            return _make(a, b, "antonym", 0.55, why, ev_a, ev_b)
    return None


# Cheap tests that spare most statements the longer patterns above.
_ROLE_WORDS = re.compile(r"predecessor|successor|parent company|subsidiar|owner", re.IGNORECASE)
