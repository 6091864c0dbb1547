"""A build killed at a chosen point, then run again, gives the graph a clean build gives, and no link in the store
ever names a statement that is not stored.

Each kill is real: `kg build` runs in a process of its own whose chosen step ends the process on the spot
(``os._exit``, no clean-up, as SIGKILL or a power cut would), before or after the step's write.
"""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from kg.store import Store
from tests.test_pipeline import ARTICLE_A, ARTICLE_B

# step to patch -> (the object, the method, die before the call or after it)
KILL_POINTS = {
    "graph-write-before": ("kg.store:Store", "replace_graph", "before"),
    "graph-write-after": ("kg.store:Store", "replace_graph", "after"),
    "index-commit-before": ("kg.statement_index:StatementIndex", "commit", "before"),
    "index-commit-after": ("kg.statement_index:StatementIndex", "commit", "after"),
    "contradictions-indexed": ("kg.statement_index:StatementIndex", "replace_article", "after"),
}

_RUNNER = textwrap.dedent("""
    import importlib, os, sys
    module, cls = sys.argv[1].split(":")
    method, when, nth = sys.argv[2], sys.argv[3], int(sys.argv[4])
    owner = getattr(importlib.import_module(module), cls)
    original = getattr(owner, method)
    calls = [0]

    def patched(self, *args, **kwargs):
        calls[0] += 1
        if calls[0] == nth and when == "before":
            os._exit(137)
        result = original(self, *args, **kwargs)
        if calls[0] == nth and when == "after":
            os._exit(137)
        return result

    setattr(owner, method, patched)
    from kg.cli import main
    sys.argv = ["kg", "build", *sys.argv[5:]]
    main()
""")


def _articles(folder):
    folder.mkdir()
    texts = {"a.txt": ARTICLE_A, "b.txt": ARTICLE_B, "c.txt": ARTICLE_A.replace("Kessel", "Ober")}
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _build(folder, store_dir, *kill: str) -> int:
    if kill:
        command = [sys.executable, "-c", _RUNNER, *kill, str(folder), "--store", str(store_dir), "-q"]
    else:
        command = [sys.executable, "-m", "kg.cli", "build", str(folder), "--store", str(store_dir), "-q"]
    return subprocess.run(command, capture_output=True, text=True, timeout=300).returncode


def _quads(store_dir) -> set[str]:
    with Store(store_dir, create=False) as store:
        return {str(q) for q in store.ox}


def _dangling(store_dir) -> list[str]:
    """Statements named by a link (contradicts, sameTextAs) that no article graph holds."""
    with Store(store_dir, create=False) as store:
        rows = store.query("""
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            PREFIX schema: <http://schema.org/>
            SELECT DISTINCT ?s WHERE {
              { ?s cg:contradicts ?o } UNION { ?o cg:contradicts ?s } UNION { ?s cg:sameTextAs ?o }
              UNION { ?o cg:sameTextAs ?s }
              FILTER NOT EXISTS { ?s schema:text ?t }
            }""")
        return [str(r["s"]) for r in rows]


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    base = tmp_path_factory.mktemp("clean")
    folder = _articles(base / "in")
    assert _build(folder, base / "store") == 0
    return folder, _quads(base / "store")


@pytest.mark.parametrize("point", sorted(KILL_POINTS))
@pytest.mark.parametrize("nth", [2, 3])
def test_a_build_killed_then_run_again_gives_the_clean_graph(tmp_path, clean, point, nth):
    folder, expected = clean
    target, method, when = KILL_POINTS[point]
    store_dir = tmp_path / "store"
    assert _build(folder, store_dir, target, method, when, str(nth)) == 137  # it was killed
    assert _dangling(store_dir) == []
    assert _build(folder, store_dir) == 0
    assert _quads(store_dir) == expected
    assert _dangling(store_dir) == []


def test_the_clean_build_has_links_between_articles(clean):
    _, quads = clean
    assert any("ontology#contradicts" in q for q in quads)


def test_an_index_older_than_its_article_hashes_takes_them_from_the_store(tmp_path, clean):
    import sqlite3

    from kg.pipeline import build
    from kg.statement_index import index_path

    folder, _ = clean
    store_dir = tmp_path / "store"
    assert _build(folder, store_dir) == 0
    with sqlite3.connect(index_path(store_dir)) as db:
        db.execute("DROP TABLE article_hashes")
    with Store(store_dir) as store:
        report = build([folder], store)
    assert (report.articles, report.skipped) == (0, 3)  # nothing rebuilt for the missing table
