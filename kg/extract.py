"""Find who says what in a parsed article: attributions with source, cue, content, speech act and polarity.

The only stage that sees spaCy objects. It reads the parse of each paragraph and yields frozen records with
character offsets into ``Article.text``. Forms handled:

* reporting verbs, only in context: a cue counts with the complement its frame names (a clause, an infinitive,
  "accused Y of A", "warned Y to A", "called X 'Y'", "called for A", "warned against A", an object for verbs of
  judging, a bare object when evidence speaks: "polls show a close race") and a subject of its own; "X said that A
  and that B" gives two statements, "X said A and B" one, and a verb outside the lexicon counts when a speaker
  takes a "that"-clause ("the court ruled that ...");
* one level only: a report inside another report's content ("aides say Smith promised to ...") is part of that
  content, not a statement of its own (what Smith promised is known only through the aides);
* evidentials with nobody named ("the plan seems to have failed", "it appears that ...") and attitude adjectives
  said of a speaker ("Graham has been critical of the plan", "she made it clear that ...");
* speakers found through the verb a speech verb hangs on ("answered by saying ...", "criticized Oz for saying
  ...", "appeared to suggest ..."), "called on X to ...", "as X pointed out, ...", "as X put it, ...", a passive
  cue with its agent ("was first reported by the Post"), "asked (X) about ...", a quoted role making any verb a
  cue ("pounding Trump as a 'con artist'"), taking sides ("the paper backed Clinton");
* beliefs and intentions ("Clinton believes ...", "plans to ..."), which need a clause and a named subject, and
  are part of the content when they sit inside another report ("she said they think ..."); "X is expected to
  ..." with nobody named is an expectation whose clause is the content;
* cue nouns with their clause and owner ("Trump's claim that ...", "a Times report that ...", "her pledge to ...");
* "according to X";
* direct quotes, found per paragraph: the speech tag after ("'...,' he said"), before ("He said: '...'"), between
  the parts of a split quote (one statement in fragments), a dash before the speaker ("'...' - Jane Doe"), a
  speaker label in transcripts ("PENCE: ..."), a paragraph ending "He said:" that introduces the next, quotes that
  run over several paragraphs, quote paragraphs with no tag, which continue the previous speaker, and an untagged
  quote right after a report in the same paragraph, which goes on with that report ("..., Jones said. '...'");
* a speech tag inside the sentence ("Acts of protest, Mr. Obama said, are acts of patriotism");
* sources as written: pronouns stay pronouns, descriptions keep their apposition ("Smith, a spokesman for X");
* the headline ("Moscow denies Russian forces are bombing Ukrainian cities");
* what the article asserts in its own voice (claimed by its authors or publisher).

Contents stop at the right place: not past ";" or a trailing time clause (", as officials met ..."), not before
a prepositional phrase of their own. Cue words and nouns are data (``kg/data/cues.tsv``, ``kg/data/noun_cues.tsv``,
``kg/data/attr_evidentials.tsv``, ``kg/data/attr_attitudes.tsv``, ``kg/data/attr_evidence_nouns.txt``).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from kg.cues import Cue, attitudes, cues, evidence_nouns, evidentials, noun_cues, titles
from kg.propositions import proposition
from kg.types import Article, Attribution, Extraction, ExtractionMethod, Mention, Span

_OPEN_QUOTES = {"\u201c": "\u201d", '"': '"'}
_SUBJ = {"nsubj", "nsubjpass"}
_PERSON_DESC = {"spokesman", "spokeswoman", "spokesperson", "official", "aide", "adviser", "advisor", "source",
                "analyst", "expert", "lawyer", "minister", "president", "secretary", "leader", "director", "chief",
                "head", "governor", "senator", "ambassador", "commander", "general", "candidate", "nominee",
                "strategist", "economist", "professor", "researcher", "witness", "resident", "diplomat", "manager",
                "chairman", "chairwoman", "founder", "editor", "pollster"}
# Plural heads that name a body rather than describe some people ("Russian forces", "Cleveland police").
_COLLECTIVE_BODIES = {"police", "forces", "troops", "military", "authorities"}
# Words that make a party's or a people's name a part of it ("many Republicans", "other Democrats").
_PART_OF_GROUP = {"many", "some", "other", "several", "most", "few", "numerous", "certain", "both", "all", "leading",
                  "top", "senior", "prominent", "fellow"}
# Heads that name a share of some people ("29 percent of Republicans", "a majority of voters"): those people.
_SHARES = {"percent", "proportion", "share", "majority", "minority", "plurality", "half", "third", "quarter",
           "number", "percentage"}
# Verbs of perception: with a bare infinitive ("saw prices fall") they report what was perceived, not a claim.
_PERCEPTION = {"see", "hear", "watch", "feel", "notice", "observe"}
_NOT_CUES = {"be", "mean", "ensure", "make", "seem", "appear", "require", "prove", "guarantee"}
_NOMINAL_FRAMES = frozenset({"obj", "oprd", "for", "about", "of-topic", "weak", "obj-evidence"})
_TRAILING_JUNK = {"cc", "punct", "mark", "prep"}


@dataclass(frozen=True)
class _Found:
    """An attribution found in one sentence, still in token indices of the paragraph's Doc."""

    cue: Cue | None
    cue_tokens: tuple[int, ...]
    source_tokens: tuple[int, ...]
    content: tuple[int, ...]
    method: str
    confidence: float
    target_tokens: tuple[int, ...] = ()
    direct: bool = False
    fragments: tuple[tuple[int, ...], ...] = ()
    source_mention: Mention | None = None
    cue_span: Span | None = None
    source_extent: tuple[int, ...] = ()  # the source as written, with its apposition ("Smith, a spokesman for X")
    rule: str = ""  # the rule that found it (ATTRIBUTION_RULES), written on the statement's attribution


ATTRIBUTION_RULES = (
    "quote-with-speech-tag", "quote-after-announcing-cue", "second-quote-of-speaker",
    "quote-paragraph-continues-speaker", "quote-paragraph-with-cue-and-colon", "speaker-colon-line",
    "reporting-verb-and-subject", "parenthetical-report", "passive-report", "expectation-without-speaker",
    "question-without-asker", "evidential-verb", "attitude-adjective", "noun-cue", "according-to",
    "clause-in-article-voice", "headline-in-article-voice",
)
"""The names of the attribution rules, each written on what it finds (``Attribution.rule``, ``cg:extractionRule``),
so a wrong statement in the graph says which rule made it. A test checks every rule this module names is listed."""

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
    state = _QuoteState()
    for index, (para, doc) in enumerate(zip(article.paragraphs, docs)):
        headline = index == 0 and article.title is not None and para.text.strip() == article.title.strip()
        text = para.text  # what was parsed: doc.text, without rebuilding it
        quotes = quote_spans(text)
        if quotes and quotes[-1][1] == len(text) and not _opens_with_mark(article, index + 1):
            # A quote left open is a quote only when the next paragraph carries it on; else the mark is stray.
            quotes = quotes[:-1]
        sent_spans = {}
        sents = list(doc.sents)
        for sent in sents:
            sent_spans[sent.start] = _span(article, para.start + sent.start_char, para.start + sent.end_char)
            sentences.append(sent_spans[sent.start])
        before = len(attributions)
        para_found, used = _paragraph_quotes(doc, quotes, state, headline=headline, first=index == 0)
        pending = _pending_tag(article, para.start, doc, quotes)
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
                    and f.content and _opens_paragraph(doc, f.content):
                # A quote left open at the end of the previous paragraph runs on into this one.
                attributions[state.open_index] = _extend(article, para.start, doc, attributions[state.open_index], f)
                extended = True
                continue
            sent = doc[f.content[0]].sent
            attributions.append(_record(article, para.start, doc, sent, sent_spans[sent.start], f))
        for sent in sents:
            found = _outermost(doc, [f for f in _sentence_attributions(sent, quotes, headline=headline, used=used)
                                if f.content])
            if not _inside_quote(sent, quotes):
                taken = used | {i for f in found for i in (*f.content, *f.cue_tokens, *f.source_tokens,
                                                            *f.target_tokens)}
                found += [f for f in _article_voice(sent, taken) if f.content]
            for f in found:
                attributions.append(_record(article, para.start, doc, sent, sent_spans[sent.start], f))
        if index == 0 and len(attributions) == before and (
                headline or (len(article.paragraphs) == 1 and len(text.split()) <= _HEADLINE_WORDS)):
            # A headline says what the article claims even when it has no verb the parser can read ("Christian Bale
            # Drops Out of Steve Jobs Biopic", "Banksy Arrest: a Hoax"): the article's own voice, but for questions.
            for sent in sents:
                words = [t for t in sent if not t.is_space]
                while words and words[-1].is_punct:
                    words.pop()
                if len(words) >= 3 and not sent.text.rstrip().endswith("?"):
                    attributions.append(_record(article, para.start, doc, sent, sent_spans[sent.start],
                                                _Found(None, (), (), tuple(t.i for t in words), "article-voice", 0.5,
                                                       rule="headline-in-article-voice")))
        for f in orphans:
            # "'...,' Smith said. 'And more.'": the untagged quote is the same statement, in a second fragment.
            sent = doc[f.content[0]].sent
            previous = sent_spans.get(doc[sent.start - 1].sent.start) if sent.start > 0 else None
            k = _previous_report(attributions, before, previous, para.start + doc[f.content[0]].idx)
            if k is not None:
                attributions[k] = _extend(article, para.start, doc, attributions[k], f)
        new = [a for a in attributions[before:] if a.method != "article-voice"]
        state.update(text, quotes, new, attributions, extended, before)
        state.pending = pending
        mentions.extend(_entity_mentions(article, para.start, doc))
    return Extraction(article=article, attributions=tuple(attributions), mentions=tuple(mentions),
                      sentences=tuple(sentences))


# ---------------------------------------------------------------- quotes

