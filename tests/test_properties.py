"""Properties over arbitrary input (Hypothesis): whatever Unicode a scraper brings, surrogates and control
characters included, the JSONL reader, clean_text and the whole per-article pipeline raise nothing but the
project's own input errors, and every offset points at its text."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings, strategies as st

from kg.errors import InputError
from kg.ingest import clean_text, iter_articles, to_raw_offset
from kg.pipeline import analyse_texts
from kg.rdf import article_quads
from kg.types import Article, InputProblem

# Any code point: lone surrogates, C0/C1 controls, bidi overrides, line and paragraph separators.
ANY_TEXT = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=400)
# News-like text with hostile characters mixed in, so that the parser finds sentences, speakers and quotes.
WORDS = st.sampled_from(["The", "minister", "said", "that", "the", "bridge", "would", "open", '"', "Smith", "told",
                         "reporters", "denied", ".", ",", "\n", "\n\n", "\x1b[31m", "\ud800", "\u202e", "\x00",
                         "\u2028", "\u00a0", "\ufeff", "Kyiv", "on", "Monday", "no", "never", "—", "‘", "’"])
NEWSLIKE = st.lists(WORDS, max_size=80).map(" ".join)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _check_article(article: Article) -> None:
    article.text.encode("utf-8")  # storable: no surrogate left
    for span in article.paragraphs:
        assert article.text[span.start:span.end] == span.text
    for segment in article.segments:
        assert 0 <= segment.start and segment.start + segment.length <= len(article.text)
    for offset in range(0, len(article.text) + 1, 7):
        assert to_raw_offset(article, offset) >= 0


@SETTINGS
@given(raw=st.one_of(ANY_TEXT, NEWSLIKE), title=st.one_of(st.none(), ANY_TEXT))
def test_clean_text_raises_only_input_errors_and_keeps_its_offsets(raw, title):
    try:
        article = clean_text(raw, article_id="x", title=title)
    except InputError:
        return
    _check_article(article)


@SETTINGS
@given(records=st.lists(st.fixed_dictionaries({"id": st.one_of(ANY_TEXT, st.integers()),
                                               "text": st.one_of(ANY_TEXT, NEWSLIKE)}), max_size=5),
       junk=st.lists(ANY_TEXT, max_size=3))
def test_the_jsonl_reader_gives_articles_or_problems_whatever_the_lines(tmp_path_factory, records, junk):
    path = tmp_path_factory.mktemp("jsonl") / "in.jsonl"
    lines = [json.dumps(r) for r in records] + [j.replace("\n", " ").encode("utf-8", "surrogatepass")
                                                .decode("utf-8", "replace") for j in junk]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for item in iter_articles([path]):
        assert isinstance(item, (Article, InputProblem))
        if isinstance(item, Article):
            _check_article(item)
        else:
            str(item).encode("utf-8")


@settings(max_examples=40, deadline=None)
@given(texts=st.lists(NEWSLIKE, min_size=1, max_size=3))
def test_the_whole_pipeline_keeps_every_statement_at_its_text(texts):
    articles = []
    for i, text in enumerate(texts):
        try:
            articles.append(clean_text(text, article_id=f"p{i}"))
        except InputError:
            continue
    for resolved, contradictions in analyse_texts(articles):
        text = resolved.article.text
        for claim in resolved.claims:
            content = claim.attribution.content
            assert text[content.start:content.end] == content.text
            if claim.attribution.source is not None:
                source = claim.attribution.source.span
                assert text[source.start:source.end] == source.text
        for quad in article_quads(resolved, contradictions):
            str(quad).encode("utf-8")
