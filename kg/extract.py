"""Find who says what in a parsed article: attributions with source, cue, content, speech act and polarity.

The only stage that sees spaCy objects. It reads the parse of each paragraph and yields frozen records with
character offsets into ``Article.text``. Forms handled:

* reporting verbs with a clause ("X said (that) A and that B" gives two statements), an infinitive ("claimed to
  ..."), "accused Y of A", "warned (that / about / Y to) A", "denied A", "vowed that A";
* direct quotes with the cue before or after ("'...,' he said"), and quote paragraphs with no cue, which continue
  the previous speaker;
* "according to X";
* the headline ("Moscow denies Russian forces are bombing Ukrainian cities");
* what the article asserts in its own voice (claimed by its authors or publisher).

Cue words are data (``kg/data/cues.tsv``).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from kg.cues import Cue, cues, titles
from kg.propositions import proposition
from kg.types import Article, Attribution, Extraction, Mention, Span

_OPEN_QUOTES = {"\u201c": "\u201d", '"': '"'}
_SUBJ = {"nsubj", "nsubjpass"}
_PERSON_DESC = {"spokesman", "spokeswoman", "spokesperson", "official", "aide", "adviser", "advisor", "source",
                "analyst", "expert", "lawyer", "minister", "president", "secretary", "leader", "director", "chief",
                "head", "governor", "senator", "ambassador", "commander", "general", "candidate", "nominee",
                "strategist", "economist", "professor", "researcher", "witness", "resident", "diplomat"}
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


def extract_article(article: Article, docs: Sequence) -> Extraction:
    """Extract every attribution of one article from the parses of its paragraphs.

    Args:
        article: The cleaned article.
        docs: ``docs[i]`` is spaCy's parse of ``article.paragraphs[i].text``.
    """
    attributions: list[Attribution] = []
    mentions: list[Mention] = []
    sentences: list[Span] = []
    for index, (para, doc) in enumerate(zip(article.paragraphs, docs)):
        headline = index == 0 and article.title is not None and para.text.strip() == article.title.strip()
        quotes = quote_spans(doc.text)
        paragraph_found = []
        for sent in doc.sents:
            sent_span = _span(article, para.start + sent.start_char, para.start + sent.end_char)
            sentences.append(sent_span)
            found = list(_sentence_attributions(sent, quotes, headline=headline))
            if not found and _inside_quote(sent, quotes) and (paragraph_found or attributions):
                found = list(_continuation(sent, quotes))
            if not _inside_quote(sent, quotes):
                used = {i for f in found for i in (*f.content, *f.cue_tokens, *f.source_tokens, *f.target_tokens)}
                found += list(_article_voice(sent, used))
            paragraph_found.extend(found)
            for f in found:
                attributions.append(_record(article, para.start, doc, sent, sent_span, f))
        mentions.extend(_entity_mentions(article, para.start, doc))
    return Extraction(article=article, attributions=tuple(attributions), mentions=tuple(mentions),
                      sentences=tuple(sentences))


# ---------------------------------------------------------------- quotes

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
        ch = text[i]
        if ch in _OPEN_QUOTES:
            close = _OPEN_QUOTES[ch]
            j = text.find(close, i + 1)
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


def _inside_quote(sent, quotes) -> bool:
    """Most of the sentence's words lie inside quotation marks."""
    words = [t for t in sent if not t.is_punct]
    if not words:
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

def _sentence_attributions(sent, quotes, *, headline: bool) -> Iterator[_Found]:
    lexicon = cues()
    method = "headline" if headline else "reporting-verb"
    frames = []  # (verb, cue, subject)
    for tok in sent:
        cue = lexicon.get(tok.lemma_.lower())
        if cue is None or tok.pos_ not in {"VERB", "AUX"} or tok.dep_ in {"amod", "acl", "relcl", "pcomp"} and not _has_complement(tok, cue):
            continue
        subject = _subject_of(tok)
        if subject is None or not _has_complement(tok, cue):
            continue
        if cue.weak and subject.pos_ == "PRON" and subject.lower_ in {"i", "we", "you"}:
            continue
        frames.append((tok, cue, subject))
    taken: set[int] = set()
    for verb, cue, subject in frames:
        taken.update(t.i for t in _noun_phrase(subject))
        taken.update(t.i for t in _cue_tokens(verb))
    for verb, cue, subject in frames:
        source = _noun_phrase(subject)
        for content, target, direct in _contents(verb, cue, quotes, taken):
            conf = 0.9 if subject.pos_ != "PRON" else 0.8
            if cue.weak:
                conf -= 0.25
            yield _Found(cue, tuple(t.i for t in _cue_tokens(verb)), tuple(t.i for t in source), content,
                         "direct-quote" if direct and method != "headline" else method, conf,
                         tuple(t.i for t in target), direct)
    yield from _according_to(sent, quotes, taken)


