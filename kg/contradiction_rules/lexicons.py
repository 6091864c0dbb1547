"""Loaders of the word lists in ``kg/data`` that more than one rule family reads.

Every loader reads its file once (``lru_cache``) through :func:`kg.resources.read_lexicon`; a lexicon that one family
alone reads is loaded in that family's module. Here: predicate families (``predicate_families.tsv``), demonyms,
subject families, kinds of things (``categories.tsv``, with :func:`categories_exclusive`), predicate synonyms
(``contra_synonyms.tsv``), the denial verbs of ``cues.tsv``, and readers of the two layouts many lexicons share
(``class <TAB> subclass <TAB> words`` and ``group <TAB> words``).
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from kg.resources import read_lexicon


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
def _synonyms() -> dict[str, frozenset[str]]:
    """Word -> the words of its lines in ``contra_synonyms.tsv`` (itself included)."""
    out: dict[str, set[str]] = defaultdict(set)
    for line in read_lexicon("contra_synonyms.tsv"):
        _, words = line.split("\t")
        group = {w.strip() for w in words.split(",")}
        for w in group:
            out[w] |= group
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def _word_to_group(name: str) -> dict[str, str]:
    """Word -> its group, from a lexicon of ``group<TAB>word, word, ...`` lines."""
    out = {}
    for line in read_lexicon(name):
        group, words = line.split("\t")
        out.update({w.strip(): group.strip() for w in words.split(",")})
    return out


def _word_table_rows(name: str) -> list[tuple[str, str, list[str]]]:
    return [(x.strip(), y.strip(), [w.strip() for w in ws.split(",")])
            for x, y, ws in (line.split("\t") for line in read_lexicon(name))]
