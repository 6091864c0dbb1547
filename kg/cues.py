"""The cue lexicon and the other word lists the extractor reads, loaded once from ``kg/data``."""
from __future__ import annotations

import re

from dataclasses import dataclass
from functools import lru_cache

from kg.resources import read_lexicon


@dataclass(frozen=True)
class Cue:
    """One reporting cue: its speech act and the complements that carry its content."""

    lemma: str
    speech_act: str
    frames: frozenset[str]

    @property
    def weak(self) -> bool:
        """Belief and intention verbs: they need a clause and a named subject, never a bare object."""
        return "weak" in self.frames


@lru_cache(maxsize=1)
def _attribution_words() -> dict[str, frozenset[str]]:
    lists: dict[str, set[str]] = {}
    for line in read_lexicon("attribution_words.tsv"):
        name, word = line.split("\t")
        lists.setdefault(name, set()).add(word.strip().lower())
    return {name: frozenset(words) for name, words in lists.items()}


def attribution_words(name: str) -> frozenset[str]:
    """One word list of the attribution rules (``kg/data/attribution_words.tsv``): "person-description",
    "collective-body", "part-of-group", "share-noun", "perception-verb", "not-a-cue-verb", "granted-thing",
    "support-verb", "document-noun", "office-changer".

    Raises:
        KeyError: No list of that name (a misspelt name never reads as an empty list).
    """
    return _attribution_words()[name]


def _cue_table(name: str) -> dict[str, Cue]:
    """A lexicon of lemma <TAB> speech act <TAB> frames (comma-separated) from ``kg/data``."""
    out = {}
    for line in read_lexicon(name):
        lemma, act, frames = (line.split("\t") + ["", ""])[:3]
        out[lemma] = Cue(lemma, act, frozenset(f.strip() for f in frames.split(",") if f.strip()))
    return out


def _sex_table(name: str) -> dict[str, bool]:
    """A lexicon of word <TAB> male | female from ``kg/data``: lower-case word -> ``True`` for a man."""
    out = {}
    for line in read_lexicon(name):
        word, sex = line.split("\t")
        out[word.strip().lower()] = {"male": True, "female": False}[sex.strip()]
    return out


@lru_cache(maxsize=1)
def cues() -> dict[str, Cue]:
    """Cue verbs by lemma (``kg/data/cues.tsv``)."""
    return _cue_table("cues.tsv")


@lru_cache(maxsize=1)
def titles() -> tuple[str, ...]:
    """Title and role words, longest first (``kg/data/titles.txt``)."""
    return tuple(sorted((t.lower() for t in read_lexicon("titles.txt")), key=len, reverse=True))


HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "madam", "dame"})
"""Titles every man or every woman may be given, folded (no full stop): no role, never an office."""


@lru_cache(maxsize=1)
def negations() -> frozenset[str]:
    """Negation cues (``kg/data/negation.txt``)."""
    return frozenset(w.lower() for w in read_lexicon("negation.txt"))


@lru_cache(maxsize=1)
def pronouns() -> dict[str, frozenset[str]]:
    """Pronouns and the kinds of actor each may refer to (``kg/data/pronouns.tsv``)."""
    out = {}
    for line in read_lexicon("pronouns.tsv"):
        word, kinds = line.split("\t")
        out[word] = frozenset(kinds.split(","))
    return out


@lru_cache(maxsize=1)
def document_verbs() -> dict[str, str]:
    """Verbs of issuing and the document each issues ("rule" -> "ruling") (``kg/data/document_verbs.tsv``)."""
    return dict(line.split("\t") for line in read_lexicon("document_verbs.tsv"))


@lru_cache(maxsize=1)
def gendered_titles() -> dict[str, bool]:
    """Titles that say a person is a man (``True``) or a woman (``False``) (``kg/data/gendered_titles.tsv``)."""
    return _sex_table("gendered_titles.tsv")


_POSSESSIVE = re.compile(r"(?<=\w)['\u2019]s?$")


@lru_cache(maxsize=None)  # one entry per kind of the file: a bound below their number re-reads it
def not_speaker_words(kind: str) -> frozenset[str]:
    """The words of ``not_speakers.tsv`` of one kind: "label" (a page's section or media label: "WATCH", "Video"),
    "line-label" (what a line is, before its colon only: "Rumor:"),
    "time-name" (a weekday or month: "July"), "head" (the head of a description that is no speaker: "day",
    "study"), "nobody" (a word opening a mention of no one: "None of his rivals")."""
    words: set[str] = set()
    for line in read_lexicon("not_speakers.tsv"):
        found, listed = line.split("\t")
        if found == kind:
            words.update(w.strip() for w in listed.split(","))
    return frozenset(words)


@lru_cache(maxsize=1)
def us_state_abbreviations() -> dict[str, str]:
    """A US state's name by each of its abbreviations, lower case ("s.c." and "sc" -> "South Carolina";
    ``kg/data/us_states.tsv``)."""
    out: dict[str, str] = {}
    for line in read_lexicon("us_states.tsv"):
        name, abbreviations = line.split("\t")
        for abbreviation in abbreviations.split(","):
            out[abbreviation.strip().lower()] = name
    return out


def without_possessive(name: str) -> str:
    """A name without the possessive it was written with.

    >>> without_possessive("Donald Trump's"), without_possessive("Sanders\u2019"), without_possessive("Ross")
    ('Donald Trump', 'Sanders', 'Ross')
    """
    return _POSSESSIVE.sub("", name.strip()).strip()


@lru_cache(maxsize=1)
def name_particles() -> frozenset[str]:
    """Lower-case words inside a person's name ("de", "van", "bin"; ``kg/data/name_particles.txt``)."""
    return frozenset(read_lexicon("name_particles.txt"))


@lru_cache(maxsize=1)
def given_name_forms() -> dict[str, str]:
    """Short forms of English given names -> the name each is short for ("ed" -> "edward";
    ``kg/data/given_name_forms.tsv``)."""
    return dict(line.split("\t") for line in read_lexicon("given_name_forms.tsv"))


@lru_cache(maxsize=1)
def first_name_sexes() -> dict[str, bool]:
    """First names given almost only to men (``True``) or to women (``False``), lower case
    (``kg/data/first_names.tsv``)."""
    return _sex_table("first_names.tsv")


@lru_cache(maxsize=1)
def noun_cues() -> dict[str, Cue]:
    """Cue nouns by lemma ("claim", "warning"): they count only with a "that"-clause or a quote
    (``kg/data/noun_cues.tsv``)."""
    return _cue_table("noun_cues.tsv")


@lru_cache(maxsize=1)
def evidentials() -> dict[str, Cue]:
    """Evidential verbs by lemma ("seem", "appear"): a judgement with nobody named for it
    (``kg/data/attr_evidentials.tsv``)."""
    out = {}
    for line in read_lexicon("attr_evidentials.tsv"):
        lemma, act = (line.split("\t") + [""])[:2]
        out[lemma] = Cue(lemma, act or "believe", frozenset({"evidential"}))
    return out


@lru_cache(maxsize=1)
def evidence_nouns() -> frozenset[str]:
    """Nouns for evidence ("poll", "video") that may show a bare object (``kg/data/attr_evidence_nouns.txt``)."""
    return frozenset(w.lower() for w in read_lexicon("attr_evidence_nouns.txt"))


@lru_cache(maxsize=1)
def attitudes() -> dict[str, Cue]:
    """Attitude adjectives by lemma ("critical", "convinced"): said of a speaker, with a clause or a prepositional
    object (``kg/data/attr_attitudes.tsv``)."""
    return _cue_table("attr_attitudes.tsv")
