"""The learned check: the NLI model of :mod:`kg.nli` over the candidate pairs the rules were given, precision first.

Two uses, both on the candidates of the contradiction stage only (two statements that share a blocking key: one
article, or two articles whose anchors name one thing within the date window; never all pairs):

* **verifier** (:data:`VERIFY`): a rule's edge is dropped when the model gives the pair "no contradiction"
  (entailment + neutral) at least the calibrated ``veto_at`` (a probability that at most 5% of the gold
  contradictions of the news dev files reach, used only when it drops far more of the other pairs);
* **proposer** (:data:`PROPOSE`): a candidate no rule fires on becomes a ``model-judged`` contradiction when the
  model gives it a contradiction probability of at least the calibrated ``propose_at`` (precision >= 0.90 on the
  news dev files); the probability is the edge's confidence and the explanation names the model.

A use whose threshold the calibration could not set (``None`` in ``kg/models/nli/calibration.json``) is off: the
shipped model is then not even loaded (:attr:`kg.contradict.Detector.model_in_use`).

The model reads the statements' own words, both ways round (NLI is not symmetric; a contradiction is): a pair counts
by the lower of the two contradiction probabilities and the higher of the two "no contradiction" ones.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from kg.contradiction_rules.debunks import calls_untrue
from kg.contradiction_rules.features import Side
from kg.types import Contradiction, ContradictionKind, Span

MODEL_NAME = "claimgraph NLI MiniLM-L6 int8"
"""How explanations name the model (its card: ``kg/models/nli/MODEL_CARD.md``)."""
MIN_WORDS = 4
"""A statement of fewer words says too little for the model to judge ("No.", "It is false")."""


@dataclass(frozen=True)
class ModelRule:
    """One use of the model, a named record like every contradiction rule (its name goes on ``cg:rule``)."""

    name: str
    kind: ContradictionKind | None
    summary: str


PROPOSE = ModelRule(
    "nli-model", ContradictionKind.MODEL_JUDGED,
    "a same-story pair no rule reads that the learned NLI model calls a contradiction with at least the "
    "calibrated probability (\"the minister resigned on Friday\" / \"the minister remains in office\")")
VERIFY = ModelRule(
    "nli-veto", None,
    "drops a rule's edge when the learned NLI model is confident the pair is no contradiction")
MODEL_RULES = (PROPOSE, VERIFY)


@dataclass(frozen=True)
class Candidate:
    """Two statements the stage compared, and what the rules found (``None``: nothing)."""

    a: Side
    b: Side
    found: Contradiction | None


@dataclass(frozen=True)
class Settled:
    """A candidate after the model: the edge that stands (if any) and, when the model dropped a rule's edge, that
    edge (for ``kg compare``'s explanation)."""

    edge: Contradiction | None
    vetoed: Contradiction | None = None


def proposable(a: Side, b: Side) -> bool:
    """Whether the model may propose an edge for this pair: two asserted statements of some length, not the same
    words, neither a report that something is untrue (the debunk rules read those)."""
    return (a.text != b.text and len(a.text.split()) >= MIN_WORDS and len(b.text.split()) >= MIN_WORDS
            and not calls_untrue(a) and not calls_untrue(b))


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "\u2026"


def settle(candidates: Sequence[Candidate], *, propose: bool = True, verify: bool = True,
           model=None, calibration=None) -> list[Settled]:
    """The candidates after the model: rule edges verified, new edges proposed, in one batch.

    Args:
        candidates: The pairs and what the rules found.
        propose, verify: The two uses.
        model: A :class:`kg.nli.NliModel` (default: the shipped one, loaded on first use).
        calibration: A :class:`kg.nli.Calibration` (default: the shipped thresholds).
    """
    from kg.nli import calibration as shipped_calibration, shared_model

    calibration = calibration or shipped_calibration()
    verify = verify and calibration.veto_at is not None
    propose = propose and calibration.propose_at is not None
    asked = [i for i, c in enumerate(candidates)
             if (verify and c.found is not None) or (propose and c.found is None and proposable(c.a, c.b))]
    out = [Settled(c.found) for c in candidates]
    if not asked:
        return out
    model = model or shared_model()
    pairs = [(candidates[i].a.text, candidates[i].b.text) for i in asked]
    judged = model.judge(pairs + [(h, p) for p, h in pairs])
    for n, i in enumerate(asked):
        forth, back = judged[n], judged[n + len(asked)]
        c = candidates[i]
        if c.found is not None:
            no = max(forth.neutral + forth.entailment, back.neutral + back.entailment)
            if no >= calibration.veto_at:
                out[i] = Settled(None, vetoed=replace(c.found, explanation=(
                    c.found.explanation + f" [dropped: {MODEL_NAME} gives {no:.2f} that the two do not contradict]")))
            continue
        p = min(forth.contradiction, back.contradiction)
        if p >= calibration.propose_at:
            out[i] = Settled(Contradiction(
                c.a.ref, c.b.ref, ContradictionKind.MODEL_JUDGED.value, round(p, 3),
                f"{MODEL_NAME} judges that \u201c{_short(c.b.text)}\u201d ({c.b.actor_name or 'the article'}) "
                f"contradicts \u201c{_short(c.a.text)}\u201d ({c.a.actor_name or 'the article'}), probability {p:.2f}; "
                "no rule reads this clash: check both sentences",
                Span(c.a.ref.start, c.a.ref.end, c.a.text) if len(c.a.text) == c.a.ref.end - c.a.ref.start
                else Span(0, len(c.a.text), c.a.text),
                Span(c.b.ref.start, c.b.ref.end, c.b.text) if len(c.b.text) == c.b.ref.end - c.b.ref.start
                else Span(0, len(c.b.text), c.b.text),
                PROPOSE.name))
    return out
