"""Contradictions of what one subject is: its kind, genre, name, political leaning or what it is doing now.

All of kind ``antonym``; each needs the subjects to agree:

* :func:`_category_clash`: copula complements of kinds that exclude each other ("a film" vs "a novel", a fashion
  model vs a senator unless a side says "former"; ``categories.tsv``).
* :func:`_genre_clash`: genres of one domain that share nothing ("a horror film" vs "a romantic comedy film";
  ``contra_genres.tsv``).
* :func:`_name_clash`: one name only against another ("has no other name" vs "also known as").
* :func:`_exclusive_states`: doing now what one cannot do at once ("is sleeping" vs "is climbing";
  ``exclusive_states.tsv``).
* :func:`_leaning_clash`: political leanings of opposite sides (``contra_leanings.tsv``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from kg.contradiction_rules.features import (
    _CAREER_CHANGE, _evidence, _hedged, _LIGHT_PREDICATES, _make, _phrases, Side, stance, _subject_key, _subjects_agree,
    _who, _words)
from kg.contradiction_rules.lexicons import _categories, categories_exclusive, _word_table, _word_to_group
from kg.resources import read_lexicon
from kg.types import Contradiction, Proposition


def _telling(words: list[str]) -> list[str]:
    """The words without people's generic roles ("personality", "producer") when a line of work is also given."""
    told = [w for w in words if _categories()[w][0] != "person" or _categories()[w][1] != "*"]
    return told if any(_categories()[w][0] == "person" for w in told) else words


def _category_clash(a: Side, b: Side) -> Contradiction | None:
    """"X is a film" against "X is a book": copula complements of kinds that exclude each other (categories.tsv)."""
    pa, pb = a.proposition, b.proposition
    if not pa.attributes or not pb.attributes or stance(a) < 0 or stance(b) < 0 or _hedged(pa) or _hedged(pb):
        return None
    known_a = [w for w in pa.attributes if w in _categories()]
    known_b = [w for w in pb.attributes if w in _categories()]
    if not known_a or not known_b or set(pa.attributes) & set(pb.attributes):
        return None
    # "a fashion model and television personality": a word that says nothing of the line of work does not keep
    # one that does from clashing.
    known_a, known_b = _telling(known_a), _telling(known_b)
    if not all(categories_exclusive(x, y) for x in known_a for y in known_b):
        return None
    # Careers change: "a former footballer" may well be a politician now.
    if (_categories()[known_a[0]][0] == _categories()[known_b[0]][0] == "person"
            and _CAREER_CHANGE & (set(_words(a.text)) | set(_words(b.text)))):
        return None
    if not _subjects_agree(a, b):
        return None
    x, y = known_a[0], known_b[0]
    why = (f"{_who(a)} says {pa.subject or 'it'} is a {x}, {_who(b)} that it is a {y}: "
           f"a {_categories()[x][1] if _categories()[x][1] != '*' else _categories()[x][0]} "
           f"is not a {_categories()[y][1] if _categories()[y][1] != '*' else _categories()[y][0]}")
    return _make(a, b, "antonym", 0.6, why, _evidence(a, x), _evidence(b, y))


@lru_cache(maxsize=1)
def _exclusive_state_pairs() -> frozenset[tuple[str, str]]:
    """(verb, verb) pairs one subject cannot do at once (``exclusive_states.tsv``), both orders."""
    out = set()
    for line in read_lexicon("exclusive_states.tsv"):
        verb, others = line.split("\t")
        for o in others.split(","):
            out |= {(verb.strip(), o.strip()), (o.strip(), verb.strip())}
    return frozenset(out)


@lru_cache(maxsize=1)
def _exclusive_state_verbs() -> frozenset[str]:
    return frozenset(x for x, _ in _exclusive_state_pairs())


def _progressive(side: Side, verb: str) -> bool:
    """Whether the statement has ``verb`` in the -ing form ("is sleeping", "a girl sitting on a bench")."""
    stem = verb[:-1] if verb.endswith("e") and verb not in {"be", "see"} else verb
    return re.search(r"\b" + re.escape(stem) + r"[a-z]?ing\b", side.text, re.IGNORECASE) is not None or (
        verb == "lie" and re.search(r"\blying\b", side.text, re.IGNORECASE) is not None)


def _exclusive_states(a: Side, b: Side) -> Contradiction | None:
    """One subject doing now what it cannot do at once ("a man is sleeping" vs "the man is running")."""
    pa, pb = a.proposition, b.proposition
    if stance(a) < 0 or stance(b) < 0 or _hedged(pa) or _hedged(pb):
        return None
    va, vb = pa.predicate.split()[:1], pb.predicate.split()[:1]
    if not va or not vb or (va[0], vb[0]) not in _exclusive_state_pairs():
        return None
    if not _progressive(a, va[0]) or not _progressive(b, vb[0]) or not _subjects_agree(a, b):
        return None
    why = f"{_who(a)} says {pa.subject} is {va[0]}ing, {_who(b)} {vb[0]}ing: one cannot do both at once"
    return _make(a, b, "antonym", 0.5, why, _evidence(a, va[0]), _evidence(b, vb[0]))