_MARK_RE = re.compile("''|[\"\u201c\u201d]")
_DASHES = {"\u2014", "\u2013", "\u2015", "-", "--"}
_MARKS = {'"', "\u201c", "\u201d", "''"}
_MIN_QUOTE_WORDS = 2
_TAG_GAP_WORDS = 4  # words allowed between a cue verb and the quote it introduces ("said in a statement:")


@dataclass
class _QuoteState:
    """What the quote pass carries from one paragraph to the next."""

    speaker: Mention | None = None  # the speaker of the previous paragraph, if it had one
    open_index: int | None = None  # the attribution whose quote the previous paragraph left open
    pending: tuple | None = None  # (cue, cue span, speaker): the previous paragraph ended "He said:"

    def update(self, text: str, quotes, new, attributions, extended: bool, before: int) -> None:
        last_open = bool(quotes) and quotes[-1][1] == len(text) and text.rstrip()[-1:] not in _MARKS
        if extended:
            if not last_open:
                self.open_index = None
            if not new:
                return
        speakers = [a.source for a in new if a.source is not None]
        self.speaker = speakers[-1] if speakers else (None if not extended else self.speaker)
        self.open_index = None
        if last_open and new:
            for k in range(len(attributions) - 1, before - 1, -1):
                if attributions[k].direct and attributions[k].source is not None:
                    self.open_index = k
                    break


def _opens_with_mark(article: Article, index: int) -> bool:
    if index >= len(article.paragraphs):
        return False
    text = article.paragraphs[index].text.lstrip()
    return text[:1] in _MARKS or text.startswith("''")


def _word_count(tokens) -> int:
    return sum(1 for t in tokens if not t.is_punct and not t.is_space)


def _quote_tokens_outer(doc, quote) -> list:
    """The quote's tokens with its marks."""
    s, e = quote
    inner = doc.char_span(s, e, alignment_mode="expand")
    if inner is None:
        return []
    lo, hi = inner.start, inner.end
    if lo > 0 and doc[lo - 1].text in _MARKS:
        lo -= 1
    if hi < len(doc) and doc[hi].text in _MARKS:
        hi += 1
    return [t for t in doc[lo:hi] if not t.is_space]


def _opens_paragraph(doc, content) -> bool:
    first = next((t for t in doc if not t.is_space), None)
    return first is not None and content and content[0] == first.i and first.text in _MARKS


def _is_cue_verb(tok) -> bool:
    return tok.pos_ in {"VERB", "AUX"} and _cue_of(tok) is not None and tok.lemma_.lower() != "be"


def _cue_of(tok) -> Cue | None:
    """The cue a verb token is, by lemma; when the lemmatizer misreads an inflected form ("hopes" -> "hop"), by
    the form with its ending taken off."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return None
    return _cue_by_form(tok.lemma_.lower(), tok.lower_)


@lru_cache(maxsize=4096)
def _cue_by_form(lemma: str, word: str) -> Cue | None:
    lexicon = cues()
    cue = lexicon.get(lemma)
    if cue is not None:
        return cue
    for ending, repl in _ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            cue = lexicon.get(word[:len(word) - len(ending)] + repl)
            if cue is not None:
                return cue
    return None


_ENDINGS = (("ies", "y"), ("ied", "y"), ("es", "e"), ("s", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""))


def _is_dash(tok) -> bool:
    """A dash, or a closing mark glued to one ("\u201d\u2015")."""
    text = tok.text
    return text in _DASHES or (len(text) == 2 and text[0] in _MARKS and text[1] in _DASHES)


def _tag_after(doc, gap) -> tuple | None:
    """A speech tag right after a quote: ", he said", "said Smith, a spokesman", "— Hillary Clinton".

    Returns ``(cue tokens, source tokens, cue, last tag token index)`` or None.
    """
    words = [t for t in gap if not t.is_space]
    while words and words[0].is_punct and not _is_dash(words[0]):
        words = words[1:]
    if not words:
        return None
    if _is_dash(words[0]):
        names = []
        for t in words[1:]:
            if t.pos_ == "PROPN" or (names and t.text in {".", "'s"} and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN"):
                names.append(t)
            else:
                break
        rest = [t for t in words[1 + len(names):] if not t.is_punct]
        if names and (not rest or words[1 + len(names)].text in {",", "."}):
            return (words[0].i,), tuple(t.i for t in names), Cue("-", "assert", frozenset()), names[-1].i
        return None
    first = words[0]
    before = doc[first.i - 1] if first.i else None
    if before is not None and before.text in _MARKS and first.i >= 2 and doc[first.i - 2].text in {".", "!", "?"} \
            and first.text[:1].isupper() and first.pos_ != "PROPN" and (first.lower_ not in _SPEAKER_PRONOUNS
                                                                        or _opens_next_quote(doc, words)):
        return None  # a new sentence after a quote that ended with a full stop
    for t in words[:16]:
        if t.is_punct and t.text not in {",", "(", ")", "-"} or t.text in _MARKS:
            break
        if not _is_cue_verb(t):
            continue
        subject = _subject_of(t)
        if subject is None:
            subject = next((c for c in t.children if c.dep_ in {"dobj", "attr"} and c.i > t.i), None)
            if subject is None or t.i != first.i:
                continue
        phrase = _noun_phrase(subject)
        ids = {x.i for x in phrase}
        if first.i != t.i and first.i not in ids and not (first.dep_ in {"aux", "advmod", "neg"} and first.head.i == t.i) \
                and first.i != phrase[0].i:
            continue
        gap_ids = {x.i for x in gap}
        if not ids <= gap_ids:
            continue
        if any(c.dep_ in {"ccomp", "xcomp", "dobj"} and c.i > t.i and c.i in gap_ids for c in t.children):
            return None  # "She says it underscores ...": a report of its own, not a tag
        end = max([t.i, *ids, *(c.i for c in t.children if c.dep_ in {"prt", "npadvmod", "advmod"} and c.i in gap_ids)])
        return tuple(x.i for x in _cue_tokens(t)), tuple(x.i for x in phrase), _cue_of(t), end
    return None


def _opens_next_quote(doc, words) -> bool:
    """"'... end.' She adds, 'Next ...'": after a full stop, a speaker with a verb and a comma or colon introduces the
    next quote."""
    for t in words[1:4]:
        if t.text in {",", ":"}:
            return t.i + 1 < len(doc) and doc[t.i + 1].text in _MARKS
    return False


def _tag_before(doc, gap) -> tuple | None:
    """A speech tag right before a quote: "He said:", "Clinton added, ", "told reporters on Tuesday:"."""
    words = [t for t in gap if not t.is_space]
    if not words:
        return None
    tail = words[-1]
    if tail.text not in {":", ","} and not _is_cue_verb(tail):
        return None
    between = 0
    for t in reversed(words):
        if _is_cue_verb(t):
            if between > _TAG_GAP_WORDS:
                # "said in a phone interview with CNN:": a longer gap only when it all hangs on the verb
                tree = {x.i for x in t.subtree}
                gap_words = [x for x in words if x.i > t.i and not x.is_punct]
                if between > 2 * _TAG_GAP_WORDS or not all(x.i in tree for x in gap_words):
                    return None
            subject = _speaker_of(t)
            if subject is None:
                name = _inverted_speaker(t, words)
                return None if not name else ((t.i,), tuple(x.i for x in name), _cue_of(t), t.i)
            phrase = _noun_phrase(subject)
            if any(x.i > t.i for x in phrase):
                return None
            return tuple(x.i for x in _cue_tokens(t)), tuple(x.i for x in phrase), _cue_of(t), t.i
        if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"aux", "auxpass"} or t.text in {".", "?", "!", ";"}:
            return None
        if not t.is_punct:
            between += 1
    return None


def _inverted_speaker(verb, words) -> list:
    """"Said Ellis: '...'": a cue opening its sentence, then a name and the colon before the quote."""
    if verb.i != verb.sent.start or words[-1].text != ":":
        return []
    name = [x for x in words if verb.i < x.i < words[-1].i]
    return name if name and all(x.pos_ == "PROPN" or x.text == "." for x in name) else []


def _speaker_of(verb):
    """The subject of a cue verb, or the noun a participle cue hangs on ("footage of Clinton asking, ...")."""
    subject = _subject_of(verb)
    if subject is not None:
        return subject
    if verb.dep_ == "acl" and verb.head.pos_ in {"PROPN", "NOUN"}:
        return verb.head
    if verb.dep_ == "xcomp" and verb.tag_ == "VBG":
        noun = next((t for t in reversed(list(verb.doc[verb.head.i:verb.i])) if t.pos_ in {"PROPN", "NOUN", "PRON"}), None)
        if noun is not None and noun.i == verb.i - 1:
            return noun
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        return _subject_of(verb.head)
    head = verb.head
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.dep_ == "prep" and head.head.pos_ in {"VERB", "AUX"}:
        # "He answered by saying that ...", "After saying ..., she": the verb the phrase modifies has the speaker;
        # "criticized Oz for saying ...": the one criticized said it.
        order = ("dobj", "nsubj") if head.lower_ == "for" else ("nsubj", "nsubjpass")
        for dep in order:
            found = next((c for c in head.head.children if c.dep_ == dep and (dep != "dobj" or c.i < head.i)), None)
            if found is not None:
                return found
        # "appeared on TV and began by saying ...": the verb shares the subject of the one it is joined to
        return _subject_of(head.head) if head.head.dep_ == "conj" and head.lower_ != "for" else None
    if verb.dep_ == "xcomp" and head.pos_ in {"VERB", "AUX"} and _cue_of(head) is None \
            and not any(c.dep_ in {"dobj", "dative"} for c in head.children):
        # "he appeared to suggest that ...", "went on to discuss ...": the subject the two verbs share.
        return next((c for c in head.children if c.dep_ == "nsubj"), None)
    return None


def _transcript(doc, *, headline: bool) -> _Found | None:
    """"WALLACE: Let's start ..." in a transcript, "Pence: Flowers won't be at debate" in a headline."""
    words = [t for t in doc[:8] if not t.is_space]
    if words and words[0].text in _MARKS:
        words = words[1:]
    colon = next((t for t in words[:6] if t.text == ":"), None)
    if colon is None or colon.i == words[0].i:
        return None
    name = [t for t in words if t.i < colon.i]
    rest = [t for t in doc[colon.i + 1:] if not t.is_space]
    if _word_count(rest) < 3 or any(t.pos_ in {"VERB", "AUX"} for t in name) or not name[0].text[:1].isupper():
        return None
    if not headline and not all(t.pos_ == "PROPN" or t.text.isupper() or t.text == "." for t in name):
        return None
    if name[0].dep_ == "det":
        return None  # "The Latest: ...": a title, not a speaker
    return _Found(Cue(":", "assert", frozenset()), (colon.i,), tuple(t.i for t in name), tuple(t.i for t in rest),
                  "transcript", 0.75, direct=not headline, rule="speaker-colon-line")


def _paragraph_quotes(doc, quotes, state: _QuoteState, *, headline: bool, first: bool = False) -> tuple[list[_Found], set[int]]:
    """Attributions of the paragraph's quotations, and the tokens they use (the sentence rules leave those alone)."""
    found: list[_Found] = []
    used: set[int] = set()
    transcript = _transcript(doc, headline=headline or first)
    if transcript is not None:
        return [transcript], {t.i for t in doc}
    if state.pending is not None:
        cue, cue_span, speaker = state.pending
        words = [t for t in doc if not t.is_space]
        if words and (not quotes or words[0].text in _MARKS):
            content = tuple(t.i for t in words)
            return [_Found(cue, (), (), content, "direct-quote", 0.8, direct=words[0].text in _MARKS,
                           source_mention=speaker, cue_span=cue_span, rule="quote-after-announcing-cue")], set(content)
    spans = [(q, _quote_tokens_outer(doc, q)) for q in quotes]
    spans = [(q, toks) for q, toks in spans if toks]
    k = 0
    while k < len(spans):
        quote, toks = spans[k]
        if _word_count(toks) < _MIN_QUOTE_WORDS:
            k += 1
            continue
        prev_end = spans[k - 1][1][-1].i + 1 if k else 0
        next_start = spans[k + 1][1][0].i if k + 1 < len(spans) else len(doc)
        after = _tag_after(doc, doc[toks[-1].i + 1:next_start]) if not _quoted_name(toks) else None
        parts = [toks]
        if after is not None:
            cue_ids, source_ids, cue, end = after
            end = max([end, *_source_extent([doc[i] for i in source_ids])])
            rest = doc[end + 1:next_start]
            verb_tree = {t.i for i in cue_ids for t in doc[i].subtree} if cue_ids else set()
            short = _word_count(rest) <= 3 or (_word_count(rest) <= 30 and all(
                t.i in verb_tree for t in rest if not t.is_punct and not t.is_space))
            if k + 1 < len(spans) and short and (not len(rest) or rest[-1].text in {",", ".", ":"}
                                                 or rest[-1].lower_ in {"but", "and"}):
                parts.append(spans[k + 1][1])
                k += 1
            tag = (cue_ids, source_ids, cue)
        else:
            before = _tag_before(doc, doc[prev_end:toks[0].i])
            tag = before[:3] if before is not None else None
            if before is not None and _is_cue_verb(doc[before[3]]) and doc[before[3]].lemma_.lower() in {"call", "describe"}:
                tag = None
        if tag is not None:
            cue_ids, source_ids, cue = tag
            content = tuple(t.i for part in parts for t in part)
            fragments = tuple(tuple(t.i for t in part) for part in parts) if len(parts) > 1 else ()
            extent = _source_extent([doc[i] for i in source_ids])
            if set(extent) & set(content):
                extent = ()
            found.append(_Found(cue, cue_ids, source_ids, content, "direct-quote", 0.85, direct=True,
                                fragments=fragments, source_extent=extent, rule="quote-with-speech-tag"))
            used.update(extent)
            used.update(content)
            used.update(cue_ids)
            used.update(source_ids)
        elif k == 0 and _opens_paragraph(doc, (toks[0].i,)) and (state.speaker is not None or state.open_index is not None) \
                and not _ends_with_comma(doc, toks):
            found.extend(_continuation_quote(doc, toks, state.speaker))
            used.update(t.i for t in toks)
        elif _opens_sentence(toks) and _word_count(toks) >= 3:
            # A quote with no tag of its own: it goes on with the report before it, if there is one.
            found.append(_Found(None, (), (), tuple(t.i for t in toks), "quote-orphan", 0.7, direct=True,
                                 rule="second-quote-of-speaker"))
        k += 1
    return found, used


