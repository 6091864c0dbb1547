"""Benchmark the archive overview (``kg viz --overview``): how long it reads and draws, how big the picture is.

    .venv/bin/python bench/viz_overview.py [STORE ...] [--top 25] [--out DIR]

For each store given (or, with none, a store built here from the labelled mixed dev archive
``../shared/data/archive/mixed_dev_archive.jsonl``, which takes a while) prints: actors and statements in the store,
actors and pairs drawn, seconds to read (the two overview queries) and to draw the PNG, the PNG's size in pixels
(the issue's limit: 4,000 on the long side), how many node-and-label boxes overlap (0 expected), and the HTML page's
size and the seconds to read what it embeds and write it. Figures only, no
assertions. When no store is given and the shared data is missing it says so and exits 0; pictures go to ``--out``
(default: a temporary folder), never into the project.
"""
from __future__ import annotations

import argparse
import struct
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def measure(store_path: Path, out: Path, top: int) -> None:
    from kg.overview import draw_overview, overlapping_labels, overview_graph, place, read_overview
    from kg.overview_page import write_page
    from kg.store import Store

    t0 = time.perf_counter()
    with Store(store_path, create=False) as store:
        view = read_overview(store, top)
        read_secs = time.perf_counter() - t0
        t1 = time.perf_counter()
        page = write_page(store, view, out / f"{store_path.parent.name}-overview.html")
        page_secs = time.perf_counter() - t1
    t1 = time.perf_counter()
    png = draw_overview(view, out / f"{store_path.parent.name}-overview.png")
    t2 = time.perf_counter()
    width, height = struct.unpack(">II", png.read_bytes()[16:24])
    overlaps = overlapping_labels(place(overview_graph(view)))
    print(f"{store_path}: {view.all_actors} actors, {view.all_statements} statements, {view.all_contradictions} "
          f"contradictions; drawn {len(view.actors)} actors, {len(view.edges)} pairs; read {read_secs:.1f} s, draw "
          f"{t2 - t1:.1f} s; PNG {width} x {height} px; overlapping labels {overlaps}; HTML page {page.stat().st_size / 1e3:.0f} KB "
          f"in {page_secs:.1f} s -> {png}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("stores", nargs="*", type=Path)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="kg-overview-"))
    out.mkdir(parents=True, exist_ok=True)
    stores = list(args.stores)
    if not stores:
        archive = ROOT.parent / "shared" / "data" / "archive" / "mixed_dev_archive.jsonl"
        if not archive.exists():
            print(f"{archive}: not found (the shared data is missing); give a store to measure")
            return 0
        from kg.pipeline import build
        from kg.store import Store

        store_path = out / "mixed_dev_archive" / "store"
        print(f"building {archive} into {store_path} ...", flush=True)
        with Store(store_path) as store:
            build([archive], store)
        stores = [store_path]
    for store_path in stores:
        measure(store_path, out, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
