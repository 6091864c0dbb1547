"""Benchmark contradiction detection on the shared NLI files: precision and recall of the contradiction class.

    /work/venv/bin/python bench/nli_contradictions.py [FILE ...] [--errors N] [--limit N]

Runs :func:`kg.compare.compare_pairs` (the same normalisation and detector ``kg build`` uses) on each
``../shared/data/nli/*.jsonl`` (or the files given; the Emergent rumour headlines among them) and prints, per file:
pairs, gold contradictions, predicted, precision, recall and F1 of the contradiction class, and the predicted
contradictions by kind and by rule (with how many of each were right). ``--errors N`` also prints N false positives and N misses per file, for error analysis (never
written to the project). When the shared folder is missing it says so and exits 0.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _nli_dir() -> Path | None:
    candidate = ROOT.parent / "shared" / "data" / "nli"
    return candidate if candidate.is_dir() else None


def run(path: Path, *, errors: int = 0, limit: int | None = None) -> dict:
    from kg.compare import compare_pairs

    lines = path.read_text(encoding="utf-8").splitlines()
    if limit:
        lines = lines[:limit]
    gold = {}
    rows = {}
    for line in lines:
        row = json.loads(line)
        gold[str(row["id"])] = row["label"] == "contradiction"
        rows[str(row["id"])] = row
    t0 = time.perf_counter()
    results, problems = compare_pairs(lines)
    secs = time.perf_counter() - t0
    tp = sum(1 for r in results if r.contradicts and gold[r.id])
    pred = sum(1 for r in results if r.contradicts)
    n_gold = sum(gold.values())
    p = tp / pred if pred else 0.0
    rc = tp / n_gold if n_gold else 0.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    kinds = Counter(r.kind for r in results if r.contradicts)
    right = Counter(r.kind for r in results if r.contradicts and gold[r.id])
    rules = Counter(r.rule for r in results if r.contradicts)
    rules_right = Counter(r.rule for r in results if r.contradicts and gold[r.id])
    print(f"{path.name}: {len(results)} pairs, {n_gold} gold contradictions, {pred} predicted, "
          f"precision {p:.3f}, recall {rc:.3f}, F1 {f1:.3f} ({secs:.1f} s)")
    if kinds:
        print("  by kind: " + ", ".join(f"{k} {right[k]}/{v}" for k, v in kinds.most_common()))
        print("  by rule: " + ", ".join(f"{k} {rules_right[k]}/{v}" for k, v in rules.most_common()))
    for problem in problems:
        print(f"  problem: {problem}")
    if errors:
        fps = [r for r in results if r.contradicts and not gold[r.id]][:errors]
        misses = [r for r in results if not r.contradicts and gold[r.id]][:errors]
        for r in fps:
            row = rows[r.id]
            print(f"  FP {r.id} [{row['label']}] {r.kind}: {r.explanation}\n     P: {row['premise'][:300]}\n"
                  f"     H: {row['hypothesis']}")
        for r in misses:
            row = rows[r.id]
            print(f"  MISS {r.id}:\n     P: {row['premise'][:300]}\n     H: {row['hypothesis']}")
    return {"file": path.name, "n": len(results), "gold": n_gold, "predicted": pred, "precision": p, "recall": rc,
            "f1": f1}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--errors", type=int, default=0, help="print N false positives and N misses per file")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pairs of each file")
    args = parser.parse_args(argv)
    files = args.files
    if not files:
        nli = _nli_dir()
        if nli is None:
            print("no ../shared/data/nli folder here: nothing to benchmark")
            return 0
        files = sorted(nli.glob("*.jsonl"))
    for path in files:
        run(path, errors=args.errors, limit=args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
