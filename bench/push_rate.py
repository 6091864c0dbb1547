"""Benchmark ``kg push`` (:func:`kg.endpoint.push`) to a real local Oxigraph server: triples/s.

    /work/venv/bin/python bench/push_rate.py [--data PATH] [--triples 1000000] [--batch 50000] [--method bulk,gsp,update]

Builds the PolNeAR dev articles into a store (or repeats them, renamed as in ``store_scale.py``, up to
``--triples``), starts ``oxigraph serve --location TMP --bind 127.0.0.1:PORT`` on a free port, pushes the store
with each method of ``kg push`` (bulk N-Quads with Oxigraph's bulk loader, Graph Store Protocol per graph, SPARQL
Update), checks the server's triple count, and stops the server
by its PID. The issue's yardstick: >= 100k triples/s. Figures only. When the shared data or the ``oxigraph``
binary is missing it says so and exits 0.
"""
from __future__ import annotations

import argparse
import json
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from shared_data import POLNEAR_DEV as DATA, polnear_dev  # bench/ is on sys.path when run as a script


def oxigraph_binary() -> str | None:
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_count(base: str) -> int:
    query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    req = urllib.request.Request(f"{base}/query?{urllib.parse.urlencode({'query': query})}",
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=120) as resp:
        return int(json.load(resp)["results"]["bindings"][0]["n"]["value"])


def start_server(binary: str, location: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).read()
            return proc, base
        except OSError:
            if proc.poll() is not None:
                raise SystemExit(f"oxigraph serve exited: {proc.stderr.read().decode()[-1000:]}")
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("oxigraph serve did not answer within 10 s")


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()  # this PID only
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _make_quads(data: Path, triples: int, tmp: Path, big: Path) -> None:
    import pyoxigraph as ox
    from store_scale import renamed

    from kg.pipeline import build
    from kg.store import Store

    src = tmp / "dev.jsonl"
    src.write_text("".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n"
                           for r in map(json.loads, data.open(encoding="utf-8"))), encoding="utf-8")
    (tmp / "base").mkdir()
    with Store(tmp / "base" / "store") as base:
        build([src], base)
        nq = base.ox.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8").splitlines()
    copies = max(1, -(-triples // max(1, len(nq))))
    with big.open("w", encoding="utf-8") as fh:
        for copy in range(copies):
            fh.writelines(renamed(line, copy) + "\n" for line in nq)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, help=f"PolNeAR JSONL (default: <shared>/{DATA})")
    ap.add_argument("--triples", type=int, default=1_000_000, help="store size to push (default 1,000,000)")
    ap.add_argument("--batch", type=int, default=50_000, help="triples per request (kg push's default)")
    ap.add_argument("--method", default="bulk,gsp,update",
                    help="comma-separated: bulk (kg push's default on Oxigraph), gsp, update (default: all three)")
    ap.add_argument("--nq", type=Path, help="push this N-Quads file (e.g. store_scale.py --work DIR leaves DIR/big.nq) "
                                            "instead of building one")
    args = ap.parse_args(argv)
    data = polnear_dev(args.data, "push_rate")
    if data is None:
        return 0
    binary = oxigraph_binary()
    if binary is None:
        print("push_rate: the oxigraph binary is not installed (pip install oxigraph); nothing to measure")
        return 0

    from kg.endpoint import push
    from kg.store import Store

    with tempfile.TemporaryDirectory(prefix="kg-push-rate-") as tmp:
        tmp = Path(tmp)
        big = args.nq or tmp / "big.nq"
        if args.nq is None:
            _make_quads(data, args.triples, tmp, big)
        (tmp / "local").mkdir()
        with Store(tmp / "local" / "store") as store:
            store.bulk_load([big])
            n = store.count()
            print(f"local store: {n:,} triples in {len(store.graphs()):,} named graphs; batch {args.batch:,} triples")
            for method in args.method.split(","):
                proc, base_url = start_server(binary, tmp / f"server-{method}")
                try:
                    kwargs = {"bulk": True} if method == "bulk" else {"bulk": False, "gsp_url": f"{base_url}/store"} \
                        if method == "gsp" else {"bulk": False, "update_url": f"{base_url}/update"}
                    t = time.perf_counter()
                    result = push(store, f"{base_url}/query", batch_triples=args.batch, **kwargs)
                    secs = time.perf_counter() - t
                    on_server = server_count(base_url)
                finally:
                    stop_server(proc)
                print(f"push via {result.method}: {result.triples:,} triples, {result.graphs:,} graphs in {secs:.1f} s "
                      f"= {result.triples / secs:,.0f} triples/s; server holds {on_server:,}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