def _opens_sentence(toks) -> bool:
    """The quote's opening mark is the first word of its sentence."""
    first = toks[0]
    return first.text in _MARKS and all(t.is_space for t in first.doc[first.sent.start:first.i])


def _previous_report(attributions: list[Attribution], before: int, sentence: Span | None, quote_start: int) -> int | None:
    """The paragraph's last report that ends in the sentence before a quote, by index into ``attributions``."""
    if sentence is None:
        return None
    best = None
    for k in range(before, len(attributions)):
        att = attributions[k]
        if att.method == "article-voice" or att.source is None or att.content.end > quote_start:
            continue
        if sentence.start <= att.content.end <= sentence.end or att.sentence.start == sentence.start:
            best = k
    return best


def _quoted_name(toks) -> bool:
    """A quote that a preposition or an article takes as its object ("in an interview with 'Fox and Friends,'"):
    a title or a name, which no speech tag after it can claim."""
    first = toks[0]
    if first.i == 0 or first.i == first.sent.start:
        return False
    before = first.doc[first.i - 1]
    return before.pos_ in {"ADP", "DET"} and not before.is_punct


def _pending_tag(article: Article, offset: int, doc, quotes) -> tuple | None:
    """A paragraph that ends with "He said:" introduces the next paragraph."""
    last = len(doc) - 1
    while last >= 0 and doc[last].is_space:
        last -= 1
    if last < 1 or doc[last].text != ":" or (quotes and quotes[-1][1] >= doc[last].idx):
        return None
    words = [t for t in doc if not t.is_space]
    start = quotes[-1][1] + 1 if quotes else 0
    tag = _tag_before(doc, [t for t in words if t.idx >= start])
    if tag is None:
        return None
    cue_ids, source_ids, cue, _ = tag
    first = min((*cue_ids, *source_ids))
    return cue, _tokens_span(article, offset, doc, cue_ids), mention_of(article, offset, doc, source_ids), \
        doc[first].sent.start


def _ends_with_comma(doc, toks) -> bool:
    """A quote closed by a comma ('"...it," ') has a speech tag of its own after it, read or not: in English the
    comma stands for the full stop before a tag, so the quote is no continuation of the speaker before."""
    last = toks[-1].i
    after = doc[last + 1] if last + 1 < len(doc) else None
    closing = after if after is not None and after.text in _MARKS else None
    before_mark = doc[last] if closing is not None else (doc[last - 1] if last > 0 else None)
    return before_mark is not None and before_mark.text == "," or (toks[-1].text.endswith(","))


def _continuation_quote(doc, toks, speaker: Mention | None) -> Iterator[_Found]:
    """A paragraph that opens with a quote and has no speech tag continues the previous speaker.

    "I should like to emphasise: A. B." gives A (cue "emphasise") and B as statements of their own.
    """
    first_sent = toks[0].sent
    colon = next((t for t in toks if t.text == ":" and t.sent == first_sent), None)
    cue_tok = None
    if colon is not None:
        cue_tok = next((t for t in toks if t.i < colon.i and t.pos_ == "VERB" and _cue_of(t) is not None), None)
    if cue_tok is None:
        yield _Found(None, (), (), tuple(t.i for t in toks), "quote-continuation", 0.7, direct=True,
                     source_mention=speaker, rule="quote-paragraph-continues-speaker")
        return
    ids = {t.i for t in toks}
    for sent in doc.sents:
        content = tuple(t.i for t in sent if t.i in ids and not t.is_space and t.text not in _MARKS
                        and (sent != first_sent or t.i > colon.i))
        if len(content) < 3:
            continue
        if sent == first_sent:
            yield _Found(_cue_of(cue_tok), (cue_tok.i,), (), content, "quote-continuation", 0.75,
                         direct=True, source_mention=speaker, rule="quote-paragraph-with-cue-and-colon")
        else:
            yield _Found(None, (), (), content, "quote-continuation", 0.7, direct=True, source_mention=speaker,
                         rule="quote-paragraph-continues-speaker")


