"""The learned contradiction check: the shipped NLI model (int8 ONNX, onnxruntime, no torch) as verifier and proposer
over the rules' candidates, in kg compare and kg build, and --no-model."""
from __future__ import annotations

import json
import sys

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.contradict import Detector, model_installed
from kg.contradiction_rules.learned import MODEL_NAME, PROPOSE, VERIFY, Candidate, proposable, settle
from kg.nli import MODEL_DIR, Calibration, NliModel, calibration, shared_model
from kg.types import StatementRef

pytestmark = pytest.mark.skipif(not model_installed(), reason="the contradiction model is not in kg/models/nli")

CONTRADICTION = ("A man is sleeping on the couch.", "A man is running a marathon in the rain.")
ENTAILMENT = ("The man is sleeping on the couch.", "The man is sleeping.")


def test_the_model_is_shipped_with_its_card_and_thresholds():
    card = (MODEL_DIR / "MODEL_CARD.md").read_text(encoding="utf-8")
    for needed in ("all-MiniLM-L6-v2", "Apache-2.0", "CC BY-SA", "python -m kg.nli.train", "python -m kg.nli.calibrate"):
        assert needed in card
    shipped = calibration()
    for threshold in (shipped.propose_at, shipped.veto_at):  # None: that use did not pay on the dev files
        assert threshold is None or 0.5 <= threshold <= 1.0
    figures = json.loads((MODEL_DIR / "calibration.json").read_text())["dev"]
    assert {"rte3_dev", "fever_symmetric_dev", "emergent_dev.nli"} <= set(figures)
    assert all(0.3 <= f["accuracy"] <= 1 for f in figures.values())


def test_the_model_reads_a_contradiction_and_an_entailment_without_torch():
    judged = shared_model().judge([CONTRADICTION, ENTAILMENT])
    for j in judged:
        assert abs(j.contradiction + j.neutral + j.entailment - 1) < 1e-5
    assert judged[0].contradiction > 0.5 > judged[1].contradiction
    assert judged[1].entailment > judged[1].contradiction
    assert "torch" not in sys.modules


def test_a_batch_is_judged_as_each_pair_alone():
    model = NliModel()
    pairs = [CONTRADICTION, ENTAILMENT, ("A dog runs in a large green park near the river.", "A cat sleeps.")]
    together = model.judge(pairs)
    for pair, joint in zip(pairs, together):
        (alone,) = model.judge([pair])
        assert abs(alone.contradiction - joint.contradiction) < 0.02


def _side(text: str, article: str, start: int = 0, actor: str = "ana"):
    from kg.contradict import Side
    from kg.types import Proposition

    return Side(StatementRef(article, start, start + len(text)), text, actor, actor.title(), "assert",
                Proposition(subject="x", predicate="be", lemmas=()))


def test_the_proposer_makes_a_model_judged_edge_with_the_model_s_probability():
    a, b = _side(CONTRADICTION[0], "a1"), _side(CONTRADICTION[1], "a2", actor="tom")
    (settled,) = settle([Candidate(a, b, None)], calibration=Calibration(propose_at=0.5, veto_at=0.99))
    edge = settled.edge
    assert edge is not None and edge.kind == "model-judged" and edge.rule == PROPOSE.name
    assert 0.5 <= edge.confidence <= 1 and MODEL_NAME in edge.explanation and "marathon" in edge.explanation
    assert edge.evidence_a.text == CONTRADICTION[0] and edge.evidence_b.text == CONTRADICTION[1]
    (none,) = settle([Candidate(a, b, None)], calibration=Calibration(propose_at=1.01, veto_at=0.99))
    assert none.edge is None


def test_the_verifier_drops_a_rule_s_edge_the_model_is_sure_is_no_contradiction():
    from kg.types import Contradiction, Span

    a, b = _side(ENTAILMENT[0], "a1"), _side(ENTAILMENT[1], "a2", actor="tom")
    found = Contradiction(a.ref, b.ref, "opposite-polarity", 0.8, "a rule's reason", Span(0, 3, "The"),
                          Span(0, 3, "The"), "some-rule")
    (kept,) = settle([Candidate(a, b, found)], calibration=Calibration(propose_at=0.99, veto_at=1.01))
    assert kept.edge == found
    (dropped,) = settle([Candidate(a, b, found)], calibration=Calibration(propose_at=0.99, veto_at=0.5))
    assert dropped.edge is None and "dropped" in dropped.vetoed.explanation and MODEL_NAME in dropped.vetoed.explanation
    assert VERIFY.name == "nli-veto"


def test_short_or_identical_statements_are_never_proposed():
    assert not proposable(_side("It is false.", "a1"), _side("The minister resigned on Friday.", "a2"))
    same = "The minister resigned on Friday after protests."
    assert not proposable(_side(same, "a1"), _side(same, "a2"))
    assert proposable(_side(CONTRADICTION[0], "a1"), _side(CONTRADICTION[1], "a2"))


def test_without_the_model_the_rules_alone_decide():
    a, b = _side(CONTRADICTION[0], "a1"), _side(CONTRADICTION[1], "a2")
    (settled,) = Detector(model=False).settle([Candidate(a, b, None)])
    assert settled.edge is None and not Detector(model=False).model_in_use
    assert Detector().model_in_use == calibration().active  # a calibration with both uses off never loads it


def test_a_use_the_calibration_turned_off_is_not_run():
    a, b = _side(CONTRADICTION[0], "a1"), _side(CONTRADICTION[1], "a2", actor="tom")
    (settled,) = settle([Candidate(a, b, None)], calibration=Calibration(propose_at=None, veto_at=None))
    assert settled.edge is None


def test_kg_compare_uses_the_model_unless_no_model(tmp_path):
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text("\n".join(json.dumps({"id": str(i), "premise": p, "hypothesis": h})
                               for i, (p, h) in enumerate([CONTRADICTION, ENTAILMENT])) + "\n")
    runner = CliRunner()
    with_model = runner.invoke(main, ["compare", str(pairs), "--out", str(tmp_path / "a.jsonl")])
    without = runner.invoke(main, ["compare", str(pairs), "--out", str(tmp_path / "b.jsonl"), "--no-model"])
    assert with_model.exit_code == 0 and without.exit_code == 0
    a = [json.loads(line) for line in (tmp_path / "a.jsonl").read_text().splitlines()]
    b = [json.loads(line) for line in (tmp_path / "b.jsonl").read_text().splitlines()]
    assert not a[1]["contradicts"] and not b[1]["contradicts"]
    assert b[0]["rule"] != PROPOSE.name
    if calibration().propose_at is None:
        assert a == b  # the shipped calibration turned the model off: the rules alone decide
    elif a[0]["rule"] == PROPOSE.name:  # proposed only above the shipped, precision-first threshold
        assert a[0]["confidence"] >= calibration().propose_at and a[0]["kind"] == "model-judged"
    rules = runner.invoke(main, ["rules"]).output
    assert "nli-model" in rules and "nli-veto" in rules and "[model: " in rules
