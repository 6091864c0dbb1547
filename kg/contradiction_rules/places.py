"""Contradictions of place and of events that exclude each other.

Rules, all of kind ``exclusive-events`` but the nationality rule (``antonym``):

* :func:`_nationality_clash`: different single nationalities ("an American screenwriter" vs "a Chinese
  screenwriter", or "only Chinese").
* :func:`_exclusive_attack`: "no strikes against Ukrainian cities" against explosions in cities of that country.
* :func:`_once_place_clash`: a birth, death, burial or origin in two cities far apart, or "outside" the other's.

Where places are comes from :mod:`~kg.contradiction_rules.geography`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.contradiction_rules.features import (
    _evidence, _family_hits, _hedged, _make, _ONLY,
    Side, stance, _subjects_agree, _who, _words)
from kg.contradiction_rules.geography import (
    city_country, _distinct_cities, _readable_countries)
from kg.contradiction_rules.lexicons import _demonyms
from kg.contradiction_rules.rule import Keys, PREDICATE_KEYS, Rule
from kg.types import Contradiction, ContradictionKind


@lru_cache(maxsize=8192)  # bounded: per-statement caches must not grow with the archive
def _countries(side: Side) -> tuple[set[str], set[str]]:
    """(countries whose places in general the statement speaks of, countries of the named cities)."""
    words = _words(side.text)
    general = {_demonyms()[w] for w, nxt in zip(words, words[1:] + [""]) if w in _demonyms()
               and nxt in {"city", "cities", "town", "towns", "village", "villages"}}
    named = {c for c in (city_country(p) for p in side.proposition.places) if c}
    return general, named


def _exclusive_attack(a: Side, b: Side) -> Contradiction | None:
    ha, hb = _family_hits(a), _family_hits(b)
    if "attack" not in ha or "attack" not in hb:
        return None
    sa, sb = stance(a) * ha["attack"][0], stance(b) * hb["attack"][0]
    if sa == sb:
        return None
    neg, pos = (a, b) if sa < 0 else (b, a)
    general, _ = _countries(neg)
    _, named = _countries(pos)
    if not general or not general & named:
        return None
    places = ", ".join(pos.proposition.places)
    why = (f"{_who(neg)} says there are no attacks on {_readable_countries(general)}'s cities, while {_who(pos)} reports "
           f"{ha['attack'][1] if pos is a else hb['attack'][1]} in {places}, cities of that country")
    ev_neg = _evidence(neg, (ha if neg is a else hb)["attack"][1])
    ev_pos = _evidence(pos, (ha if pos is a else hb)["attack"][1])
    ev_a, ev_b = (ev_neg, ev_pos) if neg is a else (ev_pos, ev_neg)
    return _make(a, b, "exclusive-events", 0.7, why, ev_a, ev_b)


def _nationalities(side: Side) -> set[str]:
    p = side.proposition
    subject = set(p.subject.split())
    words = (*p.arguments, *p.attributes)
    # "American football" is a sport, not a nationality.
    return {_demonyms()[w] for w, nxt in zip(words, (*words[1:], "")) if w in _demonyms() and w not in subject
            and not (w == "american" and nxt == "football")}


def _nationality_clash(a: Side, b: Side) -> Contradiction | None:
    """"X is an American screenwriter" against "X is a Chinese screenwriter" (or "X is only Chinese").

    Both copulas; each side names one nationality and the nationalities differ, for the same kind of person or
    thing, or one side says "only"/"solely"/"exclusively".
    """
    pa, pb = a.proposition, b.proposition
    if not pa.attributes or not pb.attributes or stance(a) < 0 or stance(b) < 0 or _hedged(pa) or _hedged(pb):
        return None
    ca, cb = _nationalities(a), _nationalities(b)
    if not ca or not cb or ca & cb:
        return None
    only = _ONLY & (set(_words(a.text)) | set(_words(b.text)))
    heads_a = {w for w in pa.attributes if w not in _demonyms()}
    heads_b = {w for w in pb.attributes if w not in _demonyms()}
    # "X is an African": the nationality is all the side says X is, so it answers any other single one.
    same_kind = bool(heads_a & heads_b) or not heads_a or not heads_b
    if not only and not (same_kind and len(ca) == 1 and len(cb) == 1):
        return None
    if not _subjects_agree(a, b):
        return None
    why = (f"{_who(a)} gives {pa.subject or 'it'} the nationality {_readable_countries(ca)}, "
           f"{_who(b)} {'only ' if only else ''}{_readable_countries(cb)}")
    wa = next(w for w in (*pa.arguments, *pa.attributes) if _demonyms().get(w) in ca)
    wb = next(w for w in (*pb.arguments, *pb.attributes) if _demonyms().get(w) in cb)
    return _make(a, b, "antonym", 0.55, why, _evidence(a, wa), _evidence(b, wb))


# What happens to one subject in one place only: birth, death, burial, origin.
_ONCE_PLACED = {"bear", "die", "bury", "originate"}


def _placed(side: Side, prep: str) -> list[str]:
    """The statement's places that stand after ``prep`` (a regular expression: "in|at", "outside(?: of)?")."""
    return [x for x in side.proposition.places
            if re.search(r"\b(?:" + prep + r")\s+(?:the\s+)?" + re.escape(x) + r"\b", side.text)]


