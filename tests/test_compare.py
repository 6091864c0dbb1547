"""kg.compare.compare_pairs: JSONL in, one decision a line out; a bad line is reported and the rest goes on."""
from __future__ import annotations

import io
import json

from kg.compare import clean, compare_pairs

PAIRS = [
    {"id": "p1", "premise": "The mayor opened the new bridge on Monday. Crowds cheered.",
     "hypothesis": "The mayor did not open the new bridge."},
    {"id": "p2", "premise": "The mayor opened the new bridge on Monday.", "hypothesis": "The mayor opened a bridge."},
]


def test_round_trip(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(p) + "\n" for p in PAIRS), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    results, problems = compare_pairs(src, out)
    assert problems == []
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["p1", "p2"]
    assert set(rows[0]) == {"id", "contradicts", "confidence", "kind", "explanation"}
    assert rows[0]["contradicts"] is True and rows[0]["kind"] == "opposite-polarity" and rows[0]["explanation"]
    assert 0 < rows[0]["confidence"] <= 1
    assert rows[1] == {"id": "p2", "contradicts": False, "confidence": 0.0, "kind": None, "explanation": ""}


def test_bad_line_is_reported_and_the_rest_goes_on():
    lines = [json.dumps(PAIRS[0]), "{not json", json.dumps({"id": "x", "premise": "A."}), "[1, 2]",
             json.dumps(PAIRS[1])]
    buf = io.StringIO()
    results, problems = compare_pairs(lines, buf)
    assert [r.id for r in results] == ["p1", "p2"]
    assert len(problems) == 3
    assert all("\n" not in str(p) for p in problems)
    assert "<input>:2" in str(problems[0]) and "hypothesis" in str(problems[1])
    assert len(buf.getvalue().splitlines()) == 2


def test_penn_treebank_escapes_are_undone():
    assert clean("Ann -LRB- born 1950 -RRB- is a `` singer '' .") == 'Ann (born 1950) is a " singer " .'


def test_a_definite_kind_in_the_premise_stands_for_the_hypothesis_subject():
    lines = [json.dumps({"id": "g1", "premise": "The film was released on 2 May 2004.",
                         "hypothesis": "Harbour Lights was released in 2004."}),
             json.dumps({"id": "g2", "premise": "The film was released on 2 May 2004.",
                         "hypothesis": "Harbour Lights was released in 2009."})]
    results, _ = compare_pairs(lines)
    assert not results[0].contradicts
    assert results[1].contradicts and results[1].kind == "numeric"
