"""Analyse articles in worker processes: each worker parses, extracts, resolves and serialises whole articles.

spaCy's own ``nlp.pipe(n_process=N)`` parallelises only the parse and ships every ``Doc`` back to the main process,
which then does all the rest alone: on two cores the main process competes with both parsers and a build is no
faster than one process. Here a worker does everything that belongs to one article (the same functions as a
one-process build: :func:`kg.pipeline.analyse`, :func:`kg.rdf.article_quads`, :func:`kg.contradict.sides_of`) and
sends back only N-Quads and the statement sides; the main process keeps the store and the statement index, which
must have a single writer.

Tasks are small batches of articles, with a bounded number in flight, so memory stays flat however long the input;
results come back in input order, so a parallel build gives the same graph as a serial one.
"""
from __future__ import annotations

import contextlib
import ctypes
import functools
import gc
import itertools
import multiprocessing
import queue
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TypeVar

from kg.contradict import Side
from kg.statement_index import IndexEntry
from kg.types import Article


@dataclass(frozen=True)
class AnalysedArticle:
    """One analysed article, ready to write (what a worker sends back, and what a one-process build makes).

    Attributes:
        quads: Its named graph (pyoxigraph quads, :func:`kg.rdf.article_quads`); empty when it failed or while
            serialised.
        sides: Its statements, for the statement index (as :class:`kg.statement_index.IndexEntry` from a worker,
            which prepares them so that the main process, the index's only writer, has less to do).
        actors: Number of actors found.
        claims: Number of claims found.
        contradictions: Number of contradictions inside the article.
        error: Why it could not be built, or ``None``.
        nquads: The quads as N-Quads, as a worker sends them (cheaper to pickle than term objects).
        people: The people it names (:func:`kg.identity.people_of`), for the archive's register.
    """

    quads: list
    sides: tuple[Side | IndexEntry, ...]
    actors: int = 0
    claims: int = 0
    contradictions: int = 0
    error: str | None = None
    nquads: bytes = b""
    people: tuple = ()


T = TypeVar("T")

_MODEL: str | None = None
_IN_POOL = False
"""True in a worker process of :func:`analyse_in_workers` (set by the pool's initialiser)."""


_DETECTOR = None
"""The contradiction rules in use in a worker process (rebuilt from their names by the pool's initialiser)."""


def _init(model: str | None, disabled: tuple[str, ...] = (), window_days: int | None = None) -> None:
    from kg.contradict import detector

    global _MODEL, _IN_POOL, _DETECTOR
    _MODEL, _IN_POOL = model, True
    _DETECTOR = detector(disabled, window_days=window_days)


def analyse_batch(articles: list[Article], batch_size: int = 64) -> list[AnalysedArticle]:
    """Worker task: parse and analyse a few articles, one :class:`AnalysedArticle` each (errors included)."""
    import pyoxigraph as ox

    from kg.contradict import sides_of
    from kg.statement_index import index_entry
    from kg.nlp import load_model, parse_articles
    from kg.identity import people_of
    from kg.pipeline import analyse
    from kg.rdf import article_quads

    nlp = load_model(_MODEL)  # cached per process: loaded by the worker's first task
    if _IN_POOL and not gc.get_freeze_count():
        gc.freeze()  # a worker's first task: the model stays for the worker's life (see frozen_heap)
    out = []
    for article, docs in parse_articles(articles, nlp, batch_size=batch_size):
        try:
            resolved, inner = analyse(article, docs, **({"detector": _DETECTOR} if _DETECTOR else {}))
            nquads = ox.serialize(article_quads(resolved, inner), format=ox.RdfFormat.N_QUADS)
            entries = tuple(index_entry(side) for side in sides_of(resolved))
            out.append(AnalysedArticle([], entries, len(resolved.actors), len(resolved.claims),
                                       len(inner), nquads=nquads, people=people_of(resolved)))
        except Exception as exc:  # one bad article must not sink the batch
            out.append(AnalysedArticle([], (), error=f"could not be built: {exc}"))
    release_free_memory()
    return out


ARTICLES_PER_WORKER = 400
"""Articles a worker process analyses before it is replaced by a fresh one (see :func:`analyse_in_workers`)."""


