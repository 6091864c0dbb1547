"""kg.pipeline.build on real files into a real on-disk store."""
import gc
import shutil

from kg.pipeline import build
from kg.rdf import article_graph, contradiction_graph
from kg.store import Store
from kg.workers import frozen_heap
from tests.seed_build import SEED_ID, SEEDS

ARTICLE_A = """Minister denies the dam has failed

Interior Minister Anna Berg said that the Kessel dam had not failed and that no villages near Kessel were flooded.

"The dam is holding," she said.
"""

ARTICLE_B = """Villages flooded after dam failure

Officials in the region said the Kessel dam had failed on Monday.

Rescue teams said that several villages near Kessel were flooded overnight.
"""


def _write(tmp_path, name, text, mode="w"):
    p = tmp_path / name
    if mode == "wb":
        p.write_bytes(text)
    else:
        p.write_text(text, encoding="utf-8")
    return p


def _two_articles(tmp_path):
    """A folder with articles a (ARTICLE_A) and b (ARTICLE_B), and the path of a store beside it."""
    src = tmp_path / "in"
    src.mkdir()
    _write(src, "a.txt", ARTICLE_A)
    _write(src, "b.txt", ARTICLE_B)
    (tmp_path / "s").mkdir()
    return src, tmp_path / "s" / "store"


