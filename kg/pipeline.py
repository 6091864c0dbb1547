"""Compose the stages: ingest -> nlp -> extract -> resolve -> contradict -> rdf -> store.

:func:`build` streams articles through the model, writes each article's named graph as soon as it is done (so an
interrupted build keeps every finished article), skips articles whose text is already stored, and updates the
contradictions between articles incrementally from the statement index kept beside the store
(:mod:`kg.statement_index`): only statements sharing a blocking key with the new article's are compared.
"""
from __future__ import annotations

import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

from kg.contradict import DEFAULT as DEFAULT_DETECTOR, Detector, Side, find_contradictions, sides_of
from kg.extract import extract_article
from kg.identity import ACTOR_PREFIX, cards_to_mend, make_cards, people_in_store, people_of, unify_labels, update_identity
from kg.ingest import another_file, iter_articles
from kg.language import language_name, model_language, other_language
from kg.nlp import load_model, model_name, parse_articles
from kg.errors import KgError, StoreError
from kg.rdf import article_graph, article_iri, article_quads, contradiction_graph, cross_article_quads, ontology_graph
from kg.query import load_part
from kg.resolve import resolve
from kg.statement_index import article_shingles, StatementIndex, side_from_json
from kg.types import Article, Attribution, InputProblem, ResolvedArticle
from kg.vocab import CG
from kg.workers import (AnalysedArticle, analyse_in_workers, frozen_heap, in_background, release_free_memory,
                        resolve_in_workers)

_NAME_IN_ARTICLE = str(CG.nameInArticle)

FLUSH_EVERY_QUADS = 50_000
"""An on-disk store is flushed after about this many written quads: Oxigraph (RocksDB) otherwise keeps every write
in memory buffers, and a long build's memory grows by ~1 MB per article (measured with bench/build_memory.py)."""


@dataclass
class BuildReport:
    """What a build did: counts for the summary line, and one line per problem."""

    articles: int = 0
    skipped: int = 0
    actors: int = 0
    claims: int = 0
    contradictions: int = 0
    cross_article_contradictions: int = 0
    words: int = 0
    seconds: float = 0.0
    problems: list[InputProblem] = field(default_factory=list)
    skipped_files: list[InputProblem] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the terminal."""
        files = f", {len(self.skipped_files)} other files skipped" if self.skipped_files else ""
        return (f"{self.articles} articles built, {self.skipped} unchanged, {self.actors} actors, {self.claims} claims, "
                f"{self.contradictions + self.cross_article_contradictions} contradictions "
                f"({self.cross_article_contradictions} across articles), {len(self.problems)} errors{files}, "
                f"{self.seconds:.1f} s")


def analyse(article: Article, docs, *, clock: _Clock | None = None,
            detector: Detector = DEFAULT_DETECTOR) -> tuple[ResolvedArticle, list]:
    """Extract, resolve and find the contradictions inside one parsed article."""
    clock = clock or _Clock(None)
    extracted = extract_article(article, docs)
    clock.lap("extract")
    resolved = resolve(extracted)
    clock.lap("resolve")
    inner = list(find_contradictions(sides_of(resolved), detector=detector))
    clock.lap("contradict")
    return resolved, inner


def analyse_texts(articles: Iterable[Article], *, model: str | None = None, workers: int = 1,
                  batch_size: int = 64, detector: Detector = DEFAULT_DETECTOR,
                  problems: list[InputProblem] | None = None) -> Iterator[tuple[ResolvedArticle, list]]:
    """Parse and analyse articles in memory, without a store (used by ``kg attributions`` and the API).

    Args:
        articles: The articles.
        model: spaCy model name.
        workers: Processes that parse and analyse (:func:`kg.workers.resolve_in_workers`).
        batch_size: ``nlp.pipe`` batch size.
        detector: The contradiction rules in use.
        problems: Where an article that cannot be analysed is reported (its source, "could not be analysed: ...")
            and skipped; without it, such an article raises :class:`kg.errors.KgError`.
    """
    if workers > 1:
        results = resolve_in_workers(articles, workers=workers, model=model, batch_size=batch_size, detector=detector)
    else:
        nlp = load_model(model)
        results = ((article, analysed_or_why(article, docs, detector))
                   for article, docs in parse_articles(articles, nlp, batch_size=batch_size))
    for article, result in results:
        if isinstance(result, str):
            if problems is None:
                raise KgError(f"{article.source or article.id}: {result}")
            problems.append(InputProblem(article.source or article.id, result))
            continue
        yield result


def analysed_or_why(article: Article, docs, detector: Detector) -> tuple[ResolvedArticle, list] | str:
    """:func:`analyse`, or why the article could not be analysed."""
    try:
        return analyse(article, docs, detector=detector)
    except Exception as exc:  # one bad article must not sink the batch
        return f"could not be analysed: {exc}"


def attributions_of(resolved: ResolvedArticle) -> list[Attribution]:
    """The article's attributions (statements with a speaker as written, whether or not an actor is known for it),
    once each, in text order; not the article's own voice."""
    seen: dict[tuple[int, int], Attribution] = {}
    for att in [*(claim.attribution for claim in resolved.claims), *resolved.unattributed]:
        if att.method != "article-voice":
            seen.setdefault((att.content.start, att.content.end), att)
    return sorted(seen.values(), key=lambda a: a.content.start)


