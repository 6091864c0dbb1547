"""Show that cross-statement contradiction detection costs close to linear time in the number of statements.

    /work/venv/bin/python bench/contradiction_scaling.py [--sizes 1000 10000 100000] [--seed 0]

Builds synthetic :class:`~kg.contradict.Side` records with news-like distributions (Zipf-distributed subjects and
predicates from vocabularies that grow with the corpus, about one in eight clauses negated, one in twenty a denial,
some copulas, dates, numbers and places, a few hundred statements an article; each subject is an anchor, as a named
actor is) and finds their contradictions twice: all as one document (:func:`kg.contradict.find_contradictions`,
keys by subject word) and article by article through the statement index, as ``kg build`` does across articles
(keys by anchor, :class:`kg.statement_index.StatementIndex` in memory). Prints seconds, candidate pairs compared,
pairs per statement and contradictions found for each size and way. It never asserts times: the figure to look at is
pairs per statement, which stays flat when blocking works.
"""
from __future__ import annotations

import argparse
import bisect
import gc
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg import contradict  # noqa: E402
from kg.contradict import Side, find_contradictions  # noqa: E402
from kg.types import Proposition, StatementRef  # noqa: E402

_FAMILY_WORDS = ["rise", "fall", "win", "lose", "open", "close", "support", "oppose", "resist", "surrender"]
_KINDS = ["film", "book", "city", "county", "singer", "party", "company", "song"]
_MONTHS = ["January", "March", "May", "July", "October"]


_CUM: dict[int, list[float]] = {}


def _zipf(rng: random.Random, n: int) -> int:
    """An index in [0, n) drawn with probability proportional to 1 / (rank + 10) (a Zipf-Mandelbrot law)."""
    if n not in _CUM:
        total, cum = 0.0, []
        for k in range(n):
            total += 1.0 / (k + 10)
            cum.append(total)
        _CUM[n] = cum
    cum = _CUM[n]
    return bisect.bisect_left(cum, rng.random() * cum[-1])


def synthetic_sides(n: int, *, seed: int = 0) -> list[Side]:
    """``n`` statements over vocabularies that grow with ``n`` (new actors and topics keep appearing in news)."""
    rng = random.Random(seed)
    n_subjects = max(200, n // 4)
    n_predicates = max(100, n // 20)
    n_words = max(500, n // 2)
    per_article = 200
    sides = []
    for i in range(n):
        article = f"art{i // per_article}"
        subj_id = _zipf(rng, n_subjects)
        subject = f"actor{subj_id}" if rng.random() < 0.8 else f"actor{subj_id} group{_zipf(rng, 50)}"
        r = rng.random()
        attributes: tuple[str, ...] = ()
        if r < 0.03:
            predicate = rng.choice(_FAMILY_WORDS)
        elif r < 0.06:
            attributes = (rng.choice(_KINDS),)
            predicate = attributes[0]
        else:
            predicate = f"verb{_zipf(rng, n_predicates)}"
        args = tuple(f"word{_zipf(rng, n_words)}" for _ in range(rng.randint(1, 3)))
        dates = ((predicate, f"{rng.randint(1, 28)} {rng.choice(_MONTHS)} {rng.randint(1990, 2024)}"),) \
            if rng.random() < 0.1 else ()
        numbers = (str(rng.randint(1, 500)),) if rng.random() < 0.1 else ()
        prop = Proposition(subject=subject, predicate=predicate, arguments=args, negated=rng.random() < 0.12,
                           numbers=numbers, lemmas=(*subject.split(), predicate, *args), attributes=attributes,
                           dates=dates, anchors=(subject.split()[0],), names=(subject.split()[0],))
        text = f"{subject} {predicate} {' '.join(args)}"
        act = "deny" if rng.random() < 0.05 else "assert"
        start = (i % per_article) * 100
        sides.append(Side(StatementRef(article, start, start + len(text)), text, f"speaker{_zipf(rng, n // 10 + 10)}",
                          "", act, prop))
    return sides


def run(n: int, *, seed: int = 0, across: bool = False) -> tuple[float, int, int]:
    """(seconds, pairs compared, contradictions) for ``n`` synthetic statements, as one document or ``across``
    articles through the statement index."""
    from kg.statement_index import StatementIndex

    sides = synthetic_sides(n, seed=seed)
    # The inputs and the per-statement caches are long-lived: Python's cyclic collector would rescan them again and
    # again as they grow (a cost of the interpreter, not of the blocking), so it is paused while timing.
    gc.collect()
    gc.disable()
    real = contradict.Detector.compare
    calls = 0

    def counting(self, a, b, keys=None):
        nonlocal calls
        calls += 1
        return real(self, a, b, keys)

    contradict.Detector.compare = counting
    try:
        t0 = time.perf_counter()
        if across:
            found = 0
            by_article: dict[str, list[Side]] = {}
            for side in sides:
                by_article.setdefault(side.ref.article_id, []).append(side)
            with StatementIndex(None) as index:
                for article, its in by_article.items():
                    found += sum(1 for x in index.replace_article(article, its)[1] if hasattr(x, "kind"))
        else:
            found = sum(1 for _ in find_contradictions(sides))
        secs = time.perf_counter() - t0
    finally:
        contradict.Detector.compare = real
        gc.enable()
    return secs, calls, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    print(f"{'statements':>10} {'way':>15} {'seconds':>9} {'pairs compared':>15} {'pairs/statement':>16} "
          f"{'contradictions':>15}")
    for n in args.sizes:
        for across in (False, True):
            secs, pairs, found = run(n, seed=args.seed, across=across)
            way = "across articles" if across else "one document"
            print(f"{n:>10} {way:>15} {secs:>9.2f} {pairs:>15} {pairs / n:>16.2f} {found:>15}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
