"""Contradictions of quantity and time: numbers that cannot both hold, one event on two dates.

Rules, all of kind ``numeric`` but for one case of the movement rule:

* :func:`_numeric`: the same subject and predicate with different quantities ("10" and "ten" agree); hedged
  quantities ("about 100,000") clash only when the ranges they allow do not meet (:func:`_interval`).
* :func:`_date_clash`: the same event of one subject dated to different years, months or days, including verbs of
  one line of ``contra_date_verbs.tsv`` ("founded in 1921" vs "established in 1934").
* :func:`_zero_count`: none of a kind of thing against some of it.
* :func:`_before_birth`: a deed dated before the subject's birth, or on its very day.

Numbers and dates share a module because each needs the other: a year is no quantity (:func:`_is_date`), and other
quantities mean another event of the same kind (:func:`_value` in :func:`_date_clash`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kg.contradiction_rules.features import (
    document_of, _evidence, _hedged, _indefinite, _LIGHT_PREDICATES, _make, _same_stem,
    Side, stance, _subjects_agree, _who, _words)
from kg.contradiction_rules.lexicons import _word_to_group
from kg.contradiction_rules.rule import FIRST, keyable, Keys, PREDICATE_KEYS, Rule, SECOND
from kg.types import Contradiction, ContradictionKind, Proposition


def _other_occasions(pa: Proposition, pb: Proposition) -> bool:
    """Whether the two clauses' own verbs are dated to days (or years) that cannot be one."""
    da = [d for v, d in pa.dates if v == pa.predicate.split()[0]] if pa.predicate else []
    db = [d for v, d in pb.dates if v == pb.predicate.split()[0]] if pb.predicate else []
    return bool(da and db) and all(_dates_clash(x, y) for x in da for y in db)


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
# word -> whether the bound itself is allowed. Always: "dead for 48 minutes" and "dead for more than 48 minutes" may
# both be told of one event, since a plain number is often rounded.
_ABOVE = {"over": True, "more": True, "above": True, "exceeding": True, "least": True}
_BELOW = {"under": True, "less": True, "fewer": True, "below": True, "most": True, "up": True}
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


_FORECAST = {"will", "would", "shall"}


def _occasion(p: Proposition, numbers: set[str]) -> set[str]:
    """What a clause says besides its subject, verb and counts: the words of its arguments that are no part of a
    number ("in the crash" in "12 people died in the crash")."""
    inside = {w for n in numbers for w in _words(n)}
    return {w for w in _counted(p) if w not in inside and w not in {"percent", "%"}} - set(p.subject.split())


def _counted_by(text: str, numbers: set[str]) -> set[str]:
    """The words (up to two) that follow each number in the text: what it counts ("12 people", "271 pledged
    delegates"), without a plural ending."""
    out = set()
    for n in numbers:
        at = text.find(n)
        if at < 0:
            continue
        # A unit inside the number as written ("48 minutes", "$5 million").
        out |= {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z][\w-]*", n)
                if w.lower() not in _HEDGES and w.lower() not in _SCALES and w.lower() not in _NUMBER_WORDS}
        for w in re.findall(r"[A-Za-z][\w-]*", text[at + len(n):at + len(n) + 40])[:2]:
            w = w.lower()
            if w in _HEDGES or w in {"of", "the", "a", "per", "percent"}:
                break
            out.add(w[:-1] if w.endswith("s") and len(w) > 3 else w)
    return out


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
    # What is counted must be named, and be the same ("271 pledged delegates" is no count of "superdelegates").
    if _hedged(pa) or _hedged(pb) or not _counted(pa) or _counted(pa) != _counted(pb):
        return None
    # "Apple will sell 15 million watches": a forecast is an estimate, and two estimates may differ.
    if {pa.modality, pb.modality} & _FORECAST:
        return None
    # Across documents the two must say more of one occasion than the count: "Clinton received 38 percent" (a poll)
    # and "Clinton received 49.84 percent" (a caucus) do not.
    if document_of(a.ref.article_id) != document_of(b.ref.article_id):
        ua, ub = _occasion(pa, na), _occasion(pb, nb)
        if not ua or not ub or len(ua & ub) * 2 < max(len(ua), len(ub)):
            return None
    # Each number must count the same thing: "by 271 pledged delegates" and "1,428 to 1,153" do not.
    ca, cb = _counted_by(a.text, na), _counted_by(b.text, nb)
    if not ca or not cb or not any(_same_stem(x, y) for x in ca for y in cb):
        return None
    exact = all(x[0] == x[1] for x in (*ia, *ib))
    xa, xb = sorted(na)[0], sorted(nb)[0]
    why = f"{_who(a)} gives {', '.join(sorted(na))}, {_who(b)} gives {', '.join(sorted(nb))} for '{pa.predicate}'"
    return _make(a, b, "numeric", 0.6 if exact else 0.5, why, _evidence(a, xa), _evidence(b, xb))


_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")
_DECADE = re.compile(r"\b(1[0-9]{2}|20[0-9])0['\u2019]?s\b")
_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


def _years(text: str) -> set[int] | None:
    """The years a date covers (a decade covers ten); ``None`` when it names no year."""
    years = {int(y) for y in _YEAR.findall(_DECADE.sub(" ", text))}
    for d in _DECADE.findall(text):
        # "the 1980's" covers ten years; "the 1900s" may be the century, so it covers a hundred.
        span = 100 if d.endswith("0") else 10
        years |= set(range(int(d) * 10, int(d) * 10 + span))
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
_LIFESPAN = {"bear", "die"}


