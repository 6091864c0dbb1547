"""Tie every statement of an article to one actor.

Within an article: titles are already stripped from names by :mod:`kg.extract`; a short name ("Konashenkov")
joins the full name ("Igor Konashenkov") whether it comes before or after; a pronoun ("He said", "he said") is
the most recent speaker it can refer to; a description ("A spokesman for Russia's defence ministry") joins the
person the text later names with the same role and organisation ("Defence ministry spokesperson Igor
Konashenkov"); a quote paragraph with no cue continues the previous speaker. Statements in the article's own voice
are claimed by its authors, else its publisher. Across articles, the actor key is the normalised full name.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from kg.cues import (HONORIFICS, attribution_words, first_name_sexes, gendered_titles, given_name_forms,
                     name_particles, not_speaker_words, pronouns, titles, us_state_abbreviations, without_possessive)
from kg.extract.quotes import QUOTE_MARK_RE
from kg.first_person import interview_parts, letter_writers, outside_quotes
from kg.rdf import slug
from kg.types import Actor, Attribution, Claim, Extraction, Mention, ResolvedArticle, Role, Span

_KIND = {"PERSON": "Person", "DESC": "Person", "ORG": "Organization", "GPE": "Place", "NORP": "Group"}
_ROLE_SYNONYMS = {"spokesman": "spokesperson", "spokeswoman": "spokesperson", "advisor": "adviser",
                  "general-secretary": "secretary-general", "secretary general": "secretary-general"}
_STOP = {"the", "a", "an", "of", "for", "s", "'s", "and", "in", "at"}
ARTICLE_VOICE_FALLBACK = "The article"
_BODY_NOUNS = attribution_words("body-noun")
_PRESS_NAME_WORDS = attribution_words("press-name-word")
_ANY_BODY = attribution_words("any-body-noun")
_PRESS_NOUNS = attribution_words("press-noun")


@dataclass
class _Draft:
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    local: bool = False  # a description or the article's own voice: an actor of this article only
    apart: bool = False  # a titled surname kept apart from a later full name (see _titled_before_full_name)
    male: bool | None = None  # as a gendered title ("Mr.", "spokeswoman") or a full name's first name says


def _may_be_called(name: str, noun: str) -> bool:
    """A body whose name says what kind it is ("Democratic National Committee", "The New York Times") is called by
    that kind's noun or a general one ("the committee", "the newspaper", "the group"), not another kind's ("the
    network", "the party")."""
    last = name.lower().split()[-1]
    if noun in _ANY_BODY or noun == last:
        return True
    if last in _PRESS_NAME_WORDS:
        return noun in _PRESS_NOUNS
    return last not in _BODY_NOUNS


def _words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", (text or "").lower()) if w not in _STOP}


def _same_office(described: set[str], named: set[str]) -> bool:
    """Whether a description's words ("Republican", "presidential") meet those around a named person's title ("GOP
    presidential nominee Donald Trump"; "GOP" is "Republican"), and neither is a vice, deputy, assistant or former
    holder the other is not ("Democratic vice presidential nominee Tim Kaine" is not "the Democratic presidential
    nominee")."""
    described, named = _one_party_form(described), _one_party_form(named)
    return bool(described & named) and not _office_changed(described, named)


@lru_cache(maxsize=1)
def _us_state_names() -> frozenset[str]:
    return frozenset(name.lower() for name in us_state_abbreviations().values())


def _of_another_state(description: str, theirs: set[str]) -> bool:
    """The description opens with a US state ("Ohio governor", "the New Jersey governor") and the words around a
    person's name give another state and not that one (Chris Christie, "New Jersey Gov.", is no Ohio governor)."""
    states = _us_state_names()
    words = description.lower().removeprefix("the ").split()
    opening = next((" ".join(words[:n]) for n in (2, 1) if " ".join(words[:n]) in states), None)
    if opening is None:
        return False
    given = {state for state in states if set(state.split()) <= theirs}
    return bool(given) and opening not in given


_OF_A_PRONOUN = re.compile(r"(?:his|her|their|its|my|our|your)\s", re.IGNORECASE)
"""A description opening with a possessive pronoun: someone's, whoever the pronoun stands for."""
_LOOK_BACK_SENTENCES = 3
"""How many sentences before a description's own a reader looks for the one it refers back to, when the nearer ones
name no one."""
_PARTY_FORMS = {"gop": "republican", "democrat": "democratic", "tory": "conservative"}
"""One form per party: "the GOP nominee" is "Republican nominee Donald Trump"."""


def _one_party_form(words: Iterable[str]) -> set[str]:
    """The words with each party written one way ("gop" -> "republican")."""
    return {_PARTY_FORMS.get(w, w) for w in words}


def _office_changed(described: set[str], named: set[str], *, former: bool = True) -> bool:
    """One of the two holds the office as vice, deputy, assistant, acting (or, with ``former``, former) holder and
    the other not: another office."""
    changers = attribution_words("office-changer") - (set() if former else {"former"})
    return bool((described ^ named) & changers)


_BEFORE_A_NAME = re.compile(r"[.;:!?\n]|\b(?:as|by|for|with|to|and|or|but|from|at|in|on|than|that|who|which)\s",
                            re.IGNORECASE)
"""Where the words that describe a name stop, going back from it: at a sentence's punctuation or a word that links
the name to something else ("professional conduct standards by acting as Clinton's": not an acting holder)."""


def _definite(m: Mention, text: str) -> bool:
    """The mention is a definite description: "the" before it or opening it ("the billionaire")."""
    return m.name.lower().startswith("the ") or _written_after(m, text, "the")


def _indefinite(m: Mention, text: str) -> bool:
    """The mention is an indefinite description: "a" or "an" before it or opening it ("a top aide")."""
    return m.span.text.lower().startswith(("a ", "an ")) or _written_after(m, text, "a|an")


def _unnamed_one_of_many(m: Mention, text: str) -> bool:
    """The description brings in one unnamed person of several ("one longtime adviser to Bill Clinton", "another
    official") or one who asked not to be named ("a longtime adviser ..., who requested anonymity"): not the
    adviser the text names."""
    first = m.span.text.split(maxsplit=1)[0].lower() if m.span.text.strip() else ""
    return first in {"one", "another"} or _written_after(m, text, "one|another") or bool(_ANONYMOUS.search(m.span.text))


def _written_after(m: Mention, text: str, words: str) -> bool:
    """The mention comes right after one of ``words`` (a pattern's alternatives) in the text."""
    return bool(re.search(rf"\b(?:{words})\s$", text[max(0, m.span.start - 8):m.span.start].lower()))


_ANONYMOUS = re.compile(r"\banonymity\b|\banonymously\b|\bnot authorized\b|\bnot be named\b", re.I)


# Markup and quote debris that scraped text leaves around a name ('">Sanders', '"Smith'); a final "." stays (Jr.).
_NAME_DEBRIS = " \t\"'`\u201c\u201d\u2018\u2019<>()[]{}|*#\u00ab\u00bb-\u2013\u2014:;,/\\="


def _tidy_name(name: str) -> str:
    """A name without the markup or quote debris around it.

    >>> _tidy_name('">Sanders'), _tidy_name("al Qaida in the Arabian Peninsula (AQAP)")
    ('Sanders', 'al Qaida in the Arabian Peninsula (AQAP)')
    """
    tidy = name.lstrip(_NAME_DEBRIS + ".").rstrip(_NAME_DEBRIS)
    return tidy + ")" if tidy.count("(") > tidy.count(")") and name.rstrip().endswith(")") else tidy


_SHARE = re.compile(r"\d+(?:\.\d+)?\s?%")


def can_speak(m: Mention) -> bool:
    """Whether a mention may name a speaker: not a page's label ("WATCH", "Video"), not markup, not a dateline (a
    place written in capitals: "BUFFALO"), no one at all ("Nobody", "None of his rivals"), and no description of a
    time or a thing ("the first day", "a study", "bacteria")."""
    name = m.name.strip().rstrip(":").strip()
    if name.lower() in not_speaker_words("label") | not_speaker_words("time-name") \
            or not re.search(r"[^\W\d_]", name) and not _SHARE.fullmatch(name) or _AGE.fullmatch(name):
        return False  # a page's label, a weekday or month, a number ("Smith, 42, said"), an age; "26%" is people
    if _MARKUP.search(_tidy_name(name)):
        return False  # a scraper's leftovers: 'datetime="2016-06', "CarterFlagShareLikeReply"
    if names_no_one(m):
        return False  # "Nobody opposed him", "None of his rivals attacked him": no one said it
    if len(name) > 3 and name.isupper() and m.kind in {"GPE", "ORG", ""} and _a_place(name.title()):
        return False
    words = re.findall(r"[A-Za-z]+", name)
    head = _before_post_modifier(words)[-1:]  # "officials involved at the time": not "time"
    if m.named or m.kind == "PRON" or not words or head[0].lower() not in not_speaker_words("head"):
        return True
    # "Trump this week" names Trump; "the first day", "One study" name nobody.
    return any(w[:1].isupper() and (i or w.lower() not in _OPENERS) for i, w in enumerate(words[:-1]))


_POST_MODIFIER_OPENERS = {"of", "at", "in", "on", "from", "with", "for", "by", "about", "near", "across", "who",
                          "which", "that", "whose", "whom"}


def _before_post_modifier(words: list[str]) -> list[str]:
    """The words of a noun phrase up to what follows its head: a phrase of a preposition or a relative clause."""
    cut = next((k for k, w in enumerate(words) if k and w.lower() in _POST_MODIFIER_OPENERS), len(words))
    return words[:cut]


def names_no_one(m: Mention) -> bool:
    """The mention says that no one spoke ("Nobody", "None of his rivals", "No candidate", "Neither Cruz nor ...")."""
    written = m.span.text.lower()
    return any(written == w or written.startswith(w + " ") for w in not_speaker_words("nobody"))


PARTY_WORDS = {"democrat", "democratic", "republican", "gop", "labour", "tory", "conservative", "liberal", "green",
                "independent", "socialist"}
_MARKUP = re.compile(r"[<>=]|(?:[a-z][A-Z][a-z]*){3}")
"""Markup, or words run together by a page's buttons (three capitals inside a word: "CarterFlagShareLike"; a name
has at most two: "McDonald", "FiveThirtyEight")."""
_AGE = re.compile(r"\d+[\s-]*(?:year|month|week|day)s?[\s-]*old", re.IGNORECASE)
_OPENERS = {"the", "a", "an", "one", "this", "that", "these", "those", "some", "another", "other", "each", "every",
            "first", "second", "third", "last", "next", "new", "recent", "only", "just", "even", "all", "both", "such"}


def without_initials(name: str) -> str:
    """A name without its middle initials, so that "Donald J. Trump" and "Donald Trump" are one actor (the forms
    written stay as aliases).

    >>> without_initials("Paul D. Ryan"), without_initials("J. K. Rowling"), without_initials("Igor Konashenkov")
    ('Paul Ryan', 'J. K. Rowling', 'Igor Konashenkov')
    """
    words = name.split()
    if len(words) < 3 or len(words[0].rstrip(".")) == 1:
        return name
    inner = [w for w in words[1:-1] if not (len(w.rstrip(".")) == 1 and w[:1].isupper())]
    return " ".join([words[0], *inner, words[-1]])


def canonical_label(name: str, kind: str = "") -> str:
    """One label for one actor whatever the case and apostrophes it was written with, so that two articles writing
    one name two ways give it one label: curly apostrophes straightened, spaces folded, each word capitalised but
    the small words inside a name ("of", "the", "de"); a name written all in lower case, or all in capitals (a
    person's, or one longer than an acronym), is title-cased first ("OFFICERS", "officers" -> "Officers"; "OBAMA" ->
    "Obama"); the letters after a word's first keep their case ("McDonald's", "NATO").

    >>> canonical_label("Cleveland police"), canonical_label("Clinton’s campaign"), canonical_label("Bill de Blasio")
    ('Cleveland Police', "Clinton's Campaign", 'Bill de Blasio')
    """
    name = " ".join(name.replace("\u2019", "'").replace("\u2018", "'").split())
    letters = [c for c in name if c.isalpha()]
    capitals = letters and all(c.isupper() for c in letters) and (kind == "Person" or len(letters) > 5)
    if letters and (capitals or all(c.islower() for c in letters)):
        name = name.lower()
    words = name.split()
    return " ".join(w if i and w.lower() in _SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words))