def build(paths: Iterable[str | os.PathLike], store, *, model: str | None = None, workers: int = 1,
          batch_size: int = 64, force: bool = False,
          progress: Callable[[Article | None, int], None] | None = None,
          timings: dict[str, float] | None = None, detector: Detector = DEFAULT_DETECTOR) -> BuildReport:
    """Build articles into a store.

    Each article is written as soon as it is done: its statements replace its old ones in the statement index
    (:mod:`kg.statement_index`), its contradictions with other articles are recomputed from the statements that
    share a blocking key with its own, and its named graph is replaced (on a second thread, while the next article
    is analysed; an article is reported once its graph is written). Memory does not grow with the corpus.

    With one worker the parse runs on a thread of its own too, a few articles ahead of the analysis (spaCy lets go
    of Python's lock for most of its parse, so the two share the machine's cores); with several, worker processes
    parse and analyse. Either way ``progress`` is called on the calling thread, in input order.

    Args:
        paths: Files and folders of articles (text, HTML, JSONL).
        store: An open :class:`kg.store.Store`.
        model: spaCy model name (default: :data:`kg.nlp.DEFAULT_MODEL`).
        workers: Processes for parsing.
        force: Rebuild articles whose text is already stored.
        progress: Called with each finished article and its word count, and with ``(None, 0)`` for each input
            skipped as unchanged or reported as a problem (so a bar over :func:`kg.ingest.count_articles` ends full).
        timings: When given, seconds spent per stage are added to it: ``parse`` (the wait for the next parsed
            article: for the parsing thread, or with several workers for them), ``extract``, ``resolve``, ``contradict`` (inside the article, then
            with other articles through the index), ``rdf``, ``index`` (the contradictions graph update and the
            index commit), ``store`` (the article's graph).
        detector: The contradiction rules in use and the time window (:func:`kg.contradict.detector`).

    Returns:
        The report; bad inputs are listed in ``problems`` and did not stop the batch.
    """
    t0 = time.perf_counter()
    report = BuildReport()
    clock = _Clock(timings)

    # Inputs skipped or unreadable, still to report to ``progress``: they are found on the thread that reads the
    # input (a second one in a one-worker build), and reported from this one.
    passed_over: deque[InputProblem | None] = deque()

    def tick() -> None:
        while passed_over:
            problem = passed_over.popleft()
            if problem is not None:
                (report.skipped_files if problem.skipped else report.problems).append(problem)
            if progress is not None:
                progress(None, 0)

    caller = threading.get_ident()
    pipeline_language = model_language(model_name(model))

    def fresh() -> Iterator[Article]:
        for item in iter_articles(paths):
            if isinstance(item, InputProblem):
                passed_over.append(item)
            elif not force and store.article_hash(item.id) == item.content_hash == indexed.get(item.id):
                report.skipped += 1
                passed_over.append(None)
            elif (written_in := other_language(item.text, pipeline_language)) is not None:
                passed_over.append(InputProblem(item.source, (
                    f"written in {language_name(written_in)} ({written_in}), not in the pipeline's "
                    f"{language_name(pipeline_language)}: skipped (build it with --model and a spaCy pipeline for "
                    f"{language_name(written_in)})")))
            elif not force and another_file(store.article_source(item.id) or item.source, item.source):
                passed_over.append(InputProblem(item.source, (
                    f"article id {item.id!r} is already in the store, read from {store.article_source(item.id)}: "
                    "not replaced (give the files distinct names, build their folder, or use --force)")))
            else:
                yield item
                continue
            if threading.get_ident() == caller:  # read here (several workers): report it now
                tick()

    if workers <= 1:
        load_model(model)  # a missing model is an error before anything is read; workers load their own
    load_ontology(store)
    _migrate_json_sides(store)
    unflushed = 0

    def failed(article: Article, error: str) -> None:
        passed_over.append(InputProblem(article.source or article.id, error))
        tick()

    named: set[str] = set()  # the actors the built articles name, whose cards are made after the build

    def written(article: Article, result: AnalysedArticle) -> None:
        nonlocal unflushed
        unflushed += len(result.quads)
        named.update(q.subject.value for q in result.quads
                     if q.predicate.value == _NAME_IN_ARTICLE and q.subject.value.startswith(ACTOR_PREFIX))
        if unflushed >= FLUSH_EVERY_QUADS:
            store.flush()
            release_free_memory()
            unflushed = 0
        report.articles += 1
        report.actors += result.actors
        report.claims += result.claims
        report.contradictions += result.contradictions
        words = len(article.text.split())
        report.words += words
        if progress is not None:
            progress(article, words)

    with frozen_heap(), StatementIndex.for_store(store, detector=detector) as index, \
            _GraphWriter(store, index, written, failed) as writer:
        if index.rekeyed:  # an index of an earlier version: its cross-article links were taken back
            store.replace_graph(contradiction_graph(), cross_article_quads(index.same_text()))
            index.commit()
        if index.hashes_missing:  # an index of an earlier version: it held what the store holds
            index.fill_article_hashes(_article_hashes(store))
        indexed = index.article_hashes()
        mend = cards_to_mend(store)  # a build stopped before it made its actors' cards one
        if mend:
            make_cards(store, mend)
        clock.start()
        for article, result in _analysed(fresh(), model, workers, batch_size, clock, idle=tick, detector=detector):
            clock.lap("parse" if workers > 1 else "rdf")
            tick()
            writer.finish()  # the article before is stored and its index committed before this one is indexed
            clock.lap("store")
            links = None
            if result.error is None:
                try:
                    links = _index_article(index, article, result, clock)
                except Exception as exc:  # one bad article must not stop the batch
                    index.rollback()
                    result = replace(result, error=f"could not be built: {exc}")
            if result.error is not None:
                failed(article, result.error)
            else:
                writer.write(article, result, *links)
            clock.lap("store")
        writer.finish()
        tick()
        if report.articles or index.people_missing:
            update_identity(store, index)
        if named:
            make_cards(store, named)
        report.cross_article_contradictions = index.count_contradictions()
    report.seconds = time.perf_counter() - t0
    return report


