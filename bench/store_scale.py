"""Benchmark a store of about a million triples made by repeating real articles: load, queries, adding one article.

    /work/venv/bin/python bench/store_scale.py [--data PATH] [--triples 1000000] [--articles 84]

Steps (everything in a temporary folder):

1. build the PolNeAR dev articles and the seed article in ``seeds/`` once (``kg.pipeline.build``) and dump the store
   as N-Quads (the seed brings its seven contradictions, so the contradiction queries have something to find: the
   dev articles contradict each other nowhere);
2. repeat those quads with renamed articles (``.../article/ID`` becomes ``.../article/ID-c7``, likewise statements,
   sentences, attributions and contradictions; actors stay shared, as in a real corpus) until ``--triples``;
3. split it into one shard per core and bulk-load them into a new on-disk store (:meth:`kg.store.Store.bulk_load`,
   as ``kg load`` does): triples/s, then with the compaction that follows it;
4. fill the statement index beside it with the copies' statements (no comparisons: the copies' contradictions are
   in the quads already);
5. run every named query in ``queries/`` (parameters: ``actor=trump``, ``statement=said``): seconds and rows;
6. add one new article (a dev article under a new id, slightly changed) with ``kg.pipeline.build``, the model
   loaded beforehand; then rebuild it changed again (replacing its graph and its contradictions).

The issue's yardsticks: load >= 300k triples/s, every query < 0.5 s, adding one article < 1 s. Figures only.
When the shared data is missing it says so and exits 0.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from shared_data import POLNEAR_DEV as DATA, polnear_dev  # bench/ is on sys.path when run as a script
PARAMS = {"actor": "trump", "statement": "said"}

_ARTICLE_PART = re.compile(r"(/(?:article|statement|sentence|attribution)/)([^/>\s]+)")
_CONTRADICTION = re.compile(r"(/contradiction/[0-9a-f]+)")


def renamed(line: str, copy: int) -> str:
    """An N-Quads line with its article-specific IRIs renamed for copy ``copy``."""
    line = _ARTICLE_PART.sub(lambda m: f"{m.group(1)}{m.group(2)}-c{copy}", line)
    return _CONTRADICTION.sub(lambda m: f"{m.group(1)}-c{copy}", line)


_QUERY_CHILD = r"""
import json, sys, time
sys.path.insert(0, {root!r})
from kg.query import load_query, run_query
from kg.store import Store
store_dir, name, params = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
with Store(store_dir, create=False) as store:
    sparql = load_query(name)
    t = time.perf_counter()
    result = run_query(store, sparql, params)
    secs = time.perf_counter() - t