_NOT_FIRST_NAMES = HONORIFICS | set(titles()) | PARTY_WORDS | STOP_WORDS | attribution_words("place-opening-word")
"""Capitalised words before a name that are no first name ("Mr. Tanden", "Senator Tanden", "After Tanden")."""


_SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "by", "with", "or", "nor", "de", "da",
                "di", "del", "van", "von", "der", "la", "le", "bin", "al", "el"}


_AND = re.compile(r"\s+(?:and|&)\s+")


def _one_of_several(m: Mention) -> bool:
    """The mention's name is one of the several its phrase joins ("China and the United States, which vowed ...":
    China), not a name with "and" in it ("the Department of Health and Human Services")."""
    return not _AND.search(m.name) and bool(_AND.search(m.span.text.split(",")[0]))


def conjuncts(m: Mention, surnames: frozenset[str] = frozenset()) -> list[Mention]:
    """The people a coordinated speaker names, each of whom claims what they said ("Ryan and Trump said",
    "Senators Mitch McConnell and Harry Reid said"); a mention that is not two names joined by "and" stays whole
    (an organisation's name such as "Johnson & Johnson" is no person's), unless the tagger made an organisation of
    two ``surnames`` of people the article names, the second with its apposition ("Wilcox and Beruff, a Sarasota
    Republican").

    >>> from kg.types import Span
    >>> [p.name for p in conjuncts(Mention(Span(0, 14, "Ryan and Trump"), "PERSON", "Ryan and Trump"))]
    ['Ryan', 'Trump']
    """
    parts = _AND.split(m.name)
    if len(parts) == 2 and re.search(r", (?:a|an|the|who|both)\b", parts[1]):
        parts = [parts[0], parts[1].split(",")[0].strip()]  # "..., a Sarasota Republican", "..., who met"
    if m.kind == "GPE" and m.named and len(parts) == 2 and all(_a_place(p) for p in parts):
        return _named_parts(m, parts, "GPE")  # "Russia and Iran denied ...": each country denies it
    if m.kind != "PERSON" and not _two_people_read_as_a_body(m, parts, surnames):
        return [m]
    if not m.named or len(parts) != 2 or parts[0] == parts[1]:
        return [m]
    if parts[1].split()[:1] in (["his"], ["her"], ["their"]) and parts[0][:1].isupper():
        parts = parts[:1]  # "Sanders and his supporters argue": Sanders argues it, with his own (no node for both)
    return _people_named(m, parts) if all(_a_short_name(p) for p in parts) else [m]


def _a_short_name(part: str) -> bool:
    """A name of at most four words, each capitalised but its particles ("de", "van"), with no comma."""
    particles = name_particles()
    return 0 < len(part.split()) <= 4 and "," not in part \
        and all(w[:1].isupper() or w in particles for w in part.split())


def _people_named(m: Mention, parts: list[str]) -> list[Mention]:
    """A person mention for each name of a coordinated speaker, at its place in the text; where the text writes
    them as one word ("each" standing for "Trump and Clinton"), each keeps that word."""
    if not any(part in m.span.text for part in parts):
        return _with_shared_surname([Mention(m.span, "PERSON", part, m.titles, m.affiliation, True) for part in parts])
    named = _named_parts(m, parts, "PERSON")
    return named if named == [m] else _with_shared_surname(named)


def _named_parts(m: Mention, parts: list[str], kind: str) -> list[Mention]:
    """A mention of ``kind`` for each name of a coordinated speaker, at its place in the text (the mention whole
    when a name is not found there)."""
    text, out, at = m.span.text, [], 0
    for part in parts:
        i = text.find(part, at)
        if i < 0:
            return [m]
        at = i + len(part)
        name = part if kind == "PERSON" else re.sub(r"^the\s+", "", part, flags=re.IGNORECASE)  # "the United States"
        out.append(Mention(Span(m.span.start + i, m.span.start + at, part), kind, name, m.titles, m.affiliation, True))
    return out


def _a_country(name: str) -> bool:
    """A country's name ("Cuba"), not a state's or a city's ("Washington")."""
    from kg.contradiction_rules.geography import is_country_name  # the gazetteer, read once it is needed

    return is_country_name(name)


def _a_place(name: str) -> bool:
    """A country or place of the gazetteer ("Iran", "the United States")."""
    from kg.contradiction_rules.geography import place_country  # the gazetteer, read once it is needed

    return place_country(name) is not None


def _two_people_read_as_a_body(m: Mention, parts: list[str], surnames: frozenset[str]) -> bool:
    """The tagger made an organisation of two people: two surnames of people the article names ("Wilcox and
    Beruff"), or two first names and a surname ("Donald and Melania Trump")."""
    return m.kind == "ORG" and len(parts) == 2 and ({parts[0].lower(), parts[1].lower()} <= surnames
                                                   or _first_names_and_surname(parts))


def _first_names_and_surname(parts: list[str]) -> bool:
    """"Barack" and "Michelle Obama": a first name alone, then a first name with a surname."""
    names = first_name_sexes()
    words = parts[1].split()
    return " " not in parts[0] and parts[0].lower() in names and len(words) >= 2 and words[0].lower() in names


def _with_shared_surname(people: list[Mention]) -> list[Mention]:
    """"Bill and Hillary Clinton": a first name alone before a full name shares its surname (Bill Clinton)."""
    if len(people) != 2:
        return people
    first, second = people
    if not _first_names_and_surname([first.name, second.name]):
        return people
    return [replace(first, name=f"{first.name} {' '.join(second.name.split()[1:])}"), second]


_OWNED = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.? )?((?:[A-Z][\w.-]*\s)*[A-Z][\w.-]*)['\u2019]s? ([a-z].*)$",
                    re.IGNORECASE)


def owned_name(name: str) -> str:
    """An organisation named by whose it is, without the possessive or an honorific, so that one campaign written
    three ways is one actor ("Clinton's campaign", "Mr. Clinton's campaign" -> "Clinton campaign").

    >>> owned_name("Clinton's Campaign"), owned_name("Mr. Sanders's campaign"), owned_name("McDonald's Corp.")
    ('Clinton Campaign', 'Sanders campaign', "McDonald's Corp.")
    """
    match = _OWNED.match(name)
    if match is None or not match.group(1)[:1].isupper() or match.group(2).split()[0].lower() not in _OWNED_BODIES:
        return name  # "McDonald's Corp." is a company's name, not McDonald's corporation
    return f"{match.group(1)} {match.group(2)}"


# Bodies a person has ("Clinton's campaign", "Obama's administration"), not the words of a brand.
_OWNED_BODIES = {"campaign", "administration", "team", "office", "staff", "camp", "government", "foundation",
                 "lawyers", "aides", "advisers", "allies", "spokesman", "spokeswoman", "spokesperson"}


_PEOPLE_AROUND = _OWNED_BODIES - {"administration", "government", "foundation", "office"}
"""A person's campaign and the people around them: named by the surname ("the Clinton campaign"); an institution
keeps the name it has ("the Trayvon Martin Foundation")."""


_ROLE_FORMS = {"sen": "senator", "gov": "governor", "rep": "representative", "pres": "president",
               "congressman": "representative", "congresswoman": "representative", "secretary of state": "secretary"}
"""Abbreviations and other forms of one role, folded (beside :data:`_ROLE_SYNONYMS`) so that two articles' titles
compare."""


def role_words(titles: Iterable[str]) -> tuple[str, ...]:
    """The titles an article gives a person, folded: lower case, no full stop, one form per role.

    >>> role_words(["President", "Sen.", "Mr", "Mr."])
    ('mr', 'president', 'senator')
    """
    folded = {_folded(t) for t in titles}
    return tuple(sorted({_role_key(_ROLE_FORMS.get(t, t)) for t in folded if t}))


def _folded(title: str) -> str:
    return title.lower().strip().rstrip(".")


def honorific_sex(word: str) -> bool | None:
    """Man (``True``) or woman (``False``) as a folded honorific says ("mr", "mrs"; :func:`role_words`), else
    ``None`` (not an honorific, or one both may bear: "dr")."""
    return gendered_titles().get(word) if word in HONORIFICS else None


def _honorifics_of_both_sexes(m: Mention, persons: list[Mention]) -> bool:
    """The mention has an honorific ("Mrs. Clinton") and the article gives its surname honorifics of both sexes
    ("Mr. Clinton" too): two people, and nothing in the article says which full name is whose (the archive's
    register may: :mod:`kg.identity`)."""
    if not m.titles or " " in m.name:
        return False
    sexes = {honorific_sex(w) for o in persons if o.name.lower() == m.name.lower() for w in role_words(o.titles)}
    return {True, False} <= sexes and any(honorific_sex(w) is not None for w in role_words(m.titles))


