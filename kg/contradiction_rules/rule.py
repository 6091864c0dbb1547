"""The record every contradiction rule is: its name, its kind, the keys that bring candidates together, which pairs
it compares, and its check (which writes the explanation).

A rule never looks for its own candidates. Each names a :class:`Keys` (blocking keys shared by rules that read the
same thing of a statement); :mod:`kg.contradict` puts every statement in the buckets of its keys and runs a rule on
two statements only when they meet in a bucket of that rule's keys. A key is ``(keys name, handle, *what)``:

* ``handle`` is what the statement is about. Inside one article it is a word of the subject (or an anchor); across
  articles only an *anchor* (:func:`anchors`: a named person, organisation, place, event or work, or a noun
  compound), so that two articles' statements meet only when they speak of one specific thing.
* ``what`` is what the rule compares (a predicate, a family of predicates, a dated event, a counted noun). It is
  never a light verb alone (:data:`LIGHT_KEYS`): "I believe ..." and "I do not believe ..." say nothing of one
  thing.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from kg.contradiction_rules.features import _PREPOSITIONAL_PARTICLES, Side
from kg.types import Contradiction, ContradictionKind

LIGHT_KEYS = frozenset({
    "be", "have", "do", "get", "make", "take", "go", "come", "give", "say", "tell", "know", "become", "think",
    "believe", "mean", "see", "feel", "seem", "want", "need", "like", "hope", "guess", "look", "let", "put", "keep",
    "ask", "try", "use", "find", "show", "call", "thing", "way", "lot", "something", "anything", "nothing", "one",
    "time", "people", "year", "day", "i", "you", "we", "they", "it", "he", "she", "this", "that", "there", "here",
    "also", "just", "really", "very", "well", "now", "then", "so", "not", "never", "only", "even", "still", "much",
    "many", "more", "most", "other", "good", "bad", "great", "new", "sure", "right", "clear", "true", "false",
    "going", "able", "likely", "certain", "important", "problem", "question", "issue", "fact", "case", "point",
    "part", "kind", "sort",
})
"""Words that never make a key alone: light and attitude verbs, pronouns and words of any topic. A statement's
key needs a word that says what it is about."""


def keyable(word: str) -> bool:
    """Whether a word may stand in a key (not light, not a bare number or a single letter)."""
    return len(word) > 1 and word not in LIGHT_KEYS and not word.replace(".", "").replace(",", "").isdigit()


@dataclass(frozen=True)
class Keys:
    """One way of bringing statements together, shared by the rules that read the same thing of a statement.

    Attributes:
        name: The first element of every key it makes ("pred", "family", ...).
        what: The statement -> what it has to compare, one tuple each (the key without its name and handle).
        role: Which pairs of one bucket are compared (see :func:`kg.contradict.pairing_role`): ``None`` for all,
            else a function of (key, statement) giving :data:`FIRST`, :data:`SECOND`, both or neither.
        handled: Whether inside one article the key carries a subject word as its handle. Keys that compare
            events with no shared agent ("no strikes on Ukrainian cities" against "explosions in Kyiv") carry none
            there; across articles every key carries an anchor.
    """

    name: str
    what: Callable[[Side], Iterable[tuple]]
    role: Callable[[tuple, Side], int] | None = None
    handled: bool = True


FIRST, SECOND = 1, 2
"""The two sides a statement can take in a bucket whose keys pair only opposite sides (:attr:`Keys.role`)."""


def _every_pair(a: Side, b: Side) -> bool:
    return True


@dataclass(frozen=True)
class Rule:
    """One contradiction rule.

    Attributes:
        name: Written on every contradiction it finds (``cg:rule``), and what ``--disable-rule`` takes.
        kind: The kind of contradiction it writes.
        keys: What brings candidates together for it.
        check: Two statements -> the contradiction (with its explanation and evidence), or ``None``.
        summary: One line for ``kg rules``: what it catches, with an example.
        pairs: Which candidate pairs it compares at all (e.g. only those where one side is a denial).
        one_document: It compares statements of one document only (one article, or one ``kg compare`` pair).
    """

    name: str
    kind: ContradictionKind
    keys: Keys
    check: Callable[[Side, Side], Contradiction | None]
    summary: str
    pairs: Callable[[Side, Side], bool] = field(default=_every_pair)
    one_document: bool = False


def _predicate(side: Side) -> list[tuple]:
    # Without a prepositional particle: "pooped on" by a bird meets a bird that "pooped" on him.
    words = side.proposition.predicate.split()
    while len(words) > 1 and words[-1] in _PREPOSITIONAL_PARTICLES:
        words.pop()
    return [(" ".join(words),)] if words and keyable(words[0]) else []


PREDICATE_KEYS = Keys("pred", _predicate)
"""The statement's predicate ("resist", "fight back"; a copula's complement: "alive"), without a prepositional
particle."""