def _has_complement(verb, cue: Cue) -> bool:
    deps = {c.dep_ for c in verb.children}
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    f = cue.frames
    return bool(
        ("ccomp" in f and "ccomp" in deps)
        or ("xcomp" in f and "xcomp" in deps)
        or ("of" in f and "dobj" in deps and "of" in preps)
        or ("about" in f and "about" in preps)
        or ("obj-to" in f and "dobj" in deps and "xcomp" in deps)
        or ("obj" in f and "dobj" in deps)
        or ("quote" in f and _quote_near(verb))
    )


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
        while up.dep_ in {"conj", "ccomp"} and up.head.i != up.i and up.lemma_.lower() not in cues():
            up = up.head
        if up.pos_ in {"VERB", "AUX"} and up.lemma_.lower() in cues():
            head_subject = next((c for c in up.children if c.dep_ in _SUBJ), None)
            if head_subject is not None:
                return head_subject
    return None


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
    return out or [tok]


def _cue_tokens(verb) -> list:
    left = [c for c in verb.children if c.dep_ in {"aux", "neg"} and c.i < verb.i]
    start = min([verb.i] + [c.i for c in left])
    toks = list(verb.doc[start:verb.i + 1])
    prt = [c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1]
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
    if "of" in f and "dobj" in by_dep and "of" in preps:
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
        quote = _quote_at(list(clause.subtree), quotes, share=0.85)
        if quote is not None and (quote[0] > verb.idx or clause.i < verb.i):
            yield _quote_tokens(verb.doc, quote), target, True
            return
        for part in _split_clauses(clause, taken):
            yield part, target, False
        return
    if "xcomp" in f and "xcomp" in by_dep:
        yield _clean(list(by_dep["xcomp"].subtree), taken, verb), target, False
        return
    if "about" in f and "about" in preps:
        pobj = next((c for c in preps["about"].children if c.dep_ == "pobj"), None)
        if pobj is not None:
            yield _clean(list(pobj.subtree), taken, verb), target, False
        return
    if "obj" in f and "dobj" in by_dep:
        yield _clean(list(by_dep["dobj"].subtree), taken, verb), target, False
        return
    if "quote" in f:
        quote = _nearest_quote(verb, quotes)
        if quote is not None:
            yield _quote_tokens(verb.doc, quote), target, True


def _nearest_quote(verb, quotes):
    sent = verb.sent
    inside = [(s, e) for s, e in quotes if sent.start_char <= s and e <= sent.end_char + 1]
    if not inside:
        return None
    return min(inside, key=lambda q: min(abs(q[0] - verb.idx), abs(q[1] - verb.idx)))


def _quote_tokens(doc, quote) -> tuple[int, ...]:
    s, e = quote
    return tuple(t.i for t in doc if s <= t.idx and t.idx + len(t.text) <= e)


def _split_clauses(clause, taken: set[int]) -> Iterator[tuple[int, ...]]:
    """Split "A and that B" into two statements: conjuncts with a subject (or a "that") of their own stand alone."""
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
                if own_subject or own_mark or is_cue:
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
        tokens = [t for t in clause.doc if t.i in ids]
        yield _clean(tokens, taken, None)


