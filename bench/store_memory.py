"""How the memory of a process using the store grows with the store's size (RocksDB's share of a long build).

    /work/venv/bin/python bench/store_memory.py STORE_DIR [STORE_DIR ...] [--graphs 300]

A long ``kg build`` keeps the store open in its main process; between a 1k- and a 10k-article build that process
grows by ~80 MB (``build_memory.py``). This bench asks how much of that the store itself takes as it grows, with
none of the project's analysis running: for each store, in a fresh subprocess, it prints the process's RSS and
peak RSS (``/proc/self/status``) after opening the store, after listing its named graphs, after 2,000 lookups of
an article's content hash (what ``kg build`` does for every input), after writing copies of ``--graphs`` random
article graphs one transaction each with a flush every 50,000 quads (as ``kg build`` writes), and after removing
those copies again (the store is left with the same quads it had, compacted, so later benches on it are not
slowed by what this one wrote and removed).

Stores of different sizes come from ``store_scale.py``: ``--work /tmp/q1m`` (1M quads) and
``--triples 10000000 --work /tmp/q10m --query-timeout 5`` (10M); pass their ``big/store`` folders. Figures only.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_PROBE = r"""
import json, random, sys
sys.path.insert(0, {root!r})
import pyoxigraph as ox
from kg.store import Store

def memory():
    values = {{}}
    for line in open("/proc/self/status"):
        if line.startswith(("VmRSS", "VmHWM")):
            key, value = line.split(":")
            values[key] = int(value.split()[0]) // 1024
    return values["VmRSS"], values["VmHWM"]

path, n_graphs = sys.argv[1], int(sys.argv[2])
out = {{"start": memory()}}
store = Store(path, create=False)
out["quads"] = store.count()
out["opened"] = memory()
graphs = [g for g in store.ox.named_graphs() if "/graph/article/" in g.value]
out["listed"] = memory()
random.seed(1)
for graph in random.sample(graphs, min(2000, len(graphs))):
    store.article_hash(graph.value.rsplit("/", 1)[-1])
out["lookups"] = memory()
written, copies = 0, []
for graph in random.sample(graphs, min(n_graphs, len(graphs))):
    copy = ox.NamedNode(graph.value + "-memory-probe")
    quads = [ox.Quad(q.subject, q.predicate, q.object, copy) for q in store.ox.quads_for_pattern(None, None, None, graph)]
    store.replace_graph(copy.value, quads)
    copies.append(copy.value)
    written += len(quads)
    if written >= 50_000:
        store.flush()
        written = 0
out["written"] = memory()
for copy in copies:
    store.remove_graph(copy)
out["removed"] = memory()
store.compact()  # the removed copies leave tombstones that would slow the next reader of this store
store.close()
print(json.dumps(out))
"""

STAGES = ("opened", "listed", "lookups", "written", "removed")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("stores", nargs="+", type=Path, help="on-disk store folders (e.g. /tmp/q1m/big/store)")
    ap.add_argument("--graphs", type=int, default=300, help="article graphs to copy and remove again")
    args = ap.parse_args(argv)
    print(f"{'store':<28}{'quads':>12}" + "".join(f"{stage:>16}" for stage in STAGES))
    print(f"{'':<28}{'':>12}" + "".join(f"{'RSS / peak MB':>16}" for _ in STAGES))
    for path in args.stores:
        if not path.is_dir():
            print(f"{str(path):<28} not a store folder; skipped")
            continue
        proc = subprocess.run([sys.executable, "-c", _PROBE.format(root=str(ROOT)), str(path), str(args.graphs)],
                              capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            print(f"{str(path):<28} failed: {proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else '?'}")
            continue
        out = json.loads(proc.stdout.strip().splitlines()[-1])
        print(f"{str(path)[-28:]:<28}{out['quads']:>12,}"
              + "".join(f"{'%d / %d' % tuple(out[stage]):>16}" for stage in STAGES), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
