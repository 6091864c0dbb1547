"""Whose first person a part of a page is: a reader's letter's signer, an interview's answerer.

A page of readers' letters and the transcript of an interview speak in the first person for someone other than the
page's authors: :func:`letter_writers` and :func:`interview_parts` find those parts and whom they are of, for
:mod:`kg.resolve` to give their statements to.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from kg.extract.quotes import quote_spans
from kg.types import Article, Mention

_LONGEST_NAME = 5
"""Words at most in a paragraph that is only a signature."""
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s)\b")
_QUOTED = re.compile(r"\u201c[^\u201d]*\u201d|\"[^\"]*\"")
_PLACE_LINE = re.compile(r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*, [A-Z][\w.]*(?: [A-Z][\w.]*)?\.?")


def letter_writers(article: Article, mentions: Iterable[Mention]) -> list[tuple[int, int, Mention]]:
    """``(start, end, writer)`` for each reader's letter of a page of letters: the paragraphs in the first person
    before a paragraph that is only a person's name (the signature, maybe followed by a place: "Michael Pravica." /
    "Henderson, Nev."); a name whose next paragraph speaks of that person is a heading, no signature."""
    paras = article.paragraphs
    persons = [m for m in mentions if m.kind == "PERSON" and " " in m.name]
    out: list[tuple[int, int, Mention]] = []
    first = 1 if article.title else 0  # where the next letter may start
    for i, para in enumerate(paras):
        if len(para.text.split()) > _LONGEST_NAME:
            continue
        writer = next((m for m in persons if m.span.text.strip() == para.text.strip().rstrip(".").strip()
                       and para.start <= m.span.start < para.start + len(para.text)), None)
        if writer is None:
            continue
        after = paras[i + 1].text if i + 1 < len(paras) else ""
        following = " ".join(p.text for p in paras[i + 1:i + 3])  # past a picture's credit line
        block = [p for p in paras[first:i] if len(p.text.split()) > 3]  # not "LETTERS." nor "FACEBOOK."
        if block and writer.name.split()[-1] not in following and _FIRST_PERSON.search(_QUOTED.sub("", block[0].text)):
            out.append((block[0].start, para.start, writer))
        first = i + 2 if _PLACE_LINE.fullmatch(after.strip()) else i + 1
    return out


_QUESTION = re.compile(r"Q[:.]\s")
_ANSWER = re.compile(r"A[:.]\s")


Part = tuple[int, int, Mention]
"""``(start, end, whose)``: a stretch of the text and the person it is of."""


def interview_parts(article: Article, mentions: Iterable[Mention]) -> tuple[list[Part], list[Part]]:
    """The answers and the questions of an interview printed as a transcript ("Q: ..." / "A: ...", at least two of
    each), each with the interviewee: an answer, up to the next question, is in the interviewee's words; a question's
    "you" is the interviewee. The interviewee is the person the headline names in full, else the first the opening
    paragraph does ("Q&A with Vice President Joe Biden"); no parts when no one is named."""
    paras = article.paragraphs
    questions = [p.start for p in paras if _QUESTION.match(p.text)]
    answers = [p.start for p in paras if _ANSWER.match(p.text)]
    interviewee = _interviewee(article, mentions) if len(questions) >= 2 and len(answers) >= 2 else None
    if interviewee is None:
        return [], []
    end = len(article.text)
    return ([(start, _next(questions, start, end), interviewee) for start in answers],
            [(start, _next(answers + questions, start, end), interviewee) for start in questions])


def _next(starts: list[int], after: int, default: int) -> int:
    """The first of ``starts`` after ``after``, else ``default``."""
    return min([s for s in starts if s > after], default=default)


def _interviewee(article: Article, mentions: Iterable[Mention]) -> Mention | None:
    """The person the headline names in full, else the first one the opening paragraph names."""
    people = [m for m in mentions if m.kind == "PERSON" and " " in m.name]
    for para in article.paragraphs[:2]:
        named = [m for m in people if para.start <= m.span.start < para.start + len(para.text)]
        if named:
            return min(named, key=lambda m: m.span.start)
    return None


def outside_quotes(article: Article, offset: int) -> bool:
    """The text at ``offset`` is outside every quotation of its paragraph: the writer's own words ("Once, when my
    mother mentioned the devil, I laughed and said, '...'" is the writer speaking, not someone quoted)."""
    para = next((p for p in article.paragraphs if p.start <= offset < p.start + len(p.text)), None)
    if para is None:
        return False
    at = offset - para.start
    return not any(s <= at < e for s, e in quote_spans(para.text))