def _extend(article: Article, offset: int, doc, att: Attribution, f: _Found) -> Attribution:
    """Add a paragraph's quote to the quote it continues."""
    part = _tokens_span(article, offset, doc, f.content)
    pieces = (*(att.fragments or (att.content,)), part)
    return replace(att, content=_span(article, pieces[0].start, part.end), fragments=pieces)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Inner character spans of the quotations in ``text`` (without the marks).

    A quote left open runs to the end of the text, as news paragraphs that continue a quote do.

    >>> quote_spans('He said "no" and \\u201cyes\\u201d')
    [(9, 11), (18, 21)]
    >>> quote_spans('"Open and never closed')
    [(1, 22)]
    """
    spans, i = [], 0
    while i < len(text):
        found = _MARK_RE.search(text, i)
        if found is None:
            break
        i = found.start()
        ch = text[i]
        if text.startswith("''", i):  # two apostrophes as a quotation mark, as some wires write it
            j = text.find("''", i + 2)
            if j == -1:
                spans.append((i + 2, len(text)))
                break
            spans.append((i + 2, j))
            i = j + 2
        elif ch in _OPEN_QUOTES or (ch == "\u201d" and not text[:i].strip()):  # a paragraph opened with a wrong mark
            close = _OPEN_QUOTES.get(ch, "\u201d")
            j = _closing_curly(text, i + 1) if ch == "\u201c" else text.find(close, i + 1)
            if ch == '"' and j == -1 and "\u201d" in text[i + 1:]:
                j = text.find("\u201d", i + 1)
            if j == -1:
                spans.append((i + 1, len(text)))
                break
            spans.append((i + 1, j))
            i = j + 1
        else:
            i += 1
    return [(s, e) for s, e in spans if e > s]


def _closing_curly(text: str, start: int) -> int:
    """Where a curly quote opened before ``start`` closes, past quotes nested in it with the same marks
    ("\u201cI'd rather live in what he calls \u201chell\u201d than ...\u201d"); -1 when it stays open."""
    depth = 1
    for m in re.finditer("[\u201c\u201d]", text[start:]):
        depth += 1 if m.group() == "\u201c" else -1
        if depth == 0:
            return start + m.start()
    if depth > 1:  # an inner mark never closed: the first closing mark ends the quote
        return text.find("\u201d", start)
    return -1


def _inside_quote(sent, quotes) -> bool:
    """Most of the sentence's words lie inside quotation marks."""
    words = [t for t in sent if not t.is_punct]
    if not words or not quotes:
        return False
    inside = sum(any(s <= t.idx < e for s, e in quotes) for t in words)
    return inside / len(words) > 0.6


def _quote_at(tokens, quotes, share: float = 0.5):
    """The quote that covers most of ``tokens``, if it covers at least ``share`` of them."""
    best, best_n = None, 0
    words = [t for t in tokens if not t.is_punct]
    for s, e in quotes:
        n = sum(s <= t.idx < e for t in words)
        if n > best_n:
            best, best_n = (s, e), n
    return best if words and best_n / len(words) >= share else None


# ---------------------------------------------------------------- sentence rules

def _outermost(doc, found: list[_Found]) -> list[_Found]:
    """Drop a report whose cue lies inside another report's content ("Aides say Smith promised to ..."): what
    Smith promised is known only through the aides, so it is their statement, and the inner report is part of it.

    A cue noun that the outer report names as a whole stays ("the company disputed the union's claim that ..."):
    the text itself says whose claim it is.
    """
    contents = [set(f.content) for f in found]

    def inside(k: int, j: int) -> bool:
        f, outer = found[k], found[j]
        if not set(f.cue_tokens) <= contents[j]:
            return False
        return not (f.method == ExtractionMethod.NOUN_CUE and doc[f.cue_tokens[0]].left_edge.i == outer.content[0])

    return [f for k, f in enumerate(found)
            if not (f.cue_tokens and any(j != k and inside(k, j) for j in range(len(found))))]


def _sentence_attributions(sent, quotes, *, headline: bool, used: set[int] = frozenset()) -> Iterator[_Found]:
    doc = sent.doc
    for f in _sentence_rules(sent, quotes, headline=headline, used=used):
        if used and (set(f.content) | set(f.cue_tokens)) & used:
            continue
        if len(f.content) == 1 and doc[f.content[0]].lower_ in _WH_WORDS:
            continue  # "what he called ...": a bare relative pronoun says nothing
        # A cue inside quotation marks is the speaker's own words, not the article's report.
        if f.cue_tokens and any(s <= doc[f.cue_tokens[0]].idx < e for s, e in quotes):
            continue
        yield f


def _sentence_rules(sent, quotes, *, headline: bool, used: set[int]) -> Iterator[_Found]:
    method = "headline" if headline else "reporting-verb"
    frames = []  # (verb, cue, subject)
    relative: dict[int, object] = {}  # verb -> the relative pronoun its subject is ("an architect who said ...")
    for tok in sent:
        evidential = _evidential(tok, used) or _attitude(tok, used)
        if evidential is not None:
            yield evidential
            continue
        cue = _cue_of(tok)
        if cue is None and tok.pos_ == "VERB":
            cue = _that_clause_cue(tok) or _quoted_object_cue(tok, quotes) or _put_it_cue(tok)
        if cue is None or tok.pos_ not in {"VERB", "AUX"} or tok.dep_ in {"amod", "acl", "relcl", "pcomp"} and not _has_complement(tok, cue):
            continue
        subject = _speaker_of(tok)
        if subject is not None and tok.dep_ == "relcl" and subject.lower_ in _RELATIVE and subject.i > tok.head.i:
            if not any(c.dep_ in {"ccomp", "xcomp"} for c in tok.children):
                continue  # "anybody who complains about X": a relative clause reports only with a clause
            relative[tok.i] = subject
            subject = tok.head
        as_clause = tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) \
            and ("ccomp" in cue.frames and not any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in tok.children)
                 or cue is _PUT_IT)
        if subject is not None and (tok.dep_ == "parataxis" or as_clause or _tag_last(tok, subject)) and not cue.weak:
            # "Acts of protest, Mr. Obama said, are ...", "As many experts have pointed out, Trump is free to ..."
            found = _parenthetical(sent, tok, cue, subject, used, initial=as_clause)
            if found is not None:
                yield found
                continue
        if subject is not None and subject.dep_ == "nsubjpass" and subject.head.i == tok.i and cue.weak \
                and "xcomp" in {c.dep_ for c in tok.children} and "agent" not in {c.dep_ for c in tok.children}:
            # "The veto is expected to come Friday": an expectation nobody is named for; the clause is the content.
            # Only with an infinitive: "officers are seen gathered around him" is a perception, no expectation.
            if not any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in tok.children):
                continue
            content = _clean([t for t in sent if t.i >= subject.left_edge.i], set(used), None)
            if _word_count([sent.doc[i] for i in content]) >= 4:
                yield _Found(cue, tuple(t.i for t in _cue_tokens(tok)), (), content, method, 0.5,
                             rule="expectation-without-speaker")
            continue
        if subject is not None and subject.dep_ == "nsubjpass" and subject.head.i == tok.i and not cue.weak:
            found = _passive_report(sent, tok, cue, subject, used)
            if found is not None:
                yield found
            continue
        if subject is None and tok.tag_ == "VBN" and tok.dep_ == "advcl" and cue.speech_act == "question" \
                and _has_complement(tok, cue):
            # "Asked about the budget, the governor said ...": a question from someone the text does not name.
            for content, _, _ in _contents(tok, cue, quotes, set(used)):
                if _word_count([sent.doc[i] for i in content]) >= 2:
                    yield _Found(cue, tuple(t.i for t in _cue_tokens(tok)), (), content, method, 0.6,
                                 rule="question-without-asker")
            continue
        if subject is None or not _has_complement(tok, cue):
            continue
        if cue.frames <= _NOMINAL_FRAMES and subject.head.i != tok.i and tok.dep_ not in {"acl", "advcl"} \
                and not _after_cue(tok):
            continue  # "criticized X" needs a subject of its own: "... would fight back and defend Ukraine" is no report
        if not any(c.dep_ in {"ccomp", "xcomp"} for c in tok.children) and _time_participle(tok):
            continue
        if cue.weak and subject.pos_ == "PRON" and subject.lower_ in {"you"}:
            continue
        if subject.dep_ == "nsubjpass" and not cue.weak and tok.dep_ != "pcomp":
            continue  # "workers were not told": the passive subject is the addressee, not the speaker
        frames.append((tok, cue, subject))
    # A belief or intention inside another report ("she said they think ...") is part of that report's content,
    # not a statement of its own.
    reporting = {verb.i for verb, cue, _ in frames if not cue.weak}
    frames = [(verb, cue, subject) for verb, cue, subject in frames
              if not (cue.weak and any(a.i in reporting for a in _conj_top(verb).ancestors))]
    taken: set[int] = set()
    own: dict[int, set[int]] = {}
    for verb, cue, subject in frames:
        own[verb.i] = {t.i for t in _noun_phrase(subject)} | {t.i for t in _cue_tokens(verb)}
        taken |= own[verb.i]
    for verb, cue, subject in frames:
        source = _noun_phrase(subject)
        extent = _source_extent(source)
        if verb.i in relative:  # the antecedent as the speaker, written up to its relative pronoun
            extent = tuple(range(source[0].i, relative[verb.i].i + 1))
        # A report inside this one's clause, with a subject of its own, is part of this content ("X said Y
        # promised ..."); a coordinated cue sharing the subject ("claimed A and accused B") is not.
        inner = set()
        for other, _, other_subject in frames:
            if other.i != verb.i and verb.i in {a.i for a in other.ancestors} and other.dep_ != "conj" \
                    and (other.i in relative or other_subject.head.i == other.i and other_subject.dep_ in _SUBJ):
                inner |= own[other.i]
        for content, target, direct in _contents(verb, cue, quotes, taken - inner):
            if not direct and _across_semicolon(sent, verb, content):
                continue  # "It's unlikely; Clinton's team says ...": a misparse, the clause is not the report's
            if set(extent) & set(content):
                extent = ()
            conf = 0.9 if subject.pos_ != "PRON" else 0.8
            if cue.weak:
                conf -= 0.25
            yield _Found(cue, tuple(t.i for t in _cue_tokens(verb)), tuple(t.i for t in source), content,
                         "direct-quote" if direct and method != "headline" else method, conf,
                         tuple(t.i for t in target), direct, source_extent=extent, rule="reporting-verb-and-subject")
    yield from _noun_cue_attributions(sent, taken | set(used))
    yield from _according_to(sent, quotes, taken | set(used))


def _time_participle(verb) -> bool:
    """"... since announcing his bid": a participle after a preposition of time tells when, it reports nothing
    unless it takes a clause ("after saying that ...")."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in _TIME_MARKS


def _conj_top(verb):
    """The first of a run of coordinated verbs ("proposes A and plans B" -> "proposes")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _after_cue(verb) -> bool:
    """A verb coordinated with a reporting verb that has its own subject ("urged A and criticized B"): the two share
    the speaker."""
    head = verb.head
    cue = _cue_of(head)
    return verb.dep_ == "conj" and cue is not None and not cue.weak and any(c.dep_ == "nsubj" for c in head.children)


