"""Predict attributions for a JSONL file of articles, in the format of the shared attribution scorer.

Input: one article a line, ``{"id", "text", ...}`` (other fields are ignored). Output: one line per article,
``{"id", "attributions": [{"source": {"start", "end"} | null, "cue": {...} | null, "content": {...}, "method",
"rule"}]}`` (``method`` says how it was found and ``rule`` which rule found it; scorers ignore both) with
offsets into the *given* ``text``: the extractor works on the cleaned text (page furniture and blank lines
removed), and every offset is mapped back with :func:`kg.ingest.to_raw_offset`.

This runs exactly the extraction ``kg build`` runs (:func:`kg.pipeline.analyse_texts`), so the graph's claims and
these predictions agree.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TextIO

from kg.errors import InputError
from kg.ingest import clean_text, json_objects, jsonl_lines, to_raw_offset
from kg.pipeline import analyse_texts, attributions_of
from kg.types import Article, Attribution, InputProblem, Span


@dataclass
class PredictReport:
    """What :func:`predict_attributions` did."""

    articles: int = 0
    attributions: int = 0
    problems: list[InputProblem] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the terminal."""
        return f"{self.articles} articles, {self.attributions} attributions, {len(self.problems)} problems"


def _lines(source: str | os.PathLike | Iterable[str]) -> tuple[str, Iterator[str]]:
    if isinstance(source, (str, os.PathLike)):
        return str(source), jsonl_lines(source)
    return "<input>", iter(source)


def _articles(name: str, lines: Iterator[str | InputError], problems: list[InputProblem]) -> Iterator[Article]:
    seen: set[str] = set()
    for number, record in json_objects(lines):
        where = f"{name}:{number}"
        try:
            if isinstance(record, InputError):
                raise record
            article_id, text = record.get("id"), record.get("text")
            if isinstance(article_id, bool) or not isinstance(article_id, (str, int)) or not str(article_id).strip():
                raise InputError("'id' must be a non-empty string or an integer")
            if not isinstance(text, str) or not text.strip():
                raise InputError("no 'text' string")
            article_id = str(article_id)
            if article_id in seen:
                raise InputError(f"duplicate id {article_id!r}")
            seen.add(article_id)
            yield clean_text(text, article_id=article_id, source=where)
        except InputError as error:
            problems.append(InputProblem(where, str(error)))


def _raw(article: Article, span: Span | None) -> dict | None:
    if span is None:
        return None
    return {"start": to_raw_offset(article, span.start), "end": to_raw_offset(article, span.end)}


def prediction(article: Article, attributions: Iterable[Attribution]) -> dict:
    """The prediction line of one article: spans mapped back to the raw text."""
    out = []
    for att in attributions:
        item = {
            "source": _raw(article, att.source.span if att.source is not None else None),
            "cue": _raw(article, att.cue),
            "content": _raw(article, att.content),
            "method": att.method,
            "rule": att.rule,
        }
        if att.fragments:
            item["content"]["fragments"] = [_raw(article, f) for f in att.fragments]
        out.append(item)
    return {"id": article.id, "attributions": out}


def predict_attributions(lines: str | os.PathLike | Iterable[str], out: str | os.PathLike | TextIO, *,
                         model: str | None = None, workers: int = 1) -> PredictReport:
    """Extract the attributions of every article of a JSONL input and write one prediction line per article.

    Args:
        lines: A JSONL path, or an iterable of JSONL lines.
        out: The output path, or a text stream.
        model: spaCy model name (default: :data:`kg.nlp.DEFAULT_MODEL`).
        workers: Processes for parsing.

    Returns:
        The report; a bad line is one problem in it, the other lines are written.

    Example:
        >>> import io
        >>> buf = io.StringIO()
        >>> predict_attributions(['{"id": "a", "text": "Smith said the bridge was closed."}'], buf).summary()
        '1 articles, 1 attributions, 0 problems'
    """
    report = PredictReport()
    name, it = _lines(lines)
    own = not hasattr(out, "write")
    stream = open(out, "w", encoding="utf-8") if own else out  # noqa: SIM115
    try:
        for resolved, _ in analyse_texts(_articles(name, it, report.problems), model=model, workers=workers,
                                          problems=report.problems):
            line = prediction(resolved.article, attributions_of(resolved))
            stream.write(json.dumps(line, ensure_ascii=False) + "\n")
            report.articles += 1
            report.attributions += len(line["attributions"])
    finally:
        if own:
            stream.close()
    return report


__all__ = ["PredictReport", "predict_attributions", "prediction"]