def _of_the_honorific_s_sex(m: Mention, full: list[Mention]) -> list[Mention]:
    """The full names a short name with an honorific may stand for: none whose first name is of the other sex
    ("Mrs. Clinton" is not Bill Clinton, however often the article makes him a subject)."""
    male = _gender_of(m.titles)
    return full if male is None else [o for o in full if _first_name_sex(o.name) in (None, male)]


def _with_honorific(m: Mention) -> str:
    """The short name with its honorific, when it has one ("Mrs. Clinton"): "Mr." and "Mrs." are two people."""
    honorific = next((t for t in m.titles if set(role_words([t])) & HONORIFICS), None)
    return f"{honorific} {m.name}" if honorific else m.name


_KIND_WORD = {"Person": "person", "Organization": "org", "Place": "place", "Group": "group"}
"""An actor kind as the pronoun list names what a pronoun can refer to."""
_MENTION_KIND_WORD = {"PERSON": "person", "ORG": "org", "GPE": "place", "NORP": "group"}
"""A named mention's kind, the same way."""


def _may_be(d: _Draft, allowed: frozenset[str], male: bool | None) -> bool:
    """Whether a speaker can be what a pronoun refers to: its kind, and its sex when the titles say it ("Mr.
    Sharpton" is no "she")."""
    if male is not None and d.male is not None and d.male != male:
        return False
    return _KIND_WORD.get(d.kind) in allowed  # "it" is no person and no group ("after it backed Clinton")


def _people_without_possessives(mentions: Iterable[Mention]) -> tuple[list[Mention], set[int]]:
    """The people the text names, a name written with its possessive ("Donald Trump’s claim") as the full name
    of a later "Trump", and the ids of those written so."""
    people, possessive = [], set()
    for m in mentions:
        if m.kind != "PERSON":
            continue
        if (bare := without_possessive(m.name)) != m.name:
            m = replace(m, name=bare)
            possessive.add(id(m))
        people.append(m)
    return people, possessive


def _nearest_of_sex(mentions: Iterable[Mention], pronoun: Mention, male: bool,
                    full_name: Callable[[Mention], str] = lambda m: m.name) -> Mention | None:
    """The last person named before the pronoun with a title of its sex ("Mrs. Clinton" for "she"), or as the subject
    of a clause with a first name of its sex, in the name or in the full name the article gives a surname ("Hillary
    Clinton said ..."; "Trump has record low support ... He recently pitched himself" after "Donald Trump"; not "Trump
    attacked Jeb Bush")."""
    titled = [x for x in mentions if x.kind == "PERSON" and x.span.end <= pronoun.span.start and not x.quoted
              and (_gender_of(x.titles) == male or x.subject and _sex_of(x, full_name(x)) == male)]
    return max(titled, key=lambda x: x.span.end) if titled else None


_OF_A_PLACE = re.compile(r"(?:\s+of\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)?")
"""What may stand between a person's name and the "who" describing them: "Senator Bernie Sanders of Vermont, who"."""


def _sex_of(m: Mention, name: str | None = None) -> bool | None:
    """Man (``True``) or woman (``False``) as the mention's titles say, else as a full name's first name does
    ("Hillary Clinton"; :func:`kg.cues.first_name_sexes`), else ``None``. ``name``: the full name to read, when the
    mention is a surname."""
    sex = _gender_of(m.titles)
    name = name or m.name
    if sex is None and m.kind == "PERSON" and " " in name:
        sex = _first_name_sex(name)
    return sex


def _first_name_sex(full_name: str) -> bool | None:
    """Man (``True``) or woman (``False``) as a full name's first name says (:func:`kg.cues.first_name_sexes`)."""
    return first_name_sexes().get(full_name.split()[0].lower().rstrip("."))


def _gender_of(titles: Iterable[str]) -> bool | None:
    """Man (``True``) or woman (``False``) as the titles say ("Mr.", "spokeswoman"), else ``None``."""
    found = {gendered_titles().get(_folded(t)) for t in titles} - {None}
    return found.pop() if len(found) == 1 else None


def _titled_before_full_name(m: Mention, persons: list[Mention]) -> bool:
    """Whether a surname mention ("Obama") stands for a person the article gave a role ("President Obama") before it
    ever named anyone in full with that surname, in a role it never gives the full name: a later "the first lady,
    Michelle Obama" is someone else. A writer who opens with "President Obama" names him in full, if at all, with
    the title ("President Barack Obama"); an honorific ("Mr. Obama") tells no role.
    """
    surname = m.name.lower()
    if " " in surname:
        return False
    full = [o for o in persons if " " in o.name and o.name.split()[-1].lower() == surname]
    if not full:
        return False
    first_full = min(o.span.start for o in full)
    titled_before = {t for o in persons if o.name.lower() == surname and o.span.start < first_full
                     and o.span.start <= m.span.start for t in role_words(o.titles)} - HONORIFICS
    return bool(titled_before) and not titled_before & {t for o in full for t in role_words(o.titles)}


def _only_a_first_name(name: str) -> bool:
    """A woman's first name or a short form of a given name ("Melanie", "Bob", "Chris"): a word that, alone and never
    given in full in its article, names no one across an archive. A man's full first name may be a surname too
    ("Clinton", "Wallace", "Harris" alone join their bearer across articles)."""
    word = name.lower()
    return first_name_sexes().get(word) is False or word in given_name_forms()


def _person_from_place(name: str, people: Iterable[str] = (), titled: bool = False) -> str | None:
    """The person of "Donald Hartley of Madison", "Mr. Cruz of Texas", "Gov. Terry Branstad of Iowa" (capitalised
    words before "of" or "from" a place or body: a name the article gives a person, a name whose title was taken off
    (``titled``), or a first name, honorific or title and a name), not the place, whatever the tagger called the
    whole; not a title's own "of" ("Secretary of State John Kerry" ends with its person)."""
    found = re.match(r"(.+?)\s+(?:of|from)\s+[A-Z]", name)
    if found is None:
        return None
    before = found.group(1)
    if before in people:
        return before
    words = [w.lower().rstrip(".") for w in before.split()]
    opener = words[0] in HONORIFICS or words[0] in titles() or words[0] in first_name_sexes()
    named = titled or opener and len(words) >= 2
    return before if named and words[-1] not in titles() and all(w[:1].isupper() for w in before.split()) else None


def _epithet_of(text: str, m: Mention) -> str | None:
    """The lower-case noun written right before a person's name ("billionaire" of "billionaire Donald Trump";
    capitalised only where a sentence starts: "Secretary of State Jon Husted" has none), if any."""
    found = re.search(r"(?:(?<![\w'\u2019-])([a-z]{4,})|(?:^|[.!?]\s|\n)([A-Z][a-z]{3,})) $",
                      text[max(0, m.span.start - 30):m.span.start])
    return (found.group(1) or found.group(2)).lower() if found else None


_ROLES_OF_THE_ONE_NAMED = frozenset(attribution_words("role-of-the-one-named"))


def _definite_role(m: Mention, text: str) -> str | None:
    """The role word a definite description of someone the story is on ends with ("candidate" of "the Republican
    presidential candidate"), if it is one."""
    words = m.name.lower().split()
    if not words or words[-1] not in _ROLES_OF_THE_ONE_NAMED or len(words) > 10 or not _definite(m, text):
        return None
    return words[-1]


def _office_of(m: Mention) -> str | None:
    """The title a description of one word after its article names ("the mayor", "the admiral"), if any."""
    words = m.name.lower().split()
    return words[-1] if len(words) <= 2 and words[-1] in titles() and words[0] in {"the", words[-1]} else None


def _role_key(title: str) -> str:
    t = title.lower()
    return _ROLE_SYNONYMS.get(t, t)


def resolve(extraction: Extraction) -> ResolvedArticle:
    """Merge the mentions of one article into actors and tie each attribution to one of them."""
    return _Resolver(extraction).resolved()