_RELATIVE = {"who", "that", "which"}
_WH_WORDS = {"what", "which", "that", "who", "whom", "it", "this"}
_SPEAKER_PRONOUNS = {"he", "she", "they", "we", "i"}
_SPEAKER_ENTS = {"PERSON", "ORG", "NORP", "GPE"}
_THAT_CLAUSE_ACT = Cue("", "assert", frozenset({"ccomp"}))


def _that_clause_cue(verb) -> Cue | None:
    """A verb outside the lexicon is a cue in context: a speaker for subject and a "that"-clause for object
    ("the court ruled that ...", "Clinton agreed that ...")."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None or not any(c.dep_ == "mark" and c.lower_ == "that" and c.i < clause.i
                                 for c in clause.children) or verb.lemma_.lower() in _NOT_CUES:
        return None
    return _THAT_CLAUSE_ACT if _speaker_subject(verb) else None


def _speaker_subject(verb) -> bool:
    """The verb's subject is someone who can speak: a person, an organisation, a role, "he", "she", "they"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in _SPEAKER_PRONOUNS
    return subject.ent_type_ in _SPEAKER_ENTS or subject.lower_ in _PERSON_DESC \
        or subject.lemma_.lower() in _PERSON_DESC


_QUOTED_OBJECT_ACT = Cue("", "assert", frozenset({"obj"}))
_PUT_IT = Cue("put", "assert", frozenset({"ccomp"}))


def _put_it_cue(verb) -> Cue | None:
    """"As Smith put it, ...": "put it" in an "as"-clause is a speech tag (the sentence around it is the content)."""
    if verb.lemma_.lower() != "put" or verb.dep_ != "advcl":
        return None
    if any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children) \
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return _PUT_IT
    return None


def _quoted_object_cue(verb, quotes) -> Cue | None:
    """A verb outside the lexicon is a cue when a speaker casts someone in a role in quoted words: "Reid has been
    pounding Trump as a 'con artist'", "Trump admires Putin as a 'strong leader'". The marks say the words are
    reported; without them ("served the party as chairman") it is no report."""
    if not quotes or verb.lemma_.lower() in _NOT_CUES or not _speaker_subject(verb):
        return None
    dobj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    role = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if dobj is None or role is None or role.i < dobj.i:
        return None
    if any(s <= t.idx < e for t in role.subtree if not t.is_punct for s, e in quotes):
        return _QUOTED_OBJECT_ACT
    return None


def _evidential(verb, used) -> _Found | None:
    """"Melania seems to have left the campaign", "the plan appears too costly", "it appears that ...": a judgement
    nobody is named for. The content is the subject with its predicate (two fragments), and there is no source."""
    cue = evidentials().get(verb.lemma_.lower()) if verb.pos_ in {"VERB", "AUX"} else None
    if cue is None or verb.dep_ in {"amod", "acl", "relcl"}:
        return None
    children = list(verb.children)
    if any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to" for c in children):
        return None  # "seems to me": an experiencer is a source, and no evidential
    subject = next((c for c in children if c.dep_ in {"nsubj", "csubj"} and c.i < verb.i), None)
    if subject is None:
        return None
    clause = next((c for c in children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if subject.lower_ == "it" and clause is not None:
        parts = [_clean(list(clause.subtree), set(used), None)]
    else:
        pred = next((c for c in children if c.dep_ in {"xcomp", "acomp", "oprd"} and c.i > verb.i), None)
        if pred is None or pred.dep_ == "xcomp" and (_cue_of(pred) is not None or pred.lemma_.lower() in evidentials()):
            return None  # "appeared to suggest that ...": the suggestion is the report
        who = list(subject.subtree) if subject.dep_ == "csubj" else _noun_phrase(subject)
        parts = [_clean(who, set(used), None), _clean(list(pred.subtree), set(used), None)]
    parts = [p for p in parts if p]
    content = tuple(i for p in parts for i in p)
    if _word_count([verb.doc[i] for i in content]) < 3 or set(content) & set(used):
        return None
    return _Found(cue, tuple(t.i for t in _cue_tokens(verb)), (), content, "reporting-verb", 0.5,
                  fragments=tuple(parts) if len(parts) > 1 else (), rule="evidential-verb")


_NOBODY = {"it", "there", "this", "that", "which", "what"}


def _attitude(adj, used) -> _Found | None:
    """"Graham has been critical of the plan", "Ackman is convinced that ...", "she made it clear that ...": an
    attitude adjective said of a speaker, with its clause or the object of its preposition as the content."""
    cue = attitudes().get(adj.lower_) if adj.pos_ in {"ADJ", "VERB"} else None
    if cue is None or adj.dep_ not in {"acomp", "oprd", "ccomp", "xcomp", "amod"}:
        return None
    head = adj.head
    if adj.dep_ == "amod" and not (head.pos_ in {"PROPN", "NOUN"} and head.dep_ == "npadvmod"):
        return None  # "made clear Monday they ...", misparsed; other attributive uses say nothing
    verb = head.head if adj.dep_ == "amod" else head
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < adj.i), None)
    if subject is None or subject.lower_ in _NOBODY:
        return None
    content = _attitude_content(adj, verb, cue, set(used))
    if _word_count([adj.doc[i] for i in content]) < 2 or set(content) & set(used):
        return None
    source = _noun_phrase(subject)
    return _Found(cue, (adj.i,), tuple(t.i for t in source), content, "reporting-verb", 0.6, rule="attitude-adjective")


def _attitude_content(adj, verb, cue: Cue, used: set[int]) -> tuple[int, ...]:
    """The clause or prepositional object an attitude adjective is about."""
    for c in adj.children:
        if c.i < adj.i:
            continue
        if "ccomp" in cue.frames and (c.dep_ == "ccomp" or c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children)):
            return _clean(list(c.subtree), used, None)
        if c.dep_ == "prep" and c.lower_ in cue.frames:
            pobj = next((x for x in c.children if x.dep_ in {"pobj", "pcomp"}), None)
            return _clean(list(pobj.subtree), used, None) if pobj is not None else ()
    if "ccomp" in cue.frames:  # "made it clear Monday that ...": the clause hangs on the verb
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > adj.i), None)
        if clause is not None:
            return _clean(list(clause.subtree), used, None)
    return ()


def _across_semicolon(sent, verb, content) -> bool:
    """The content lies wholly on the other side of a semicolon from its cue, or before a colon the cue follows
    ("We have been here before: the group declared war ...")."""
    if not content:
        return False
    for t in sent:
        if t.text == ";" and (content[-1] < t.i < verb.i or verb.i < t.i < content[0]):
            return True
        if t.text == ":" and content[-1] < t.i < verb.i:
            return True
    return False


def _tag_last(verb, subject) -> bool:
    """"People like Scott, he said.": a tag at the end of the sentence whose content the parser left unlabelled."""
    if verb.dep_ != "ROOT" or any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in verb.children):
        return False
    before = subject.left_edge.i - 1
    return before > verb.sent.start and verb.doc[before].text == "," and any(
        c.dep_ in {"dep", "npadvmod", "advcl", "nsubj"} and c.i < before for c in verb.children if c.i != subject.i)


def _parenthetical(sent, verb, cue: Cue, subject, used, *, initial: bool = False) -> _Found | None:
    """"Acts of protest, Mr. Obama said, are acts of patriotism": the sentence around the tag is the content.

    With ``initial`` the tag may open the sentence ("As Smith noted, ...")."""
    tag = {t.i for t in verb.subtree}
    for c in verb.children:  # "Though A, he said, B": what hangs on the tag from its left is content
        if c.i < subject.left_edge.i and c.dep_ not in {"punct", "cc", "mark"}:
            tag -= {t.i for t in c.subtree}
    if not initial and not any(t.i < min(tag) and not t.is_punct for t in sent):
        return None
    parts, run = [], []
    for t in sent:
        if t.i in tag or t.is_space:
            if run:
                parts.append(run)
            run = []
            continue
        run.append(t)
    if run:
        parts.append(run)
    pieces = []
    for part in parts:
        while part and (part[0].is_punct and part[0].text not in _MARKS or part[0].dep_ == "cc" and part[0].i == sent.start):
            part = part[1:]
        while part and part[-1].is_punct and part[-1].text not in _MARKS:
            part = part[:-1]
        if part:
            pieces.append(tuple(t.i for t in part))
    content = tuple(i for p in pieces for i in p)
    if _word_count([sent.doc[i] for i in content]) < 3 or set(content) & set(used):
        return None
    source = _noun_phrase(subject)
    return _Found(cue, tuple(t.i for t in _cue_tokens(verb)), tuple(t.i for t in source), content, "reporting-verb",
                  0.8, fragments=tuple(pieces) if len(pieces) > 1 else (), rule="parenthetical-report")


