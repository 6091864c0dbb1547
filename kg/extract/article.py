"""One article's attributions: the orchestration of the families, paragraph by paragraph."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from kg.extract.article_voice import article_voice
from kg.extract.documents import issued_documents, with_issuer
from kg.extract.mentions import described_subjects, entity_mentions
from kg.extract.quotes import (
    MARKS, Announcement, QuoteState, capitals_label_words, inside_quote, opens_paragraph, opens_with_mark,
    paragraph_quotes, pending_tag, previous_report, quote_spans, through_open_quote,
)
from kg.extract.records import Found, extend, outermost, record
from kg.extract.spans import char_span
from kg.extract.verbs import sentence_attributions
from kg.types import Article, Attribution, Extraction, Mention
from kg.types import Span as TextSpan


_HEADLINE_WORDS = 30
"""Words at most in the one paragraph of an article that is only a headline."""


def extract_article(article: Article, docs: Sequence[Doc]) -> Extraction:
    """Extract every attribution of one article from the parses of its paragraphs.

    Each paragraph goes through three passes: its quotations first (a quote with its speech tag before, after or
    between its parts, a speaker before a colon or after a dash, a quote that continues the previous paragraph's
    speaker), then the rules for each sentence (reporting verbs, cue nouns, "according to"), then the article's
    own voice for what is left. A quote can carry on a statement already found: the previous paragraph's open
    quote, or the report just before an untagged quote of the same paragraph; those statements are extended.

    Args:
        article: The cleaned article.
        docs: ``docs[i]`` is spaCy's parse of ``article.paragraphs[i].text``.
    """
    attributions: list[Attribution] = []
    mentions: list[Mention] = []
    sentences: list[TextSpan] = []
    state = QuoteState()
    issuers: dict[str, Mention] = {}
    docs = docs[:len(article.paragraphs)]
    name_words = _name_words(docs)
    in_paragraphs = Counter(word for words in name_words for word in words)
    for index, doc in enumerate(docs):
        paragraph = _paragraph(article, index, doc)
        sentences.extend(paragraph.sentence_spans.values())
        first_new = len(attributions)
        quoted = _add_quotes(paragraph, state, attributions, _NamesElsewhere(in_paragraphs, name_words[index]))
        for sent in paragraph.sentences:
            attributions.extend(_sentence_records(paragraph, sent, quoted.used))
        if len(attributions) == first_new and _only_a_headline(paragraph):
            attributions.extend(_headline_records(paragraph))
        _add_second_fragments(paragraph, quoted.orphans, attributions, first_new)
        _add_issuers(paragraph, issuers, attributions, first_new)
        state.update(left_open=_left_open(paragraph), attributions=attributions, first_new=first_new,
                     extended=quoted.extended)
        state.pending = quoted.pending
        mentions.extend(entity_mentions(article, paragraph.start, doc, _closed_quotes(paragraph)))
        mentions.extend(described_subjects(article, paragraph.start, doc, _closed_quotes(paragraph)))
    return Extraction(article=article, attributions=tuple(attributions), mentions=tuple(mentions),
                      sentences=tuple(sentences))


@dataclass(frozen=True)
class _Paragraph:
    """One paragraph as the passes read it."""

    article: Article
    index: int
    start: int
    """Where the paragraph starts in the article's text."""
    doc: Doc
    quotes: list[tuple[int, int]]
    """The quotes of the paragraph (character offsets in it)."""
    sentences: tuple[Span, ...]
    sentence_spans: dict[int, TextSpan]
    """Each sentence's span in the article, by the index of its first token."""
    headline: bool

    def record(self, sent: Span, found: Found) -> Attribution:
        return record(self.article, self.start, self.doc, sent, self.sentence_spans[sent.start], found)