def _analysed(articles: Iterator[Article], model: str | None, workers: int, batch_size: int,
              clock: _Clock, idle: Callable[[], None] | None = None,
              detector: Detector = DEFAULT_DETECTOR) -> Iterator[tuple[Article, AnalysedArticle]]:
    """Articles with their analysis: in this process, or (``workers`` > 1) in worker processes (:mod:`kg.workers`).

    In this process the parse runs on a second thread; ``idle`` is called while waiting for it.
    """
    if workers > 1:
        yield from analyse_in_workers(articles, workers=workers, model=model, batch_size=batch_size,
                                      detector=detector)
        return
    parsed = parse_articles(articles, load_model(model), batch_size=batch_size)
    for article, docs in in_background(parsed, name="kg-parse", idle=idle):
        clock.lap("parse")
        try:
            resolved, inner = analyse(article, docs, clock=clock, detector=detector)
            quads = article_quads(resolved, inner)
        except Exception as exc:  # one bad article must not stop the batch
            yield article, AnalysedArticle([], (), error=f"could not be built: {exc}")
            continue
        yield article, AnalysedArticle(quads, tuple(sides_of(resolved)), len(resolved.actors), len(resolved.claims),
                                       len(inner), people=people_of(resolved))


def _index_article(index: StatementIndex, article: Article, result: AnalysedArticle,
                   clock: _Clock) -> tuple[list, list]:
    """Index an article's statements, people and hash (pending, not committed); the links to other articles it
    takes back and makes, as quads of the contradictions graph."""
    removed, added = index.replace_article(article.id, list(result.sides), shingles=article_shingles(article.text))
    index.replace_people(article.id, result.people)
    index.set_article_hash(article.id, article.content_hash)
    clock.lap("contradict")
    return cross_article_quads(removed), cross_article_quads(added)


def _article_hashes(store) -> dict[str, str]:
    """Every stored article's content hash, by article id."""
    from urllib.parse import unquote

    prefix = str(article_iri(""))
    return {unquote(str(row["article"])[len(prefix):]): str(row["hash"])
            for row in store.query(load_part("article-hashes"))}


