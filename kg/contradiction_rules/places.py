"""Contradictions of place and of events that exclude each other.

Rules, all of kind ``exclusive-events`` but the nationality rule (``antonym``):

* :func:`_nationality_clash`: different single nationalities ("an American screenwriter" vs "a Chinese
  screenwriter", or "only Chinese").
* :func:`_place_clash`: the same subject and predicate placed in different countries ("lives in India" vs "lives
  in Japan"), or the subject itself ("a city in Spain" vs "in America"); with "only", other places of one country.
* :func:`_exclusive_attack`: "no strikes against Ukrainian cities" against explosions in cities of that country.
* :func:`_exclusive_description`: one event described with words of opposite sides (``event_descriptions.tsv``).
* :func:`_seat_clash`, :func:`_company_seat_clash`: an organisation's seat against where it is said to be based,
  or a company's nationality against its seat.
* :func:`_once_place_clash`: a birth, death, burial or origin in two cities far apart, or "outside" the other's.

Where places are comes from :mod:`~kg.contradiction_rules.geography`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.contradiction_rules.features import (
    _about_same, _evidence, _family_hits, _hedged, _indefinite, _LIGHT_PREDICATES, _make, _name_words, _ONLY, _phrases,
    _same_party, _same_predicate, Side, stance, _subject_key, _subjects_agree, _who, _words)
from kg.contradiction_rules.geography import (
    city_country, _distinct_cities, _distinct_within, place_country, _places_compatible, _readable_countries)
from kg.contradiction_rules.lexicons import _categories, _demonyms, _word_table
from kg.resources import read_lexicon
from kg.types import Contradiction, Proposition


@lru_cache(maxsize=1)
def _descriptions() -> dict[str, tuple[str, str]]:
    """Word -> (event class, side) from ``event_descriptions.tsv``."""
    return _word_table("event_descriptions.tsv")


@lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    return frozenset(read_lexicon("event_nouns.txt"))


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


@lru_cache(maxsize=8192)  # bounded: per-statement caches must not grow with the archive
def _described(side: Side) -> tuple[str, str, str] | None:
    """(class, side, word) when the statement describes an event with a word of one side."""
    phrases = _phrases(side)
    if not phrases & _event_nouns():
        return None
    p = side.proposition
    # The word must describe the event itself (subject, predicate or object), not sit in an adjunct
    # ("defend Ukraine from invasion" does not call anything an invasion).
    core = set(p.subject.split()) | set(p.predicate.split()) | set(p.arguments[:3])
    for phrase in sorted(phrases, key=len, reverse=True):
        if phrase in _descriptions() and all(piece in core for piece in re.split(r"[-\s]", phrase) if piece):
            cls, side_name = _descriptions()[phrase]
            return cls, side_name, phrase
    return None


def _exclusive_description(a: Side, b: Side) -> Contradiction | None:
    da, db = _described(a), _described(b)
    if da is None or db is None or da[0] != db[0] or da[1] == db[1] or stance(a) < 0 or stance(b) < 0:
        return None
    why = f"{_who(a)} calls it '{da[2]}', {_who(b)} '{db[2]}': descriptions of the same event that exclude each other"
    return _make(a, b, "exclusive-events", 0.65, why, _evidence(a, da[2]), _evidence(b, db[2]))


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


_LOCATING = {"be", "locate", "situate", "base", "lie"}


def _located(p: Proposition) -> bool:
    """Whether the clause says where its subject is: "is in Spain", "is located in Beijing", "is a city in Spain"
    (a copula whose complement is a place or an institution, which stays where it is)."""
    if p.predicate.split()[:1] and p.predicate.split()[0] in _LOCATING and not p.attributes:
        return True
    return any(_categories().get(w, ("",))[0] in {"place", "organisation"} for w in p.attributes[:1])


def _place_clash(a: Side, b: Side) -> Contradiction | None:
    """The same subject and predicate placed in different countries ("lives in India" vs "lives in Japan")."""
    pa, pb = a.proposition, b.proposition
    if not pa.places or not pb.places or stance(a) < 0 or stance(b) < 0 or _hedged(pa) or _hedged(pb):
        return None
    located = _located(pa) and _located(pb)
    if not located and (_indefinite(a) or _indefinite(b)):
        return None
    if not located and (not _same_predicate(pa, pb) or pa.predicate in _LIGHT_PREDICATES):
        return None
    # Only where the clause puts the event or the subject ("lives in India"), not "US troops"; where a place is
    # ("a country in the Maghreb region of North Africa"), its region too.
    prep = r"\b(in|at|to|from|into|of)\s+(the\s+)?" if located else r"\b(in|at|to|from|into)\s+(the\s+)?"
    # "in the badlands of east central Utah", "in the north of France".
    prep = f"(?:{prep}|\\b(?:in|at)\\s+(?:the\\s+)?[a-z][\\w-]*(?:\\s+[a-z][\\w-]*)?\\s+of\\s+(?:the\\s+)?" \
           f"(?:[a-z][\\w-]*\\s+){{0,2}})"
    where_a = [x for x in pa.places if re.search(prep + re.escape(x), a.text)]
    where_b = [x for x in pb.places if re.search(prep + re.escape(x), b.text)]
    if located:
        # The subject itself is no place it is in ("Libya is a country in Europe").
        where_a = [x for x in where_a if x.lower() not in pa.subject]
        where_b = [x for x in where_b if x.lower() not in pb.subject]
    if not where_a or not where_b:
        return None
    ca = {place_country(x) for x in where_a}
    cb = {place_country(x) for x in where_b}
    if None in ca or None in cb:
        return None
    apart = "different countries"
    if any(_places_compatible(x, y) for x in ca for y in cb):
        # "was only shot in Montana" against "was shot in Las Cruces": with "only", other places of one country
        # clash too, when neither holds the other.
        if not _ONLY & (set(_words(a.text)) | set(_words(b.text))) or not all(
                _distinct_within(x, y) for x in where_a for y in where_b):
            return None
        apart = "one side says only there"
    if not _about_same(a, b):
        return None
    why = (f"{_who(a)} places '{pa.predicate}' in {', '.join(where_a)}, {_who(b)} in {', '.join(where_b)}: "
           f"{apart}")
    return _make(a, b, "exclusive-events", 0.55, why, _evidence(a, where_a[0]), _evidence(b, where_b[0]))


_BASED = re.compile(r"\b((?:[A-Z][\w.']*\s)*[A-Z][\w.']*)-based\s+((?:[A-Z][\w.'&-]*\s?)+)")
_SEAT = re.compile(r"\b(?:headquarter(?:s|ed)?|based|head office)\b[^.;]{0,25}?\b(?:in|at)\s+(?:the\s+)?"
                   r"((?:[A-Z][\w.']*\s?)+)")


def _seat_clash(a: Side, b: Side) -> Contradiction | None:
    """Where an organisation has its seat: "Chicago-based Boeing" against "Boeing's headquarters is in Canada"."""
    if stance(a) < 0 or stance(b) < 0 or _hedged(a.proposition) or _hedged(b.proposition):
        return None
    for based, seat in ((a, b), (b, a)):
        for m in _BASED.finditer(based.text):
            org = set(_words(m.group(2)))
            s = _SEAT.search(seat.text)
            if s is None or not org & (_subject_key(seat) | set(_words(seat.text[:s.start()]))):
                continue
            where = s.group(1).strip().rstrip(".")
            ca, cb = place_country(m.group(1)), place_country(where)
            if ca is None or cb is None or _places_compatible(ca, cb) or not _subjects_agree(a, b):
                continue
            why = (f"{_who(based)} calls {m.group(2).strip()} {m.group(1)}-based, {_who(seat)} puts its seat in "
                   f"{where}: different countries")
            ev_based, ev_seat = _evidence(based, m.group(1)), _evidence(seat, where)
            return _make(a, b, "exclusive-events", 0.5, why,
                         *((ev_based, ev_seat) if based is a else (ev_seat, ev_based)))
    return None


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


_COMPANY_NOUNS = ("company|firm|group|bank|carmaker|automaker|manufacturer|retailer|airline|insurer|conglomerate|"
                  "broadcaster|publisher|chain|maker|brewer|operator|giant|business")
_NATIONAL_COMPANY = re.compile(r"\b([A-Z][a-z]+)\s+(?:[\w-]+\s+){0,3}?(?:" + _COMPANY_NOUNS + r")\s*,?\s+"
                               r"((?:[A-Z][\w.'&-]*\s?){1,4})")


def _company_seat_clash(a: Side, b: Side) -> Contradiction | None:
    """"the Dutch shopping company, Wehlo" against "Wehlo was based in the UK": a company named with its
    nationality, and a seat in another country."""
    if stance(a) < 0 or stance(b) < 0 or _hedged(a.proposition) or _hedged(b.proposition):
        return None
    for national, seat in ((a, b), (b, a)):
        s = _SEAT.search(seat.text)
        if s is None:
            continue
        for m in _national_companies(national.text):
            country = _demonyms().get(m.group(1).lower())
            org = _name_words(m.group(2))
            if country is None or not org or not _same_party(org, _subject_key(seat) or frozenset({""})):
                continue
            where = s.group(1).strip().rstrip(".")
            cb = place_country(where)
            if cb is None or _places_compatible(country, cb):
                continue
            why = (f"{_who(national)} calls {m.group(2).strip()} a {m.group(1)} company, {_who(seat)} puts its seat in "
                   f"{where}: different countries")
            ev_n, ev_s = _evidence(national, m.group(1)), _evidence(seat, where)
            return _make(a, b, "exclusive-events", 0.5, why, *((ev_n, ev_s) if national is a else (ev_s, ev_n)))
    return None


_COMPANY_WORDS = re.compile(_COMPANY_NOUNS)


def _national_companies(text: str):
    """Matches of :data:`_NATIONAL_COMPANY` ("the Dutch shopping company, Wehlo")."""
    return _NATIONAL_COMPANY.finditer(text) if _COMPANY_WORDS.search(text) else ()