def _paragraph(article: Article, index: int, doc: Doc) -> _Paragraph:
    para = article.paragraphs[index]
    headline = index == 0 and article.title is not None and para.text.strip() == article.title.strip()
    quotes = quote_spans(para.text)  # what was parsed (a headline in its parsing case, kg.headline_case)
    if quotes and quotes[-1][1] == len(para.text) and not opens_with_mark(article, index + 1):
        # A quote left open is a quote only when the next paragraph carries it on; else the mark is stray.
        quotes = quotes[:-1]
    sentences = tuple(doc.sents)
    spans = {s.start: char_span(article, para.start + s.start_char, para.start + s.end_char) for s in sentences}
    return _Paragraph(article, index, para.start, doc, quotes, sentences, spans, headline)


@dataclass(frozen=True)
class _QuotePass:
    """What the quote pass of a paragraph leaves to the others."""

    used: set[int]
    """Tokens the quotes took: no other rule reads them."""
    orphans: list[Found]
    """Untagged quotes that may go on with the report before them."""
    extended: bool
    """Whether the paragraph carried on the previous paragraph's open quote."""
    pending: Announcement | None
    """The paragraph ends "He said:" and the next one is the quote."""


@dataclass(frozen=True)
class _NamesElsewhere:
    """The words of the names an article gives outside one paragraph: in how many paragraphs each word is, less the
    paragraph's own."""

    in_paragraphs: Counter
    own: frozenset[str]

    def __contains__(self, word: object) -> bool:
        return self.in_paragraphs[word] > (word in self.own)


def _name_words(docs: Sequence[Doc]) -> list[frozenset[str]]:
    """The words (lower case) of the names of people, bodies and peoples each paragraph gives; in a transcript (lines
    labelled in capitals by turns, "WALLACE:", "PENCE:", "WALLACE:"), the labels' words too."""
    labels = [capitals_label_words(doc) for doc in docs]
    turns = {label for label in labels if label}
    speakers = frozenset().union(*turns)
    # a speaker takes several turns, named in full or by surname ("KATE BOLDUAN:", "BOLDUAN:")
    transcript = len(turns) > 1 and any(sum(word in label for label in labels) > 1 for word in speakers)
    speakers = speakers if transcript else frozenset()
    return [frozenset(t.lower_ for t in doc if t.ent_type_ in {"PERSON", "ORG", "NORP"}) | speakers for doc in docs]


def _add_quotes(paragraph: _Paragraph, state: QuoteState, attributions: list[Attribution],
                names: _NamesElsewhere) -> _QuotePass:
    """Record the paragraph's quotes (or extend the previous paragraph's open quote); ``names`` are the words of the
    names the rest of the article gives."""
    doc = paragraph.doc
    found, used = paragraph_quotes(doc, paragraph.quotes, state, headline=paragraph.headline,
                                   first=paragraph.index == 0, names=names)
    pending = pending_tag(paragraph.article, paragraph.start, doc, paragraph.quotes)
    if pending is not None:
        used = used | {t.i for t in doc[pending.start:]}
    extended = False
    orphans = []
    for f in found:
        if f.method == "quote-orphan":
            orphans.append(f)
        elif f.method == "quote-continuation" and f.cue is None and state.open_index is not None \
                and f.content and opens_paragraph(doc, f.content):
            # A quote left open at the end of the previous paragraph runs on into this one.
            k = state.open_index
            attributions[k] = extend(paragraph.article, paragraph.start, doc, attributions[k], f)
            extended = True
        else:
            attributions.append(paragraph.record(doc[f.content[0]].sent, f))
    return _QuotePass(used, orphans, extended, pending)


def _sentence_records(paragraph: _Paragraph, sent: Span, used: set[int]) -> list[Attribution]:
    """The attributions of one sentence's rules, then the article's voice for what they left (not in a quote)."""
    found = outermost(paragraph.doc, [through_open_quote(paragraph.doc, f, paragraph.quotes)
                                      for f in sentence_attributions(sent, paragraph.quotes,
                                                                     headline=paragraph.headline, used=used)
                                      if f.content])
    if not inside_quote(sent, paragraph.quotes):
        taken = used | {i for f in found for i in (*f.content, *f.cue_tokens, *f.source_tokens, *f.target_tokens)}
        found += [f for f in article_voice(sent, taken) if f.content]
    return [paragraph.record(sent, f) for f in found]