def _once_place_clash(a: Side, b: Side) -> Contradiction | None:
    """Where one subject was born, died, was buried or comes from, which happens in one place: "born in Naples"
    against "born in Trieste" (two cities of one country far apart), "born outside of Trieste" against "born in
    Trieste"."""
    pa, pb = a.proposition, b.proposition
    verb = pa.predicate.split()[:1]
    if not verb or verb[0] not in _ONCE_PLACED or verb != pb.predicate.split()[:1]:
        return None
    if stance(a) < 0 or stance(b) < 0 or _hedged(pa) or _hedged(pb) or not _subjects_agree(a, b):
        return None
    for x, y in ((a, b), (b, a)):
        inside = {p.lower() for p in _placed(y, "in|at|from")}
        for out in _placed(x, r"outside(?:\s+of)?"):
            if out.lower() in inside:
                why = f"{_who(x)} says {verb[0]} outside {out}, {_who(y)} in {out}"
                ev_x, ev_y = _evidence(x, "outside " + out), _evidence(y, out)
                return _make(a, b, "exclusive-events", 0.6, why, *((ev_x, ev_y) if x is a else (ev_y, ev_x)))
    where_a, where_b = _placed(a, "in|at|from"), _placed(b, "in|at|from")
    if where_a and where_b and all(_distinct_cities(x, y) for x in where_a for y in where_b):
        why = (f"{_who(a)} places '{verb[0]}' in {', '.join(where_a)}, {_who(b)} in {', '.join(where_b)}: "
               f"it happens in one place")
        return _make(a, b, "exclusive-events", 0.55, why, _evidence(a, where_a[0]), _evidence(b, where_b[0]))
    return None


def _attacked_countries(side: Side) -> list[tuple]:
    if "attack" not in _family_hits(side):
        return []
    general, named = _countries(side)
    return [(c,) for c in sorted(general | named)]


ATTACK_KEYS = Keys("attack", _attacked_countries, handled=False)
"""Attacks and their absence in a country's cities (no shared agent is needed)."""
NATIONALITY_KEYS = Keys("nationality", lambda side: [()] if _nationalities(side) else [])
"""A statement that gives its subject a nationality."""

RULES = (
    Rule("no-attacks-against-reported-attacks", ContradictionKind.EXCLUSIVE_EVENTS, ATTACK_KEYS, _exclusive_attack,
         "'no strikes against Ukrainian towns and cities' / 'explosions were heard in Kyiv, Kharkiv and Odesa', "
         "when the named cities are cities of that country (GeoNames)"),
    Rule("different-nationalities", ContradictionKind.ANTONYM, NATIONALITY_KEYS, _nationality_clash,
         "one subject of the same kind given two single nationalities: 'an American screenwriter' / 'a Chinese "
         "screenwriter'"),
    Rule("born-in-two-places", ContradictionKind.EXCLUSIVE_EVENTS, PREDICATE_KEYS, _once_place_clash,
         "a birth, death or burial placed in two cities far apart, or outside the other's city"),
)
