"""What the article asserts in its own voice: a clause no rule gave a speaker (claimed by the article's
authors or publisher).
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from kg.extract.cue_words import cue_of, subject_of
from kg.extract.phrases import SUBJ, noun_phrase, split_clauses
from kg.extract.records import Found


def article_voice(sent: Span, used: set[int]) -> Iterator[Found]:
    """What the article asserts in its own voice: the main clauses of a sentence outside its attributions."""
    root = sent.root
    if root.pos_ not in {"VERB", "AUX"} or sent.text.rstrip().endswith("?") or root.i in used:
        return
    if not any(c.dep_ in SUBJ | {"expl"} for c in root.children):
        return
    blocked = {t.i for t in sent if t.dep_ in {"advcl", "conj", "ccomp"} and cue_of(t) is not None}
    drop = set(used)
    for b in blocked:
        drop |= {t.i for t in sent.doc[b].subtree}
        # the borrowed subject of a cue hung on the previous clause
        subj = subject_of(sent.doc[b])
        if subj is not None:
            drop |= {t.i for t in noun_phrase(subj)}
        # and the conjunction before it
        if sent.doc[b].i - 1 >= sent.start and sent.doc[b - 1].dep_ in {"cc", "mark"}:
            drop.add(b - 1)
    for part in split_clauses(root, drop):
        part = tuple(i for i in part if i not in drop)
        if len(part) >= 4 and any(sent.doc[i].dep_ in SUBJ for i in part):
            words = [sent.doc[i] for i in part]
            if words[0].lower_ in {"i", "we", "you"}:
                continue
            yield Found(None, (), (), part, "article-voice", 0.6, rule="clause-in-article-voice")
