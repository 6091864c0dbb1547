"""Benchmark contradiction detection on the shared NLI files: precision and recall of the contradiction class.

    /work/venv/bin/python bench/nli_contradictions.py [FILE ...] [--errors N] [--limit N] [--modes rules,model,both]

Three ways per file (``--modes``): ``rules`` (the rules alone, ``--no-model``), ``model`` (the learned model alone:
a pair is a contradiction when its contradiction probability, the lower of the two directions, reaches the shipped
``propose_at``; also prints the model's pairs/s) and ``both`` (what ``kg compare`` does by default: the model
verifies the rules' edges and proposes its own).

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


def run_model(path: Path, *, limit: int | None = None) -> dict:
    """The model alone on the raw pairs, at the shipped threshold."""
    from kg.nli import NliModel, calibration

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()][:limit]
    pairs = [(r["premise"], r["hypothesis"]) for r in rows]
    model, at = NliModel(), calibration().propose_at
    if at is None:  # the shipped calibration turned the proposer off: show the model's own choice (argmax)
        at = 0.5
    t0 = time.perf_counter()
    judged = model.judge(pairs + [(h, p) for p, h in pairs])
    secs = time.perf_counter() - t0
    called = [min(judged[i].contradiction, judged[i + len(pairs)].contradiction) >= at for i in range(len(pairs))]
    gold = [r["label"] == "contradiction" for r in rows]
    tp = sum(c and g for c, g in zip(called, gold))
    p, rc = (tp / sum(called) if sum(called) else 0.0), (tp / sum(gold) if sum(gold) else 0.0)
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    print(f"{path.name} [model]: {len(rows)} pairs, {sum(gold)} gold contradictions, {sum(called)} predicted, "
          f"precision {p:.3f}, recall {rc:.3f}, F1 {f1:.3f} (threshold {at}: {'shipped propose_at' if calibration().propose_at else 'proposer off, 0.5 shown'}; {2 * len(pairs) / secs:.0f} "
          "pairs/s, both directions, one thread)")
    return {"file": path.name, "mode": "model", "precision": p, "recall": rc, "f1": f1}


def run(path: Path, *, errors: int = 0, limit: int | None = None, mode: str = "both") -> dict:
    from kg.compare import compare_pairs
    from kg.contradict import detector

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
    results, problems = compare_pairs(lines, detector=detector(model=mode != "rules"))
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
    print(f"{path.name} [{mode}]: {len(results)} pairs, {n_gold} gold contradictions, {pred} predicted, "
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
    parser.add_argument("--modes", default="rules,model,both", help="any of rules, model, both (comma-separated)")
    args = parser.parse_args(argv)
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    files = args.files
    if not files:
        nli = _nli_dir()
        if nli is None:
            print("no ../shared/data/nli folder here: nothing to benchmark")
            return 0
        files = sorted(nli.glob("*.jsonl"))
    from kg.contradict import model_installed

    for path in files:
        for mode in modes:
            if mode != "rules" and not model_installed():
                print(f"{path.name} [{mode}]: the contradiction model is not installed (kg/models/nli)")
            elif mode == "model":
                run_model(path, limit=args.limit)
            else:
                run(path, errors=args.errors, limit=args.limit, mode=mode)
    return 0


if __name__ == "__main__":
    sys.exit(main())
