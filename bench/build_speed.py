"""Benchmark ``kg build`` against bare spaCy ``nlp.pipe`` on the 84 PolNeAR dev articles, one worker and two.

    /work/venv/bin/python bench/build_speed.py [--data PATH] [--workers 1,2] [--repeat 1] [--batch-size 64]

Each measurement runs in a fresh subprocess with the model already loaded (``spacy.load`` is not timed, except in
``kg build``'s worker processes, which start from a fork server and load their own copy: ~1 s each, in parallel):

* ``bare pipe, texts``: ``list(nlp.pipe(article texts, batch_size, n_process))``, the whole texts;
* ``bare pipe, paragraphs``: the same over the paragraphs ``kg build`` parses (it parses paragraph by paragraph);
* ``kg build``: :func:`kg.pipeline.build` into a new on-disk store, with the time per stage (parse, extract,
  resolve, contradict, rdf, index, store); with two workers the stages overlap the parse, so only the total counts.
  With one worker one process does everything, on three threads: one parses (spaCy lets go of Python's lock for
  most of it), one extracts, resolves and serialises the articles already parsed, and one writes their named
  graphs (Oxigraph lets go of the lock too). So its ``parse`` stage is the time spent waiting for the parser.

With one worker the CPU time of the process (all its threads) is printed too: the wall-clock ratio says how long a
user waits, the CPU ratio how much work the project adds to the parse.

With ``--repeat N`` the measurements run in N interleaved rounds: this machine's speed drifts by 10-20% between
minutes, so each round's build is also compared with that round's bare pipe, and the median of those ratios is
printed beside the ratio of the fastest runs.

It prints words/s and the ratio of the build's time to the bare single-process pipe on texts (the issue's
yardstick: one worker within 1.20x, goal 1.10x; two workers faster than 1.00x). Figures only, no assertions.
When the shared data is missing it says so and exits 0. Nothing from the data is written into the project
(stores and inputs go to a temporary folder).
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
from shared_data import POLNEAR_DEV as DATA, polnear_dev  # bench/ is on sys.path when run as a script

_CHILD = r"""
import json, sys, time
sys.path.insert(0, {root!r})
mode, data, workers, batch, store = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
from kg.nlp import load_model
nlp = load_model(None)
texts = [json.loads(line)["text"] for line in open(data, encoding="utf-8") if line.strip()]
words = sum(len(t.split()) for t in texts)
out = {{"words": words}}
if mode == "bare-texts":
    c = time.process_time(); t = time.perf_counter(); docs = list(nlp.pipe(texts, batch_size=batch, n_process=workers)); out["seconds"] = time.perf_counter() - t
elif mode == "bare-paragraphs":
    from kg.ingest import iter_articles
    paras = [a.text[p.start:p.end] for a in iter_articles([data]) if hasattr(a, "paragraphs") for p in a.paragraphs]
    c = time.process_time(); t = time.perf_counter(); docs = list(nlp.pipe(paras, batch_size=batch, n_process=workers)); out["seconds"] = time.perf_counter() - t
    out["paragraphs"] = len(paras)
else:
    from kg.pipeline import build
    from kg.store import Store
    timings = {{}}
    with Store(store) as st:
        c = time.process_time(); t = time.perf_counter()
        report = build([data], st, workers=workers, batch_size=batch, timings=timings)
        out["seconds"] = time.perf_counter() - t
    out["timings"] = timings
    out["summary"] = report.summary()
out["cpu"] = time.process_time() - c  # this process's threads; worker processes are not counted
print(json.dumps(out))
"""


def run(mode: str, data: Path, workers: int, batch: int, tmp: Path) -> dict:
    store = tmp / f"store-{mode}-{workers}-{len(list(tmp.iterdir()))}" / "store"
    store.parent.mkdir(parents=True)
    proc = subprocess.run([sys.executable, "-c", _CHILD.format(root=str(ROOT)), mode, str(data), str(workers),
                           str(batch), str(store)], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{mode} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, help=f"PolNeAR JSONL (default: <shared>/{DATA})")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts (default 1,2)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="rounds of all measurements (interleaved, so a machine that slows down slows all of them); "
                         "the fastest of each is kept, and each round's own ratios are printed too")
    ap.add_argument("--batch-size", type=int, default=64)
    args = ap.parse_args(argv)
    data = polnear_dev(args.data, "build_speed")
    if data is None:
        return 0
    workers = [int(w) for w in args.workers.split(",")]
    with tempfile.TemporaryDirectory(prefix="kg-build-speed-") as tmp:
        tmp = Path(tmp)
        rounds: list[dict[tuple[str, int], dict]] = []
        for _ in range(args.repeat):
            rounds.append({(mode, n): run(mode, data, n, args.batch_size, tmp)
                           for n in workers for mode in ("bare-texts", "bare-paragraphs", "build")})
        results = {key: min((r[key] for r in rounds), key=lambda m: m["seconds"]) for key in rounds[0]}
        base = results.get(("bare-texts", 1))
        print(f"data: {data.name}, {next(iter(results.values()))['words']:,} words, batch size {args.batch_size}")
        print(f"{'measurement':<28}{'seconds':>9}{'words/s':>10}{'x bare 1-proc':>15}{'CPU s':>8}{'CPU x bare':>12}")
        for (mode, n), r in results.items():
            ratio = f"{r['seconds'] / base['seconds']:.2f}x" if base else "-"
            # The CPU time of one process: meaningful with one worker only.
            cpu = f"{r['cpu']:>8.1f}" + (f"{r['cpu'] / base['cpu']:>11.2f}x" if base else f"{'-':>12}") if n == 1 \
                else f"{'-':>8}{'-':>12}"
            print(f"{mode + f', {n} worker' + ('s' if n > 1 else ''):<28}{r['seconds']:>9.1f}"
                  f"{r['words'] / r['seconds']:>10,.0f}{ratio:>15}{cpu}")
        if base and len(rounds) > 1:
            for n in workers:
                ratios = sorted(r[("build", n)]["seconds"] / r[("bare-texts", 1)]["seconds"] for r in rounds)
                print(f"build, {n} worker{'s' if n > 1 else ''}, each round against that round's bare 1-proc: "
                      + ", ".join(f"{x:.2f}x" for x in ratios) + f" (median {statistics.median(ratios):.2f}x)")
        for n in workers:
            r = results[("build", n)]
            total = sum(r["timings"].values()) or 1.0
            parts = ", ".join(f"{k} {v:.1f} s ({100 * v / total:.0f}%)" for k, v in
                              sorted(r["timings"].items(), key=lambda kv: -kv[1]))
            print(f"build stages, {n} worker(s): {parts}")
            print(f"  {r['summary']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
