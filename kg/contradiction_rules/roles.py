"""Contradictions of people's roles, inside one document only: offices, replacements, marriages, jobs, verdicts.

All of kind ``antonym``:

* :func:`_office_clash`: one office of one body held by two people (``contra_offices.tsv``).
* :func:`_replaced_holder`: one replaced in an office said to hold it still.
* :func:`_marriage_clash`: a couple married on one side and divorced on the other.
* :func:`_employment_clash`: lines of employment that exclude each other (``contra_employers.tsv``).
* :func:`_affiliation_clash`: one person working for two named organisations.
* :func:`_verdict_clash`: one speaker clearing and accusing one person.

Each compares statements of one document only (:func:`_context`: one article, or one ``kg compare`` pair): two
articles written years apart can both be right about who holds an office, who is married or who works where.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from kg.contradiction_rules.features import (
    _evidence, _hedged, _make, _NAME_RE, _name_words, _NOT_NAMES, _ORG_RE, _same_party, Side, stance, _who, _words)
from kg.contradiction_rules.lexicons import _word_table_rows, _word_to_group
from kg.contradiction_rules.quantities import _other_occasions
from kg.types import Contradiction


def _offices() -> dict[str, str]:
    """Way of writing an office -> the office (``contra_offices.tsv``)."""
    return _word_to_group("contra_offices.tsv")


_NOT_HOLDER = re.compile(r"\b(?:former|ex|late|then|elect|acting|interim|outgoing|incoming|next|future|deputy|vice|"
                         r"assistant|candidate|nominee|nominated|would-be|first|second|third|to\s+the)[\s-]*$",
                         re.IGNORECASE)
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


def document_of(article_id: str) -> str:
    """The document an article id names: the article, or the pair of ``kg compare`` (ids ``PAIR#p``, ``PAIR#h``)."""
    return article_id.rsplit("#", 1)[0]


def _context(side: Side) -> str:
    """The document a statement was read in (:func:`document_of` its article)."""
    return document_of(side.ref.article_id)


def _first_clash(a: Side, b: Side, found_a: tuple[tuple, ...], found_b: tuple[tuple, ...],
                 why_of: Callable[[tuple, tuple], str | None], conf: float) -> Contradiction | None:
    """The first pair of facts, one of each side, that clash, as an ``antonym``.

    Args:
        a: One statement.
        b: The other.
        found_a: What ``a`` tells (office holders, marriages, ...), each fact ending with the words that tell it:
            those words are the evidence.
        found_b: What ``b`` tells, alike.
        why_of: The explanation of a clash between a fact of ``a`` and one of ``b``, or ``None`` if they agree.
        conf: The confidence of the rule.
    """
    for x in found_a:
        for y in found_b:
            why = why_of(x, y)
            if why is not None:
                return _make(a, b, "antonym", conf, why, _evidence(a, x[-1]), _evidence(b, y[-1]))
    return None


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

    def why(x: tuple, y: tuple) -> str | None:
        (office, body_a, holder_a, _), (office_b, body_b, holder_b, _) = x, y
        if office != office_b or holder_a & holder_b or not (body_a <= body_b or body_b <= body_a):
            return None
        return (f"{_who(a)} names {' '.join(sorted(holder_a))} as {office} of {' '.join(sorted(body_a))}, "
                f"{_who(b)} {' '.join(sorted(holder_b))}: one holder at a time")

    return _first_clash(a, b, _holders(a), _holders(b), why, 0.5)


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

    def why(x: tuple, y: tuple) -> str | None:
        (x1, y1, over1, w1), (x2, y2, over2, w2) = x, y
        if over1 == over2 or not ((_same_party(x1, x2) and _same_party(y1, y2))
                                  or (_same_party(x1, y2) and _same_party(y1, x2))):
            return None
        return (f"{_who(a)}: '{w1}' and {_who(b)}: '{w2}': one says the two are married, the other that the "
                f"marriage is over")

    return _first_clash(a, b, _marriages(a), _marriages(b), why, 0.5)


@lru_cache(maxsize=1)
def _employer_words() -> dict[str, dict[str, str]]:
    """"role" or "org" -> word or phrase -> line of employment (``contra_employers.tsv``)."""
    out: dict[str, dict[str, str]] = {"role": {}, "org": {}}
    for kind, what, words in _word_table_rows("contra_employers.tsv"):
        out[what].update({w: kind for w in words})
    return out


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

    def why(x: tuple, y: tuple) -> str | None:
        (who_a, kind_a, wa), (who_b, kind_b, wb) = x, y
        if kind_a == kind_b or not _same_party(who_a, who_b):
            return None
        return f"{_who(a)}: '{wa}' ({kind_a}) and {_who(b)}: '{wb}' ({kind_b}): lines of work that exclude each other"

    return _first_clash(a, b, _employments(a), _employments(b), why, 0.5)


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

    def why(x: tuple, y: tuple) -> str | None:
        (sa, pa, va, wa), (sb, pb, vb, wb) = x, y
        if va == vb or not _same_party(sa, sb) or not _same_party(pa, pb):
            return None
        return f"{_who(a)}: '{wa}' and {_who(b)}: '{wb}': one speaker clears and accuses one person"

    return _first_clash(a, b, _verdicts(a), _verdicts(b), why, 0.5)


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

    def why(x: tuple, y: tuple) -> str | None:
        (who_a, org_a, wa), (who_b, org_b, wb) = x, y
        if org_a & org_b or not _same_party(who_a, who_b):
            return None
        return f"{_who(a)}: '{wa}' and {_who(b)}: '{wb}': one person working for two organisations"

    return _first_clash(a, b, _affiliations(a), _affiliations(b), why, 0.45)
