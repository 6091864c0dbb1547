"""Measure the shipped contradiction model on the dev files and choose its two thresholds.

    python -m kg.nli.calibrate [--shared ../shared] [--write]

Reads every ``../shared/data/nli/*.jsonl`` (never trained on), prints per file the 3-way accuracy and the
contradiction class's precision and recall at the model's own choice and at the chosen threshold, and with
``--write`` stores the thresholds and figures in ``kg/data/nli/calibration.json``:

* ``propose_at``: the lowest contradiction probability at which the model's calls are right at least
  :data:`TARGET_PRECISION` of the time on each news file of :data:`CALIBRATION_FILES` (at least
  :data:`MIN_CALLS` calls each); the other files check it.
* ``veto_at``: the entailment + neutral probability that at most :data:`VETO_LOSS` of the gold contradictions of
  the calibration files reach: above it the model "confidently" says the pair is no contradiction.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kg.nli import MODEL_DIR, NliModel
from kg.nli.train import DEV_FILES, SHARED, read_pairs

CALIBRATION_FILES = ("rte12_3way", "emergent_dev.nli")
"""News pairs (RTE 1-2 with de Marneffe's 3-way labels, Emergent rumour headlines); RTE-3 and the rest check."""
TARGET_PRECISION = 0.90
MIN_CALLS = 5
VETO_LOSS = 0.05


def _pr(gold: list[bool], called: list[bool]) -> tuple[float, float, int]:
    tp = sum(g and c for g, c in zip(gold, called))
    n = sum(called)
    return (tp / n if n else 0.0), (tp / sum(gold) if sum(gold) else 0.0), n


def judged(shared: Path, model: NliModel) -> dict[str, tuple[list[str], list]]:
    """Each dev file's gold labels and the model's judgements."""
    out = {}
    for name in DEV_FILES:
        pairs = read_pairs(shared / "data/nli" / f"{name}.jsonl")
        out[name] = ([p["label"] for p in pairs], model.judge([(p["premise"], p["hypothesis"]) for p in pairs]))
    return out


def choose_propose_at(results: dict) -> float:
    """The lowest threshold (step 0.01) meeting the precision target on every calibration file."""
    for step in range(50, 100):
        t = step / 100
        ok = True
        for name in CALIBRATION_FILES:
            labels, judgements = results[name]
            p, _, n = _pr([lab == "contradiction" for lab in labels], [j.contradiction >= t for j in judgements])
            ok &= n >= MIN_CALLS and p >= TARGET_PRECISION
        if ok:
            return t
    return 1.0


def choose_veto_at(results: dict) -> float:
    """The not-contradiction probability that at most :data:`VETO_LOSS` of gold contradictions reach."""
    scores = sorted((1 - j.contradiction) for name in CALIBRATION_FILES
                    for lab, j in zip(*results[name]) if lab == "contradiction")
    index = min(len(scores) - 1, int(len(scores) * (1 - VETO_LOSS)))
    return round(min(0.999, scores[index] + 1e-3), 3)


def figures(results: dict, propose_at: float, veto_at: float) -> dict:
    """Per file: accuracy, contradiction P/R at argmax and at ``propose_at``, the share of gold contradictions and
    of other pairs the veto would drop."""
    table = {}
    for name, (labels, judgements) in results.items():
        gold = [lab == "contradiction" for lab in labels]
        argmax = [max(zip((j.contradiction, j.neutral, j.entailment), ("contradiction", "neutral", "entailment")))[1]
                  for j in judgements]
        accuracy = sum(a == lab for a, lab in zip(argmax, labels)) / len(labels)
        p1, r1, _ = _pr(gold, [a == "contradiction" for a in argmax])
        p2, r2, n2 = _pr(gold, [j.contradiction >= propose_at for j in judgements])
        vetoed = [(1 - j.contradiction) >= veto_at for j in judgements]
        table[name] = {
            "pairs": len(labels), "accuracy": round(accuracy, 3),
            "argmax_precision": round(p1, 3), "argmax_recall": round(r1, 3),
            "propose_precision": round(p2, 3), "propose_recall": round(r2, 3), "propose_calls": n2,
            "veto_drops_contradictions": round(sum(v and g for v, g in zip(vetoed, gold)) / max(1, sum(gold)), 3),
            "veto_drops_others": round(sum(v and not g for v, g in zip(vetoed, gold)) / max(1, len(gold) - sum(gold)), 3),
        }
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.nli.calibrate", description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--model-dir", type=Path, default=MODEL_DIR)
    parser.add_argument("--write", action="store_true", help="store the thresholds beside the model")
    args = parser.parse_args(argv)
    if not (args.shared / "data/nli").is_dir():
        print(f"{args.shared / 'data/nli'}: not found (give --shared); nothing measured")
        return 0
    model = NliModel(args.model_dir, threads=2)
    results = judged(args.shared, model)
    propose_at, veto_at = choose_propose_at(results), choose_veto_at(results)
    table = figures(results, propose_at, veto_at)
    print(f"propose_at {propose_at}  veto_at {veto_at}")
    print("| file | pairs | accuracy | contradiction P/R (argmax) | P/R at propose_at (calls) | veto drops: contradictions / others |")
    print("|---|---|---|---|---|---|")
    for name, f in table.items():
        print(f"| {name} | {f['pairs']} | {f['accuracy']:.3f} | {f['argmax_precision']:.3f} / {f['argmax_recall']:.3f} "
              f"| {f['propose_precision']:.3f} / {f['propose_recall']:.3f} ({f['propose_calls']}) "
              f"| {f['veto_drops_contradictions']:.3f} / {f['veto_drops_others']:.3f} |")
    if args.write:
        (args.model_dir / "calibration.json").write_text(json.dumps(
            {"propose_at": propose_at, "veto_at": veto_at, "calibrated_on": list(CALIBRATION_FILES),
             "target_precision": TARGET_PRECISION, "veto_loss": VETO_LOSS, "dev": table}, indent=1) + "\n")
        print(f"wrote {args.model_dir / 'calibration.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
