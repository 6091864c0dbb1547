""""According to X, ...": X is the source, the rest of the clause the content."""
from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Span

from kg.cues import Cue
from kg.extract.phrases import clean, whole_phrase
from kg.extract.records import Found


def according_to(sent: Span, quotes: Sequence[tuple[int, int]], taken: set[int]) -> Iterator[Found]:
    for tok in sent:
        if tok.lower_ != "according" or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].lower_ != "to":
            continue
        to = tok.doc[tok.i + 1]
        kids = list(to.children) + list(tok.children)
        pobj = next((c for c in kids if c.dep_ == "pobj"), None) or next((c for c in kids if c.dep_ == "pcomp"), None)
        if pobj is None:
            continue
        phrase = {t.i for t in tok.subtree} | {tok.i, to.i} | {t.i for t in pobj.subtree}
        rest = [t for t in sent if t.i not in phrase and t.i not in taken]
        if tok.i <= sent.start + 1:
            content = clean(rest, phrase, None)
        else:
            content = clean([t for t in rest if t.i < tok.i], phrase, None)
        if len(content) >= 3:
            yield Found(Cue("according to", "report", frozenset()), (tok.i, to.i),
                         tuple(t.i for t in whole_phrase(pobj)), content, "according-to", 0.85, rule="according-to")
