"""Decide which statements contradict each other: the detector runs the list of rules, nothing else.

Every rule is one record (:class:`~kg.contradiction_rules.rule.Rule`) in its family's module of
:mod:`kg.contradiction_rules`: its name, the kind it writes, the keys that bring candidates together, which pairs it
compares, and its check with the explanation. :data:`RULES` lists them in the order they are tried; the first that
fires on a pair wins, and its name is written on the contradiction (``cg:rule``), so a wrong edge can be traced to
its rule and the rule switched off (``kg build --disable-rule NAME``; :func:`detector`).

Candidates. Statements are put in buckets by their blocking keys (:func:`blocking_keys`); a rule compares two
statements only when they share a bucket of its own keys, so the cost grows with the statements that share a key,
not with all pairs (a key shared by more than :data:`MAX_BUCKET` statements says too little and is skipped).

* Inside one article a key's handle is a word of the subject: the article fixes what "the government" is.
* Across articles a key's handle is an *anchor*: a named person, organisation, place, event or work, or a noun
  compound, of the statement (:func:`~kg.contradiction_rules.features.side_anchors`), and the two statements'
  anchors must name one thing ("Castro" meets "Fidel Castro"; "Gordon Brown" and "Michael Brown" do not meet).
  Two statements of different articles that both have a date are not compared when the dates are further apart
  than the detector's window (:data:`WINDOW_DAYS`), unless a statement dates what it says itself ("born in 1947").
* A key never holds a light word alone (``be``, ``have``, ``say``, ``believe``, ``think``:
  :data:`~kg.contradiction_rules.rule.LIGHT_KEYS`).
* Two statements of one speaker in one article are never compared; statements repeated word for word in another
  article are compared once (:mod:`kg.statement_index`).

Stance: a statement's content polarity flipped by a denial (:func:`stance`). Hedging modals ("may", "could") and
other occasions (another date, another object) block a clash.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from kg.contradiction_rules import debunks, learned, places, polarity, quantities
from kg.contradiction_rules.debunks import calls_untrue
from kg.contradiction_rules.features import (anchors_agree, document_of, plain_words, Side, side_anchors, stance,
                                             _subject_key)
from kg.contradiction_rules.geography import city_country, city_distance_km, place_country
from kg.contradiction_rules.learned import Candidate, Settled
from kg.contradiction_rules.lexicons import _categories, categories_exclusive, denial_verbs
from kg.contradiction_rules.quantities import _interval, _value
from kg.contradiction_rules.rule import FIRST, Keys, Rule, SECOND
from kg.dates import calendar_day
from kg.types import Contradiction, ResolvedArticle, StatementRef

__all__ = ['Candidate', 'Detector', 'Settled', 'is_question', 'model_installed', 'MAX_BUCKET', 'RULES', 'Rule', 'Side', 'WINDOW_DAYS', 'blocking_keys', 'categories_exclusive',
           'city_country', 'city_distance_km', 'compare', 'denial_verbs', 'detector', 'find_contradictions',
           'pairing_role', 'place_country', 'roles_pair', 'sides_of', 'stance',
           # private names that callers and tests read from here
           '_categories', '_interval', '_value']

RULES: tuple[Rule, ...] = (*polarity.RULES, *debunks.RULES, *places.RULES[:1], *quantities.RULES, *places.RULES[1:])
_DEBUNK_RULES = frozenset(rule.name for rule in debunks.RULES)
"""Every rule, in the order they are tried."""

MAX_BUCKET = 200
"""A key shared by more statements than this says too little to pair them (like a stop word); its bucket is skipped.
Each statement has several keys, so a pair sharing a rare key is still compared."""

WINDOW_DAYS = 30
"""Statements of two dated articles further apart than this are about different events, unless they date them."""

INNER, ACROSS = "inner", "across"
"""The two scopes of blocking keys: inside one article, and between articles (:func:`blocking_keys`)."""


@dataclass(frozen=True)
class Detector:
    """The rules in use and how far apart in time two articles' statements may be to be compared.

    Attributes:
        rules: The rules tried, in order.
        window_days: See :data:`WINDOW_DAYS`.
        model: Whether the learned check (:mod:`kg.contradiction_rules.learned`) verifies the rules' edges and
            proposes its own among the candidates (``--no-model`` turns it off); it runs only where the model is
            installed (:func:`model_installed`).
    """

    rules: tuple[Rule, ...] = RULES
    window_days: int = WINDOW_DAYS
    model: bool = True

    @property
    def model_in_use(self) -> bool:
        """Whether the learned check runs: asked for, the model and its runtime installed, and at least one of its
        uses calibrated on (:class:`kg.nli.Calibration`)."""
        if not (self.model and model_installed()):
            return False
        from kg.nli import calibration

        return calibration().active

    def settle(self, candidates: Sequence[Candidate]) -> list[Settled]:
        """The compared pairs after the learned check (:func:`kg.contradiction_rules.learned.settle`), in one
        batch; with the model off, what the rules found."""
        if not self.model_in_use:
            return [Settled(c.found) for c in candidates]
        return learned.settle(candidates)

    def compare(self, a: Side, b: Side, keys: Collection[str] | None = None) -> Contradiction | None:
        """The contradiction between two statements, or ``None``: the first of the rules that fires.

        Args:
            a, b: The statements.
            keys: The names of the blocking keys that brought them together: only rules of those keys are tried
                (``None``: every rule, as ``kg compare`` does for a pair it is given).
        """
        if a.text == b.text and a.speech_act == b.speech_act and a.proposition == b.proposition:
            # The same words said the same way (a wire story reprinted, a quote repeated) agree with themselves.
            return None
        if a.speech_act == b.speech_act and _said_within(a.text, b.text):
            return None  # a sentence of a quote, quoted again alone elsewhere: the same words said the same way
        if is_question(a) or is_question(b):
            return None
        one_document = document_of(a.ref.article_id) == document_of(b.ref.article_id)
        # "A report that X had died turned out to be false" asserts nothing of X's death: only the debunk rule
        # reads such a statement.
        debunking = calls_untrue(a) or calls_untrue(b)
        for rule in self.rules:
            if keys is not None and rule.keys.name not in keys:
                continue
            if debunking and rule.name not in _DEBUNK_RULES:
                continue
            if (rule.one_document and not one_document) or not rule.pairs(a, b):
                continue
            found = rule.check(a, b)
            if found is not None:
                return replace(found, kind=rule.kind.value, rule=rule.name,
                               explanation=found.explanation + _days_apart(a, b))
        return None

    def comparable_across(self, a: Side, b: Side) -> bool:
        """Whether statements of two different articles may be compared: their anchors name one thing, and their
        articles' dates are within the window, or a statement dates what it says. An undated article's statement
        is compared with a dated one's only when it dates what it says itself: nothing else places it within the
        window (a scraper's undated corpus beside a dated one is most often another time)."""
        if not anchors_agree(a, b):
            return False
        da, db = calendar_day(a.date), calendar_day(b.date)
        if (da is None) != (db is None):
            return bool((a if da is None else b).proposition.dates)
        return da is None or abs((da - db).days) <= self.window_days or bool(a.proposition.dates or b.proposition.dates)

    @property
    def disabled(self) -> tuple[str, ...]:
        """The names of the rules not in use (what :func:`detector` takes to make this detector again)."""
        used = {rule.name for rule in self.rules}
        return tuple(name for name in rule_names() if name not in used)


def _said_within(a: str, b: str) -> bool:
    """The words of the shorter text (20 characters of them at least) stand in the longer as they are, whatever the
    quote marks and apostrophes: "They aren't flying B-1 bombers" inside a longer quote that says it."""
    short, long = sorted((_word_line(a), _word_line(b)), key=len)
    return len(short) >= 20 and short in long


@functools.lru_cache(maxsize=8192)  # bounded: a statement meets many candidates in a row; the archive is not kept
def _word_line(text: str) -> str:
    return " ".join(plain_words(text))


def is_question(side: Side) -> bool:
    """A question asserts nothing ("And the border patrol just lets ISIS members across?")."""
    return side.speech_act == "question" or side.text.rstrip().rstrip('"\u201d\'').endswith("?")


DAYS_APART_SAID = 7
"""Statements published more than this many days apart say so in their contradiction's explanation."""


def _days_apart(a: Side, b: Side) -> str:
    """" (published 40 days apart)" when the two statements' days are more than a week apart, else ""."""
    da, db = calendar_day(a.date), calendar_day(b.date)
    if da is None or db is None or abs((da - db).days) <= DAYS_APART_SAID:
        return ""
    return f" (published {abs((da - db).days)} days apart: the facts may have changed between them)"


@functools.lru_cache(maxsize=1)
def model_installed() -> bool:
    """Whether the contradiction model's files and onnxruntime are here."""
    import importlib.util

    from kg.nli import MODEL_DIR

    return ((MODEL_DIR / "model.int8.onnx").exists() and (MODEL_DIR / "calibration.json").exists()
            and importlib.util.find_spec("onnxruntime") is not None)


def rule_names() -> list[str]:
    """The names of every rule, in order."""
    return [rule.name for rule in RULES]


def detector(disable: Iterable[str] = (), *, window_days: int | None = None, model: bool = True) -> Detector:
    """A detector with every rule but those named in ``disable``, with the learned check unless ``model`` is false.

    Raises:
        ValueError: A name is no rule's (the message lists the rules).
    """
    disable = set(disable)
    unknown = sorted(disable - set(rule_names()))
    if unknown:
        raise ValueError(f"no contradiction rule named {', '.join(unknown)}; the rules are: {', '.join(rule_names())}")
    return Detector(tuple(r for r in RULES if r.name not in disable),
                    WINDOW_DAYS if window_days is None else window_days, model)


DEFAULT = Detector()


def compare(a: Side, b: Side) -> Contradiction | None:
    """The contradiction between two statements by every rule, or ``None`` (see :meth:`Detector.compare`)."""
    return DEFAULT.compare(a, b)


# All rules' keys, whichever rules a detector uses: the statement index keeps them, so that a rule switched off in
# one build still finds its candidates in the next.
_ALL_KEYS: tuple[Keys, ...] = tuple(dict.fromkeys(rule.keys for rule in RULES))
_KEYS_BY_NAME = {k.name: k for k in _ALL_KEYS}


@functools.lru_cache(maxsize=8192)
def blocking_keys(side: Side, scope: str = ACROSS) -> frozenset[tuple]:
    """Keys two statements must share to be compared: ``(keys name, handle, *what)`` (see the module docstring).

    Remembered for the last few thousand statements: an article's statements are keyed once for the comparisons
    inside the article and again for the statement index.

    Args:
        side: The statement.
        scope: :data:`INNER` (handles: subject words) or :data:`ACROSS` (handles: anchors).
    """
    out = set()
    anchors = side_anchors(side)
    subject = _subject_key(side)
    for keys, whats in _whats(side):
        if scope == ACROSS:
            handles = anchors
        else:
            handles = subject if keys.handled else {""}
        out |= {(keys.name, handle, *what) for what in whats for handle in handles}
    return frozenset(out)


@functools.lru_cache(maxsize=8192)
def _whats(side: Side) -> tuple[tuple[Keys, tuple[tuple, ...]], ...]:
    """Each key set with what it compares of the statement (the same in both scopes), where there is anything."""
    return tuple((keys, whats) for keys in _ALL_KEYS if (whats := tuple(keys.what(side))))


def pairing_role(key: tuple, side: Side) -> int | None:
    """Which pairs of a key's bucket are compared: ``None`` when all are, else a role (bit set): a statement taking
    the :data:`FIRST` side meets only one taking the :data:`SECOND` (:func:`roles_pair`)."""
    keys = _KEYS_BY_NAME.get(key[0])
    return None if keys is None or keys.role is None else keys.role(key, side)


@functools.lru_cache(maxsize=65536)
def _role(key: tuple, side: Side) -> int | None:
    """:func:`pairing_role` remembered: one statement falls in many buckets of one key set."""
    return pairing_role(key, side)


def roles_pair(a: int | None, b: int | None) -> bool:
    """Whether two statements of one bucket, with these :func:`pairing_role` roles, are compared."""
    return a is None or b is None or bool((a & FIRST and b & SECOND) or (a & SECOND and b & FIRST))


def sides_of(resolved: ResolvedArticle, actor_names: dict[str, str] | None = None) -> list[Side]:
    """One :class:`Side` per statement of an article (a statement claimed by several authors counts once)."""
    names = {a.key: a.name for a in resolved.actors}
    if actor_names:
        names.update(actor_names)
    out: dict[StatementRef, Side] = {}
    article = resolved.article
    head = _headline_span(article)
    for claim in resolved.claims:
        att = claim.attribution
        ref = StatementRef(att.article_id, att.content.start, att.content.end)
        if ref not in out and not _unsaid(att):
            headline = head is not None and head[0] <= ref.start and ref.end <= head[1]
            out[ref] = Side(ref, att.content.text, claim.actor_key, names.get(claim.actor_key, claim.actor_key),
                            att.speech_act, att.proposition, article.date, headline)
    return list(out.values())


_HEADLINE_WORDS = 30
# A cue under a negation or a refusal: "will not confirm or deny that", "did not say that", "declined to say whether".
_UNSAID = re.compile(r"(?:\b(?:not|n't|never|nor|neither)\b(?:\s+\w+){0,3}|\b(?:declin|refus)\w*\s+to)\s*$",
                     re.IGNORECASE)


def _unsaid(att) -> bool:
    """Whether the statement's cue is negated or refused: its speaker then claims nothing, and it is no side of a
    contradiction (the attribution stays in the graph, as the text gives it)."""
    if att.cue is None or not (att.sentence.start <= att.cue.start <= att.sentence.end):
        return False
    before = att.sentence.text[:att.cue.start - att.sentence.start]
    return bool(_UNSAID.search(before))


def _headline_span(article) -> tuple[int, int] | None:
    """Where the article's headline stands: its title, or the whole text of an article of one short line."""
    if not article.paragraphs:
        return None
    first = article.paragraphs[0]
    if article.title is not None and first.text.strip() == article.title.strip():
        return first.start, first.end
    if len(article.paragraphs) == 1 and len(first.text.split()) <= _HEADLINE_WORDS:
        return first.start, first.end
    return None


def candidate_pairs(sides: Iterable[Side], *, scope: str = INNER,
                    max_bucket: int = MAX_BUCKET) -> dict[frozenset, tuple[Side, Side, set[str]]]:
    """Pairs of ``sides`` that share a blocking key, each once, with the names of the keys they share."""
    buckets: dict[tuple, list[Side]] = defaultdict(list)
    for side in sides:
        for key in blocking_keys(side, scope):
            buckets[key].append(side)
    pairs: dict[frozenset, tuple[Side, Side, set[str]]] = {}
    forced: set[frozenset] = set()
    # A statement's keys are a set: taken in a fixed order, a pair's sides (and the explanation naming its speakers
    # in that order) do not change from run to run.
    for key in sorted(buckets, key=repr):
        bucket = buckets[key]
        if len(bucket) < 2 or len(bucket) > max_bucket:
            continue
        roles = [_role(key, s) for s in bucket]
        for i, a in enumerate(bucket):
            for j in range(i + 1, len(bucket)):
                b = bucket[j]
                if a.ref == b.ref or not roles_pair(roles[i], roles[j]):
                    continue
                pair = frozenset((a.ref, b.ref))
                order = _roles_order(a, b, roles[i], roles[j])
                if pair not in pairs or (order is not None and pair not in forced):
                    first, second = order or _text_order(a, b)
                    pairs[pair] = (first, second, pairs[pair][2] if pair in pairs else set())
                    if order is not None:
                        forced.add(pair)
                pairs[pair][2].add(key[0])
    return pairs


def _roles_order(a: Side, b: Side, role_a: int | None, role_b: int | None) -> tuple[Side, Side] | None:
    """The pair with its :data:`FIRST` side first when the key's roles allow only one order, else ``None``."""
    if role_a is None or role_b is None:
        return None
    a_first, b_first = bool(role_a & FIRST and role_b & SECOND), bool(role_b & FIRST and role_a & SECOND)
    if a_first == b_first:
        return None
    return (a, b) if a_first else (b, a)


def _text_order(a: Side, b: Side) -> tuple[Side, Side]:
    """The pair in the order of the text: the statement that comes first in its article (or in the article whose
    identifier sorts first) first."""
    return (a, b) if a.ref <= b.ref else (b, a)


def find_contradictions(sides: Iterable[Side], *, max_bucket: int = MAX_BUCKET,
                        detector: Detector = DEFAULT) -> Iterator[Contradiction]:
    """All contradictions among the statements of one article, each unordered pair once, compared only within
    blocking buckets; two statements of one speaker are not compared.

    Args:
        sides: The statements.
        max_bucket: Buckets with more statements are skipped, which keeps the cost close to linear.
        detector: The rules in use.
    """
    candidates = []
    for a, b, keys in candidate_pairs(sides, max_bucket=max_bucket).values():
        if a.actor == b.actor and a.ref.article_id == b.ref.article_id:
            continue
        if is_question(a) or is_question(b):
            continue  # a question asserts nothing: no rule fires, and the model is not asked
        candidates.append(Candidate(a, b, detector.compare(a, b, keys)))
    for settled in detector.settle(candidates):
        if settled.edge is not None:
            yield settled.edge