print(json.dumps([secs, len(result.rows) if result.graph is None else len(result.graph)]))
"""


def split_per_core(nquads: Path, prefix: Path) -> list[Path]:
    """Deal the lines of an N-Quads file into one file per core (at least two), ``PREFIX-00.nq`` and on."""
    n_shards = max(2, os.cpu_count() or 1)
    shards = [prefix.parent / f"{prefix.name}-{i:02d}.nq" for i in range(n_shards)]
    with nquads.open(encoding="utf-8") as src:
        outs = [p.open("w", encoding="utf-8") for p in shards]
        for k, line in enumerate(src):
            outs[k % n_shards].write(line)
        for fh in outs:
            fh.close()
    return shards


def _timed_query(store_dir: Path, name: str, params: dict, timeout: float) -> tuple[float, int | None]:
    """(seconds, rows) of one named query, timed inside a subprocess; (timeout, None) when it ran out of time."""
    import subprocess

    try:
        proc = subprocess.run([sys.executable, "-c", _QUERY_CHILD.format(root=str(ROOT)), str(store_dir), name,
                               json.dumps(params)], capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return timeout, None
    if proc.returncode != 0:
        raise SystemExit(f"query {name} failed:\n{proc.stderr[-2000:]}")
    secs, rows = json.loads(proc.stdout.strip().splitlines()[-1])
    return secs, rows


def _make_big_store(tmp: Path, records: list[dict], triples: int) -> None:
    from dataclasses import replace

    import pyoxigraph as ox

    from kg.nlp import load_model
    from kg.pipeline import build
    from kg.statement_index import StatementIndex
    from kg.store import Store
    from kg.types import StatementRef

    src = tmp / "dev.jsonl"
    src.write_text("".join(json.dumps({"id": r["id"], "text": r["text"], "title": r.get("title"),
                                       "date": r.get("date"), "publisher": r.get("publisher")}) + "\n"
                           for r in records[1:]), encoding="utf-8")
    load_model(None)
    (tmp / "base").mkdir(exist_ok=True)
    (tmp / "big").mkdir(exist_ok=True)
    t = time.perf_counter()
    with Store(tmp / "base" / "store") as base:
        report = build([src, ROOT / "seeds"], base)
        base_quads = base.count()
        nq = base.ox.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8").splitlines()
    print(f"base: {report.articles} articles built in {time.perf_counter() - t:.1f} s, {base_quads:,} quads")

    copies = max(1, -(-triples // max(1, base_quads)))
    big = tmp / "big.nq"
    t = time.perf_counter()
    with big.open("w", encoding="utf-8") as fh:
        for copy in range(copies):
            for line in nq:
                fh.write(renamed(line, copy) + "\n")
    print(f"wrote {copies} copies ({copies * len(nq):,} quads, {big.stat().st_size / 1e6:.0f} MB) "
          f"in {time.perf_counter() - t:.1f} s")

    # kg shards writes one shard per task; kg load loads them in parallel, one thread per core.
    shards = split_per_core(big, tmp / "big")
    store_dir = tmp / "big" / "store"
    with Store(store_dir) as store:
        t = time.perf_counter()
        store.bulk_load(shards, trusted=True, compact=False)  # as kg load does with the shards kg shards wrote
        store.flush()
        load_s = time.perf_counter() - t
        t = time.perf_counter()
        store.compact()  # kg load compacts after the load (Store.bulk_load's default); timed apart
        compact_s = time.perf_counter() - t
        n = store.count()
        print(f"bulk load ({len(shards)} shards in parallel): {n:,} quads in {load_s:.2f} s = {n / load_s:,.0f} triples/s; "
              f"with the compaction after it ({compact_s:.2f} s) {n / (load_s + compact_s):,.0f} triples/s", flush=True)
        for shard in shards:
            shard.unlink()

        t = time.perf_counter()
        with StatementIndex(tmp / "base" / "store.statements.sqlite") as base_index:
            sides = list(base_index.sides())
        with StatementIndex.for_store(store) as index:
            by_article: dict[str, list] = {}
            for s in sides:
                by_article.setdefault(s.ref.article_id, []).append(s)
            for copy in range(copies):
                for article_id, group in by_article.items():
                    new_id = f"{article_id}-c{copy}"
                    index.replace_article(new_id, [replace(s, ref=StatementRef(new_id, s.ref.start, s.ref.end))
                                                   for s in group], compare=False)
            index.commit()
            print(f"statement index filled: {index.count_sides():,} statements in {time.perf_counter() - t:.1f} s",
                  flush=True)

    (tmp / "big.done").write_text("")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, help=f"PolNeAR JSONL (default: <shared>/{DATA})")
    ap.add_argument("--triples", type=int, default=1_000_000, help="size of the store to build (default 1,000,000)")
    ap.add_argument("--articles", type=int, default=84, help="how many dev articles to build and repeat")
    ap.add_argument("--query-timeout", type=float, default=30.0, help="seconds before a query is given up")
    ap.add_argument("--work", type=Path, help="keep the stores in this folder (outside the project) and reuse "
                                              "the big store on the next run, instead of a temporary folder")
    args = ap.parse_args(argv)
    data = polnear_dev(args.data, "store_scale")
    if data is None:
        return 0

    from kg.nlp import load_model
    from kg.pipeline import build
    from kg.query import list_queries
    from kg.store import Store

    records = [json.loads(line) for line in data.open(encoding="utf-8") if line.strip()][: args.articles]
    with tempfile.TemporaryDirectory(prefix="kg-store-scale-") as tmp:
        tmp = args.work or Path(tmp)
        tmp.mkdir(parents=True, exist_ok=True)
        store_dir = tmp / "big" / "store"
        if not (args.work and (tmp / "big.done").exists()):
            _make_big_store(tmp, records, args.triples)
        # Each query runs in a subprocess with a time limit, so one runaway query cannot hang the bench.
        print(f"{'query':<28}{'seconds':>9}{'rows':>9}")
        slowest = 0.0
        for info in list_queries():
            # an optional parameter (since, until) is left out: the listing of every row is what is timed
            given = {p: PARAMS.get(p, "a") for p, text in info.params.items() if not text.startswith("(optional)")}
            secs, rows = _timed_query(store_dir, info.name, given, args.query_timeout)
            slowest = max(slowest, secs)
            print(f"{info.name:<28}{secs:>9.3f}{rows:>9}" if rows is not None else
                  f"{info.name:<28}{'>' + str(args.query_timeout):>9}{'timeout':>9}", flush=True)
        print(f"slowest query: {slowest:.3f} s" + (" (or more: a timeout)" if slowest >= args.query_timeout else ""))

        load_model(None)  # loaded once per process by kg build too; not part of adding an article
        with Store(store_dir) as store:
            first = records[0]
            for label, text in (("add one new article", first["text"] + "\n\nA spokesman said the figures were wrong."),
                                ("rebuild it, changed", first["text"] + "\n\nA spokesman said the figures were right.")):
                one = tmp / "one.jsonl"
                one.write_text(json.dumps({"id": "bench-new-article", "text": text}) + "\n", encoding="utf-8")
                timings: dict[str, float] = {}
                t = time.perf_counter()
                r = build([one], store, timings=timings)
                secs = time.perf_counter() - t
                parts = ", ".join(f"{k} {v:.3f}" for k, v in sorted(timings.items(), key=lambda kv: -kv[1]))
                print(f"{label}: {secs:.3f} s ({r.articles} article, {len(first['text'].split())} words; {parts}); "
                      f"{r.cross_article_contradictions} cross-article contradictions in the index")
    return 0


if __name__ == "__main__":
    sys.exit(main())
