"""One article's attributions: the orchestration of the families, paragraph by paragraph."""
from __future__ import annotations

from collections.abc import Sequence

from kg.extract.article_voice import article_voice
from kg.extract.mentions import entity_mentions
from kg.extract.quotes import (
    QuoteState, inside_quote, opens_paragraph, opens_with_mark, paragraph_quotes, pending_tag, previous_report,
    quote_spans,
)
from kg.extract.records import Found, extend, outermost, record
from kg.extract.spans import char_span
from kg.extract.verbs import sentence_attributions
from kg.types import Article, Attribution, Extraction, Mention, Span


_HEADLINE_WORDS = 30
"""Words at most in the one paragraph of an article that is only a headline."""


def extract_article(article: Article, docs: Sequence) -> Extraction:
    """Extract every attribution of one article from the parses of its paragraphs.

    Each paragraph goes through three passes: its quotations first (a quote with its speech tag before, after or
    between its parts, a speaker before a colon or after a dash, a quote that continues the previous paragraph's
    speaker), then the rules for each sentence (reporting verbs, cue nouns, "according to"), then the article's
    own voice for what is left.

    Args:
        article: The cleaned article.
        docs: ``docs[i]`` is spaCy's parse of ``article.paragraphs[i].text``.
    """
    attributions: list[Attribution] = []
    mentions: list[Mention] = []
    sentences: list[Span] = []
    state = QuoteState()
    for index, (para, doc) in enumerate(zip(article.paragraphs, docs)):
        headline = index == 0 and article.title is not None and para.text.strip() == article.title.strip()
        text = para.text  # what was parsed: doc.text, without rebuilding it
        quotes = quote_spans(text)
        if quotes and quotes[-1][1] == len(text) and not opens_with_mark(article, index + 1):
            # A quote left open is a quote only when the next paragraph carries it on; else the mark is stray.
            quotes = quotes[:-1]
        sent_spans = {}
        sents = list(doc.sents)
        for sent in sents:
            sent_spans[sent.start] = char_span(article, para.start + sent.start_char, para.start + sent.end_char)
            sentences.append(sent_spans[sent.start])
        before = len(attributions)
        para_found, used = paragraph_quotes(doc, quotes, state, headline=headline, first=index == 0)
        pending = pending_tag(article, para.start, doc, quotes)
        if pending is not None:
            used = used | {t.i for t in doc[pending[3]:]}
            pending = pending[:3]
        extended = False
        orphans = []
        for f in para_found:
            if f.method == "quote-orphan":
                orphans.append(f)
                continue
            if f.method == "quote-continuation" and f.cue is None and state.open_index is not None \
                    and f.content and opens_paragraph(doc, f.content):
                # A quote left open at the end of the previous paragraph runs on into this one.
                attributions[state.open_index] = extend(article, para.start, doc, attributions[state.open_index], f)
                extended = True
                continue
            sent = doc[f.content[0]].sent
            attributions.append(record(article, para.start, doc, sent, sent_spans[sent.start], f))
        for sent in sents:
            found = outermost(doc, [f for f in sentence_attributions(sent, quotes, headline=headline, used=used)
                                if f.content])
            if not inside_quote(sent, quotes):
                taken = used | {i for f in found for i in (*f.content, *f.cue_tokens, *f.source_tokens,
                                                            *f.target_tokens)}
                found += [f for f in article_voice(sent, taken) if f.content]
            for f in found:
                attributions.append(record(article, para.start, doc, sent, sent_spans[sent.start], f))
        if index == 0 and len(attributions) == before and (
                headline or (len(article.paragraphs) == 1 and len(text.split()) <= _HEADLINE_WORDS)):
            # A headline says what the article claims even when it has no verb the parser can read ("Christian Bale
            # Drops Out of Steve Jobs Biopic", "Banksy Arrest: a Hoax"): the article's own voice, but for questions.
            for sent in sents:
                words = [t for t in sent if not t.is_space]
                while words and words[-1].is_punct:
                    words.pop()
                if len(words) >= 3 and not sent.text.rstrip().endswith("?"):
                    attributions.append(record(article, para.start, doc, sent, sent_spans[sent.start],
                                                Found(None, (), (), tuple(t.i for t in words), "article-voice", 0.5,
                                                       rule="headline-in-article-voice")))
        for f in orphans:
            # "'...,' Smith said. 'And more.'": the untagged quote is the same statement, in a second fragment.
            sent = doc[f.content[0]].sent
            previous = sent_spans.get(doc[sent.start - 1].sent.start) if sent.start > 0 else None
            k = previous_report(attributions, before, previous, para.start + doc[f.content[0]].idx)
            if k is not None:
                attributions[k] = extend(article, para.start, doc, attributions[k], f)
        new = [a for a in attributions[before:] if a.method != "article-voice"]
        state.update(text, quotes, new, attributions, extended, before)
        state.pending = pending
        mentions.extend(entity_mentions(article, para.start, doc))
    return Extraction(article=article, attributions=tuple(attributions), mentions=tuple(mentions),
                      sentences=tuple(sentences))
