""""According to X, ...": X is the source, the rest of the clause the content."""
from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Span, Token

from kg.cues import Cue
from kg.extract.phrases import clean, whole_phrase
from kg.extract.records import Found


def according_to(sent: Span, quotes: Sequence[tuple[int, int]], taken: set[int]) -> Iterator[Found]:
    for tok in sent:
        pobj = _source_after(tok)
        if pobj is None:
            continue
        last = _phrase_end(tok, pobj)
        phrase = set(range(tok.i, last + 1))
        rest = [t for t in sent if t.i not in phrase and t.i not in taken]
        if tok.i <= sent.start + 1:  # "According to X, ...", "But according to X, ...", "(According to X, ...)"
            pieces = [clean([t for t in rest if t.i > last], phrase, None)]
        else:
            pieces = _around(rest, tok, last, phrase)
        content = tuple(i for piece in pieces for i in piece)
        if len(content) >= 3:
            yield Found(Cue("according to", "report", frozenset()), (tok.i, tok.i + 1),
                         tuple(t.i for t in whole_phrase(pobj)), content, "according-to", 0.85,
                         fragments=tuple(pieces) if len(pieces) > 1 else (), rule="according-to")


def _source_after(tok: Token) -> Token | None:
    """The source an "according to" names when ``tok`` is its "according"."""
    if tok.lower_ != "according" or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].lower_ != "to":
        return None
    kids = list(tok.doc[tok.i + 1].children) + list(tok.children)
    return next((c for c in kids if c.dep_ == "pobj"), None) or next((c for c in kids if c.dep_ == "pcomp"), None)


def _phrase_end(according: Token, source: Token) -> int:
    """The last token of "according to X ...": the source's phrase and what else hangs on "according" up to the next
    mark ("according to a poll out Thursday"), never the clause a misparse hangs there too ("According to a study
    by the Pew Research Center, eligible voters skew ...", with "According" the root)."""
    doc, below = according.doc, {t.i for t in according.subtree}
    end = source.right_edge.i
    while end + 1 < according.sent.end and end + 1 in below and not doc[end + 1].is_punct:
        end += 1
    return end


def _around(rest: list[Token], according: Token, last: int, phrase: set[int]) -> list[tuple[int, ...]]:
    """The content of an "according to X" inside its sentence: what comes before it, and when commas set it off
    in the middle of the clause ("Over the long term, according to the budget office, the deficits rise") also
    what comes after."""
    before = clean([t for t in rest if t.i < according.i], phrase, None)
    doc = according.doc
    set_off = doc[according.i - 1].text == "," and last + 1 < len(doc) and doc[last + 1].text == ","
    after = clean([t for t in rest if t.i > last], phrase, None) if set_off else ()
    if not any(doc[i].is_alpha for i in after):
        return [before]
    return [part for part in (before, after) if part]