def analyse_in_workers(articles: Iterable[Article], *, workers: int, model: str | None = None,
                       articles_per_task: int = 4, batch_size: int = 64,
                       articles_per_worker: int = ARTICLES_PER_WORKER,
                       detector=None) -> Iterator[tuple[Article, AnalysedArticle]]:
    """Analyse articles in ``workers`` processes; yields ``(article, result)`` in input order.

    A long-lived parser grows (spaCy's vocabulary takes in every new word, the C allocator fragments), so the
    workers are replaced by fresh ones after about ``articles_per_worker`` articles each, started from a small fork
    server rather than from this process (see :func:`_context`): the peak memory of a 10,000-article build stays
    that of a short one.

    Args:
        articles: The articles (consumed lazily: at most ``4 * workers`` tasks are in flight).
        workers: Worker processes.
        model: spaCy model name; each worker loads it.
        articles_per_task: Articles sent to a worker at a time.
        batch_size: ``nlp.pipe`` batch size inside a worker.
        articles_per_worker: Articles a worker analyses before it is replaced.
        detector: The contradiction rules in use (:class:`kg.contradict.Detector`; default: all).
    """
    def unpack(done: AnalysedArticle) -> AnalysedArticle:
        import pyoxigraph as ox

        quads = list(ox.parse(done.nquads, format=ox.RdfFormat.N_QUADS)) if done.nquads else []
        return replace(done, quads=quads, nquads=b"")

    yield from _in_pools(articles, analyse_batch, unpack, workers=workers, model=model,
                         articles_per_task=articles_per_task, batch_size=batch_size,
                         articles_per_worker=articles_per_worker, detector=detector,
                         after_death="; finished articles are stored, run the build again")


def resolve_batch(articles: list[Article], batch_size: int = 64) -> list:
    """Worker task of :func:`resolve_in_workers`: each article's ``(resolved, contradictions)``
    (:func:`kg.pipeline.analyse`), or why it could not be analysed (a string)."""
    from kg.nlp import load_model, parse_articles
    from kg.pipeline import DEFAULT_DETECTOR, analysed_or_why

    nlp = load_model(_MODEL)
    out = [analysed_or_why(article, docs, _DETECTOR or DEFAULT_DETECTOR)
           for article, docs in parse_articles(articles, nlp, batch_size=batch_size)]
    release_free_memory()
    return out


def resolve_in_workers(articles: Iterable[Article], *, workers: int, model: str | None = None,
                       batch_size: int = 64, detector=None) -> Iterator[tuple[Article, object]]:
    """Extract and resolve articles in ``workers`` processes, in memory (no store): yields ``(article,
    (resolved, contradictions))``, or ``(article, why)`` for one that could not be analysed, in input order. As
    :func:`analyse_in_workers`, a worker that dies is an error, never a wait."""
    yield from _in_pools(articles, resolve_batch, lambda done: done, workers=workers, model=model,
                         articles_per_task=4, batch_size=batch_size, articles_per_worker=ARTICLES_PER_WORKER,
                         detector=detector)


def _in_pools(articles: Iterable[Article], task: Callable, unpack: Callable, *, workers: int, model: str | None,
              articles_per_task: int, batch_size: int, articles_per_worker: int, detector,
              after_death: str = "") -> Iterator[tuple]:
    """Run ``task`` over the articles in pools of worker processes, each pool replaced after about
    ``articles_per_worker`` articles a worker; ``unpack`` turns a task's result back into what the caller gets;
    ``after_death`` ends the error a dying worker raises (what the caller should do)."""
    settings = (detector.disabled, detector.window_days) if detector is not None else ((), None)
    source = iter(articles)
    per_pool = max(articles_per_task, articles_per_worker * workers)
    while (head := next(source, None)) is not None:
        yield from _in_pool(itertools.chain([head], itertools.islice(source, per_pool - 1)), task, unpack,
                            workers=workers, model=model, articles_per_task=articles_per_task, batch_size=batch_size,
                            settings=settings, after_death=after_death)


