"""``predict_attributions``: JSONL in, prediction lines out, offsets into the text as given."""
from __future__ import annotations

import io
import json

import pytest

from kg.attributions import predict_attributions
from kg.ingest import clean_text
from kg.pipeline import analyse_texts, attributions_of

# Written for these tests: page furniture and blank lines before the story, so cleaned offsets differ from raw ones.
_FURNITURE_TEXT = (
    "\n\nShare this article\n\nADVERTISEMENT\n\n\n"
    "Jane Ortiz said the bridge would reopen on Monday.\n\n\n"
    '"We checked every cable twice," she said.\n'
)
_PLAIN_TEXT = "The mayor's office said the water was safe to drink."


def _run(lines):
    out = io.StringIO()
    report = predict_attributions(lines, out)
    return report, [json.loads(line) for line in out.getvalue().splitlines()]


def _text(raw: str, span: dict | None) -> str | None:
    return None if span is None else raw[span["start"]:span["end"]]


def test_offsets_point_into_the_given_text_after_furniture_is_removed():
    line = json.dumps({"id": "a1", "text": _FURNITURE_TEXT, "publisher": "ignored"})
    report, (pred,) = _run([line])
    assert report.articles == 1 and not report.problems
    assert pred["id"] == "a1"
    got = [(_text(_FURNITURE_TEXT, a["source"]), _text(_FURNITURE_TEXT, a["cue"]), _text(_FURNITURE_TEXT, a["content"]))
           for a in pred["attributions"]]
    assert got == [
        ("Jane Ortiz", "said", "the bridge would reopen on Monday"),
        ("she", "said", '"We checked every cable twice,"'),
    ]
    # The cleaned text is shorter: without mapping back, these offsets would be wrong.
    assert clean_text(_FURNITURE_TEXT, article_id="a1").text != _FURNITURE_TEXT


def test_pronoun_source_span_is_the_pronoun():
    _, (pred,) = _run([json.dumps({"id": "a1", "text": _FURNITURE_TEXT})])
    assert _text(_FURNITURE_TEXT, pred["attributions"][1]["source"]) == "she"


def test_bad_lines_are_reported_and_the_rest_is_written(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join([
        json.dumps({"id": "good-1", "text": _PLAIN_TEXT}),
        "{not json",
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "good-1", "text": _PLAIN_TEXT}),
        json.dumps({"id": 7, "text": _FURNITURE_TEXT}),
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    report = predict_attributions(src, out)
    preds = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [p["id"] for p in preds] == ["good-1", "7"]
    assert len(report.problems) == 3
    assert all(str(p).startswith(f"{src}:") and "\n" not in str(p) for p in report.problems)
    assert {str(p).split(":")[1] for p in report.problems} == {"2", "3", "4"}
    (att,) = preds[0]["attributions"]
    assert _text(_PLAIN_TEXT, att["content"]) == "the water was safe to drink"


def test_a_line_that_is_not_utf8_is_one_problem(tmp_path):
    src = tmp_path / "in.jsonl"
    good = json.dumps({"id": "good-1", "text": _PLAIN_TEXT}).encode("utf-8")
    src.write_bytes(b"\xef\xbb\xbf" + good + b"\r\n" + '{"id": "x", "text": "Caf\u00e9"}'.encode("latin-1") + b"\n")
    out = tmp_path / "pred.jsonl"
    report = predict_attributions(src, out)
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["good-1"]
    assert [str(p) for p in report.problems] == [f"{src}:2: not UTF-8 (invalid byte 0xe9)"]


def test_predictions_are_the_claims_of_the_graph():
    """One code path: what ``kg build`` extracts is what ``kg attributions`` writes."""
    _, (pred,) = _run([json.dumps({"id": "a1", "text": _FURNITURE_TEXT})])
    article = clean_text(_FURNITURE_TEXT, article_id="a1")
    ((resolved, _),) = list(analyse_texts([article]))
    claims = {(c.attribution.content.start, c.attribution.content.end) for c in resolved.claims}
    assert {(a.content.start, a.content.end) for a in attributions_of(resolved)} <= claims
    assert len(pred["attributions"]) == len(attributions_of(resolved))


@pytest.mark.parametrize("line", ["[]", json.dumps({"id": "", "text": "x"}), json.dumps({"id": "x", "text": "  "})])
def test_each_kind_of_bad_line_is_one_problem(line):
    report, preds = _run([line])
    assert preds == [] and len(report.problems) == 1


def test_prediction_keeps_one_level_and_fragments_of_a_continued_quote():
    raw = ('Aides say the senator promised to back the bill.\n\n'
           'The council may delay the vote until spring, Jones said. "The real question is whether anyone will come."\n')
    _, (pred,) = _run([json.dumps({"id": "n1", "text": raw})])
    got = [(_text(raw, a["source"]), _text(raw, a["cue"])) for a in pred["attributions"]]
    assert got == [("Aides", "say"), ("Jones", "said")]
    fragments = pred["attributions"][1]["content"]["fragments"]
    assert [_text(raw, f) for f in fragments] == ["The council may delay the vote until spring",
                                                  '"The real question is whether anyone will come."']