def _passive_report(sent, verb, cue: Cue, subject, used) -> _Found | None:
    """A cue in the passive with its agent: "The story was first reported by the Post" (the agent speaks of the
    subject). Other passives name the addressee ("workers were not told"), not the speaker, and give nothing."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if pobj is None or "obj" not in cue.frames or any(c.dep_ in {"ccomp", "xcomp", "oprd"} for c in verb.children):
        return None
    content = _clean(list(subject.subtree), set(used), None)
    source = tuple(t.i for t in _whole_phrase(pobj))
    if _word_count([sent.doc[i] for i in content]) < 2 or set(source) & set(used):
        return None
    return _Found(cue, tuple(t.i for t in _cue_tokens(verb)), source, content, "reporting-verb", 0.7,
                  rule="passive-report")


def _noun_cue_attributions(sent, taken: set[int]) -> Iterator[_Found]:
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
        content = _clean(list(clause.subtree), taken, None)
        if len(content) >= 3 and src:
            # The source as written keeps its possessive mark ("Trump's"); the mention's name does not.
            first = next((t.i for t in src if t.dep_ != "det"), src[0].i)
            extent = tuple(range(first, src[-1].i + 2)) if src[-1].i + 1 < tok.i \
                and tok.doc[src[-1].i + 1].tag_ == "POS" else ()
            yield _Found(cue, (tok.i,), tuple(t.i for t in src), content, ExtractionMethod.NOUN_CUE.value, 0.7, source_extent=extent,
                         rule="noun-cue")


def _has_complement(verb, cue: Cue) -> bool:
    deps = {c.dep_ for c in verb.children}
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    f = cue.frames
    return bool(
        ("ccomp" in f and ("ccomp" in deps or _object_that_clause(verb) is not None))
        or ("xcomp" in f and "xcomp" in deps)
        or ("of" in f and "dobj" in deps and ("of" in preps or any(
            c.dep_ == "prep" and c.lower_ == "of" for d in verb.children if d.dep_ == "dobj" for c in d.children)))
        or ("about" in f and "about" in preps)
        or any(p in f and p in preps and _right_after_verb(verb, p) for p in _TOPIC_PREPS)
        or ("of-topic" in f and "of" in preps)
        or ("obj-to" in f and "dobj" in deps and "xcomp" in deps)
        or ("obj" in f and "dobj" in deps)
        or ("obj-evidence" in f and "dobj" in deps and _evidence_subject(verb))
        or ("oprd" in f and ("dobj" in deps and "oprd" in deps
                             or sum(c.dep_ == "oprd" and c.i > verb.i for c in verb.children) >= 2
                             or _named_as(verb) is not None))
        or ("on-to" in f and "xcomp" in deps and _on_addressee(verb) is not None)
        or ("to" in f and any(c.dep_ == "prep" and c.lower_ == "to" and _right_after(verb, c) for c in verb.children))
        or ("for" in f and "for" in preps and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "for")
        or ("quote" in f and _quote_near(verb))
    )


def _evidence_subject(verb) -> bool:
    """The verb's own subject is a piece of evidence ("polls show ...", "the video shows ...")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in evidence_nouns()


def _quote_near(verb) -> bool:
    sent = verb.sent
    return any(t.text in {'"', "\u201c", "\u201d"} for t in sent) and verb.dep_ in {"ROOT", "parataxis", "conj"}


def _subject_of(verb):
    for child in verb.children:
        if child.dep_ in _SUBJ:
            return child
    # "... and the Russian military claimed to ...": the parser hangs the subject on the previous clause.
    j = verb.i - 1
    while j >= verb.sent.start and verb.doc[j].dep_ in {"aux", "advmod", "neg"} and verb.doc[j].head.i == verb.i:
        j -= 1
    if j >= verb.sent.start and verb.dep_ == "conj":
        prev = verb.doc[j]
        if prev.pos_ in {"NOUN", "PROPN"} and prev.head.i != verb.i and prev.dep_ in {"conj", "pobj", "dobj", "compound", "nmod"}:
            return prev
    if verb.dep_ == "conj":
        # "X has claimed that A and accused Y of B": walk up to the cue verb whose clause holds this one.
        up = verb.head
        while up.dep_ in {"conj", "ccomp"} and up.head.i != up.i and _cue_of(up) is None:
            up = up.head
        if up.pos_ in {"VERB", "AUX"} and _cue_of(up) is not None:
            head_subject = next((c for c in up.children if c.dep_ in _SUBJ), None)
            if head_subject is not None:
                return head_subject
        # "I laughed and said ...": coordinated verbs share the first one's subject.
        if verb.head.pos_ in {"VERB", "AUX"}:
            return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return None


def _source_extent(phrase) -> tuple[int, ...]:
    """The source as the text gives it: the subject with its apposition, parenthesis and relative clause."""
    if not phrase:
        return ()
    head = min(phrase, key=lambda t: (t.head in phrase, t.i))  # the token whose head lies outside
    if head.dep_ not in _SUBJ and head.dep_ != "appos" and not (head.dep_ == "dobj"):
        return ()
    ids = []
    for t in head.subtree:
        if t.dep_ in {"acl", "advcl"} and t.head.i == head.i and t.tag_ == "VBG":
            break
        ids.append(t)
    while ids and (ids[-1].is_punct and ids[-1].text != ")" or ids[-1].dep_ == "cc"):
        ids.pop()
    out = tuple(t.i for t in ids)
    return out if len(out) > len(phrase) and out[0] <= phrase[0].i else ()


def _noun_phrase(tok) -> list:
    """The mention a subject token stands for: its subtree, without relative clauses and trailing punctuation."""
    if tok.dep_ in {"conj", "pobj", "dobj", "nmod", "compound"} and tok.dep_ not in _SUBJ:
        # A misattached subject: take its left modifiers only.
        start = tok.i
        while start - 1 >= tok.sent.start and (
            tok.doc[start - 1].pos_ in {"PROPN", "NOUN", "ADJ", "DET", "PART"} and tok.doc[start - 1].dep_ != "cc"
        ):
            start -= 1
        return list(tok.doc[start:tok.i + 1])
    out = []
    for t in tok.subtree:
        if t.dep_ in {"relcl", "appos", "acl", "advcl"} and t.head.i == tok.i:
            skip = {x.i for x in t.subtree}
            out = [x for x in out if x.i not in skip]
            break
        out.append(t)
    while out and (out[-1].is_punct or out[-1].dep_ == "cc"):
        out.pop()
    # "MACAU (Reuters) - Top donor Sheldon Adelson said": a dateline before a dash is not part of the source.
    dash = max((k for k, t in enumerate(out) if t.text in _DASHES and t.i < tok.i and t.whitespace_
                and t.i > 0 and t.doc[t.i - 1].whitespace_), default=None)  # a free-standing dash, not "General-Secretary"
    if dash is not None:
        out = out[dash + 1:]
    return out or [tok]


def _whole_phrase(tok) -> list:
    """A noun with all its modifiers ("a new article in Politico"), without trailing punctuation."""
    out = list(tok.subtree)
    while out and (out[-1].is_punct or out[-1].dep_ == "cc"):
        out.pop()
    return out or [tok]


def _cue_tokens(verb) -> list:
    left = [c for c in verb.children if c.dep_ in {"aux", "neg"} and c.i < verb.i]
    start = min([verb.i] + [c.i for c in left])
    toks = list(verb.doc[start:verb.i + 1])
    prt = [c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1]
    cue = _cue_of(verb)
    if not prt and cue is not None and ("for" in cue.frames or "on-to" in cue.frames):
        prt = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"for", "on"} and c.i == verb.i + 1
               and (c.lower_ == "for" or any(x.dep_ == "xcomp" for x in verb.children))]
    return toks + prt