def test_bad_inputs_are_reported_and_the_rest_is_built(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    _write(src, "a.txt", ARTICLE_A)
    _write(src, "empty.txt", "   \n")
    _write(src, "binary.txt", b"\x00\x01\x02PNG", mode="wb")
    _write(src, "latin1.txt", "Caf\xe9 owner said prices rose.".encode("latin-1"), mode="wb")
    _write(src, "broken.jsonl", '{"id": "j1", "text": "Police said the road was closed."}\n{"id": "j2", "text": \n')
    (tmp_path / "s").mkdir()
    with Store(tmp_path / "s" / "store") as store:
        report = build([src], store)
        assert report.articles == 2  # a.txt and the good JSONL line
        messages = [str(p) for p in report.problems]
        assert len(messages) == 4, messages
        for name in ("empty.txt", "binary.txt", "latin1.txt", "broken.jsonl"):
            assert any(name in m for m in messages), (name, messages)
        assert all("\n" not in m for m in messages)
        assert store.article_hash("a") is not None and store.article_hash("j1") is not None


def test_unchanged_articles_are_skipped_and_a_changed_one_replaces_only_its_graph(tmp_path):
    src, store_path = _two_articles(tmp_path)
    a = src / "a.txt"
    with Store(store_path) as store:
        first = build([src], store)
        assert first.articles == 2 and first.skipped == 0
        b_quads = set(store.quads(article_graph("b")))
        again = build([src], store)
        assert again.articles == 0 and again.skipped == 2
        a.write_text(ARTICLE_A.replace("Kessel", "Kessel river"), encoding="utf-8")
        third = build([src], store)
        assert third.articles == 1 and third.skipped == 1
        assert set(store.quads(article_graph("b"))) == b_quads
        texts = [str(r["text"]) for r in store.query(
            "PREFIX schema: <http://schema.org/> SELECT ?text WHERE { ?s schema:text ?text }")]
        assert any("Kessel river" in t for t in texts)


def test_contradictions_across_articles_go_in_their_own_graph(tmp_path):
    src, store_path = _two_articles(tmp_path)
    with Store(store_path) as store:
        report = build([src], store)
        assert report.cross_article_contradictions >= 1
        rows = store.query("""
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            PREFIX schema: <http://schema.org/>
            SELECT ?ta ?tb WHERE { ?a cg:contradicts ?b . ?a cg:inArticle ?x . ?b cg:inArticle ?y .
                                   FILTER(?x != ?y) ?a schema:text ?ta . ?b schema:text ?tb }""")
        pairs = {(str(r["ta"]), str(r["tb"])) for r in rows}
        assert ("no villages near Kessel were flooded", "several villages near Kessel were flooded overnight") in pairs
        assert len(list(store.quads(contradiction_graph()))) > 0


def test_seed_builds_into_a_store_and_the_build_is_idempotent(tmp_path):
    src = tmp_path / "seeds"
    shutil.copytree(SEEDS, src)
    (tmp_path / "s").mkdir()
    with Store(tmp_path / "s" / "store") as store:
        report = build([src], store)
        assert report.articles == 1 and not report.problems
        n = store.count()
        assert n > 300
        report2 = build([src], store, force=True)
        assert report2.articles == 1 and store.count() == n
        assert article_graph(SEED_ID) in set(store.graphs())


def test_two_workers_build_the_same_graph_as_one(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEEDS / f"{SEED_ID}.txt", src / f"{SEED_ID}.txt")
    _write(src, "a.txt", ARTICLE_A)
    _write(src, "b.txt", ARTICLE_B)
    _write(src, "empty.txt", "   \n")
    dumps, reports = [], []
    for workers in (1, 2):
        (tmp_path / f"s{workers}").mkdir()
        with Store(tmp_path / f"s{workers}" / "store") as store:
            reports.append(build([src], store, workers=workers))
            dumps.append(sorted(str(q) for q in store.ox))
    one, two = reports
    assert (two.articles, two.actors, two.claims, two.contradictions, two.cross_article_contradictions) == \
        (one.articles, one.actors, one.claims, one.contradictions, one.cross_article_contradictions)
    assert one.articles == 3 and one.cross_article_contradictions >= 1
    assert [str(p) for p in two.problems] == [str(p) for p in one.problems] and len(one.problems) == 1
    assert dumps[0] == dumps[1] and len(dumps[0]) > 100


def test_the_ontology_is_loaded_once_into_its_own_graph(tmp_path):
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDFS

    from kg.pipeline import load_ontology
    from kg.rdf import ontology_graph

    (tmp_path / "s").mkdir()
    with Store(tmp_path / "s" / "store") as store:
        build([SEEDS / f"{SEED_ID}.txt"], store)
        assert ontology_graph() in store.graphs()
        deny = URIRef("https://w3id.org/claimgraph/ontology#Deny")
        assert (deny, RDFS.label, Literal("deny", lang="en")) in set((s, p, o) for s, p, o, _ in store.quads(ontology_graph()))
        assert load_ontology(store) is False  # unchanged: nothing rewritten
        store.remove_graph(ontology_graph())
        assert load_ontology(store) is True


def test_a_reprinted_statement_agrees_with_itself_but_a_denial_of_it_does_not(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    wire = "Officials said that the Kessel dam had failed on Monday.\n"
    _write(src, "a.txt", "Dam fails\n\n" + wire)
    _write(src, "b.txt", "Dam failure\n\n" + wire + "\nRescue teams arrived in the evening.\n")
    (tmp_path / "s").mkdir()
    with Store(tmp_path / "s" / "store") as store:
        assert build([src], store).cross_article_contradictions == 0
        _write(src, "c.txt", "Minister speaks\n\nInterior Minister Anna Berg denied that the Kessel dam had failed on "
                             "Monday.\n")
        assert build([src], store).cross_article_contradictions >= 1


def _die(items, batch_size):
    import os

    os._exit(3)  # a worker killed mid-task (e.g. by the kernel's out-of-memory killer)


def test_a_worker_that_dies_is_an_error_not_a_hang(tmp_path, monkeypatch):
    import pytest

    import kg.workers
    from kg.errors import KgError

    src = tmp_path / "in"
    src.mkdir()
    _write(src, "a.txt", ARTICLE_A)
    monkeypatch.setattr(kg.workers, "analyse_batch", _die)
    (tmp_path / "s").mkdir()
    with Store(tmp_path / "s" / "store") as store:
        with pytest.raises(KgError, match="worker process died while analysing .*a.txt"):
            build([src], store, workers=2)


def _which_process(items, batch_size):
    import os

    from kg.workers import AnalysedArticle

    return [AnalysedArticle([], (), error=f"{item.id} {os.getpid()}") for item in items]


def test_workers_are_replaced_after_their_share_and_the_order_is_kept(monkeypatch):
    import os

    import kg.workers
    from kg.types import Article

    monkeypatch.setattr(kg.workers, "analyse_batch", _which_process)
    articles = [Article(id=f"a{i}", text=f"Text number {i}.", paragraphs=()) for i in range(7)]
    results = list(kg.workers.analyse_in_workers(articles, workers=2, articles_per_task=1, articles_per_worker=1))
    assert [a.id for a, _ in results] == [r.error.split()[0] for _, r in results] == [a.id for a in articles]
    pids = {r.error.split()[1] for _, r in results}
    # Two articles per pool of two workers: four pools, so more processes than two, none of them this one.
    assert len(pids) > 2 and str(os.getpid()) not in pids


def test_an_article_whose_graph_cannot_be_written_is_reported_and_the_rest_is_built(tmp_path):
    from kg.errors import StoreError

    class RefusingStore(Store):
        """A real store that refuses to write article a's graph (as a full disk might)."""

        def replace_graph(self, graph_iri, quads, **links):
            if str(graph_iri) == str(article_graph("a")):
                raise StoreError("disk full")
            return super().replace_graph(graph_iri, quads, **links)

    src = tmp_path / "in"
    src.mkdir()
    for name, text in (("a.txt", ARTICLE_A), ("b.txt", ARTICLE_B), ("c.txt", ARTICLE_A.replace("Kessel", "Ober"))):
        _write(src, name, text)
    seen = []
    (tmp_path / "s").mkdir()
    with RefusingStore(tmp_path / "s" / "store") as store:
        report = build([src], store, progress=lambda article, words: seen.append(article and article.id))
        assert report.articles == 2
        assert [str(p) for p in report.problems] == [f"{src / 'a.txt'}: could not be built: disk full"]
        assert store.article_hash("a") is None  # not skipped as unchanged next time
        assert store.article_hash("b") is not None and store.article_hash("c") is not None
        assert seen == [None, "b", "c"]  # each article reported once, in input order, after its write
    with Store(tmp_path / "s" / "store") as store:
        again = build([src], store)
        assert again.articles == 1 and again.skipped == 2 and not again.problems


def test_a_build_freezes_the_heap_only_while_it_runs_and_keeps_a_freeze_it_did_not_make(tmp_path):
    src = _write(tmp_path, "a.txt", ARTICLE_A)
    seen = []
    (tmp_path / "s").mkdir()
    with Store(tmp_path / "s" / "store") as store:
        build([src], store, progress=lambda article, words: seen.append(gc.get_freeze_count()))
        assert seen and all(count > 0 for count in seen)  # the model was frozen while articles were built
        assert gc.get_freeze_count() == 0  # and released after
        gc.freeze()
        try:
            frozen = gc.get_freeze_count()
            # neither frozen again (the count would grow by the young objects) nor unfrozen (it would fall to 0); a
            # frozen object whose last reference goes meanwhile leaves the count, so a few may go
            with frozen_heap():
                assert frozen - _FREED_MEANWHILE <= gc.get_freeze_count() <= frozen
            assert frozen - _FREED_MEANWHILE <= gc.get_freeze_count() <= frozen  # someone else's freeze is left alone
        finally:
            gc.unfreeze()


_FREED_MEANWHILE = 1000
"""How many frozen objects may be freed by other threads between two counts (CI once saw 2 of 412,948 go)."""


def test_analysing_in_this_process_does_not_freeze_its_heap(tmp_path):
    import kg.workers
    from kg.ingest import iter_articles

    articles = [a for a in iter_articles([_write(tmp_path, "a.txt", ARTICLE_A)])]
    results = kg.workers.analyse_batch(articles)  # what a pool worker runs; here in the test's own process
    assert results[0].error is None and results[0].claims > 0
    assert gc.get_freeze_count() == 0  # only a pool worker freezes its model for good


def test_in_background_keeps_order_runs_on_another_thread_and_raises_where_the_source_failed():
    import threading

    from kg.workers import in_background

    made_on = set()

    def source(n, fail_at=None):
        for i in range(n):
            made_on.add(threading.get_ident())
            if i == fail_at:
                raise ValueError(f"bad item {i}")
            yield i

    assert list(in_background(source(50), ahead=3)) == list(range(50))
    assert made_on and threading.get_ident() not in made_on
    got = []
    try:
        for item in in_background(source(10, fail_at=6)):
            got.append(item)
    except ValueError as exc:
        assert str(exc) == "bad item 6"
    else:
        raise AssertionError("the source's error was not raised")
    assert got == list(range(6))


def test_in_background_stops_its_thread_when_the_caller_stops_early():
    import threading

    from kg.workers import in_background

    closed = threading.Event()

    def endless():
        try:
            i = 0
            while True:
                yield i
                i += 1
        finally:
            closed.set()

    before = {t.ident for t in threading.enumerate()}
    items = in_background(endless(), ahead=2, name="kg-test-background")
    assert [next(items) for _ in range(5)] == [0, 1, 2, 3, 4]
    items.close()
    assert closed.is_set()  # the source was closed, on its own thread, before close() returned
    assert not [t for t in threading.enumerate() if t.ident not in before and t.name == "kg-test-background"]


def test_a_one_worker_build_reports_skipped_and_bad_inputs_on_the_calling_thread(tmp_path):
    import threading

    src, store_path = _two_articles(tmp_path)
    with Store(store_path) as store:
        build([src], store)
        _write(src, "c.txt", ARTICLE_A.replace("Kessel", "Ober"))
        _write(src, "empty.txt", "   \n")
        seen = []
        report = build([src], store, progress=lambda article, words: seen.append(
            (article and article.id, threading.current_thread() is threading.main_thread())))
    assert report.articles == 1 and report.skipped == 2
    assert [str(p) for p in report.problems] and "empty.txt" in str(report.problems[0])
    assert sorted(seen, key=str) == sorted([(None, True), (None, True), (None, True), ("c", True)], key=str)


def test_in_background_calls_idle_on_the_calling_thread_while_it_waits():
    import threading
    import time

    from kg.workers import in_background

    def slow():
        time.sleep(0.5)
        yield "late"

    idle_on = []
    got = list(in_background(slow(), idle=lambda: idle_on.append(threading.get_ident()), idle_every=0.05))
    assert got == ["late"]
    assert len(idle_on) >= 3 and set(idle_on) == {threading.get_ident()}


def test_skipped_inputs_move_the_progress_bar_while_the_input_is_still_being_read(tmp_path, monkeypatch):
    """A rebuild of an archive that is mostly unchanged must not sit at 0% until the last input has been read."""
    import threading

    import kg.pipeline
    from kg.ingest import iter_articles

    src, store_path = _two_articles(tmp_path)
    reported = threading.Event()
    waited = []

    def inputs_then_a_pause(paths):
        items = list(iter_articles(paths))
        yield from items  # both unchanged on the second build
        waited.append(reported.wait(timeout=5))  # still reading: has the bar moved for the two skipped ones?

    with Store(store_path) as store:
        build([src], store)
        monkeypatch.setattr(kg.pipeline, "iter_articles", inputs_then_a_pause)
        for workers in (1, 2):
            reported.clear()
            calls = []
            report = build([src], store, workers=workers,
                           progress=lambda article, words: (calls.append(article), reported.set()))
            assert report.skipped == 2 and calls == [None, None]
    assert waited == [True, True]


def test_an_article_read_from_another_file_with_the_same_id_is_not_replaced_unless_asked(tmp_path):
    for folder, text in (("a", ARTICLE_A), ("b", ARTICLE_B)):
        (tmp_path / folder).mkdir()
        _write(tmp_path / folder, "index.txt", text)
    with Store(tmp_path / "s" / "store") as store:
        assert build([tmp_path / "a" / "index.txt"], store).articles == 1
        report = build([tmp_path / "b" / "index.txt"], store)
        assert report.articles == 0
        assert [p.message for p in report.problems] == [
            f"article id 'index' is already in the store, read from {tmp_path / 'a' / 'index.txt'}: not replaced "
            "(give the files distinct names, build their folder, or use --force)"]
        assert store.article_source("index").endswith("a/index.txt")
        assert build([tmp_path / "b" / "index.txt"], store, force=True).articles == 1
        assert store.article_source("index").endswith("b/index.txt")


def test_an_article_in_another_language_than_the_pipeline_s_is_reported_and_skipped(tmp_path):
    _write(tmp_path, "de.txt", "Merkel sagte am Montag, dass die Regierung die Steuern im kommenden Jahr senken "
                               "werde. Die Opposition kritisierte den Plan scharf.")
    _write(tmp_path, "en.txt", ARTICLE_B)
    with Store(tmp_path / "s" / "store") as store:
        report = build([tmp_path / "de.txt", tmp_path / "en.txt"], store)
    assert report.articles == 1
    assert [p.message for p in report.problems] == [
        "written in German (de), not in the pipeline's English: skipped (build it with --model and a spaCy "
        "pipeline for German)"]


def _fail_bad(items, batch_size):
    from kg.workers import resolve_batch

    done = iter(resolve_batch([item for item in items if item.id != "bad"], batch_size))
    return ["could not be analysed: a fault" if item.id == "bad" else next(done) for item in items]


def _two_articles_and_a_bad_one():
    from kg.ingest import clean_text

    return [clean_text(ARTICLE_A, article_id="a", source="a.txt"),
            clean_text(ARTICLE_A, article_id="bad", source="bad.txt"),
            clean_text(ARTICLE_B, article_id="b", source="b.txt")]


def test_in_memory_analysis_in_workers_reports_an_article_it_cannot_analyse_and_goes_on(monkeypatch):
    import pytest

    import kg.workers
    from kg.errors import KgError
    from kg.pipeline import analyse_texts

    monkeypatch.setattr(kg.workers, "resolve_batch", _fail_bad)
    problems = []
    done = [resolved.article.id for resolved, _ in analyse_texts(_two_articles_and_a_bad_one(), workers=2,
                                                                 problems=problems)]
    assert done == ["a", "b"]
    assert [(p.source, p.message) for p in problems] == [("bad.txt", "could not be analysed: a fault")]
    with pytest.raises(KgError, match="^bad.txt: could not be analysed: a fault$"):
        list(analyse_texts(_two_articles_and_a_bad_one(), workers=2))


def test_in_memory_analysis_in_this_process_reports_an_article_it_cannot_analyse_and_goes_on(monkeypatch):
    import kg.pipeline

    real = kg.pipeline.analyse

    def analyse(article, docs, **kwargs):
        if article.id == "bad":
            raise ValueError("a fault")
        return real(article, docs, **kwargs)

    monkeypatch.setattr(kg.pipeline, "analyse", analyse)
    problems = []
    done = [r.article.id for r, _ in kg.pipeline.analyse_texts(_two_articles_and_a_bad_one(), problems=problems)]
    assert done == ["a", "b"] and [p.message for p in problems] == ["could not be analysed: a fault"]


def test_a_caller_that_stops_reading_in_memory_analysis_in_workers_exits(tmp_path):
    """An error in the caller's loop after the first article used to leave the parsing processes waiting and the
    program hanging; it now ends with the caller's error."""
    import subprocess
    import sys

    script = ("from kg.ingest import clean_text\n"
              "from kg.pipeline import analyse_texts\n"
              f"articles = [clean_text({ARTICLE_A!r}, article_id=str(i)) for i in range(300)]\n"
              "for resolved, _ in analyse_texts(articles, workers=2):\n"
              "    raise SystemExit('stopped after ' + resolved.article.id)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 1 and "stopped after 0" in done.stderr
