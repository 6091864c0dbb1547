"""Measure the shipped contradiction model on the dev files and choose its two thresholds.

    python -m kg.nli.calibrate [--shared ../shared] [--write]

Reads every ``../shared/data/nli/*.jsonl`` (never trained on), prints per file the 3-way accuracy and the
contradiction class's precision and recall at the model's own choice and at the chosen threshold, and with
``--write`` stores the thresholds and figures in ``kg/models/nli/calibration.json``:

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

from kg.nli import MODEL_DIR, Judgement, NliModel
from kg.nli.train import DEV_FILES, SHARED, read_pairs

CALIBRATION_FILES = ("rte12_3way", "emergent_dev.nli")
"""News pairs (RTE 1-2 with de Marneffe's 3-way labels, Emergent rumour headlines); RTE-3 and the rest check."""
TARGET_PRECISION = 0.90
MIN_CALLS = 5
VETO_LOSS = 0.05
VETO_SEPARATION = 3.0
"""The veto is used only when, at its threshold, it drops this many times the share of other pairs that it drops of
gold contradictions (otherwise it removes true edges as often as false ones)."""


def _pr(gold: list[bool], called: list[bool]) -> tuple[float, float, int]:
    tp = sum(g and c for g, c in zip(gold, called))
    n = sum(called)
    return (tp / n if n else 0.0), (tp / sum(gold) if sum(gold) else 0.0), n


def judged(shared: Path, model: NliModel) -> dict[str, tuple[list[str], list[Judgement]]]:
    """Each dev file's gold labels and the model's judgements, read both ways round as the build reads a pair
    (:func:`kg.contradiction_rules.learned.settle`): the lower contradiction probability, the higher "no
    contradiction" one."""
    out = {}
    for name in DEV_FILES:
        pairs = read_pairs(shared / "data/nli" / f"{name}.jsonl")
        texts = [(p["premise"], p["hypothesis"]) for p in pairs]
        both = model.judge(texts + [(h, p) for p, h in texts])
        forth, back = both[:len(texts)], both[len(texts):]
        out[name] = ([p["label"] for p in pairs], [_both_ways(f, b) for f, b in zip(forth, back)])
    return out


def _both_ways(forth: Judgement, back: Judgement) -> Judgement:
    contradiction = min(forth.contradiction, back.contradiction)
    entailment = forth.entailment  # the premise's direction: what "entails" means in the dev files
    return Judgement(contradiction, max(0.0, 1.0 - contradiction - entailment), entailment)


def choose_propose_at(results: dict) -> float | None:
    """The lowest threshold meeting the precision target on every calibration file, or ``None``."""
    for t in [s / 100 for s in range(50, 99)] + [s / 1000 for s in range(990, 1000)]:
        ok = True
        for name in CALIBRATION_FILES:
            labels, judgements = results[name]
            p, _, n = _pr([lab == "contradiction" for lab in labels], [j.contradiction >= t for j in judgements])
            ok &= n >= MIN_CALLS and p >= TARGET_PRECISION
        if ok:
            return t
    return None


def choose_veto_at(results: dict) -> float | None:
    """The not-contradiction probability that at most :data:`VETO_LOSS` of gold contradictions reach, or ``None``
    when at that threshold the veto does not drop :data:`VETO_SEPARATION` times more of the other pairs."""
    pooled = [(lab == "contradiction", 1 - j.contradiction) for name in CALIBRATION_FILES
              for lab, j in zip(*results[name])]
    scores = sorted(s for gold, s in pooled if gold)
    index = min(len(scores) - 1, int(len(scores) * (1 - VETO_LOSS)))
    at = round(min(0.999, scores[index] + 1e-3), 3)
    dropped_true = sum(gold and s >= at for gold, s in pooled) / max(1, len(scores))
    dropped_other = sum(not gold and s >= at for gold, s in pooled) / max(1, len(pooled) - len(scores))
    return at if dropped_other >= VETO_SEPARATION * max(dropped_true, 1e-9) else None


def figures(results: dict, propose_at: float | None, veto_at: float | None) -> dict:
    """Per file: accuracy, contradiction P/R at argmax and at ``propose_at``, the share of gold contradictions and
    of other pairs the veto would drop."""
    table = {}
    for name, (labels, judgements) in results.items():
        gold = [lab == "contradiction" for lab in labels]
        argmax = [max(zip((j.contradiction, j.neutral, j.entailment), ("contradiction", "neutral", "entailment")))[1]
                  for j in judgements]
        accuracy = sum(a == lab for a, lab in zip(argmax, labels)) / len(labels)
        p1, r1, _ = _pr(gold, [a == "contradiction" for a in argmax])
        p2, r2, n2 = _pr(gold, [propose_at is not None and j.contradiction >= propose_at for j in judgements])
        vetoed = [veto_at is not None and (1 - j.contradiction) >= veto_at for j in judgements]
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