def _in_pool(articles: Iterator[Article], task: Callable, unpack: Callable, *, workers: int, model: str | None,
             articles_per_task: int, batch_size: int, settings: tuple = ((), None),
             after_death: str = "") -> Iterator[tuple]:
    """:func:`_in_pools` with one pool of worker processes, closed when ``articles`` run out."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from kg.errors import KgError

    # A worker that dies (killed, out of memory) breaks the pool: an error, rather than a build waiting forever.
    in_flight: deque = deque()
    with ProcessPoolExecutor(workers, mp_context=_context(), initializer=_init, initargs=(model, *settings)) as pool:
        batch: list[Article] = []

        def submit(items: list[Article]) -> None:
            in_flight.append((items, pool.submit(task, items, batch_size)))

        def drain(limit: int) -> Iterator[tuple]:
            while len(in_flight) > limit:
                items, pending = in_flight.popleft()
                try:
                    results = pending.result()
                except BrokenProcessPool:
                    raise KgError(f"a worker process died while analysing {items[0].source or items[0].id} "
                                  f"(out of memory?){after_death}") from None
                for article, done in zip(items, results):
                    yield article, unpack(done)

        for article in articles:
            batch.append(article)
            if len(batch) >= articles_per_task:
                submit(batch)
                batch = []
                yield from drain(4 * workers)
        if batch:
            submit(batch)
        yield from drain(0)


def _context():
    """How worker processes start: forked from a small server process where one exists (Linux), else spawned.

    Forking from the main process would hand every new worker the main process's pages (the store's caches, the
    index, all that a long build has allocated), so each replaced worker would start larger than the last. The
    fork server is a fresh interpreter that has only imported the pipeline; each worker loads the model itself
    (about a second, once per ``articles_per_worker`` articles).
    """
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["kg.workers", "kg.pipeline", "spacy"])
        return context
    return multiprocessing.get_context("spawn")


_END = object()


def in_background(items: Iterable[T], *, ahead: int = 2, name: str = "kg-background",
                  idle: Callable[[], None] | None = None, idle_every: float = 0.2) -> Iterator[T]:
    """Iterate ``items`` on a second thread of this process, at most ``ahead`` items in advance of the caller.

    For a one-process build: spaCy lets go of Python's lock for most of its parse (the matrix products and the
    parser's loop), so parsing the next articles on one thread while this one extracts, resolves and serialises
    the last uses a second core (measured: 2.3 s of pure Python beside a 7.7 s parse added 0.9 s to it). Items come
    in the same order; an exception raised by ``items`` is raised here, at the item where it occurred. When the
    caller stops early (an error, an interruption, ``close()``), the thread stops after the item it is making.

    Args:
        items: What to iterate on the second thread.
        ahead: How many items may wait for the caller.
        name: The thread's name.
        idle: Called on the caller's thread every ``idle_every`` seconds while it waits for the next item (a
            build reports the inputs skipped meanwhile, so its progress bar moves through a run of them).
        idle_every: Seconds between calls of ``idle``.
    """
    made: queue.Queue = queue.Queue(maxsize=max(1, ahead))
    stop = threading.Event()

    def offer(entry) -> bool:
        while not stop.is_set():
            try:
                made.put(entry, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        source = iter(items)
        try:
            for item in source:
                if not offer((item, None)):
                    return
            offer((_END, None))
        except BaseException as exc:  # handed to the caller's thread, raised there
            offer((_END, exc))
        finally:
            close = getattr(source, "close", None)
            if close is not None:
                close()

    thread = threading.Thread(target=produce, name=name, daemon=True)
    thread.start()
    try:
        while True:
            try:
                item, error = made.get(timeout=idle_every if idle is not None else None)
            except queue.Empty:
                idle()
                continue
            if error is not None:
                raise error
            if item is _END:
                return
            yield item
    finally:
        stop.set()
        thread.join()


@contextlib.contextmanager
def frozen_heap() -> Iterator[None]:
    """Keep the objects alive on entry (the spaCy model, the modules loaded) out of the garbage collector's passes
    until the block ends.

    A build allocates enough to trigger full collections, and each one walks every object of the process: with the
    model loaded, ~40-70 ms each. Frozen (``gc.freeze``), those objects are skipped: garbage collection during a
    build of the 84 PolNeAR dev articles 0.46 -> 0.25 s. Nothing happens when something else has frozen objects
    already, so its freeze is not undone here.
    """
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def release_free_memory() -> None:
    """Hand the C allocator's free pages back to the system (glibc's ``malloc_trim``; elsewhere nothing).

    Python frees the objects of each article, but glibc keeps the pages in its arenas; trimming after each task
    keeps a worker's resident memory ~65 MB lower (measured on the PolNeAR dev articles).
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.lru_cache(maxsize=1)
def _malloc_trim():
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc (musl, ...)
        return None
