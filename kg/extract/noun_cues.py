"""Cue nouns with their clause and owner ("Trump's claim that ...", "a Times report that ...", "her pledge
to ..."); the nouns are ``kg/data/noun_cues.tsv``.
"""
from __future__ import annotations

from collections.abc import Iterator

from kg.cues import noun_cues
from kg.extract.phrases import clean
from kg.extract.records import Found
from kg.types import ExtractionMethod


def noun_cue_attributions(sent, taken: set[int]) -> Iterator[Found]:
    """"Trump's claim that ...", "a Times report that ...", "her pledge to ...": a cue noun with its clause."""
    lexicon = noun_cues()
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.i in taken:
            continue
        cue = lexicon.get(tok.lemma_.lower())
        if cue is None:
            continue
        clause = None
        for child in tok.children:
            if child.dep_ in {"acl", "ccomp", "relcl"} and child.i > tok.i and child.pos_ in {"VERB", "AUX"}:
                marks = [c for c in child.children if c.dep_ == "mark"]
                if "ccomp" in cue.frames and marks and marks[0].lower_ == "that" and marks[0].i == tok.i + 1:
                    clause = child
                elif "xcomp" in cue.frames and any(c.dep_ == "aux" and c.lower_ == "to" and c.i == tok.i + 1
                                                   for c in child.children):
                    clause = child
        if clause is None:
            continue
        source = None
        for child in tok.children:
            if child.dep_ == "poss" and child.i < tok.i:
                source = child
            elif child.dep_ == "compound" and child.pos_ == "PROPN" and source is None:
                source = child
            elif child.dep_ == "prep" and child.lower_ in {"by", "from"} and child.i < clause.i:
                source = next((c for c in child.children if c.dep_ == "pobj"), source)
        if source is None:
            continue
        if source.dep_ == "compound":
            src = [t for t in tok.doc[source.left_edge.i:tok.i] if t.pos_ in {"PROPN", "NOUN"} or t.text in {"."}]
        else:
            src = [t for t in source.subtree if t.tag_ != "POS"]
        content = clean(list(clause.subtree), taken, None)
        if len(content) >= 3 and src:
            # The source as written keeps its possessive mark ("Trump's"); the mention's name does not.
            first = next((t.i for t in src if t.dep_ != "det"), src[0].i)
            extent = tuple(range(first, src[-1].i + 2)) if src[-1].i + 1 < tok.i \
                and tok.doc[src[-1].i + 1].tag_ == "POS" else ()
            yield Found(cue, (tok.i,), tuple(t.i for t in src), content, ExtractionMethod.NOUN_CUE.value, 0.7, source_extent=extent,
                         rule="noun-cue")