class _Resolver:
    """The actors of one article as they are found, speaker by speaker: each mention joins the draft actor it names
    (a later full name, the person a description's role names, the speaker a pronoun refers to) or starts one."""

    def __init__(self, extraction: Extraction):
        self.extraction = extraction
        self.article = extraction.article
        self.drafts: list[_Draft] = []
        self._full_names: dict[Mention, str] = {}
        self._named_just_before: dict[Mention, list[Mention]] = {}
        speakers = [p for a in extraction.attributions if a.source is not None and a.source.kind == "PERSON"
                    for p in conjuncts(a.source)]
        self.reports = [a for a in extraction.attributions if a.source is not None and a.method != "article-voice"]
        self.sources = [a.source for a in self.reports]
        self.source_ids = {id(m) for m in self.sources}
        self.speaker_ids = {id(m) for m in speakers}
        people, self.possessive_ids = _people_without_possessives(extraction.mentions)
        self.persons_named = people + speakers
        self.first_names_alone = Counter(o.name for o in self.persons_named if " " not in o.name)
        self.entity_names = sorted({m.name for m in self.persons_named if " " in m.name}, key=len)
        self.surnames = frozenset(name.split()[-1].lower() for name in self.entity_names)
        self.last_said: dict[int, int] = {}  # id(draft) -> where the latest statement it claims ends
        self.statements: list[tuple[int, int, _Draft]] = []  # where each statement so far lies, and whose it is
        self.said_jointly: set[int] = set()  # id(draft) of those whose latest statement had several sources
        self.unattributed: list[Attribution] = []  # statements no actor is known to have made
        self.sentence_starts = sorted(s.start for s in extraction.sentences)
        self.sentence_start_set = set(self.sentence_starts)
        answers, self.questions = interview_parts(self.article, extraction.mentions)
        self.letters = letter_writers(self.article, extraction.mentions) + answers

    # ------------------------------------------------------------ drafts

    def find_named(self, m: Mention) -> _Draft | None:
        """The draft the mention names: the same name, a full name's surname, or a short name a full name extends."""
        name = m.name.lower()
        exact = next((d for d in self.drafts if d.name.lower() == name), None)
        if exact is not None:
            return exact
        office_apart = self._office_apart(m)
        for d in self.drafts:
            dn = d.name.lower()
            if m.kind in {"PERSON", ""} and d.kind == "Person" and " " not in name and dn.split()[-1] == name \
                    and not _titled_before_full_name(m, self.persons_named) \
                    and not _honorifics_of_both_sexes(m, self.persons_named) and not office_apart:
                return d
            if m.kind == "PERSON" and d.kind == "Person" and " " not in dn and name.split()[-1] == dn and not d.apart:
                d.name = m.name  # a full name after the short one: the full name wins
                return d
        return None

    def full_name_for(self, m: Mention) -> str:
        """A later full name for a short one ("Zelenskyy" -> "Volodymyr Zelenskyy"); a common noun ("network") is no
        one's surname, whatever the tagger made of a name ending in it ("Dish Network"). Once per mention: the
        article's names do not change while it is resolved, and the rules ask again for the same mentions."""
        found = self._full_names.get(m)
        if found is None:
            found = self._full_names[m] = self._full_name(m)
        return found

    def _full_name(self, m: Mention) -> str:
        if " " in m.name or m.name.islower() or _titled_before_full_name(m, self.persons_named):
            return m.name
        if _honorifics_of_both_sexes(m, self.persons_named):
            return self._full_name_of_the_sex(m) or _with_honorific(m)
        named = self.full_names_with_surname(m.name)
        if m.kind == "GPE" and _a_country(m.name):
            # "the U.S. and Cuba declared ...": a country the tagger saw is no surname of a name that opens with no
            # first name ("Diario de Cuba", a news site); "Michael Jordan" still has "Jordan"
            named = [o for o in named if _first_name_sex(o.name) is not None]
        full = _of_the_honorific_s_sex(m, named) or self._the_one_bearer(named)
        if not full:
            return _with_honorific(m) if named else self.full_name_by_first_name(m) or m.name
        return self._likeliest_of(self._holding_the_office(m, full))

    def _the_one_bearer(self, named: list[Mention]) -> list[Mention]:
        """The one person named in full with a surname, for an honorific of the other sex than the first name's list
        says ("Mr. Graham" after "Senator Lindsey Graham": a name list gives sexes as likely, an honorific as
        written), unless the short name also comes with an office that person is never given ("President Obama"
        beside "Michelle Obama": someone else, whom "Mr. Obama" is)."""
        if len({o.name for o in named}) != 1:
            return []
        roles = set().union(*(self._roles_of(o) for o in named))
        surname = named[0].name.split()[-1].lower()
        offices = {r for o in self.persons_named if o.name.lower() == surname
                   for r in set(role_words(o.titles)) - HONORIFICS}
        return named if offices <= roles else []

    def _titled_apart(self, m: Mention, name: str, kind: str) -> tuple[str, bool]:
        """The draft's name and whether it is of this article only: "President Bush" of several Bushes keeps its
        title and stays in its article; a description is of its article."""
        if kind == "Person" and self._office_apart(m):
            return f"{m.titles[0]} {name}", True
        return name, not m.named

    def _office_apart(self, m: Mention) -> bool:
        """A titled short name kept apart from the several people of its surname, none of whom the text gives its
        office ("President Bush" beside Jeb Bush and George W. Bush)."""
        if " " in m.name or not m.titles or self.full_name_for(m) != m.name:
            return False
        return len({o.name for o in self.full_names_with_surname(m.name)}) > 1

    def full_names_with_surname(self, surname: str) -> list[Mention]:
        """The mentions of people named in full with the surname ("Team Clinton" names her campaign, no one)."""
        surname = surname.lower()
        return [o for o in self.persons_named if " " in o.name and o.name.split()[-1].lower() == surname
                and o.name.split()[0].lower() not in _OWNED_BODIES]

    def _holding_the_office(self, m: Mention, full: list[Mention]) -> list[Mention]:
        """Of several people with the surname, those the text gives the office the short name is titled with
        ("President Bush" with Jeb Bush and George W. Bush named: the one called president); none when the text
        gives it none of them, and then the short name stays apart rather than go to the wrong one."""
        offices = set(role_words(m.titles)) - HONORIFICS
        if not offices or len({_shortest_form(o.name, full) for o in full}) < 2:
            return full
        return [o for o in full if offices & self._roles_of(o)] or [m]

    def _full_name_of_the_sex(self, m: Mention) -> str | None:
        """The one full name with the surname whose first name is of the sex the honorific gives ("Mr. Trump" when
        the article names Donald J. Trump and Ivana Trump; "Mrs. Clinton" with Hillary and Bill Clinton), if one."""
        male = _gender_of(m.titles)
        full = [o for o in self.full_names_with_surname(m.name) if _first_name_sex(o.name) == male]
        names = {without_initials(_shortest_form(o.name, full)) for o in full}
        return self._likeliest_of(full) if male is not None and len(names) == 1 else None

    def _likeliest_of(self, full: list[Mention]) -> str:
        """Of two full names with the surname ("Hillary Clinton", "Bill Clinton"), the one the article makes a subject
        or a speaker most, then names most: "former President Bill Clinton" in passing is not who "Clinton" is. A
        possessive ("Dena Grayson’s campaign") names someone in passing, so it counts after the plain names; the
        person's first name alone ("accompany Hillary on the trail") counts as a plain one."""
        forms = [(_shortest_form(o.name, full), o.subject or id(o) in self.speaker_ids, id(o) in self.possessive_ids)
                 for o in full]
        names = [name for name, _, _ in forms]
        acting = [name for name, acts, _ in forms if acts]
        plain = [name for name, _, possessive in forms if not possessive]
        alone = self.first_names_alone
        return max(dict.fromkeys(names),
                   key=lambda n: (acting.count(n), plain.count(n) + alone[n.split()[0]], names.count(n)))

    def full_name_by_first_name(self, m: Mention) -> str | None:
        """The one person the article names in full with this first name, when a one-word name is no one's
        surname there ("Melanie said" after "Melanie Austin, a nurse", "Hillary" after "Hillary Clinton"); None when
        two people share it ("Bill" with Bill Clinton and Bill de Blasio) or it is no known first name."""
        first = m.name.lower()
        if first not in first_name_sexes():
            return None
        full = [o for o in self.persons_named if " " in o.name and o.name.split()[0].lower() == first]
        if len({o.name.split()[-1].lower() for o in full}) != 1:
            return None
        return min((o.name for o in full), key=len)

    def named_for_description(self, m: Mention) -> Mention | None:
        """The named person the text gives the description's role (and organisation); none for a role someone
        holds for a "his" or "her" ("His lawyer said ...": whoever "he" is, not the lawyer named for another). An
        indefinite description brings in someone new, so only a person named after it ("A spokesman said ... The
        spokesman, John Smith, ..."), never one named before ("top Obama aide David Plouffe ... Clinton, a top aide
        said, ...": another aide)."""
        if _OF_A_PRONOUN.match(m.span.text):
            return None
        role = set(role_words(m.titles)) - HONORIFICS
        aff = _words(m.affiliation)
        male = _gender_of(m.titles)  # "a spokeswoman for Hillary Clinton" is not "Clinton spokesman Nick Merrill"
        new = _indefinite(m, self.article.text)
        return next((other for other in self.persons_named if other is not m and other.titles
                     and not (new and other.span.end <= m.span.start)
                     and role & set(role_words(other.titles))
                     and (not aff or _same_office(aff, self.words_around(other)))
                     and (male is None or _sex_of(other, self.full_name_for(other)) in {None, male})), None)

    def words_around(self, m: Mention) -> set[str]:
        """The words that place a named person: affiliation, name, the words before it and a bracket after it."""
        return _words(m.affiliation) | _words(m.span.text) | self.words_before(m) | self.bracket_after(m)

    def named_for_epithet(self, m: Mention, previous: list[_Draft]) -> Mention | None:
        """The person the article names right after the noun a definite description ends with ("the billionaire
        said" after "billionaire Donald Trump", "the former first lady" after "former first lady Hillary Clinton"):
        how a news story refers back to someone it has introduced. Only one person the article introduces so, of the
        description's party, and the one the story is on: the last person named before it, or the last speaker with
        no one named after their statement (in a list of profiles "the actress" is the one just named, not an actress
        three profiles up)."""
        words = m.name.lower().split()
        if not words or not words[-1].isalpha() or not _definite(m, self.article.text):
            return None
        head, parties = words[-1], set(words[:-1]) & PARTY_WORDS
        people = {}
        for other in self.persons_named:
            if " " in other.name and _epithet_of(self.article.text, other) == head \
                    and parties <= self.words_before(other):
                people.setdefault(self.full_name_for(other), other)
        if len(people) != 1:
            return None
        (name, person), = people.items()
        named_before = [o for o in self.persons_named if o.span.end <= m.span.start]
        last_named = max(named_before, key=lambda o: o.span.end) if named_before else None
        if last_named is not None and self.full_name_for(last_named) == name:
            return person
        # the last person to speak of that name (past "the TV interviewer" who "expressed shock"), when no one is
        # named after what they said ("Sarandon said she could not vote for Clinton ... The actress said")
        speaker = next((d for d in reversed(previous) if d.name == name), None)
        if speaker is not None and (
                last_named is None or last_named.span.start < self.last_said.get(id(speaker), -1)):
            return person
        return None

    def one_person_just_named(self, m: Mention) -> Mention | None:
        """The one person named outside quotes in the description's sentence and the one before it, when the
        description is a definite one of the roles a story gives the person it is about ("Ben Carson says he is under
        attack ... '...,' the Republican presidential candidate told CBS"; "Clinton told ABC News ... The former
        secretary of state has long maintained"): how news refers back to the one just named, even with a role
        it never wrote before the name. Not of another sex or party than the text gives that person; a role someone
        else holds for them ("the spokesman", "an aide") is someone else."""
        role = _definite_role(m, self.article.text)
        name = self._the_one_just_named(m) if role is not None else None
        person = next((o for o in reversed(self.persons_named) if o.span.end <= m.span.start
                       and self.full_name_for(o) == name), None) if name is not None else None
        if person is None or _gender_of(m.titles) not in {None, _sex_of(person, name)} \
                or not self._may_hold(name, m):
            return None
        # "Kasich ... Trump said ... The governor responded": the role of another person the article names; "De
        # Blasio disbanded the unit. '...,' the Republican presidential candidate said": the one the article is on,
        # unless the one just named was speaking there ("Cruz warned against a brokered convention ... '...,' the
        # Texas senator said")
        others = {self.full_name_for(o) for o in self.persons_named if self.full_name_for(o) != name
                  and role in self._roles_of(o) and self._may_hold(self.full_name_for(o), m)}
        main = self.most_named_before(m.span.start)
        spoke = any(o.main_subject and id(o) in self.source_ids and self.full_name_for(o) == name
                    for o in self._people_named_just_before(m))
        return None if others or main not in {None, name} and self._may_hold(main, m) and not spoke else person

    def _the_one_just_named(self, m: Mention) -> str | None:
        """The full name of the one person named outside quotes from the sentence before the mention's up to it,
        when that person is a main subject or speaker there, or is the one the article names most ("... Donald
        Trump's audio ... The GOP nominee complained", "... was Trump's unwillingness to affirm ... Instead, the
        businessman has insisted"); not a name in passing ("shaming former Miss Universe Alicia Machado. The Indiana
        governor said": Mike Pence, named before)."""
        named = self._people_named_just_before(m)
        people = {self.full_name_for(o) for o in named}
        if len(people) > 1:
            # "Hillary Clinton has a word for Donald Trump's plan. The Democratic presidential candidate blasted ...":
            # the subject the article is on, unless another is named in the description's own sentence before it
            # ("... to unendorse Trump after the billionaire estate mogul claimed")
            named = self._the_main_person_acting(named, self.sentence_start(m.span.start))
            people = {self.full_name_for(o) for o in named}
        if len(people) != 1:
            return None
        subject = any(o.main_subject or id(o) in self.source_ids for o in named)
        # the one named most, in full or by a surname no other full name of the article has ("Trump's" with Ivanka
        # and Donald Trump named: either)
        plain = all(o.name in people or len({self.full_name_for(x) for x in self.persons_named
                                             if x.name.split()[-1] == o.name.split()[-1]}) == 1 for o in named)
        return people.pop() if subject or plain and self.most_named_before(m.span.start) in people else None

    def _the_main_person_acting(self, named: list[Mention], own: int) -> list[Mention]:
        """Of the mentions of several people, those of the one the article has named most up to the description's
        own sentence (from ``own``) as a subject or speaker, unless another is named in that sentence before it."""
        main = self.most_named_before(own)
        if any(o.span.start >= own and self.full_name_for(o) != main for o in named):
            return []
        return [o for o in named if (o.main_subject or id(o) in self.source_ids) and self.full_name_for(o) == main]

    def _people_named_just_before(self, m: Mention) -> list[Mention]:
        """The mentions of people outside quotes from the sentence before the mention's up to it; when those
        sentences name no one, from up to two sentences further back, not past a subheading ("... a problem with
        Donald Trump's microphone ... / There was no noticeable issue with the sound on television. / The GOP
        nominee complained"). Once per mention: the rules that read a role ask again for the same one."""
        found = self._named_just_before.get(m)
        if found is None:
            found = self._named_just_before[m] = self._people_in_look_back(m)
        return found

    def _people_in_look_back(self, m: Mention) -> list[Mention]:
        before = [o for o in (*self.persons_named, *self.mentions_without_possessive, *self.sources)
                  if not o.quoted and o.span.end <= m.span.start
                  and (o.kind == "PERSON" or self.full_name_for(o) in self.person_names)]
        since = self._window_start(m)
        for _ in range(_LOOK_BACK_SENTENCES):
            named = [o for o in before if since <= o.span.start]
            if named or since == 0 or self._subheading_at(since):
                return named
            since = self.sentence_start(since, back=1)
        return []

    @cached_property
    def person_names(self) -> frozenset[str]:
        """The names of the people the article names (as written, without a possessive)."""
        return frozenset(o.name for o in self.persons_named)

    @cached_property
    def mentions_without_possessive(self) -> list[Mention]:
        """The article's mentions, a name written with its possessive ("Donald Trump’s microphone") by the name."""
        return [replace(m, name=without_possessive(m.name)) for m in self.extraction.mentions]

    def _window_start(self, m: Mention) -> int:
        """Where to look for the one a role refers back to: from the sentence before the statement (a quote of
        several sentences may come before its tag), or before the subheading there ("Donald Trump isn't saying much
        ... / Baiting the moderators. / The Republican presidential nominee has repeatedly wondered")."""
        start = min([m.span.start] + [a.content.start for a in self.extraction.attributions if a.source is m])
        since = self.sentence_start(start, back=1)
        return self.sentence_start(start, back=2) if self._subheading_at(since) else since

    def _subheading_at(self, start: int) -> bool:
        """A paragraph of a few words starts at ``start`` ("Baiting the moderators."): a subheading, which names no
        one a role after it could refer back to."""
        para = next((p for p in self.article.paragraphs if p.start == start), None)
        return para is not None and para.start > 0 and len(self.article.text[para.start:para.end].split()) <= 6

    @cached_property
    def most_named_person(self) -> str | None:
        """The person the article names most often (by full name), the one it is most likely on."""
        return self.most_named_before(len(self.article.text) + 1)

    def most_named_before(self, where: int) -> str | None:
        """The person the article has named most often before ``where`` (by full name): the one a reader there takes
        it to be on ("Clinton: I support D.C. statehood. / Hillary Clinton wants ... / The Democratic frontrunner
        wrote": Clinton, though Trump is named more after)."""
        counts = Counter(self.full_name_for(o) for o in self.persons_named
                         if o.kind == "PERSON" and o.span.end <= where)
        return counts.most_common(1)[0][0] if counts else None

    def _may_hold(self, name: str, description: Mention) -> bool:
        """The person named ``name`` may be the one the description describes: the text gives them no party or the
        description's, and the places the description names ("the Texas senator") beside their name."""
        words = _one_party_form(description.name.lower().split())
        theirs = _one_party_form(w for o in self.persons_named if self.full_name_for(o) == name
                                 for w in self.words_around(o))
        parties = words & PARTY_WORDS
        places = {w.lower() for w in re.findall(r"(?<!^)\b[A-Z][a-z]+", description.name)} - PARTY_WORDS
        # a "vice presidential nominee" is another; "the former secretary of state" the one the text names plainly
        return (not parties or not theirs & PARTY_WORDS or bool(parties & theirs)) and places <= theirs \
            and not _office_changed(words, theirs, former=False) and not _of_another_state(description.name, theirs)

    def _roles_of(self, m: Mention) -> set[str]:
        """The role words the text gives a named person: its titles and the words before the name."""
        return set(role_words(m.titles)) | self.words_before(m) | ({e} if (e := _epithet_of(self.article.text, m))
                                                                    else set())

    def bracket_after(self, m: Mention) -> set[str]:
        """The words of a bracket right after a name ("texas" of "Ted Cruz (R-Texas)"; a state's abbreviation after
        the party is the state's name: "south carolina" of "Lindsey Graham (R-S.C.)")."""
        found = re.match(r"\s*\(([^)]{1,30})\)", self.article.text[m.span.end:m.span.end + 34])
        if not found:
            return set()
        party_state = re.fullmatch(r"[RDI]\s?[-\u2013]\s?(.+)", found.group(1).strip())
        state = us_state_abbreviations().get(party_state.group(1).lower()) if party_state else None
        return _words(found.group(1)) | _words(state)

    def words_before(self, m: Mention) -> set[str]:
        """The words just before a mention in its sentence ("Republican presidential" of "Republican presidential
        nominee Donald Trump"), where the parser left them out of the name."""
        text = self.article.text[max(0, m.span.start - 40):m.span.start]
        return _words(_BEFORE_A_NAME.split(text)[-1])

    def person_name(self, name: str, titled: bool = False) -> str:
        """The name of the person a longer phrase ends with ("rival Donald Trump", "MSNBC host Chris Matthews",
        "Republican vice-presidential nominee Gov. Mike Pence" -> "Donald Trump", "Chris Matthews", "Mike Pence"):
        the shortest name of a person the article names that ends the phrase, else the capitalised words after the
        phrase's last lower-case word ("Clinton campaign manager Robby Mook" -> "Robby Mook")."""
        # "Hillary Clinton, like Obama", "X, who has confirmed ...": the name is what stands before the comma; "Ted
        # Cruz (R-Texas)": before the party and state; "Trump in his speech", "Robert Antonacci of the New York
        # delegation": before the phrase that says where or of what.
        name = name.split(",")[0].strip() or name
        name = re.sub(r"\s*\([^)]*\)?\s*$", "", name) or name
        name = re.split(r"\s+(?:in|of|at|on|from|during|with)\s+(?=[a-z])", name, maxsplit=1)[0]
        name = _person_from_place(name, self.entity_names, titled) or name
        for other in self.entity_names:
            if len(other) < len(name) and name.endswith(" " + other):
                return other
        words = name.split()
        # "Democrat Hillary Clinton", "Republican Marco Rubio": a party before a person's name is no part of it.
        while len(words) > 2 and words[0].lower() in PARTY_WORDS:
            words = words[1:]
        name = " ".join(words)
        lower = [i for i, w in enumerate(words) if w[:1].islower() and w.lower() not in name_particles()]
        if lower and 0 < len(words) - lower[-1] - 1 and all(w[:1].isupper() for w in words[lower[-1] + 1:]):
            tail = " ".join(words[lower[-1] + 1:])
            if " " in tail or len(tail) > 2:  # "rival Donald Trump", "defensive Obama", "even Obama"
                return tail
        return name

    def body_of_person(self, name: str) -> str:
        """A person's campaign or staff by the surname, as "Clinton's campaign" is ("rival Hillary Clinton campaign"
        -> "Clinton campaign"), when the words before the body end with a person the article names in full, or are a
        first name and a surname."""
        words = name.split()
        if len(words) < 3 or words[-1].lower() not in _PEOPLE_AROUND:
            return name
        head = words[:-1]
        for full in reversed(self.entity_names):  # longest first
            if head[-len(full.split()):] == full.split():
                return f"{full.split()[-1]} {words[-1]}"
        if len(head) == 2 and head[0].lower() in first_name_sexes() and head[1][:1].isupper():
            return f"{head[1]} {words[-1]}"  # "Hillary Clinton's campaign" with no other mention of her
        return name

    def add(self, m: Mention, name: str, kind: str) -> _Draft:
        """The draft the mention joins, or a new one; the mention's form, roles and sex go on it."""
        name = _tidy_name(name) or name
        if kind == "Person":
            name = without_possessive(name)  # "Donald Trump's", "Sanders'": the person
        if kind == "Person" and m.named:
            name = self.person_name(name, bool(m.titles))
        if kind == "Organization" and m.named and (person := _person_from_place(name)) is not None:
            kind, name = "Person", person
        if kind == "Organization":
            name = self.body_of_person(owned_name(name))
        if kind == "Person" and " " not in name and not m.titles and _only_a_first_name(name):
            m = replace(m, named=False)  # "Melanie said", "Bob said": no one across an archive
        name, local = self._titled_apart(m, name, kind)
        d = self.find_named(Mention(m.span, m.kind, name, m.titles, m.affiliation, m.named))
        if d is None:
            d = _Draft(name=name, kind=kind, local=local,
                       apart=" " not in name and _titled_before_full_name(m, self.persons_named))
            self.drafts.append(d)
        elif m.named:
            _named_again(d, name, kind, local)
        _note_mention(d, m)
        return d

    # ------------------------------------------------------------ speakers

    def pronoun_actor(self, m: Mention, previous: list[_Draft], said: Span | None = None) -> _Draft | None:
        """The latest speaker the pronoun can be; but a person the text names after that speaker's last statement
        with a title of the pronoun's sex ("Mrs. Clinton ... she") is nearer; with no speaker, the nearest named
        mention that can be what it refers to."""
        allowed = pronouns().get(m.name, frozenset())
        if not allowed:  # a relative pronoun the extractor left: "Stevie Wonder, who joked ...", no one else
            named = self._named_right_before(m)
            if named is None:
                return None
            return self.add(named, self.full_name_for(named), _KIND.get(named.kind, "Person"))
        if "described" in allowed:  # "those close to him", "some": a group the article describes, no one named
            return self.add(m, m.span.text[:1].upper() + m.span.text[1:], "Group")
        if not allowed & {"person", "person-male", "person-female"}:  # "it", "they": no one person
            d = (self._named_since(m, None, None, previous, said) if m.name == "they" else None) \
                or self._just_speaking(m, previous, allowed)
            if d is not None and m.span.text not in d.aliases:
                d.aliases.append(m.span.text)
            return d
        male = "person-male" in allowed if len(allowed & {"person-male", "person-female"}) == 1 else None
        speaker = next((d for d in reversed(previous) if _may_be(d, allowed, male)), None)
        opening = self.subject_just_before(m, male) or self.described_by_its_who_clause(m, male) \
            or self.subject_of_its_sentence(m, male) or self.subject_since_speaker(m, male, speaker, said)
        d = (self.add(opening, self.full_name_for(opening), "Person") if opening is not None else None) \
            or self._named_since(m, male, speaker, previous, said) or speaker
        if d is None:
            named = self._nearest_named(m, allowed, male)
            if named is None:
                return None
            d = self.add(named, self.full_name_for(named), _KIND.get(named.kind, "Person"))
        if m.span.text not in d.aliases:
            d.aliases.append(m.span.text)
        return d

    def subject_just_before(self, pronoun: Mention, male: bool | None) -> Mention | None:
        """The one person named as the main subject of the sentence before a "he" or "she" opening its sentence or
        tagging the quote that opens it, when the text gives that person the pronoun's sex or no sex and a full name
        ("Mr. Khan has mounted a campaign to condemn Mr. Trump. He has asked ..."; "Rubio disagreed. '...,' he
        said"): such a pronoun goes on with the last sentence's subject far more often than with the latest speaker
        or the last name."""
        opens = pronoun.span.start in self.sentence_start_set
        if male is None or not (opens or self._tags_the_opening_quote(pronoun)):
            return None
        since = self.sentence_start(pronoun.span.start, back=1)
        found = self._people_as_main_subjects(since, pronoun.span.start)
        if len(found) != 1:
            return None
        ((name, subject),) = found.items()
        if not opens and self._talked_about(subject, name):
            return None  # "Trump, Sexton said, has created ... '...,' he said": Sexton goes on
        # of unknown sex, only a person the article names in full (a lone first name may be another's)
        sex = _sex_of(subject, name)
        return subject if sex == male or sex is None and " " in name else None

    def described_by_its_who_clause(self, pronoun: Mention, male: bool | None) -> Mention | None:
        """The person a "who" clause describes when "he" or "she" stands inside that clause, with no comma, quote
        or other person between ("Senator Bernie Sanders of Vermont, who had opposed a similar effort and did not
        like provisions in the bill that he thought would displace American workers": Sanders), of the pronoun's
        sex or of none known and named in full: the clause goes on about the one it describes. Not when "who" is
        the object of a clause whose subject the pronoun is ("Pence, who he said ...": someone else speaks)."""
        if male is None or pronoun.name not in {"he", "she"}:
            return None
        text, since = self.article.text, self.sentence_start(pronoun.span.start)
        clause = list(re.finditer(r",\s+who\s+(?!(?:he|she|they|I|we|you)\b)\w", text[since:pronoun.span.start]))
        if not clause:
            return None
        who = since + clause[-1].start()
        between = text[who + 1:pronoun.span.start]
        if "," in between or QUOTE_MARK_RE.search(between) or any(
                x.kind == "PERSON" and who < x.span.start < pronoun.span.start for x in self.extraction.mentions):
            return None
        person = next((x for x in self.extraction.mentions if x.kind == "PERSON" and x.named and not x.quoted
                       and since <= x.span.start and _OF_A_PLACE.fullmatch(text[x.span.end:who])), None)
        if person is None:
            return None
        name = self.full_name_for(person)
        sex = _sex_of(person, name)
        return person if sex == male or sex is None and " " in name else None

    def _talked_about(self, m: Mention, name: str) -> bool:
        """The mention lies in a statement of someone else's: what they said of it, not what it did."""
        surname = name.split()[-1]
        return any(start <= m.span.start < end and d.name.split()[-1] != surname
                   for start, end, d in self.statements)

    def _tags_the_opening_quote(self, pronoun: Mention) -> bool:
        """The pronoun is the speech tag right after a quote that opens its sentence ('"...," he said', "''...,''
        he said")."""
        text, start = self.article.text, self.sentence_start(pronoun.span.start)
        before = text[start:pronoun.span.start].strip()
        marks = QUOTE_MARK_RE.findall(before)
        return len(marks) == 2 and before.startswith(marks[0]) and before.endswith(marks[1])

    def subject_of_its_sentence(self, pronoun: Mention, male: bool | None) -> Mention | None:
        """The one person named as the main subject of the pronoun's own sentence before it, of the pronoun's sex or
        of none known, named in full, when the pronoun is inside that sentence ("Secretary General Ban Ki-moon
        condemned what he called a breach"): the main subject, not the last name or the latest speaker."""
        if male is None or pronoun.name not in {"he", "she"} or pronoun.span.start in self.sentence_start_set:
            return None
        since = self.sentence_start(pronoun.span.start)
        found = self._people_as_main_subjects(since, pronoun.span.start) or self._first_subject_before_and(pronoun)
        if len(found) != 1:
            return None
        ((name, subject),) = found.items()
        # a lone first name ("Jerome was proud ...") is left to the speaker the article has named in full
        return subject if " " in name and _sex_of(subject, name) in {male, None} else None

    def subject_since_speaker(self, pronoun: Mention, male: bool | None, speaker: _Draft | None,
                              said: Span | None) -> Mention | None:
        """The one person the text makes a sentence's main subject after the latest speaker's last statement and
        before a "he" or "she", outside what the pronoun says (``said``), when the text gives that person the
        pronoun's sex, here read from the full name of a surname ("On the eve of the meetings, Trump eased his
        defiant tone. Asked who leads the party, he said Ryan." after an aide's quote): the story has gone back to
        that person. Of unknown sex, the latest speaker stays ("Sandy Hook" is no "he"); so
        it does for "his" and for a pronoun after a person its sentence names (whose it most likely is)."""
        if male is None or speaker is None or id(speaker) not in self.last_said or pronoun.name not in {"he", "she"} \
                or self._person_named_before_in_sentence(pronoun):
            return None  # "Trump didn't back away from his pledge", "McCain telling reporters he viewed ...": theirs
        found = {name: x for name, x in self._people_as_main_subjects(self.last_said[id(speaker)],
                                                                      pronoun.span.start).items()
                 if said is None or not said.start <= x.span.start < said.end}
        if len(found) != 1:
            return None
        ((name, subject),) = found.items()
        known = self.find_named(replace(subject, name=name))
        return subject if _sex_of(subject, name) == male and known is not speaker else None

    def _person_named_before_in_sentence(self, pronoun: Mention) -> bool:
        """A person is named in the pronoun's sentence before it, outside quotes, or a speaker is ("Benjamin said he
        believes ...", whatever the tagger made of the name)."""
        since = self.sentence_start(pronoun.span.start)
        return any((x.kind == "PERSON" or id(x) in self.source_ids and x.kind != "PRON") and not x.quoted
                   and since <= x.span.start < pronoun.span.start for x in (*self.extraction.mentions, *self.sources))

    def _first_subject_before_and(self, pronoun: Mention) -> dict[str, Mention]:
        """The person named as the first subject of the pronoun's sentence when the pronoun opens a clause joined by
        "and" or "but": a parse that hung the sentence on another verb leaves that subject no main subject ("Rubio
        gave an interview to the Advocate, a magazine focused on ..., and he condemned ...": the root is
        "focused")."""
        text, since = self.article.text, self.sentence_start(pronoun.span.start)
        before = text[since:pronoun.span.start]
        if not re.search(r"\b(?:and|but)\s*$", before) or re.search(r"\b(?:he|she)\b", before, re.IGNORECASE):
            return {}  # "He agreed that Trump may struggle ..., but he said": the first "he"'s
        subjects = sorted((x for x in (*self.sources, *self.extraction.mentions)
                           if x.subject and not x.quoted and since <= x.span.start < pronoun.span.start),
                          key=lambda x: x.span.start)
        first = subjects[0] if subjects else None
        if first is None or first.kind not in {"PERSON", "ORG", "NORP"}:
            return {}
        return self._people_as_main_subjects(first.span.start, first.span.end, any_subject=True)

    def _people_as_main_subjects(self, since: int, until: int, *, any_subject: bool = False) -> dict[str, Mention]:
        """The people named as a sentence's main subject (with ``any_subject``, as a subject of any of its verbs)
        between two offsets, by full name; a surname the tagger made a body or a common noun ("Pence pledged ...",
        "Sanders has cast ...") counts when the article names a person so in full."""
        found: dict[str, Mention] = {}
        for x in (*self.persons_named, *self.extraction.mentions):
            if (x.subject if any_subject else x.main_subject) and not x.quoted and since <= x.span.start \
                    and x.span.end <= until and x.kind in {"PERSON", "ORG", "NORP"}:
                name = self.full_name_for(x)
                if x.kind == "PERSON" or name != x.name:
                    found[name] = x
        return found

    def _just_speaking(self, m: Mention, previous: list[_Draft], allowed: frozenset[str]) -> _Draft | None:
        """What "it" or "they" stands for when its sentence names no group before it: the latest speaker of a kind
        it can be whose statement ends in the pronoun's sentence or the two before ("Twitter said ... It added that
        ..."; a tag can be a sentence of its own: '"...," the report says. It also points out ...'); else no one,
        for "it" and "they" far more often stand for things and people just described (a video, a deal, "the
        economists") than for a speaker further back. "It" is not one of several who spoke together ("China and the
        United States, which vowed ... It showed that ...": the deal)."""
        since = self.sentence_start(m.span.start, back=2)
        return next((d for d in reversed(previous) if self.last_said.get(id(d), -1) >= since
                     and _may_be(d, allowed, None)
                     and not (m.name == "it" and id(d) in self.said_jointly)), None)

    def _named_right_before(self, m: Mention) -> Mention | None:
        """The name a relative pronoun follows, with nothing but a comma between them: what it stands for."""
        text = self.article.text
        return next((x for x in self.extraction.mentions if x.named and x.kind in _KIND and x.span.end <= m.span.start
                     and re.fullmatch(r"[\s,\u2013\u2014-]*", text[x.span.end:m.span.start])), None)

    def _named_since(self, m: Mention, male: bool | None, speaker: _Draft | None, previous: list[_Draft],
                     said: Span | None) -> _Draft | None:
        """Whom the text makes the pronoun stand for after the speaker last spoke: for "they" the group its sentence
        makes a subject before it; for "he" or "she" the named person a role of the sentence before stands for, or a
        person named with a title of its sex ("Mrs. Clinton ... she")."""
        since = -1 if speaker is None else self.last_said.get(id(speaker), -1)
        if m.name == "they":
            people = self.people_just_before(m, said)  # "Republicans called the hearing because they felt ..."
            return self.actor_for_mention(people, previous) if people is not None and people.span.start > since \
                else None
        if male is None:
            return None
        # right after a speaker of the pronoun's sex, not one named in what the pronoun says ("Luntz said ... . The
        # slogan feels bloodless compared with the appeals of Mr. Trump, he said": Trump is talked about)
        just_spoke = since >= self.sentence_start(m.span.start, back=1)
        outside = [x for x in self.extraction.mentions
                   if not just_spoke or said is None or not said.start <= x.span.start < said.end]
        titled = _nearest_of_sex(outside, m, male, self._full_name_opening)
        described = self.described_just_before(m, male, previous)
        if described is not None and described[0].span.start > since \
                and (titled is None or described[0].span.start > titled.span.start):
            return self.described_person(*described)
        if titled is not None and titled.span.start > since:
            return self.add(titled, self.full_name_for(titled), "Person")
        return None

    def _full_name_opening(self, m: Mention) -> str:
        """The full name of a surname that opens its sentence as its subject ("Trump has record low support ..."),
        whose sex a "he" after it may follow; one inside a clause of another's ("Asked about her vote in the event
        that Clinton faces Trump, she replied") is left a surname."""
        return self.full_name_for(m) if m.span.start in self.sentence_start_set else m.name

    def described_just_before(self, pronoun: Mention, male: bool,
                              previous: list[_Draft]) -> tuple[Mention, Mention] | None:
        """The last subject described by a role in the pronoun's sentence or the one before, of no other sex, and the
        named person the article makes it ("the president appeared cowed" after "President Obama": "he" in the next
        sentence is most likely Obama); ``None`` when no one named fits the description."""
        last = self._last_before(pronoun, 1, lambda x: x.kind == "DESC" and _gender_of(x.titles) in {None, male})
        if last is None:
            return None
        named = self.named_for_description(last) or self.named_for_epithet(last, previous)
        return (last, named) if named is not None and _sex_of(named) in {None, male} else None

    def people_just_before(self, pronoun: Mention, said: Span | None) -> Mention | None:
        """The last plural subject before "they" in its sentence and outside what "they" said (``said``:
        "Republicans had called the hearing because they felt ..."; not "... until voters head to the polls, they
        argued, ..."): English refers "they" to it before a speaker further back."""
        return self._last_before(pronoun, 0, lambda x: x.kind == "NORP" and can_speak(x)
                                 and not (said is not None and said.start <= x.span.start < said.end))

    def body_just_named(self, m: Mention) -> Mention | None:
        """The body "the group", "the company" refers back to: the one named body that speaks or acts (a clause
        subject or a speaker) in its sentence before it or in the sentence before ("The Tax Policy Center came to a
        similar conclusion. The top 1 percent would see ..., the group said"). None when another body is named
        there: which one is meant is not for a rule to guess."""
        before = self.article.text[max(0, m.span.start - 4):m.span.start].lower()
        if m.name.lower() not in _BODY_NOUNS or not re.search(r"\bthe\s$", before):
            return None
        since = self.sentence_start(m.span.start, back=1)
        bodies = [x for x in [*self.extraction.mentions, *self.sources] if x.kind == "ORG" and x.named
                  and since <= x.span.start and x.span.end <= m.span.start]
        acting = [x for x in bodies if not x.quoted and (x.subject or id(x) in self.source_ids)]
        if not acting or len({without_possessive(x.name).lower() for x in bodies}) != 1:
            return None
        body = max(acting, key=lambda x: x.span.end)
        return body if _may_be_called(without_possessive(body.name), m.name.lower()) else None

    def sentence_start(self, offset: int, back: int = 0) -> int:
        """Where the sentence holding ``offset`` starts, or the one ``back`` sentences before it (0: the text's
        start when there are not so many)."""
        k = bisect_right(self.sentence_starts, offset) - 1 - back
        return self.sentence_starts[k] if k >= 0 else 0

    def _last_before(self, pronoun: Mention, sentences_back: int, fits) -> Mention | None:
        """The last clause subject outside quotes that ``fits``, from the start of the pronoun's sentence (or of as
        many sentences before it) up to the pronoun."""
        since = self.sentence_start(pronoun.span.start, back=sentences_back)
        found = [x for x in self.extraction.mentions if x.subject and not x.quoted and fits(x)
                 and since <= x.span.start and x.span.end <= pronoun.span.start]
        return max(found, key=lambda x: x.span.end) if found else None

    def _nearest_named(self, m: Mention, allowed: frozenset[str], male: bool | None) -> Mention | None:
        """The last name before a pronoun with no speaker before it that it can stand for (not one a quote names)."""
        fits = {kind for kind, word in _MENTION_KIND_WORD.items() if word in allowed}
        # of the pronoun's sex as the full name says ("Clinton" read as "Bill Clinton" is no "she")
        before = [x for x in self.extraction.mentions if x.kind in fits and x.span.end <= m.span.start and not x.quoted
                  and (male is None or _sex_of(x, self.full_name_for(x)) in {None, male})
                  and (x.named or x.kind != "NORP")]
        # a subject of the pronoun's sentence or the one before goes on before a name in passing ("Naureen Jahangir,
        # a Sanders supporter, is among ... The Sanders campaign was the first time she ...": Jahangir)
        since = self.sentence_start(m.span.start, back=1)
        subjects = [x for x in before if x.subject and x.span.start >= since]
        return max(subjects or before, key=lambda x: x.span.end) if before else None

    def actor_for_mention(self, m: Mention, previous: list[_Draft], said: Span | None = None) -> _Draft | None:
        """The draft a source mention stands for: a pronoun's referent, a description's named person, a name."""
        if m.kind == "PRON":
            return self.pronoun_actor(m, previous, said)
        if m.kind == "ORG" and not m.named and (role := _office_of(m)) is not None:
            # "the mayor" after "Mayor Bill de Blasio": the one the article gives that office; else as before
            office = replace(m, kind="DESC", titles=(role,))
            if (named := self.named_for_description(office)) is not None:
                return self.described_person(office, named)
        if m.kind in {"DESC", "ORG"} and not m.named and (named := self.named_for_epithet(m, previous)
                                                         or self.one_person_just_named(m)) is not None:
            return self.described_person(m, named)
        if m.kind == "ORG" and not m.named and (body := self.body_just_named(m)) is not None:
            return self.actor_for_mention(body, previous)
        if m.kind == "DESC":
            named = None if _unnamed_one_of_many(m, self.article.text) else self.named_for_description(m)
            if named is not None:
                return self.described_person(m, named)
            return self.add(m, m.name[:1].upper() + m.name[1:], "Person")
        if (misread := self.misread_short_name(m)) is not None:
            return self.add(*misread)
        full = self.full_name_for(m)
        if full == m.name:
            return self.add(m, full, _KIND.get(m.kind, "Person"))
        # A short name the article gives in full as a person's name ("Trump" in a headline, "Sanders" tagged a
        # common noun) is that person, a named one.
        return self.add(replace(m, named=True), full, "Person")

    def misread_short_name(self, m: Mention) -> tuple[Mention, str, str] | None:
        """``(mention, name, kind)`` for a short name the tagger misread that the article gives in full: a person's
        surname tagged a place, a body's last word."""
        if m.kind == "GPE" and (person := self.person_read_as_place(m)) is not None:
            return replace(m, kind="PERSON", named=True), person, "Person"
        if m.kind == "ORG" and m.named and (body := self.body_by_last_word(m)) is not None:
            return m, body, "Organization"
        return None

    def person_read_as_place(self, m: Mention) -> str | None:
        """"After Tanden informed Soros ...": one word the tagger called a place, which the gazetteer does not know,
        that ends the one name of a person the text gives in full ("Neera Tanden", however the tagger read it) is
        that person; so is the name after the words that describe it ("the more moderate Kasich")."""
        words = m.name.split()
        name = words[-1]
        if any(w[:1].isupper() for w in words[:-1]) or _a_place(name):
            return None
        full = {n for n in self.entity_names if n.split()[-1] == name} or {
            n for n in re.findall(r"\b([A-Z][a-z]+ " + re.escape(name) + r")\b", self.article.text)
            if n.split()[0].lower() not in _NOT_FIRST_NAMES and not _a_place(n)}
        return next(iter(full)) if len(full) == 1 else None

    @cached_property
    def bodies_by_last_word(self) -> dict[str, set[str]]:
        """The names of several words of the bodies the article names, by their last word."""
        bodies: dict[str, set[str]] = {}
        for b in self.extraction.mentions:
            if b.kind == "ORG" and b.named and " " in b.name:
                bodies.setdefault(b.name.split()[-1].lower(), set()).add(b.name)
        return bodies

    def body_by_last_word(self, m: Mention) -> str | None:
        """"The Journal" after "The Wall Street Journal", "the Center" after "the Tax Policy Center": one word that
        ends the name of the one body the article names with it is that body (as a surname is its person)."""
        word = m.name.lower()
        if " " in word or word in self.surnames:  # "Trump" tagged a body is no "Team Trump"
            return None
        bodies = self.bodies_by_last_word.get(word, set())
        if len(bodies) != 1:
            return None
        body = next(iter(bodies))
        words = [w.lower().rstrip(".") for w in body.split()[:-1]]
        if any(w in first_name_sexes() or w in HONORIFICS or w in titles() for w in words):
            return None  # a person the tagger made a body ("Maryland Gov. Martin O'Malley", "Carly Fiorina")
        return body

    def described_person(self, m: Mention, named: Mention) -> _Draft:
        """The named person a description stands for, with the description's form and roles."""
        d = self.add(named, self.full_name_for(named), "Person")
        if m.span.text not in d.aliases:
            d.aliases.append(m.span.text)
        d.roles.extend(Role(t, m.affiliation) for t in m.titles)  # merged per title later
        return d

    def claims(self, authors: list[_Draft]) -> list[tuple[_Draft, Attribution]]:
        """Each attribution with the draft that claims it (the authors for the article's own voice, the writer for a
        reader's letter)."""
        out: list[tuple[_Draft, Attribution]] = []
        speakers: list[_Draft] = []
        for att in sorted(self.extraction.attributions, key=_where_said):
            if att.possible:
                self.unattributed.append(att)  # "Trump may want to check his stats": no one said it
                continue
            writer = self.letter_writer(att)
            first_person = att.source is not None and att.source.name in {"i", "we"}
            if att.method == "article-voice" or first_person and (writer is not None or self._writer_s_own(att)):
                # the article's own voice, and its "I" or "we" outside quotes ("We know from his filings ...", "I
                # laughed and said, '...'"): the writers' (a reader's letter's signer on a page of letters)
                out.extend((a, att) for a in ([self.add(writer, writer.name, "Person")] if writer else authors))
                continue
            if att.source is not None and names_no_one(att.source):
                self.unattributed.append(att)  # "None of the candidates has said ...": a statement as written
                continue
            if att.source is not None and not can_speak(att.source):
                continue  # a page's label or a dateline as a transcript's speaker, a day or a study: nobody said it
            if att.source is None and not att.direct:
                # A judgement nobody is named for ("the plan seems to have failed", "the veto is expected Friday") is
                # the article's own, hedged: its authors' or publisher's, not the last speaker's; so is a question
                # whose asker the text does not name ("Asked whether he would support Trump, Rubio ..."): the
                # reporter's, not the last speaker's.
                out.extend((a, att) for a in authors)
                continue
            found = self._speakers_of(att, speakers)
            # "Trump mocked Bush for suggesting that ... He said ...": Trump; "Rubio, who supported the bill": told in
            # passing, Rubio is not who speaks next
            if not self._inside_a_statement(att) and att.rule != "stance-in-relative-clause":
                self._note_speakers(found, att, speakers)
            out.extend((d, att) for d in found)
        return out

    def _note_speakers(self, found: list[_Draft], att: Attribution, speakers: list[_Draft]) -> None:
        """Record who just spoke, where, and whether together with others (whom "it" cannot stand for)."""
        jointly = len(found) > 1 or att.source is not None and _one_of_several(att.source)
        for d in found:
            speakers.append(d)
            self.last_said[id(d)] = att.content.end
            self.statements.append((att.content.start, att.content.end, d))
            (self.said_jointly.add if jointly else self.said_jointly.discard)(id(d))

    def _writer_s_own(self, att: Attribution) -> bool:
        """A first-person statement the writer makes: one not quoted (an "I" in a quote's tag is the writer's when
        the tag stands outside every quotation and every other statement, as in a first-person essay)."""
        return not att.direct or (outside_quotes(self.article, att.source.span.start)
                                  and not self._inside_a_statement(att))

    def _inside_a_statement(self, att: Attribution) -> bool:
        """The statement's speaker is named inside what another speaker said: a report within a report."""
        if att.source is None:
            return False
        where = att.source.span.start
        return any(other is not att and other.content.start <= where < other.content.end for other in self.reports)

    def interviewee_asked(self, att: Attribution) -> Mention | None:
        """Who a "you" in an interview's question is: the interviewee."""
        return next((m for start, end, m in self.questions if start <= att.content.start < end), None)

    def letter_writer(self, att: Attribution) -> Mention | None:
        """Who wrote the reader's letter the statement is in, if it is in one."""
        return next((m for start, end, m in self.letters if start <= att.content.start < end), None)

    def _speakers_of(self, att: Attribution, speakers: list[_Draft]) -> list[_Draft]:
        """Who made the statement; none for a pronoun the text gives no referent (the statement is then kept among
        the unattributed, unless the pronoun is a relative one with no name before it: no report of its own)."""
        if att.source is None:
            return speakers[-1:]  # a quote with no cue continues the speaker before it
        if att.source.name == "you" and (asked := self.interviewee_asked(att)) is not None:
            return [self.add(asked, asked.name, "Person")]  # "Q: You've been talking about ...": the one asked
        if att.source.name == "you" and outside_quotes(self.article, att.source.span.start):
            self.unattributed.append(att)  # "You can call RT whatever you want": the writer's generic "you", no one
            return []
        found = [d for part in conjuncts(att.source, self.surnames)
                 if (d := self.actor_for_mention(part, speakers, att.content)) is not None]
        if not found and att.source.kind == "PRON" and pronouns().get(att.source.name):
            self.unattributed.append(att)
        return found

    # ------------------------------------------------------------ actors

    def key_of(self, name: str, local: bool) -> str:
        """A description ("the government", "officials", "a spokesman") or an article's voice with no byline is an
        actor of its article only: the article's id is part of its key, so it never joins other articles."""
        name = without_initials(name)
        return f"{slug(name)}--{slug(self.article.id)}" if local else slug(name)

    def placed_role(self, role: Role) -> Role:
        """One role label whatever the case the title was written in ("Director, FBI" / "director, FBI"); an
        organisation with no name ("a spokesman for the company") is this article's."""
        role = Role(canonical_label(role.title), role.organisation, role.organisation_key)
        if not role.organisation:
            return role
        org = canonical_label(role.organisation)
        named = any(w[:1].isupper() for w in org.split()[1:]) or not org.lower().startswith(("the ", "a ", "an "))
        return Role(role.title, org, None if named else self.key_of(org, True))

    def targets(self) -> list[Actor]:
        """The accused or warned: each an actor of the entity's own kind (an accused person stays a person)."""
        out = []
        for att in self.extraction.attributions:
            if att.target is not None and can_speak(att.target):
                t = att.target
                kind = _KIND.get(t.kind, "Person" if t.kind == "DESC" else "Group")
                name = canonical_label(_tidy_name(t.name) or t.name)
                out.append(Actor(self.key_of(name, not t.named), name, kind, (t.span.text,)))
        return out

    def authors(self) -> list[_Draft]:
        """Who claims the article's own voice: its authors, else its publisher, else the article itself."""
        authors = [_Draft(name=a, kind="Person", roles=[Role("author")]) for a in self.article.authors]
        if authors:
            return authors
        voice = self.article.publisher or ARTICLE_VOICE_FALLBACK
        return [_Draft(name=voice, kind="Organization" if self.article.publisher else "Group",
                       local=not self.article.publisher)]

    def resolved(self) -> ResolvedArticle:
        authors = self.authors()
        claims_draft = self.claims(authors)
        targets = self.targets()
        by_key: dict[str, Actor] = {}
        for d in self.drafts:
            d.roles = _merge_roles(d.roles)
        used = {id(d) for d, _ in claims_draft}
        for d in [*self.drafts, *authors]:
            if id(d) not in used:
                continue
            key = self.key_of(d.name, d.local)
            by_key[key] = Actor(key, canonical_label(without_initials(d.name), d.kind), d.kind,
                                tuple(dict.fromkeys(d.aliases)), tuple(dict.fromkeys(self.placed_role(r) for r in d.roles)))
        for t in targets:
            by_key.setdefault(t.key, t)
        # One claim of one statement by one actor: the same span found by two rules ("said" and "arguing") is one.
        claims = tuple(Claim(key, att) for key, att in _first_per_statement(
            [(self.key_of(d.name, d.local), att) for d, att in claims_draft]))
        return ResolvedArticle(article=self.article, actors=tuple(by_key.values()), claims=claims,
                               sentences=self.extraction.sentences, unattributed=tuple(self.unattributed))