@lru_cache(maxsize=1)
def _date_events() -> dict[str, str]:
    """Verb lemma -> the event that happens once it names (``contra_date_verbs.tsv``: "establish" -> "found")."""
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
    once = set(_date_events().values())
    # Only what the clause itself says happened then: its own verb (or a lifespan's birth and death), not a verb it
    # only aims at or expects ("aims to release the watch by 2015").
    da_own = {_date_event(v) for v, _ in pa.dates if v in _LIFESPAN or pa.predicate.split()[:1] == [v]}
    db_own = {_date_event(v) for v, _ in pb.dates if v in _LIFESPAN or pb.predicate.split()[:1] == [v]}
    for verb in da_own & db_own & once:
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


def _dated_events(side: Side) -> list[tuple]:
    events = _date_events()
    return [(e,) for e in dict.fromkeys(events[v] for v, _ in side.proposition.dates if v in events)]


def _birth_first(key: tuple, side: Side) -> int:
    return FIRST if any(v == "bear" for v, _ in side.proposition.dates) else SECOND


_SOME_COUNT = re.compile(_SOME + r"([a-z][\w-]*s)\b", re.IGNORECASE)


def _counted_nouns(side: Side) -> list[tuple]:
    nouns = [m.group(2).lower() for m in _ZERO.finditer(side.text)]
    nouns += [m.group(1).lower() for m in _SOME_COUNT.finditer(side.text)]
    return [(n,) for n in dict.fromkeys(nouns) if keyable(n)]


def _zero_first(key: tuple, side: Side) -> int:
    """Zero of the noun (first) meets some of it (second); a statement saying both takes both."""
    noun = key[-1]
    zero = any(m.group(2).lower() == noun for m in _ZERO.finditer(side.text))
    some = any(m.group(1).lower() == noun for m in _SOME_COUNT.finditer(side.text))
    return (FIRST if zero else 0) | (SECOND if some else 0)


_NOBODY = {"nobody", "noone", "none", "one", "no one"}


def _nobody(side: Side) -> bool:
    """"Nobody died", "No one was hurt", "None were injured": a negated clause whose subject is no one."""
    return stance(side) < 0 and side.proposition.subject in _NOBODY


def _a_count(side: Side) -> bool:
    """"Three people died", "12 soldiers were hurt": a plain clause whose subject is counted."""
    p = side.proposition
    return stance(side) > 0 and not _hedged(p) and any(
        w.isdigit() or _value(w) is not None for w in p.subject.split())


def _nobody_against_count(a: Side, b: Side) -> Contradiction | None:
    """"Nobody died in the crash" against "Three people died in the crash": no one against some number of people
    for the same predicate and the same occasion (the same objects, or none on either side)."""
    for none, some in ((a, b), (b, a)):
        if not _nobody(none) or not _a_count(some):
            continue
        pn, ps = none.proposition, some.proposition
        if not pn.predicate or pn.predicate.split()[0] != ps.predicate.split()[0]:
            continue
        xa, xb = set(pn.arguments), set(ps.arguments)
        if (xa or xb) and (not xa or not xb or len(xa & xb) * 2 < max(len(xa), len(xb))):
            continue
        count = next(w for w in ps.subject.split() if w.isdigit() or _value(w) is not None)
        why = f"{_who(none)} says no one did ('{none.text}'), {_who(some)} that {count} did ('{some.text}')"
        ev_n, ev_s = _evidence(none, none.text.split()[0]), _evidence(some, count)
        return _make(a, b, "opposite-polarity", 0.6, why, *((ev_n, ev_s) if none is a else (ev_s, ev_n)))
    return None


def _counted_predicate(side: Side) -> list[tuple]:
    if not (_nobody(side) or _a_count(side)) or not side.proposition.predicate:
        return []
    head = side.proposition.predicate.split()[0]
    return [(head,)] if keyable(head) else []


def _nobody_first(key: tuple, side: Side) -> int:
    return FIRST if _nobody(side) else SECOND


NOBODY_KEYS = Keys("nobody", _counted_predicate, role=_nobody_first, handled=False)
"""A predicate said of no one (first) meets the same predicate said of a counted subject (second)."""
DATE_KEYS = Keys("date", _dated_events)
"""An event the statement dates ("born", "founded"; verbs of one line of ``contra_date_verbs.tsv`` are one)."""
LIFE_KEYS = Keys("life", lambda side: [()] if side.proposition.dates else [], role=_birth_first)
"""A dated birth (first) meets the subject's other dated deeds (second)."""
COUNT_KEYS = Keys("count", _counted_nouns, role=_zero_first, handled=False)
"""A counted noun: none of it (first) meets some of it (second)."""

RULES = (
    Rule("different-numbers", ContradictionKind.NUMERIC, PREDICATE_KEYS, _numeric,
         "the same subject and predicate with quantities that cannot both hold: '12 people died' / '30 people "
         "died' (hedged ones only when their ranges do not meet)"),
    Rule("different-dates", ContradictionKind.NUMERIC, DATE_KEYS, _date_clash,
         "an event that happens once to its subject dated to different days or years: 'born in 1947' / 'born in "
         "1952' (contra_date_verbs.tsv)"),
    Rule("nobody-against-a-count", ContradictionKind.OPPOSITE_POLARITY, NOBODY_KEYS, _nobody_against_count,
         "no one against a number of people for the same predicate and occasion: 'Nobody died in the crash' / "
         "'Three people died in the crash'"),
    Rule("zero-against-some", ContradictionKind.NUMERIC, COUNT_KEYS, _zero_count,
         "none of a kind of thing against some of it, for one subject: 'zero training films' / '400 training films'"),
    Rule("deed-before-birth", ContradictionKind.NUMERIC, LIFE_KEYS, _before_birth,
         "a deed dated before the subject's birth: '(born 1980)' / 'graduated in 1975'"),
)