@lru_cache(maxsize=1)
def _genres() -> dict[str, tuple[str, str]]:
    """Word or two-word phrase -> (domain, genre) from ``contra_genres.tsv``."""
    return _word_table("contra_genres.tsv")


# Heads that a genre qualifies besides the kinds of ``categories.tsv`` ("a medical drama", "football competition").
_GENRE_HEADS = {"drama", "comedy", "thriller", "music", "genre", "competition", "league", "tournament", "event",
                "programme", "program", "sport", "style"}


def _genre_sets(p: Proposition) -> dict[str, dict[str, set[str]]]:
    """domain -> head -> genres its qualifiers give ("psychological thriller film" -> film: {thriller})."""
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for head, qualifier in p.modifiers:
        hit = _genres().get(qualifier)
        if hit is not None and (head in _categories() or head in _GENRE_HEADS):
            out[hit[0]][head].add(hit[1])
    return out


def _heads_alike(x: str, y: str) -> bool:
    """Whether two complement heads name one kind of thing ("player" and "quarterback", "film" and "movie")."""
    if x == y or x in _GENRE_HEADS or y in _GENRE_HEADS:
        return True
    return _categories()[x][0] == _categories()[y][0]


def _argument_genres(p: Proposition) -> dict[str, dict[str, set[str]]]:
    """domain -> {predicate: genres} named among a clause's arguments, alone or two by two ("associated with the
    genre of death metal" -> music: {associate: {rock}})."""
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    args = p.arguments
    for x in (*args, *(f"{u} {v}" for u, v in zip(args, args[1:]))):
        hit = _genres().get(x)
        if hit is not None:
            out[hit[0]][p.predicate].add(hit[1])
    return out


def _genre_clash(a: Side, b: Side) -> Contradiction | None:
    """"X is a psychological thriller film" against "X is a romantic film"; "a poker player" against "an American
    football quarterback": the two qualify what one subject is with genres of one domain (``contra_genres.tsv``)
    that share nothing, and neither side names the other's genre anywhere."""
    pa, pb = a.proposition, b.proposition
    if stance(a) < 0 or stance(b) < 0 or _hedged(pa) or _hedged(pb):
        return None
    ga, gb = _genre_sets(pa), _genre_sets(pb)
    # Or the same doing with things of genres that exclude each other ("associated with dancehall music" against
    # "associated with death metal").
    if not (ga.keys() & gb.keys()) and pa.predicate == pb.predicate and pa.predicate not in _LIGHT_PREDICATES:
        # Not sports: one may play both tennis and golf.
        ga, gb = ({d: g for d, g in _argument_genres(p).items() if d != "sport"} for p in (pa, pb))
    for domain in sorted(ga.keys() & gb.keys()):
        for ha, xa in ga[domain].items():
            for hb, xb in gb[domain].items():
                if xa & xb or not _heads_alike(ha, hb):
                    continue
                # "a crime drama that later turned to comedy": the other genre anywhere on a side blends them.
                if _genres_in(a) & xb or _genres_in(b) & xa or not _subjects_agree(a, b):
                    continue
                wa, wb = _genre_word(pa, xa), _genre_word(pb, xb)
                why = (f"{_who(a)} gives {pa.subject or 'it'} the genre '{wa}' ({ha}), {_who(b)} '{wb}' ({hb}): "
                       f"{domain} genres that exclude each other")
                return _make(a, b, "antonym", 0.5, why, _evidence(a, wa), _evidence(b, wb))
    return None


@lru_cache(maxsize=8192)  # bounded: per-statement caches must not grow with the archive
def _genres_in(side: Side) -> set[str]:
    """Every genre a statement's words or word pairs name, wherever they stand."""
    return {_genres()[x][1] for x in _phrases(side) if x in _genres()}


_NAME = r"((?:(?:[A-Z][\w.'-]*|de|la|del|van|von|the)\s?)*[A-Z][\w.'-]*)"
# "has no other name", "not known by any other name", "only known as X": the subject has one name.
_SOLE_NAME = re.compile(r"\b(?:(?:has|had|have|with|by)\s+no\s+other\s+names?|not\s+known\s+(?:by|under)\s+(?:any"
                        r"(?:thing)?\s+(?:other\s+name|else)|another\s+name)|(?:only|solely)\s+known\s+as\s+"
                        + _NAME + r"|known\s+only\s+as\s+" + _NAME + ")")