def _contents(verb, cue: Cue, quotes, taken: set[int]):
    """Yield ``(content token indices, target tokens, direct)`` for one cue verb."""
    children = list(verb.children)
    by_dep = {}
    for c in children:
        by_dep.setdefault(c.dep_, c)
    preps = {c.lower_: c for c in children if c.dep_ == "prep"}
    f = cue.frames
    target = []
    if "ccomp" in f and "ccomp" not in by_dep and _object_that_clause(verb) is not None:
        by_dep["ccomp"] = _object_that_clause(verb)
    if "of" in f and "dobj" in by_dep and ("of" in preps or any(c.dep_ == "prep" and c.lower_ == "of"
                                                               for c in by_dep["dobj"].children)):
        target = _noun_phrase(by_dep["dobj"])
        tokens = [t for t in verb.subtree if t.i >= by_dep["dobj"].i]
        yield _clean(tokens, taken, verb), target, False
        return
    if "obj-to" in f and "dobj" in by_dep and "xcomp" in by_dep:
        tokens = [t for t in verb.subtree if by_dep["dobj"].left_edge.i <= t.i <= by_dep["xcomp"].right_edge.i]
        yield _clean(tokens, taken, verb), _noun_phrase(by_dep["dobj"]), False
        return
    if "ccomp" in f and "ccomp" in by_dep:
        if "dobj" in by_dep:
            target = _noun_phrase(by_dep["dobj"])
        clause = by_dep["ccomp"]
        if verb.lemma_ in _PERCEPTION and clause.tag_ == "VB" and not any(
                c.dep_ in {"mark", "aux"} for c in clause.children):
            return  # "have seen their jobless rate fall", "heard him leave": something perceived or lived, no claim
        # "We have been here before: the group declared that ...": of two clauses, the one after the cue.
        clause = next((c for c in children if c.dep_ == "ccomp" and c.i > verb.i and clause.i < verb.i), clause)
        if "obj" in f and "dobj" in by_dep and _object_clause(by_dep["dobj"], clause):
            # "mentioned remarks Trump had made about her": the clause describes the object, which is the content
            tokens = list(verb.doc[by_dep["dobj"].left_edge.i:clause.right_edge.i + 1])
            yield _clean(tokens, taken, verb), target, False
            return
        quote = _quote_at(list(clause.subtree), quotes, share=0.85)
        if quote is not None and (quote[0] > verb.idx or clause.i < verb.i):
            yield _quote_tokens(verb.doc, quote), target, True
            return
        for part in _split_clauses(clause, taken, marked_only=True):
            yield part, target, False
        return
    if "xcomp" in f and "xcomp" in by_dep:
        yield _clean(list(by_dep["xcomp"].subtree), taken, verb), target, False
        return
    if "on-to" in f and "xcomp" in by_dep and _on_addressee(verb) is not None:
        # "called on Trump to stop ...": the addressee and what they are to do.
        start = _on_addressee(verb).i + 1
        tokens = [t for t in verb.subtree if start <= t.i <= by_dep["xcomp"].right_edge.i]
        yield _clean(tokens, taken, verb), target, False
        return
    if "oprd" in f and "oprd" not in by_dep and _named_as(verb) is not None:
        # "calls the plan 'a crazy system'", parsed as an apposition or a second object
        obj, predicate = _named_as(verb)
        tokens = [t for t in verb.doc[obj.left_edge.i:predicate.right_edge.i + 1]]
        yield _clean(tokens, taken, verb), target, False
        return
    if "oprd" in f and "dobj" not in by_dep and sum(c.dep_ == "oprd" for c in children) >= 2:
        # "called Trump a 'pathological liar'", parsed as two predicates
        predicates = [c for c in children if c.dep_ == "oprd"]
        first, last = predicates[0], predicates[-1]
        if first.i > verb.i:
            tokens = [t for t in verb.subtree if first.left_edge.i <= t.i <= last.right_edge.i]
            yield _clean(tokens, taken, verb), target, False
            return
    if "of-topic" in f and "of" in preps and "about" not in preps:
        preps["about"] = preps["of"]
    if ("about" in f or "of-topic" in f) and "about" in preps:
        pobj = next((c for c in preps["about"].children if c.dep_ in {"pobj", "pcomp"}), None)
        if pobj is not None:
            yield _clean(list(pobj.subtree), taken, verb), target, False
        return
    if "oprd" in f and "dobj" in by_dep and "oprd" in by_dep:
        start = by_dep["dobj"].left_edge.i if by_dep["dobj"].i > verb.i else by_dep["oprd"].left_edge.i
        tokens = [t for t in verb.subtree if start <= t.i <= by_dep["oprd"].right_edge.i]
        yield _clean(tokens, taken, verb), target, False
        return
    for p in _TOPIC_PREPS:
        if p in f and p in preps and _right_after_verb(verb, p):
            # "warned against X", "commented on X", "pushed for X": the object of the preposition.
            pobj = next((c for c in preps[p].children if c.dep_ in {"pobj", "pcomp"}), None)
            if pobj is not None:
                yield _clean(list(pobj.subtree), taken, verb), target, False
            return
    if "to" in f and "to" in preps and _right_after(verb, preps["to"]):
        pobj = next((c for c in preps["to"].children if c.dep_ in {"pobj", "pcomp"}), None)
        if pobj is not None:
            yield _clean(list(pobj.subtree), taken, verb), target, False
        return
    if "for" in f and "for" in preps:
        pobj = next((c for c in preps["for"].children if c.dep_ in {"pobj", "pcomp"}), None)
        if pobj is not None:
            yield _clean(list(pobj.subtree), taken, verb), target, False
        return
    evidence = "obj" not in f and "obj-evidence" in f and _evidence_subject(verb)
    if ("obj" in f or evidence) and "dobj" in by_dep:
        # "criticized the law as a 'crazy system'", "blasted the media for being dishonest": the role belongs to it;
        # adjuncts of time and place ("during a campaign stop") do not.
        dobj = by_dep["dobj"]
        tokens = [t for t in verb.subtree if t.i >= dobj.left_edge.i]
        roles = {"as", "for", "with"} if evidence else {"as", "for"}
        # an adjunct before the role stays with it ("attacked rivals on stage for taking ...")
        last_role = max((c.i for c in children if c.dep_ == "prep" and c.lower_ in roles and c.i > dobj.i), default=0)
        for c in children:
            if c.i > max(dobj.i, last_role) and (c.dep_ in {"prep", "npadvmod", "advcl", "advmod"}
                                                 and c.lower_ not in roles or c.dep_ in {"punct", "cc", "conj"}):
                cut = c.left_edge.i
                tokens = [t for t in tokens if t.i < cut]
                break
        tokens = [t for t in tokens if t.i >= dobj.left_edge.i]
        yield _clean(tokens, taken, verb), target, False
        return
    if "quote" in f:
        quote = _nearest_quote(verb, quotes)
        if quote is not None:
            yield _quoted_complement(verb, _quote_tokens(verb.doc, quote), taken), target, True


_COMPLEMENTS = {"dobj", "prep", "xcomp", "ccomp", "oprd", "attr", "dative", "acomp"}


def _quoted_complement(verb, quote: tuple[int, ...], taken: set[int]) -> tuple[int, ...]:
    """The content of a cue with a quote: the quote itself, or the verb's complement when the quote is only a phrase
    inside it ("stressed the need to protect forests from 'constant threats'": the whole need is what was said)."""
    if not quote:
        return quote
    tree = {t.i for t in verb.subtree}
    if quote[0] - verb.i > 3 and sum(i in tree for i in quote) * 2 < len(quote):
        return ()  # a quote elsewhere in the sentence ("leads 'America Tonight' on Fusion"), not this cue's
    comps = [c for c in verb.children if c.dep_ in _COMPLEMENTS and c.i > verb.i]
    if not comps:
        return quote
    start, end = comps[0].left_edge.i, max(c.right_edge.i for c in comps)
    if not (start <= quote[0] and quote[-1] <= end):
        return quote
    tokens = [t for t in verb.doc[start:end + 1]]
    outside = [t for t in tokens if not t.is_punct and not quote[0] <= t.i <= quote[-1]]
    if len(outside) < 2:
        return quote
    return _clean(tokens, taken, verb) or quote


_TOPIC_PREPS = ("against", "on")


def _right_after_verb(verb, prep: str) -> bool:
    """The verb's preposition ``prep`` follows it, with at most a particle between ("spoke out against")."""
    return any(c.dep_ == "prep" and c.lower_ == prep and _right_after(verb, c) for c in verb.children)


def _named_as(verb):
    """``(object, predicate)`` of "called X 'Y'" when the parser made Y a second object or X's quoted apposition."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if len(objects) >= 2:
        return objects[0], objects[-1]
    if len(objects) == 1:
        for t in objects[0].subtree:
            edge = t.left_edge.i
            if t.dep_ == "appos" and edge > 0 and {verb.doc[edge].text, verb.doc[edge - 1].text} & (_MARKS | {"\u2018"}):
                return objects[0], t
    return None


def _object_that_clause(verb):
    """"told a meeting of leaders that few people understood ...": a "that"-clause the parser hung on the object as
    a relative clause (a relative clause has no "that" as its mark)."""
    for obj in verb.children:
        if obj.dep_ in {"dobj", "dative"} and obj.i > verb.i:
            for c in obj.subtree:
                if c.dep_ == "relcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                    return c
    return None


def _object_clause(dobj, clause) -> bool:
    """A clause with no "that" right after the verb's object: a relative clause of the object, misattached."""
    return dobj.i < clause.left_edge.i == dobj.right_edge.i + 1 and not any(
        c.dep_ == "mark" for c in clause.children)


def _right_after(verb, word) -> bool:
    """``word`` follows the verb, with at most its particle between ("pointed out to", "referring to")."""
    return word.i == verb.i + 1 or (word.i == verb.i + 2 and verb.doc[verb.i + 1].dep_ == "prt")


def _on_addressee(verb):
    """The "on" of "called on X to ...", as a particle or a preposition right after the verb."""
    nxt = verb.i + 1
    if nxt < len(verb.doc) and verb.doc[nxt].lower_ == "on" and verb.doc[nxt].head.i == verb.i:
        return verb.doc[nxt]
    return None


def _nearest_quote(verb, quotes):
    sent = verb.sent
    inside = [(s, e) for s, e in quotes if sent.start_char <= s and e <= sent.end_char + 1]
    if not inside:
        return None
    return min(inside, key=lambda q: min(abs(q[0] - verb.idx), abs(q[1] - verb.idx)))


def _quote_tokens(doc, quote) -> tuple[int, ...]:
    span = doc.char_span(quote[0], quote[1], alignment_mode="contract")
    return tuple(range(span.start, span.end)) if span is not None else ()


def _split_clauses(clause, taken: set[int], *, marked_only: bool = False) -> Iterator[tuple[int, ...]]:
    """Split "A and B" into two statements: conjuncts with a subject (or a "that") of their own stand alone.

    With ``marked_only`` (the clause of a report) only a conjunct with a "that" of its own stands alone: "said that
    A and that B" reports two things, "said A, and B" or "said A, but B" one statement of two parts.
    """
    heads = [clause]
    queue = [clause]
    while queue:
        h = queue.pop()
        for c in h.children:
            if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}:
                queue.append(c)
                own_subject = any(x.dep_ in _SUBJ for x in c.children)
                own_mark = any(x.dep_ == "mark" for x in c.children)
                is_cue = c.i in taken
                if own_mark or is_cue or (own_subject and not marked_only):
                    heads.append(c)
    heads.sort(key=lambda t: t.i)
    own = {h.i: {t.i for t in h.subtree} for h in heads}
    for h in heads:
        if h.i in taken:  # a coordinated cue ("... and accused Kyiv of ..."): its own attribution
            continue
        ids = set(own[h.i])
        for other in heads:
            if other.i != h.i and other.i in own[h.i]:
                ids -= own[other.i]
        yield _clean([clause.doc[i] for i in sorted(ids)], taken, None)


_TIME_MARKS = {"as", "while", "after", "before", "when", "since", "until", "once"}


def _trim_time_clause(run: list) -> list:
    """Cut a final ", as officials met ..." / ", after the vote": a time clause set off by a comma tells when the
    report was made, not what was said."""
    for k in range(len(run) - 2, 0, -1):
        if run[k].text != ",":
            continue
        nxt = run[k + 1]
        if nxt.lower_ not in _TIME_MARKS or nxt.dep_ not in {"mark", "advmod", "prep"}:
            continue
        clause = nxt.head
        if clause.i in {t.i for t in run[k + 1:]} and clause.right_edge.i >= run[-1].i - 1:
            return run[:k]
    return run


