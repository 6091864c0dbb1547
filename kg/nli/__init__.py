"""The learned contradiction check: a small NLI cross-encoder shipped in ``kg/models/nli/``, run with onnxruntime.

The model (all-MiniLM-L6-v2 fine-tuned here as a 3-way cross-encoder, quantised to int8; its card is
``kg/models/nli/MODEL_CARD.md`` and :mod:`kg.nli.train` remakes it) reads a pair of sentences and gives the
probabilities that the second contradicts, is neutral to, or follows from the first. It is loaded on first use,
needs onnxruntime and tokenizers only (no torch), and never downloads anything.
"""
from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LABELS = ("contradiction", "neutral", "entailment")
"""The model's outputs, in order."""
MAX_LENGTH = 128
"""Tokens of a pair the model reads (the longer sentence is cut first)."""
MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "nli"


class ModelMissing(RuntimeError):
    """The model files are not where the package keeps them."""


@dataclass(frozen=True)
class Judgement:
    """The model's probabilities for one pair (they sum to 1)."""

    contradiction: float
    neutral: float
    entailment: float


@dataclass(frozen=True)
class Calibration:
    """Thresholds chosen on the dev files (``kg/models/nli/calibration.json``, written by ``kg.nli.calibrate``)."""

    propose_at: float | None
    """A same-story pair becomes a model-judged edge at this contradiction probability or above; ``None``: the
    model proposes nothing (no threshold reached the precision wanted on the dev files)."""
    veto_at: float | None
    """A rule's edge is dropped when the model gives entailment + neutral at least this probability; ``None``: the
    model drops nothing (on the dev files it would drop true contradictions as often as false ones)."""

    @property
    def active(self) -> bool:
        """Whether the model does anything at all with these thresholds."""
        return self.propose_at is not None or self.veto_at is not None


class NliModel:
    """The int8 ONNX cross-encoder and its tokenizer, one thread, batches sorted by length."""

    def __init__(self, model_dir: Path = MODEL_DIR, threads: int = 1):
        model_file = model_dir / "model.int8.onnx"
        if not model_file.exists():
            raise ModelMissing(f"{model_file}: the contradiction model is missing (reinstall claimgraph, or run "
                               "python -m kg.nli.train to make it)")
        import onnxruntime as ort
        from tokenizers import Tokenizer

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self._session = ort.InferenceSession(str(model_file), options, providers=["CPUExecutionProvider"])
        self._tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self._tokenizer.enable_truncation(MAX_LENGTH, strategy="longest_first")
        self._lock = threading.Lock()

    def judge(self, pairs: Sequence[tuple[str, str]], batch_size: int = 32) -> list[Judgement]:
        """The model's judgement of each (premise, hypothesis) pair, in the order given."""
        import numpy as np

        if not pairs:
            return []
        with self._lock:
            self._tokenizer.no_padding()
            encodings = self._tokenizer.encode_batch(list(pairs))
        order = sorted(range(len(pairs)), key=lambda i: len(encodings[i].ids))
        out: list[Judgement | None] = [None] * len(pairs)
        for start in range(0, len(order), batch_size):
            part = order[start:start + batch_size]
            width = max(len(encodings[i].ids) for i in part)
            ids = np.zeros((len(part), width), dtype=np.int64)
            types = np.zeros_like(ids)
            mask = np.zeros_like(ids)
            for row, i in enumerate(part):
                n = len(encodings[i].ids)
                ids[row, :n] = encodings[i].ids
                types[row, :n] = encodings[i].type_ids
                mask[row, :n] = 1
            logits = self._session.run(["logits"], {"input_ids": ids, "attention_mask": mask,
                                                    "token_type_ids": types})[0]
            exp = np.exp(logits - logits.max(axis=1, keepdims=True))
            probs = exp / exp.sum(axis=1, keepdims=True)
            for row, i in enumerate(part):
                out[i] = Judgement(*(float(p) for p in probs[row]))
        return out  # type: ignore[return-value]


@lru_cache(maxsize=1)
def shared_model() -> NliModel:
    """The one model of this process, loaded on first use."""
    return NliModel()


@lru_cache(maxsize=1)
def calibration(model_dir: Path = MODEL_DIR) -> Calibration:
    """The thresholds shipped beside the model."""
    data = json.loads((model_dir / "calibration.json").read_text(encoding="utf-8"))
    return Calibration(*(None if data.get(k) is None else float(data[k]) for k in ("propose_at", "veto_at")))