# "also known as X", "known professionally as X", "nicknamed X", "known by another name": it has another one.
_OTHER_NAME = re.compile(r"\b(?:(?:also|professionally|better|commonly|popularly|locally|widely)\s+known\s+as|known"
                         r"\s+(?:professionally|popularly|locally|commonly)\s+as|also\s+called|nicknamed|a\.k\.a\.?"
                         r"|(?:also\s+)?known\s+by\s+(?:another|other|many|several)\s+names?)(?:\s+(?:the\s+)?"
                         + _NAME + ")?")
_KNOWN_AS = re.compile(r"\bknown\s+as\s+(?:the\s+)?" + _NAME)


def _other_names(side: Side, sole: set[str]) -> str | None:
    """The words in which ``side`` gives its subject a name besides ``sole`` (its one name on the other side)."""
    m = _OTHER_NAME.search(side.text)
    if m is not None and not re.search(r"\b(?:not|never|no)\s+(?:\w+\s+)?$", side.text[:m.start()]):
        name = m.group(1) or ""
        if not name or not set(_words(name)) <= sole:
            return m.group(0)
    m = _KNOWN_AS.search(side.text)
    if m is not None and sole and not set(_words(m.group(1))) <= sole and not re.search(
            r"\b(?:not|never|only)\s+(?:\w+\s+)?$", side.text[:m.start()]):
        return m.group(0)
    return None


def _name_clash(a: Side, b: Side) -> Contradiction | None:
    """"The Bermuda Triangle has no other name" against "The Bermuda Triangle, also known as the Devil's Triangle";
    "Ana Lopez is only known as Ana Lopez" against "Ana Lopez, known as La Reina": one side gives the subject one
    name only, the other a name besides it."""
    for sole, other in ((a, b), (b, a)):
        m = _SOLE_NAME.search(sole.text)
        if m is None or stance(other) < 0 or _hedged(other.proposition):
            continue
        only = set(_words(m.group(1) or m.group(2) or "")) | set(sole.proposition.subject.split())
        given = _other_names(other, only)
        if given is None or not (_subjects_agree(a, b) or _subject_key(sole) <= set(_words(other.text))):
            continue
        why = f"{_who(sole)} says {sole.proposition.subject or 'it'} has one name ('{m.group(0)}'), {_who(other)} " \
              f"gives another ('{given}')"
        ev_sole, ev_other = _evidence(sole, m.group(0)), _evidence(other, given)
        return _make(a, b, "antonym", 0.55, why, *((ev_sole, ev_other) if sole is a else (ev_other, ev_sole)))
    return None


def _genre_word(p: Proposition, genres: set[str]) -> str:
    """The word or two-word phrase of the clause that names one of ``genres``."""
    args = p.arguments
    phrases = [q for _, q in p.modifiers] + [f"{u} {v}" for u, v in zip(args, args[1:])] + list(args)
    return next(q for q in sorted(phrases, key=lambda q: -len(q)) if _genres().get(q, ("", ""))[1] in genres)


def _leanings() -> dict[str, str]:
    """Word -> political side ("left", "right") from ``contra_leanings.tsv``."""
    return _word_to_group("contra_leanings.tsv")


def _leaning(p: Proposition) -> dict[str, str]:
    """Political side -> the word that gives it to what the subject is ("liberal" in "a liberal thinker")."""
    out = {}
    for head, qualifier in p.modifiers:
        side = _leanings().get(qualifier)
        # "a liberal arts college": a leaning word inside a longer qualifier names something else.
        if side is not None and not any(h == head and q.startswith(qualifier + " ") for h, q in p.modifiers):
            out[side] = qualifier
    return out


def _leaning_clash(a: Side, b: Side) -> Contradiction | None:
    """"X was a liberal thinker" against "X was a conservative politician": what the subject is, qualified with
    political leanings of opposite sides (``contra_leanings.tsv``), neither side giving both, nothing saying "former"."""
    pa, pb = a.proposition, b.proposition
    if stance(a) < 0 or stance(b) < 0 or _hedged(pa) or _hedged(pb):
        return None
    la, lb = _leaning(pa), _leaning(pb)
    if len(la) != 1 or len(lb) != 1 or la.keys() == lb.keys():
        return None
    if _CAREER_CHANGE & (set(_words(a.text)) | set(_words(b.text))) or not _subjects_agree(a, b):
        return None
    (wa,), (wb,) = la.values(), lb.values()
    why = f"{_who(a)} calls {pa.subject or 'it'} '{wa}', {_who(b)} '{wb}': political leanings of opposite sides"
    return _make(a, b, "antonym", 0.5, why, _evidence(a, wa), _evidence(b, wb))


_NAMING_WORDS = re.compile(r"known|name|called|a\.k\.a", re.IGNORECASE)


def _mentions_naming(text: str) -> bool:
    return _NAMING_WORDS.search(text) is not None