def _clean(tokens, taken: set[int], verb) -> tuple[int, ...]:
    """Contiguous content: stop at another attribution's source or cue, trim marks, conjunctions and punctuation."""
    tokens = sorted(tokens, key=lambda t: t.i)
    if not tokens:
        return ()
    run = [tokens[0]]
    for t in tokens[1:]:
        if t.i in taken or (verb is not None and t.i == verb.i) or t.i != run[-1].i + 1 or t.text == ";":
            break
        run.append(t)
    run = _trim_time_clause(run)
    while run and (run[0].dep_ in {"mark", "cc", "punct"} and run[0].text not in {'"', "\u201c"} or run[0].is_space):
        run.pop(0)
    while run and (run[-1].dep_ in _TRAILING_JUNK and run[-1].text not in {'"', "\u201d"} or run[-1].is_space
                   or run[-1].lower_ in {"and", "but", "or"}):
        run.pop()
    # A quote opened inside the content and closed right after it belongs to the content.
    if run:
        text = "".join(t.text for t in run)
        nxt = run[-1].i + 1
        doc = run[-1].doc
        if text.count('"') % 2 == 1 or text.count("\u201c") > text.count("\u201d"):
            for k in (nxt, nxt + 1):
                if k < len(doc) and doc[k].text in {'"', "\u201d"} and all(doc[x].is_punct for x in range(nxt, k)):
                    run.extend(doc[x] for x in range(nxt, k + 1))
                    break
    return tuple(t.i for t in run)


def _according_to(sent, quotes, taken) -> Iterator[_Found]:
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
            content = _clean(rest, phrase, None)
        else:
            content = _clean([t for t in rest if t.i < tok.i], phrase, None)
        if len(content) >= 3:
            yield _Found(Cue("according to", "report", frozenset()), (tok.i, to.i),
                         tuple(t.i for t in _whole_phrase(pobj)), content, "according-to", 0.85, rule="according-to")


def _article_voice(sent, used: set[int]) -> Iterator[_Found]:
    """What the article asserts in its own voice: the main clauses of a sentence outside its attributions."""
    root = sent.root
    if root.pos_ not in {"VERB", "AUX"} or sent.text.rstrip().endswith("?") or root.i in used:
        return
    if not any(c.dep_ in _SUBJ | {"expl"} for c in root.children):
        return
    blocked = {t.i for t in sent if t.dep_ in {"advcl", "conj", "ccomp"} and _cue_of(t) is not None}
    drop = set(used)
    for b in blocked:
        drop |= {t.i for t in sent.doc[b].subtree}
        # the borrowed subject of a cue hung on the previous clause
        subj = _subject_of(sent.doc[b])
        if subj is not None:
            drop |= {t.i for t in _noun_phrase(subj)}
        # and the conjunction before it
        if sent.doc[b].i - 1 >= sent.start and sent.doc[b - 1].dep_ in {"cc", "mark"}:
            drop.add(b - 1)
    for part in _split_clauses(root, drop):
        part = tuple(i for i in part if i not in drop)
        if len(part) >= 4 and any(sent.doc[i].dep_ in _SUBJ for i in part):
            words = [sent.doc[i] for i in part]
            if words[0].lower_ in {"i", "we", "you"}:
                continue
            yield _Found(None, (), (), part, "article-voice", 0.6, rule="clause-in-article-voice")


# ---------------------------------------------------------------- records

def _span(article: Article, start: int, end: int) -> Span:
    return Span(start, end, article.text[start:end])


def _tokens_span(article: Article, offset: int, doc, ids: Iterable[int]) -> Span | None:
    ids = sorted(ids)
    if not ids:
        return None
    first, last = doc[ids[0]], doc[ids[-1]]
    return _span(article, offset + first.idx, offset + last.idx + len(last.text))


def _record(article: Article, offset: int, doc, sent, sent_span: Span, f: _Found) -> Attribution:
    content = _tokens_span(article, offset, doc, f.content)
    fragments = tuple(_tokens_span(article, offset, doc, part) for part in f.fragments)
    cue = _tokens_span(article, offset, doc, f.cue_tokens) if f.cue_tokens else f.cue_span
    source = mention_of(article, offset, doc, f.source_tokens) if f.source_tokens else f.source_mention
    if source is not None and f.source_extent:
        source = replace(source, span=_tokens_span(article, offset, doc, f.source_extent))
    target = mention_of(article, offset, doc, f.target_tokens) if f.target_tokens else None
    tokens = [doc[i] for i in f.content]
    prop = proposition(tokens)
    if f.cue is None:
        act = "report" if f.method == "article-voice" else "assert"
    else:
        act = f.cue.speech_act
    return Attribution(
        article_id=article.id, content=content, source=source, cue=cue, speech_act=act,
        polarity="negative" if prop.negated else "positive", method=f.method, confidence=round(f.confidence, 3),
        sentence=sent_span, proposition=prop, direct=f.direct, target=target, fragments=fragments, rule=f.rule,
    )


def mention_of(article: Article, offset: int, doc, ids: Iterable[int]) -> Mention:
    """Describe a speaker mention: its name without titles, its titles, its affiliation, its kind."""
    toks = [doc[i] for i in sorted(ids)]
    while toks and toks[0].dep_ == "det":
        toks = toks[1:]
    if not toks:
        toks = [doc[min(ids)]]
    span = _tokens_span(article, offset, doc, [t.i for t in toks])
    head = max(toks, key=lambda t: (t.head.i not in {x.i for x in toks}, -abs(t.i - toks[-1].i)))
    text = span.text
    if head.pos_ == "PRON":
        return Mention(span, "PRON", head.lower_, named=False)
    if head.tag_ in {"NNS", "NNPS"} and head.lower_ not in _COLLECTIVE_BODIES and (
            head.tag_ == "NNS" or toks[0].lower_ in _PART_OF_GROUP) or head.lemma_.lower() in _SHARES:
        # People described, not a body named: "U.S. officials", "Clinton supporters", "many Republicans" are some
        # people of that country, camp or party, an actor of this article only, with what ties them as affiliation.
        return Mention(span, "NORP", text, affiliation=_affiliation(head, toks), named=False)
    if head.pos_ == "PROPN" or (head.text[:1].isupper() and head.pos_ == "NOUN" and head.i > toks[0].i - 1 and head.ent_type_ in {"", "PERSON"} and head.lower_ not in _PERSON_DESC and not head.is_sent_start and head.tag_ == "NN" and head.text.istitle() and len(toks) == 1):
        return _named_mention(span, toks, head)
    # A description: "A spokesman for Russia's defence ministry", "the Russian military".
    affiliation = None
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in {"for", "of", "at", "with"}:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                affiliation = "".join(t.text_with_ws for t in pobj.subtree).strip()
    title = head.lower_ if head.lower_ in _PERSON_DESC else None
    if title is not None:
        # The whole title the words end with ("campaign manager"), and whose it is ("Trump's campaign manager").
        lowered = text.lower()
        title = next((t for t in titles() if lowered == t or lowered.endswith(" " + t)), title)
        affiliation = affiliation or _affiliation(head, toks)
    kind = "DESC" if title else "ORG"
    # "the Russian military", "the UK government": a description tied to a named country or body names that body.
    tied = any(t.ent_type_ in {"NORP", "GPE", "ORG"} or t.pos_ == "PROPN" for t in toks) and not title
    return Mention(span, kind, text, titles=(title,) if title else (), affiliation=affiliation, named=tied)


def _affiliation(head, toks) -> str | None:
    """What a description of people ties them to: "for/of/at/with X", a possessor ("Clinton's lawyers"), else the
    names before the head ("White House officials")."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in {"for", "of", "at", "with"}:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return "".join(t.text_with_ws for t in pobj.subtree).strip()
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return "".join(t.text_with_ws for t in child.subtree).strip().removesuffix("'s").removesuffix("’s")
    names = [t for t in toks if t.i < head.i and (t.pos_ == "PROPN" or t.ent_type_ in {"NORP", "GPE", "ORG"})]
    return " ".join(t.text for t in names) or None


def _named_mention(span: Span, toks, head) -> Mention:
    """Split "NATO General-Secretary Jens Stoltenberg" into name, title and affiliation."""
    text = span.text
    lowered = text.lower()
    name_start = 0
    title_found = ()
    affiliation = None
    for title in titles():
        written = title
        idx = lowered.rfind(title + " ")
        if idx == -1 and title[-1:].isalpha():  # "Senators Mitch McConnell and Harry Reid"
            written = title + "s"
            idx = lowered.rfind(written + " ")
        if idx == -1 and lowered.endswith(title) and (len(lowered) == len(title) or lowered[-len(title) - 1] in " -"):
            written, idx = title[:-1], len(lowered) - len(title)  # "Trump's campaign manager": the title ends it
        if idx != -1 and (idx == 0 or lowered[idx - 1] in " -") and idx + len(written) + 1 > name_start:
            name_start = idx + len(written) + 1
            title_found = (text[idx:idx + len(title)],)
            before = re.sub(r"['\u2019]s?$", "", text[:idx].strip(" ,")).strip()  # "Sanders's": Sanders
            affiliation = before or None
    if title_found and not text[name_start:].strip(" ,"):
        # "Trump's campaign manager", "the Clinton campaign chairman": a role, someone of this article, not a name.
        owner = re.sub(r"['\u2019]s?$", "", affiliation or "").strip() or None
        return Mention(span, "DESC", text, titles=title_found, affiliation=owner, named=False)
    name = text[name_start:].strip(" ,") or text
    kind = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "NORP": "NORP", "LOC": "GPE"}.get(head.ent_type_, "")
    if not kind:
        kind = "PERSON" if title_found else ("ORG" if len(toks) > 1 else "PERSON")
    if title_found and kind != "PERSON":
        kind = "PERSON"
    return Mention(span, kind, name, titles=title_found, affiliation=affiliation)


def _entity_mentions(article: Article, offset: int, doc) -> Iterator[Mention]:
    """PERSON and ORG entities with their titles, so later short names can merge with the full name."""
    for ent in doc.ents:
        if ent.label_ not in {"PERSON", "ORG"}:
            continue
        start = ent.start
        # Take title words the model left out of the entity ("President" before "Vladimir Putin").
        while start > ent.sent.start and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i >= start:
            start -= 1
        yield mention_of(article, offset, doc, range(start, ent.end))
