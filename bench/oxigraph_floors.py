"""What Oxigraph itself needs, on this machine, for the two 1M-triple yardsticks the project does not meet.

    /work/venv/bin/python bench/oxigraph_floors.py [--work /tmp/q1m] [--triples 1000000] [--repeat 3]

``store_scale.py`` measures the project: bulk load 170-190k triples/s (target 300k/s) and the three listings of
every claim (who-claims-what, claim-network, claim-network-viz: 35k-40k rows) at 1.1-2.8 s (target 0.5 s). This
bench takes the project out and times pyoxigraph alone on the same quads (the ``big.nq`` that
``store_scale.py --work DIR`` leaves; made here when missing), so the gap can be told apart from our code:

1. load: the whole file with one ``bulk_load`` call into a new on-disk store, then cut into one file per core and
   loaded on one thread per core (what ``kg load`` does), then into an in-memory store (no RocksDB): seconds,
   triples/s and the process's CPU seconds (all its threads), so a rate per busy core can be read off;
2. queries on the on-disk store the load made (compacted) and on the in-memory one: each listing with its rows
   written by Oxigraph as TSV (no Python object per row or cell), the same without its ORDER BY, and the floor of
   any such listing: one triple pattern (``?s schema:text ?text``, one row per statement) written out the same way.

Figures only, no assertions. When the shared data is missing it says so and exits 0. Everything is written to
``--work`` or a temporary folder outside the project.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from pathlib import Path

from shared_data import POLNEAR_DEV as DATA, polnear_dev  # bench/ is on sys.path when run as a script
from store_scale import _make_big_store, split_per_core

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LISTINGS = ("who-claims-what", "claim-network", "claim-network-viz")
ONE_PATTERN = "SELECT ?s ?text WHERE { ?s <http://schema.org/text> ?text }"


def _timed(action, repeat: int = 1) -> tuple[float, float]:
    """(fastest wall seconds, CPU seconds of that run) of ``action()`` over ``repeat`` runs."""
    best = (float("inf"), 0.0)
    for _ in range(repeat):
        cpu, wall = time.process_time(), time.perf_counter()
        action()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        best = min(best, (wall, cpu))
    return best


def _loads(big: Path, tmp: Path) -> object:
    """Time the three loads; returns the compacted on-disk store of the per-core load, for the queries."""
    from concurrent.futures import ThreadPoolExecutor

    import pyoxigraph as ox

    def rate(label: str, n: int, wall: float, cpu: float) -> None:
        print(f"{label:<44}{wall:>8.2f} s {n / wall:>10,.0f} triples/s   CPU {cpu:5.1f} s "
              f"({n / cpu:,.0f} triples per CPU-second)", flush=True)

    one = ox.Store(str(tmp / "floor-one"))
    wall, cpu = _timed(lambda: (one.bulk_load(path=str(big), format=ox.RdfFormat.N_QUADS, lenient=True),
                                one.flush()))
    n = len(one)
    rate("on disk, one file, one bulk_load", n, wall, cpu)
    del one

    shards = split_per_core(big, tmp / "floor")
    cores = len(shards)
    disk = ox.Store(str(tmp / "floor-cores"))

    def per_core() -> None:
        with ThreadPoolExecutor(max_workers=cores) as pool:
            list(pool.map(lambda p: disk.bulk_load(path=str(p), format=ox.RdfFormat.N_QUADS, lenient=True), shards))
        disk.flush()

    wall, cpu = _timed(per_core)
    rate(f"on disk, {cores} files on {cores} threads", n, wall, cpu)
    wall_c, cpu_c = _timed(disk.optimize)
    rate("  the same with the compaction after it", n, wall + wall_c, cpu + cpu_c)
    for shard in shards:
        shard.unlink()

    memory = ox.Store()
    wall, cpu = _timed(lambda: memory.bulk_load(path=str(big), format=ox.RdfFormat.N_QUADS, lenient=True))
    rate("in memory (no RocksDB), one bulk_load", n, wall, cpu)
    return disk, memory


def _queries(stores: dict, repeat: int) -> None:
    import pyoxigraph as ox

    from kg.query import load_query

    tsv = ox.QueryResultsFormat.TSV
    texts = {name: load_query(name) for name in LISTINGS}
    unordered = {name: re.split(r"^ORDER BY", text, flags=re.M)[0] for name, text in texts.items()}
    print(f"{'query (rows written by Oxigraph as TSV)':<44}" + "".join(f"{label:>12}" for label in stores)
          + f"{'rows':>9}")

    def row(label: str, sparql: str) -> None:
        cells, rows = [], 0
        for store in stores.values():
            out: list[bytes] = []
            wall, _ = _timed(lambda: out.append(store.query(sparql, use_default_graph_as_union=True)
                                                .serialize(format=tsv)), repeat)
            rows = out[-1].count(b"\n") - 1
            cells.append(f"{wall:>10.3f} s")
        print(f"{label:<44}" + "".join(cells) + f"{rows:>9,}", flush=True)

    for name in LISTINGS:
        row(name, texts[name])
        row(f"  {name} without ORDER BY", unordered[name])
    row("one triple pattern (?s schema:text ?text)", ONE_PATTERN)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, help=f"PolNeAR JSONL (default: <shared>/{DATA})")
    ap.add_argument("--work", type=Path, help="the folder store_scale.py --work used (its big.nq is reused)")
    ap.add_argument("--triples", type=int, default=1_000_000, help="size of big.nq when it has to be made")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each query; the fastest is printed")
    args = ap.parse_args(argv)
    data = polnear_dev(args.data, "oxigraph_floors")
    if data is None:
        return 0

    import json

    import pyoxigraph

    with tempfile.TemporaryDirectory(prefix="kg-oxigraph-floors-") as scratch:
        work = args.work or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        big = work / "big.nq"
        if not big.exists():
            records = [json.loads(line) for line in data.open(encoding="utf-8") if line.strip()][:84]
            _make_big_store(work, records, args.triples)
        print(f"pyoxigraph {pyoxigraph.__version__}, {os.cpu_count()} cores, {big} "
              f"({big.stat().st_size / 1e6:.0f} MB)")
        with tempfile.TemporaryDirectory(prefix="kg-oxigraph-floors-", dir=work) as tmp:
            disk, memory = _loads(big, Path(tmp))
            _queries({"on disk": disk, "in memory": memory}, args.repeat)
            del disk, memory
    return 0


if __name__ == "__main__":
    sys.exit(main())
