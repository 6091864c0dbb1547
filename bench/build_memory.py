"""Benchmark the peak memory of ``kg build`` as the corpus grows: 1k and 10k articles by default.

    /work/venv/bin/python bench/build_memory.py [--sizes 1000,10000] [--workers 1] [--data PATH]

For each size N it writes N articles made by repeating the PolNeAR dev texts, each with a unique id and a
slight change (a closing line naming its copy, so no article is skipped as identical), to a temporary JSONL file,
then builds them into a new on-disk store in a subprocess (:func:`kg.pipeline.build`, what ``kg build`` runs)
started by a small wrapper process, one fresh wrapper per size so the sizes do not mix. The wrapper reports the peak
RSS of the largest process (``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss``, or the largest ``VmHWM`` it sampled
from /proc, whichever is higher: workers started by a fork server are not the build's children) and the summed PSS
of the build and all its processes, sampled four times a second ("all procs": what ``--workers N`` costs; PSS
splits the pages that processes share). It prints peak RSS (of the largest process, and of the main process, the
one that keeps the store and the index), time, words/s, statements,
cross-article contradictions and the time per stage, then the ratio of each peak to the smallest size's.

The issue's yardsticks: peak RSS of a 10k-article build under 1.5 GB and no more than 20% above a 1k build's.
10k articles take long (the parse alone is ~10k x 800 words at ~5k words/s), and repeated texts make the
contradiction buckets grow with every copy; try ``--sizes 500,2000`` first. Figures only, no assertions.
When the shared data is missing it says so and exits 0. The generated articles never leave the temporary folder.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
from shared_data import POLNEAR_DEV as DATA, polnear_dev  # bench/ is on sys.path when run as a script

_BUILD = r"""
import json, sys, time
sys.path.insert(0, {root!r})
from kg.pipeline import build
from kg.store import Store
src, store_dir, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])
timings = {{}}
with Store(store_dir) as store:
    report = build([src], store, workers=workers, timings=timings)
    quads = store.count()
print(json.dumps({{"articles": report.articles, "skipped": report.skipped, "claims": report.claims,
                  "cross": report.cross_article_contradictions, "words": report.words, "seconds": report.seconds,
                  "problems": len(report.problems), "quads": quads, "timings": timings}}))
"""

_WRAPPER = r"""
import os, resource, subprocess, sys, time

def tree_memory_kib(root):
    # (summed proportional set size, largest peak RSS, root's own peak RSS) over root and its descendants (Linux
    # /proc); zeros elsewhere.
    # Workers started by a fork server are its children, not the build's: their peaks are read here, from VmHWM,
    # since getrusage(RUSAGE_CHILDREN) only counts descendants that were waited for.
    parents = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as fh:
                    parents[int(name)] = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                pass
    tree, total, largest, own = {root}, 0, 0, 0
    for _ in range(8):  # grandchildren of grandchildren are enough here
        tree |= {pid for pid, ppid in parents.items() if ppid in tree}
    for pid in tree:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as fh:
                total += next((int(l.split()[1]) for l in fh if l.startswith("Pss:")), 0)
            with open(f"/proc/{pid}/status") as fh:
                hwm = next((int(l.split()[1]) for l in fh if l.startswith("VmHWM:")), 0)
            largest = max(largest, hwm)
            own = hwm if pid == root else own
        except OSError:
            pass
    return total, largest, own

proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
peak_total = peak_one = peak_main = 0
while proc.poll() is None:
    total, one, main = tree_memory_kib(proc.pid) if os.path.isdir("/proc") else (0, 0, 0)
    peak_total, peak_one, peak_main = max(peak_total, total), max(peak_one, one), max(peak_main, main)
    time.sleep(0.25)
out, err = proc.communicate()
sys.stderr.write(err[-3000:] if proc.returncode else "")
print(out.strip().splitlines()[-1] if out.strip() else "{}")
print(max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, peak_one), peak_total, peak_main)
sys.exit(proc.returncode)
"""


def write_corpus(records: list[dict], n: int, path: Path) -> int:
    """N articles from repeated records, each unique; returns the number of words."""
    words = 0
    with path.open("w", encoding="utf-8") as fh:
        for k in range(n):
            r = records[k % len(records)]
            copy = k // len(records)
            text = r["text"] + f"\n\nThis is copy {copy} of the article, number {k}."
            words += len(text.split())
            fh.write(json.dumps({"id": f"{r['id']}-copy{copy}", "text": text}) + "\n")
    return words


def measure(src: Path, store_dir: Path, workers: int) -> tuple[dict, int, int, int]:
    """(the build's report, the peak RSS of its largest process, the peak PSS of all its processes, the peak RSS of
    the main process) in KiB."""
    child = [sys.executable, "-c", _BUILD.format(root=str(ROOT)), str(src), str(store_dir), str(workers)]
    proc = subprocess.run([sys.executable, "-c", _WRAPPER, *child], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"build of {src.name} failed:\n{proc.stderr[-3000:]}")
    report_line, rss_line = proc.stdout.strip().splitlines()[-2:]
    largest, total, main = map(int, rss_line.split())
    return json.loads(report_line), largest, total, main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000", help="comma-separated article counts (default 1000,10000)")
    ap.add_argument("--workers", type=int, default=1, help="parsing processes (kg build --workers)")
    ap.add_argument("--data", type=Path, help=f"PolNeAR JSONL (default: <shared>/{DATA})")
    args = ap.parse_args(argv)
    data = polnear_dev(args.data, "build_memory")
    if data is None:
        return 0
    records = [json.loads(line) for line in data.open(encoding="utf-8") if line.strip()]
    sizes = [int(s) for s in args.sizes.split(",")]
    peaks: dict[int, int] = {}
    print(f"{'articles':>9}{'peak RSS MB':>13}{'main proc MB':>14}{'all procs PSS MB':>18}{'seconds':>9}{'words/s':>9}{'claims':>8}{'cross':>8}{'quads':>12}  stages (s)")
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix="kg-build-memory-") as tmp:
            tmp = Path(tmp)
            src = tmp / "corpus.jsonl"
            write_corpus(records, n, src)
            (tmp / "s").mkdir()
            t = time.perf_counter()
            report, rss_kib, total_kib, main_kib = measure(src, tmp / "s" / "store", args.workers)
            wall = time.perf_counter() - t
        peaks[n] = rss_kib
        stages = ", ".join(f"{k} {v:.0f}" for k, v in sorted(report["timings"].items(), key=lambda kv: -kv[1]))
        print(f"{n:>9}{rss_kib / 1024:>13,.0f}{main_kib / 1024:>14,.0f}{total_kib / 1024:>18,.0f}{wall:>9.0f}{report['words'] / report['seconds']:>9,.0f}"
              f"{report['claims']:>8}{report['cross']:>8,}{report['quads']:>12,}  {stages}", flush=True)
    if len(peaks) > 1:
        first = sizes[0]
        for n in sizes[1:]:
            print(f"peak at {n} / peak at {first}: {peaks[n] / peaks[first]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