class _GraphWriter:
    """Writes each article's named graph on a second thread while the next article is being analysed.

    Oxigraph lets go of Python's lock while it writes, so the write overlaps the next article's parse (the store's
    part of a one-worker build of the 84 dev articles: 1.2 s -> 0.35 s). One write at a time: the next waits for
    the one before, whose outcome is then reported (``written`` or ``failed``, on the calling thread, in input
    order), so at most one article's quads are held beyond the one being analysed.
    """

    def __init__(self, store, index: StatementIndex, written: Callable[[Article, AnalysedArticle], None],
                 failed: Callable[[Article, str], None]):
        from concurrent.futures import ThreadPoolExecutor

        self._store, self._index, self._written, self._failed = store, index, written, failed
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-graph-writer")
        self._pending = None

    def write(self, article: Article, result: AnalysedArticle, old_links=(), new_links=()) -> None:
        """Start writing ``article``'s graph with its links to other articles (one transaction), once the previous
        write has finished and been reported; the index's pending change is committed when it succeeds.

        Order matters for a crash: nothing names a statement not stored (the links go in with the article), and
        the index, which a rebuild consults with the store to skip an unchanged article, is committed last, so an
        interrupted article is rebuilt by the next run."""
        self.finish()
        own = str(article_graph(article.id))
        mine, cards = [], []  # its named graph, and its actors' cards as it sees them (the actors graph)
        for q in result.quads:
            (mine if q.graph_name.value == own else cards).append(q)
        future = self._pool.submit(self._store.replace_graph, own, mine,
                                   also_remove=old_links, also_add=[*new_links, *cards])
        self._pending = article, result, future

    def finish(self) -> None:
        """Wait for the pending write, if any, commit or forget its index change, and report it."""
        if self._pending is None:
            return
        (article, result, future), self._pending = self._pending, None
        try:
            future.result()
        except Exception as exc:  # one bad article must not stop the batch
            self._index.rollback()
            self._failed(article, f"could not be built: {exc}")
        else:
            self._index.commit()
            self._written(article, result)

    def __enter__(self) -> _GraphWriter:
        return self

    def __exit__(self, exc_type, *_) -> None:
        # On an error or an interruption the write under way still completes (it is one transaction) but is not
        # reported; the thread is not left running behind the caller.
        if self._pending is not None:
            self._pending[2].exception()
            self._pending = None
        self._pool.shutdown(wait=True)


def load_ontology(store) -> bool:
    """Put the ontology into its own named graph (``cgg:ontology``) when it is missing or has changed.

    With the ontology in the store, queries can read the labels and comments of its terms (speech acts,
    contradiction kinds, extraction methods), and an export or a push carries its own vocabulary.

    Returns:
        Whether the graph was (re)written.
    """
    import pyoxigraph as ox

    from kg.resources import ontology_dir

    graph = ox.NamedNode(str(ontology_graph()))
    path = ontology_dir() / "claimgraph.ttl"
    try:
        quads = [ox.Quad(q.subject, q.predicate, q.object, graph)
                 for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)]
    except (OSError, SyntaxError) as exc:
        raise StoreError(f"cannot read the ontology {path}: {exc}") from None
    stored = sum(1 for _ in store.ox.quads_for_pattern(None, None, None, graph))
    if stored == len(quads) and all(q in store.ox for q in quads):
        return False
    store.replace_graph(ontology_graph(), quads)
    return True


def update_cross_article(store, sides: Iterable[Side] | None = None) -> int:
    """Recompute every contradiction between articles from scratch; returns how many there are.

    With ``sides`` (e.g. from distributed shards), the index is first filled with them, article by article;
    without, the statements already in the index are compared again. The contradictions graph is rewritten.
    """
    with StatementIndex.for_store(store) as index:
        if sides is not None:
            by_article: dict[str, list[Side]] = {}
            for side in sides:
                by_article.setdefault(side.ref.article_id, []).append(side)
        else:
            by_article = {}
            for side in index.sides():
                by_article.setdefault(side.ref.article_id, []).append(side)
        for article_id in sorted(by_article):
            index.replace_article(article_id, by_article[article_id])
        store.replace_graph(contradiction_graph(), cross_article_quads([*index.contradictions(), *index.same_text()]))
        index.commit()
        index.fill_people(people_in_store(store))
        update_identity(store, index)
        unify_labels(store)
        make_cards(store)
        return index.count_contradictions()


def _migrate_json_sides(store) -> None:
    """Once: fill the index from the ``<store>.statements/`` JSON files that builds before the index left."""
    import json
    from pathlib import Path

    path = getattr(store, "path", None)
    old = Path(str(path) + ".statements") if path is not None else None
    if old is None or not old.is_dir() or (old / "MIGRATED").exists():
        return

    def sides() -> Iterator[Side]:
        for f in sorted(old.glob("*.json")):
            for raw in json.loads(f.read_text(encoding="utf-8")):
                yield side_from_json(raw)

    update_cross_article(store, sides())
    (old / "MIGRATED").write_text("moved into the SQLite statement index beside the store\n", encoding="utf-8")


class _Clock:
    """Adds the seconds since the last lap to a stage's total (does nothing without a dict)."""

    def __init__(self, totals: dict[str, float] | None):
        self.totals = totals
        self.last = time.perf_counter()

    def start(self) -> None:
        self.last = time.perf_counter()

    def lap(self, stage: str) -> None:
        if self.totals is None:
            return
        now = time.perf_counter()
        self.totals[stage] = self.totals.get(stage, 0.0) + now - self.last
        self.last = now


__all__ = ["BuildReport", "analyse", "analyse_texts", "attributions_of", "build", "side_from_json",
           "update_cross_article"]
