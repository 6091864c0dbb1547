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
    assert set(rows[0]) == {"id", "contradicts", "confidence", "kind", "rule", "explanation"}
    assert rows[0]["contradicts"] is True and rows[0]["kind"] == "opposite-polarity" and rows[0]["explanation"]
    assert 0 < rows[0]["confidence"] <= 1
    assert rows[1] == {"id": "p2", "contradicts": False, "confidence": 0.0, "kind": None, "rule": None,
                       "explanation": ""}


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


def test_clean_drops_pronunciation_guides_and_composes_accents():
    assert clean("Basildon -LSB- ˈbæzɪldən -RSB- is a town .") == "Basildon is a town ."
    assert clean("Vell -LRB- -LSB- vɛl -RSB- -RRB- , officially Vella , is a port") == "Vell , officially Vella , is a port"
    assert clean("Ostra -LRB- Kuna : Ostra Yala -RRB- is a state") == "Ostra is a state"
    assert clean("The talks (10:30 GMT) began") == "The talks (10:30 GMT) began"
    assert clean("Pe\u0301rez") == "P\u00e9rez"


def test_a_quoted_title_the_hypothesis_opens_with_is_one_word():
    from kg.compare import quoted_titles

    premise = '" Paper Moons Fall " is a song by the band Ostra from their second studio album .'
    assert quoted_titles(premise, "Paper Moons Fall is part of their first studio album .") == ["Paper Moons Fall"]
    # A quotation the hypothesis does not open with stays words.
    assert quoted_titles('She said " We will fight back " on Monday .', "She will not fight .") == []
    lines = [json.dumps({"id": "t1", "premise": premise,
                         "hypothesis": "Paper Moons Fall is part of their first studio album ."}),
             json.dumps({"id": "t2", "premise": premise,
                         "hypothesis": "Paper Moons Fall is part of their second studio album ."})]
    results, _ = compare_pairs(lines)
    assert results[0].contradicts and results[0].kind == "antonym"
    assert not results[1].contradicts


def test_participles_and_where_clauses_share_the_main_subject():
    from kg.compare import sides_of_doc
    from kg.nlp import load_model

    nlp = load_model()
    sides = sides_of_doc(nlp("Born in Lyon, Marc Petit studied law."), role="p", article_id="x", embedded=True)
    born = [s for s in sides if s.proposition.predicate == "bear"]
    assert born and born[0].proposition.subject == "marc petit" and "Lyon" in born[0].proposition.places
    sides = sides_of_doc(nlp("The poet fled to India, where he still lives."), role="p", article_id="x",
                         embedded=True, antecedent="poet")
    lives = [s for s in sides if s.proposition.predicate == "live"]
    assert lives and "India" in lives[0].proposition.places and lives[0].text.startswith("to India")
    # Without the premise's embedded clauses (a hypothesis), only main clauses count.
    assert all(s.proposition.predicate != "bear" for s in sides_of_doc(
        nlp("Born in Lyon, Marc Petit studied law."), role="h", article_id="x"))


def test_a_line_that_is_not_utf8_is_one_problem(tmp_path):
    src = tmp_path / "pairs.jsonl"
    good = b'{"id": "p1", "premise": "The mayor opened the bridge.", "hypothesis": "The mayor did not open the bridge."}'
    src.write_bytes(good + b"\n" + '{"id": "p2", "premise": "Caf\u00e9", "hypothesis": "x"}'.encode("latin-1") + b"\n")
    results, problems = compare_pairs(src)
    assert [r.id for r in results] == ["p1"]
    assert [str(p) for p in problems] == [f"{src}:2: not UTF-8 (invalid byte 0xe9)"]