def _named_again(d: _Draft, name: str, kind: str, local: bool) -> None:
    """A name joining a draft: a person's full name makes a body the tagger read a person ("Trump says" tagged an
    organisation, then "President Donald Trump"); a name of the archive makes it the archive's (a headline's "Trump:"
    read as a label, then the text names him)."""
    if kind == "Person" and " " in name and d.kind != "Person":
        d.kind = "Person"
    if not local:
        d.local = False


def _where_said(att: Attribution) -> int:
    """Where the text says who said it: the speakers a pronoun may stand for are those named before it, whatever
    rule found them (a paragraph's quotes are found before its reporting verbs)."""
    return att.source.span.start if att.source is not None else att.content.start


def _shortest_form(name: str, mentions: list[Mention]) -> str:
    """The shortest of the mentions' names that ``name`` ends with ("Gov. Mike Pence" -> "Mike Pence")."""
    words = name.split()
    return min((o.name for o in mentions if words[-len(o.name.split()):] == o.name.split()), key=len)


def _note_mention(d: _Draft, m: Mention) -> None:
    """The mention's form, its roles and the sex it tells go on the draft."""
    if m.span.text not in d.aliases:
        d.aliases.append(m.span.text)
    for t in m.titles:
        role = Role(t, m.affiliation)
        if role not in d.roles:
            d.roles.append(role)
    if (titled := _gender_of(m.titles)) is not None:
        d.male = titled  # a title as written ("Mr. Graham") over a first name's likely sex ("Lindsey")
    elif d.male is None:
        d.male = _sex_of(m)
    if d.male is None and d.kind == "Person" and (" " in d.name or _only_a_first_name(d.name)):
        # a full name's first name ("Clinton" joined Bill Clinton), or a lone first name ("Melanie said")
        d.male = first_name_sexes().get(d.name.split()[0].lower().rstrip("."))


def _first_per_statement(claims) -> list[tuple[str, Attribution]]:
    """The claims without a second attribution of one statement (same span) to one actor."""
    seen, out = set(), []
    for key, att in claims:
        if (key, att.content.start, att.content.end) not in seen:
            seen.add((key, att.content.start, att.content.end))
            out.append((key, att))
    return out


def _merge_roles(roles: list[Role]) -> list[Role]:
    """One role per title (spokesman = spokesperson), keeping the most specific organisation."""
    best: dict[str, Role] = {}
    for r in roles:
        key = _role_key(r.title)
        old = best.get(key)
        if old is None or len(r.organisation or "") > len(old.organisation or ""):
            best[key] = r
    return list(best.values())