def _clean(tokens, taken: set[int], verb) -> tuple[int, ...]:
    """Contiguous content: stop at another attribution's source or cue, trim marks, conjunctions and punctuation."""
    tokens = sorted(tokens, key=lambda t: t.i)
    if not tokens:
        return ()
    run = [tokens[0]]
    for t in tokens[1:]:
        if t.i in taken or (verb is not None and t.i == verb.i) or t.i != run[-1].i + 1:
            break
        run.append(t)
    while run and (run[0].dep_ in {"mark", "cc", "punct"} and run[0].text not in {'"', "\u201c"} or run[0].is_space):
        run.pop(0)
    while run and (run[-1].dep_ in _TRAILING_JUNK and run[-1].text not in {'"', "\u201d"} or run[-1].is_space
                   or run[-1].lower_ in {"and", "but", "or"}):
        run.pop()
    # A quote opened inside the content and closed right after it belongs to the content.
    if run:
        text = "".join(t.text for t in run)
        nxt = run[-1].i + 1
        if (text.count('"') % 2 == 1 or text.count("\u201c") > text.count("\u201d")) and nxt < len(run[-1].doc) \
                and run[-1].doc[nxt].text in {'"', "\u201d"}:
            run.append(run[-1].doc[nxt])
    return tuple(t.i for t in run)


def _according_to(sent, quotes, taken) -> Iterator[_Found]:
    for tok in sent:
        if tok.lower_ != "according" or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].lower_ != "to":
            continue
        to = tok.doc[tok.i + 1]
        pobj = next((c for c in list(to.children) + list(tok.children) if c.dep_ == "pobj"), None)
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
                         tuple(t.i for t in _noun_phrase(pobj)), content, "according-to", 0.85)


def _continuation(sent, quotes) -> Iterator[_Found]:
    """A quoted sentence with no cue continues the previous speaker ("I should like to emphasise: ..." too)."""
    lexicon = cues()
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is not None:
        cue_tok = next((t for t in sent if t.i < colon.i and t.lemma_.lower() in lexicon and t.pos_ == "VERB"), None)
        if cue_tok is not None:
            content = tuple(t.i for t in sent if t.i > colon.i and not t.is_space
                            and not (t.text in {'"', "\u201d", "\u201c"} and t.i == sent.end - 1))
            if content:
                yield _Found(lexicon[cue_tok.lemma_.lower()], (cue_tok.i,), (), content, "quote-continuation", 0.75,
                             direct=True)
                return
    content = tuple(t.i for t in sent if not t.is_space and not (t.text in {'"', "\u201c", "\u201d"}
                                                                  and (t.i == sent.start or t.i == sent.end - 1)))
    if len(content) >= 3:
        yield _Found(None, (), (), content, "quote-continuation", 0.7, direct=True)


def _article_voice(sent, used: set[int]) -> Iterator[_Found]:
    """What the article asserts in its own voice: the main clauses of a sentence outside its attributions."""
    root = sent.root
    if root.pos_ not in {"VERB", "AUX"} or sent.text.rstrip().endswith("?") or root.i in used:
        return
    if not any(c.dep_ in _SUBJ | {"expl"} for c in root.children):
        return
    lexicon = cues()
    blocked = {t.i for t in sent if t.lemma_.lower() in lexicon and t.dep_ in {"advcl", "conj", "ccomp"}}
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
            yield _Found(None, (), (), part, "article-voice", 0.6)


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
    cue = _tokens_span(article, offset, doc, f.cue_tokens)
    source = mention_of(article, offset, doc, f.source_tokens) if f.source_tokens else None
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
        sentence=sent_span, proposition=prop, direct=f.direct, target=target,
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
        return Mention(span, "PRON", head.lower_)
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
    kind = "DESC" if title else "ORG"
    return Mention(span, kind, text, titles=(title,) if title else (), affiliation=affiliation)


def _named_mention(span: Span, toks, head) -> Mention:
    """Split "NATO General-Secretary Jens Stoltenberg" into name, title and affiliation."""
    text = span.text
    lowered = text.lower()
    name_start = 0
    title_found = ()
    affiliation = None
    for title in titles():
        idx = lowered.rfind(title + " ")
        if idx != -1 and (idx == 0 or lowered[idx - 1] in " -") and idx + len(title) + 1 > name_start:
            name_start = idx + len(title) + 1
            title_found = (text[idx:idx + len(title)],)
            before = text[:idx].strip(" ,")
            affiliation = before or None
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