def _only_a_headline(paragraph: _Paragraph) -> bool:
    """The first paragraph is the headline, or the article is one short paragraph."""
    article = paragraph.article
    return paragraph.index == 0 and (paragraph.headline or (
        len(article.paragraphs) == 1 and len(article.paragraphs[0].text.split()) <= _HEADLINE_WORDS))


def _headline_records(paragraph: _Paragraph) -> list[Attribution]:
    """A headline says what the article claims even when it has no verb the parser can read ("Christian Bale Drops
    Out of Steve Jobs Biopic", "Banksy Arrest: a Hoax"): the article's own voice, but for questions."""
    records = []
    for sent in paragraph.sentences:
        words = [t for t in sent if not t.is_space]
        while words and words[-1].is_punct:
            words.pop()
        if len(words) >= 3 and not sent.text.rstrip().endswith("?"):
            records.append(paragraph.record(sent, Found(None, (), (), tuple(t.i for t in words), "article-voice", 0.5,
                                                        rule="headline-in-article-voice")))
    return records


def _add_second_fragments(paragraph: _Paragraph, orphans: list[Found], attributions: list[Attribution],
                          first_new: int) -> None:
    """"'...,' Smith said. 'And more.'": an untagged quote is the report's statement going on, a second fragment;
    so is one after a colon that ends a report in its own sentence ("Smith said Trump was a candidate of the valley:
    'He's a start-up kind of guy.'")."""
    doc = paragraph.doc
    for f in orphans:
        sent = doc[f.content[0]].sent
        start = paragraph.start + doc[f.content[0]].idx
        if f.rule == "quote-after-report-colon":
            k = _report_ending_at(attributions, first_new, paragraph.article.text, start)
        else:
            previous = paragraph.sentence_spans.get(doc[sent.start - 1].sent.start) if sent.start > 0 else None
            k = previous_report(attributions, first_new, previous, start)
        if k is not None:
            attributions[k] = extend(paragraph.article, paragraph.start, doc, attributions[k], f)


def _report_ending_at(attributions: list[Attribution], first_new: int, text: str, quote_start: int) -> int | None:
    """The paragraph's report whose content ends at the colon before a quote."""
    for k in range(first_new, len(attributions)):
        att = attributions[k]
        if att.source is not None and att.method != "article-voice" and att.content.end <= quote_start \
                and text[att.content.end:quote_start].strip() == ":":
            return k
    return None


def _add_issuers(paragraph: _Paragraph, issuers: dict[str, Mention], attributions: list[Attribution],
                 first_new: int) -> None:
    """Let "the statement" of the paragraph's attributions speak for its issuer, as known where it is written ("X
    issued a statement" earlier in the article), then note the paragraph's documents."""
    events = list(issued_documents(paragraph.article, paragraph.start, paragraph.doc))
    for k in range(first_new, len(attributions)):
        source = attributions[k].source
        where = source.span.start if source is not None else 0
        known = _issuers_at(issuers, [e for e in events if e[0] < where])
        attributions[k] = with_issuer(attributions[k], known, paragraph.article)
    known = _issuers_at(issuers, events)
    issuers.clear()
    issuers.update(known)


def _issuers_at(issuers: dict[str, Mention], events: list[tuple[int, str, Mention | None]]) -> dict[str, Mention]:
    known = dict(issuers)
    for _, noun, issuer in events:
        if issuer is None:
            known.pop(noun, None)
        else:
            known[noun] = issuer
    return known


def _closed_quotes(paragraph: _Paragraph) -> list[tuple[int, int]]:
    """The paragraph's quotes that close in it: one left open may be an excerpt's stray mark, not a quotation."""
    return [q for q in paragraph.quotes if q[1] < len(paragraph.doc.text)]


def _left_open(paragraph: _Paragraph) -> bool:
    """The paragraph's last quote runs to its end without a closing mark (the next paragraph carries it on)."""
    text, quotes = paragraph.doc.text, paragraph.quotes
    return bool(quotes) and quotes[-1][1] == len(text) and text.rstrip()[-1:] not in MARKS
