"""Extraction past one machine: Dask workers turn batches of articles into N-Quads shards, then one bulk load.

Why Dask: it is pure Python from PyPI, starts a local cluster with one call (``LocalCluster``) and joins an
existing one by address (``tcp://scheduler:8786``), ships our frozen dataclasses with pickle, and runs a plain
function per batch; Ray would add a large binary runtime for no gain here. Each worker loads the spaCy model once
(``kg.nlp.load_model`` is cached per process) and writes its own shard, so workers never contend for the store:

    shards = extract_to_shards(paths, "shards/", scheduler="local:2")   # or "tcp://host:8786"
    load_shards(store, "shards/")                                      # or: oxigraph load --location DIR --file shards/*.nq

The same per-article code runs as in :func:`kg.pipeline.build`, so the distributed graph is isomorphic to the
local one.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from pathlib import Path

from kg.types import Article, InputProblem

SHARD_SUFFIX = ".nq"
SIDES_SUFFIX = ".statements.jsonl"


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def process_batch(articles: list[Article], shard_path: str, model: str | None = None) -> dict:
    """Worker task: parse and analyse a batch, write its quads as N-Quads and its statements as JSON lines.

    Returns:
        Counts and one-line problems, for the client's summary.
    """
    import pyoxigraph as ox

    from kg.nlp import load_model, parse_articles
    from kg.pipeline import analyse
    from kg.contradict import sides_of
    from kg.rdf import article_quads

    nlp = load_model(model)
    quads, sides, problems, claims = [], [], [], 0
    for article, docs in parse_articles(articles, nlp):
        try:
            resolved, inner = analyse(article, docs)
            quads.extend(article_quads(resolved, inner))
        except Exception as exc:  # one bad article must not sink the batch
            problems.append(f"{article.source or article.id}: could not be built: {exc}")
            continue
        sides.extend(sides_of(resolved))
        claims += len(resolved.claims)
    tmp = shard_path + ".tmp"
    ox.serialize(quads, tmp, format=ox.RdfFormat.N_QUADS)
    os.replace(tmp, shard_path)
    with open(shard_path.removesuffix(SHARD_SUFFIX) + SIDES_SUFFIX, "w", encoding="utf-8") as fh:
        for side in sides:
            fh.write(json.dumps(asdict(side)) + "\n")
    return {"articles": len(articles) - len(problems), "claims": claims, "quads": len(quads), "problems": problems}


def _client(scheduler: str):
    from dask.distributed import Client, LocalCluster

    if scheduler.startswith("local"):
        n = int(scheduler.split(":", 1)[1]) if ":" in scheduler else 2
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster), cluster
    return Client(scheduler), None


def extract_to_shards(paths: Iterable[str | os.PathLike], out_dir: str | os.PathLike, *, scheduler: str = "local:2",
                      batch_size: int = 50, model: str | None = None) -> dict:
    """Run extraction on a Dask cluster; one N-Quads shard per batch of articles.

    Args:
        paths: Article files and folders (read on the client; articles are shipped to workers).
        out_dir: Where the shards go (``shard-00000.nq`` and its ``.statements.jsonl``).
        scheduler: ``local:N`` for a local cluster of N worker processes, or a scheduler address.
        batch_size: Articles per task.

    Returns:
        Totals: articles, claims, quads, shards, problems (one line each).
    """
    from kg.ingest import iter_articles

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []

    def good() -> Iterator[Article]:
        for item in iter_articles(paths):
            if isinstance(item, InputProblem):
                if not item.skipped:
                    problems.append(str(item))
            else:
                yield item

    client, cluster = _client(scheduler)
    try:
        futures = [client.submit(process_batch, batch, str(out / f"shard-{n:05d}{SHARD_SUFFIX}"), model, pure=False)
                   for n, batch in enumerate(_batches(good(), batch_size))]
        results = client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    totals = {"articles": 0, "claims": 0, "quads": 0, "shards": len(results)}
    for r in results:
        for key in ("articles", "claims", "quads"):
            totals[key] += r[key]
        problems.extend(r["problems"])
    totals["problems"] = problems
    return totals


def load_shards(store, shard_dir: str | os.PathLike) -> dict:
    """Bulk-load every shard into a store, then add the contradictions between articles.

    Returns:
        The number of shards loaded and of cross-article contradictions.
    """
    from kg.contradict import Side
    from kg.pipeline import load_ontology, side_from_json, update_cross_article

    shard_dir = Path(shard_dir)
    shards = sorted(shard_dir.glob(f"*{SHARD_SUFFIX}"))
    store.bulk_load(shards, trusted=True)  # written by process_batch through pyoxigraph's serializer
    load_ontology(store)
    sides: list[Side] = []
    for path in sorted(shard_dir.glob(f"*{SIDES_SUFFIX}")):
        with open(path, encoding="utf-8") as fh:
            sides.extend(side_from_json(json.loads(line)) for line in fh if line.strip())
    # Fill the statement index beside the store, so later `kg build` runs see these statements too.
    cross = update_cross_article(store, sides)
    return {"shards": len(shards), "cross_article_contradictions": cross}
