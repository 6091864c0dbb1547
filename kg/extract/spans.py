"""Character spans of the article from token indices of a paragraph's parse."""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from kg.types import Article, Span


# ---------------------------------------------------------------- records

def char_span(article: Article, start: int, end: int) -> Span:
    return Span(start, end, article.text[start:end])


def tokens_span(article: Article, offset: int, doc: Doc, ids: Iterable[int]) -> Span | None:
    ids = sorted(ids)
    if not ids:
        return None
    first, last = doc[ids[0]], doc[ids[-1]]
    return char_span(article, offset + first.idx, offset + last.idx + len(last.text))
