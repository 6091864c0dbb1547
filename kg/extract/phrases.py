"""Token-level helpers the rules share: word counts, noun phrases, a source's extent, and a content's clean
run of tokens (no trailing junk, no time clause, split at "and that").
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Span, Token

from kg.cues import attribution_words, titles

SUBJ = {"nsubj", "nsubjpass"}
CLAUSE_SUBJECTS = SUBJ | {"csubj", "csubjpass", "expl"}
"""What a clause's subject may be: a noun, a clause ("Freeing her husband was ..."), "there" ("there are ...")."""
TENSED = frozenset({"VBD", "VBZ", "VBP"})
"""The tags of a verb with tense of its own (not an infinitive or participle; a modal's verb is bare)."""
# Nouns that describe someone who speaks ("a spokesman", "officials"), read as a source's title.
PERSON_DESC = attribution_words("person-description")
SHARE_NOUNS = attribution_words("share-noun")
"""Heads that name a share of some people ("29 percent of Republicans", "a majority of voters")."""
ROLE_WORDS = frozenset(t.split()[-1].lower() for t in titles())
"""The head words of the titles ("candidate", "senator", "ceo"): a role, however the tagger cased it."""
SPEAKING_NOUNS = (PERSON_DESC | attribution_words("people-noun") | attribution_words("body-noun")
                  | attribution_words("collective-body") | attribution_words("press-noun")
                  | attribution_words("document-noun"))
"""Nouns for people, bodies and documents: what can say something ("officials", "the committee", "a statement"),
unlike a refusal, a plan or an effort."""
_TRAILING_JUNK = {"cc", "punct", "mark", "prep", "agent"}  # "by" of a passive left with no agent
_RELATIVE_TAGS = {"WRB", "WDT", "WP"}  # "Amsterdam, where", "a bill that": a relative clause's opening left alone
DASHES = {"\u2014", "\u2013", "\u2015", "-", "--"}


def word_count(tokens: Iterable[Token]) -> int:
    return sum(1 for t in tokens if not t.is_punct and not t.is_space)
SPEAKER_PRONOUNS = {"he", "she", "they", "we", "i"}


def is_mark(tok: Token) -> bool:
    """Punctuation, not the percent sign, which reads as a word ("26% say ...": 26 percent)."""
    return tok.is_punct and tok.text != "%"


def free_dash(tok: Token) -> bool:
    """A dash standing between words, with a space after it ("Reuters - Top donor"), not "General-Secretary"."""
    return tok.text in DASHES and bool(tok.whitespace_)


def dateline_end(sent: Span) -> int | None:
    """The index of the dash that closes a wire story's dateline opening the sentence ("PHILADELPHIA, July 25 (UPI)
    —": a place in capitals first; "New York (AFP) –": a place, then the agency in brackets), else ``None``."""
    first = sent[0]
    dash = next((t for t in sent[:12] if free_dash(t)), None)
    if dash is None or not first.is_alpha or len(first) < 2:
        return None
    if first.is_upper:
        return dash.i
    # "New York (AFP) –": capitalised place words, then the agency in brackets right before the dash
    before = sent.doc[max(sent.start, dash.i - 3):dash.i]
    agency = len(before) == 3 and before[0].text == "(" and before[2].text == ")" and (
        before[1].is_upper or before[1].text == "Reuters")
    place = all(t.text[:1].isupper() or t.is_punct for t in sent.doc[sent.start:dash.i - 3])
    return dash.i if agency and place and first.text[:1].isupper() else None


def source_extent_of(phrase: list[Token]) -> tuple[int, ...]:
    """The source as the text gives it: the subject with its apposition, parenthesis and relative clause."""
    if not phrase:
        return ()
    head = min(phrase, key=lambda t: (t.head in phrase, t.i))  # the token whose head lies outside
    if head.dep_ not in SUBJ and head.dep_ != "appos" and not (head.dep_ == "dobj"):
        return ()
    ids = []
    for t in head.subtree:
        if t.dep_ in {"acl", "advcl"} and t.head.i == head.i and t.tag_ == "VBG" \
                or t.dep_ == "npadvmod" and t.head.i == head.i and t.i > head.i:  # "Trump this week said"
            ids = [x for x in ids if x.i < t.left_edge.i]  # "An image allegedly depicting ...": not "allegedly"
            break
        ids.append(t)
    out = tuple(t.i for t in _past_a_spaced_dash(_trimmed(ids, phrase[0].i), phrase[0].i))
    return out if len(out) > len(phrase) and out[0] <= phrase[0].i else ()


def _trimmed(tokens: list[Token], start: int) -> list[Token]:
    """The source's tokens without punctuation or a conjunction at its end, nor a quote's closing mark the parser
    hung on the subject before ``start``."""
    while tokens and (is_mark(tokens[-1]) and tokens[-1].text != ")" or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    while tokens and tokens[0].is_punct and tokens[0].i < start:
        tokens = tokens[1:]
    return tokens


def noun_phrase(tok: Token) -> list:
    """The mention a subject token stands for: its subtree, without relative clauses and trailing punctuation."""
    if tok.dep_ in {"conj", "pobj", "dobj", "nmod", "compound"} and tok.dep_ not in SUBJ:
        return _left_modifiers(tok)
    named = _named_after_dateline(tok) or named_in_apposition(tok)
    if named:
        return named
    both = two_people_each_described(tok)
    if both is not None:
        return list(tok.doc[both[0][0].i:both[1][-1].i + 1])
    out = _without_trailing_marks(_without_clauses(tok))
    if out and out[0].i == tok.i:
        out = _hyphenated_pieces_before(tok) + out
    while out and out[0].is_punct and out[0].i < tok.i:
        out.pop(0)
    if tok.dep_ == "poss":
        out = without_possessive_mark(out, tok) or out  # "Trump's decision ..., complaining": Trump
    # "MACAU (Reuters) - Top donor Sheldon Adelson said": a dateline before a dash is not part of the source.
    return _before_a_spaced_dash(_past_a_spaced_dash(out, tok.i), tok.i) or [tok]


def two_people_each_described(tok: Token) -> tuple[list[Token], list[Token]] | None:
    """"Lee Epstein, a law professor ..., and Kevin Quinn, a political scientist ...": the names of two people
    joined by "and", the first (``tok``) described in an apposition set off by commas: both speak, not the first
    alone. ``None`` when the phrase is not that."""
    doc = tok.doc
    if tok.pos_ != "PROPN" or tok.ent_type_ != "PERSON" or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
        return None
    joined = [c for c in tok.children if c.dep_ == "conj"]
    described = [c for c in tok.children if c.dep_ == "appos" and tok.i < c.i]
    if len(joined) != 1 or not described or joined[0].pos_ != "PROPN" or joined[0].ent_type_ != "PERSON" \
            or not any(c.dep_ == "cc" and c.lower_ == "and" and described[0].i < c.i < joined[0].i
                       for c in tok.children):
        return None
    return _name_ending_at(tok), _name_ending_at(joined[0])


def _name_ending_at(word: Token) -> list[Token]:
    """The proper nouns of a name that ends at the word ("Lee" and "Epstein" of "Lee Epstein")."""
    start = word.i
    while start > 0 and word.doc[start - 1].dep_ == "compound" and word.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return list(word.doc[start:word.i + 1])


def _before_a_spaced_dash(tokens: list[Token], after: int) -> list[Token]:
    """The tokens before the first dash spaced on both sides that comes after index ``after``: an aside set off by
    dashes ("YouTuber Josh Paler Lin – better-known for his hilarious pranks – was feeling ...": Josh Paler Lin)."""
    dash = next((k for k, t in enumerate(tokens) if t.i > after and _spaced_dash(t)), None)
    return tokens if dash is None else tokens[:dash]


def _past_a_spaced_dash(tokens: list[Token], before: int) -> list[Token]:
    """The tokens after the last dash spaced on both sides that comes before index ``before`` ("an aggressive - some
    say ...": "some"), or all of them."""
    dash = max((k for k, t in enumerate(tokens) if t.i < before and _spaced_dash(t)), default=None)
    return tokens if dash is None else tokens[dash + 1:]


def hyphenated_pieces(tok: Token) -> list:
    """The pieces of a hyphenated word the parser read as words of their own, each with the head and relation of
    ``tok`` ("ex", "wife" of "the ex-wife ... blames", both subjects of "blames"), in order; ``[tok]`` when there
    are none."""
    doc, first, last = tok.doc, tok.i, tok.i
    while _joined_by_hyphen(doc, first - 2, tok):
        first -= 2
    while _joined_by_hyphen(doc, last + 2, tok):
        last += 2
    return [doc[j] for j in range(first, last + 1, 2)]


def _joined_by_hyphen(doc, j: int, tok: Token) -> bool:
    """The word at ``j`` is a piece of ``tok``'s hyphenated word: an unspaced hyphen between, the same head and
    relation."""
    lo, hi = min(j, tok.i), max(j, tok.i)
    return tok.sent.start <= j < tok.sent.end and hi - lo == 2 and doc[lo + 1].text == "-" \
        and not doc[lo].whitespace_ and not doc[lo + 1].whitespace_ and doc[j].head == tok.head \
        and doc[j].dep_ == tok.dep_


def _hyphenated_pieces_before(tok: Token) -> list:
    """The pieces of a hyphenated noun before ``tok``, with their determiner ("the ex-wife": "the ex -" before
    "wife")."""
    first = hyphenated_pieces(tok)[0]
    return list(tok.doc[first.left_edge.i:tok.i]) if first.i < tok.i else []


def _left_modifiers(tok: Token) -> list:
    """A misattached subject: the token with its left modifiers only."""
    start = tok.i
    while start - 1 >= tok.sent.start and (
        tok.doc[start - 1].pos_ in {"PROPN", "NOUN", "ADJ", "DET", "PART"} and tok.doc[start - 1].dep_ != "cc"
        or _counts(tok.doc[start - 1], tok)
    ):
        start -= 1
    return list(tok.doc[start:tok.i + 1])


def _counts(word: Token, tok: Token) -> bool:
    """The word counts the phrase ``tok`` ends ("18" of "18%", "four in" of "four in 10")."""
    return word.dep_ in {"nummod", "quantmod"} and word.i < word.head.i <= tok.i


def named_in_apposition(tok: Token) -> list | None:
    """"Another critic, Laurence H. Tribe, likened ...", "one of the family's attorneys, Justin Bamberg, said": a
    singular description's person named beside it (the name, not "of Clemson University" after it)."""
    if tok.tag_ != "NN" and tok.lower_ != "one" and not (tok.tag_ == "NNP" and not tok.ent_type_
                                                          and tok.lower_ in ROLE_WORDS):  # "The Group's CEO, X,"
        return None
    name = _person_in_apposition(tok) or next(
        (_person_in_apposition(obj) for prep in tok.children if prep.dep_ == "prep" and prep.i > tok.i
         for obj in prep.children if obj.dep_ == "pobj"), None)
    return None if name is None else [t for t in name.subtree if t.i <= name.i and not t.is_punct]


def issuer_words(issuer: Token) -> list[Token]:
    """The words naming who issued a document or made a study: a name set beside the description ("a letter by an
    aide, Jane Roe,", "a projection by the consulting firm Oxford Economics"), else the issuer's phrase up to its
    clauses, without a possessive mark ("Trump's letter": Trump, named as elsewhere)."""
    return named_in_apposition(issuer) or _name_right_after(issuer) \
        or without_possessive_mark(phrase_before_clauses(issuer), issuer)


def _name_right_after(tok: Token) -> list[Token] | None:
    """"the consulting firm Oxford Economics", "the conservative group Club for Growth": a name the parser hangs on
    the common noun before it as an apposition, with no comma between."""
    name = apposition_right_after(tok)
    return None if name is None or name.pos_ != "PROPN" else phrase_before_clauses(name)


def apposition_right_after(tok: Token) -> Token | None:
    """The apposition the parser hangs on a common noun right after it, with no comma between ("the consulting firm
    Oxford Economics", 'the website "Injustice Stories"')."""
    if tok.pos_ != "NOUN":
        return None
    return next((c for c in tok.children if c.dep_ == "appos" and c.left_edge.i == tok.i + 1), None)


def _person_in_apposition(tok: Token) -> Token | None:
    """A person's name in apposition after ``tok``; on the object of the description's preposition ("The director of
    the European Centre, Ina Kirsch, told", "An attorney for Pagliano, Mark MacDougall, stressed") the parser's
    attachment is wrong: a place or body is not given a person's name, nor is a person just named; the description
    is."""
    return next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
                 and c.i > tok.i), None)


def _without_clauses(tok: Token) -> list:
    """The token's subtree up to its first relative clause, apposition, participle or time after it ("Trump this
    week said": when, not who), without a clause the parser hung on it or on a word of it from before (a quote
    before its speaker's name: '"That's a concern," Sarandon told MSNBC', '"It's unanimous," councilmember Mark
    Levine said')."""
    out = []
    before = {x.i for c in tok.subtree if c.i < tok.i and c.dep_ in {"ccomp", "csubj", "parataxis"} for x in c.subtree}
    before |= {c.i for c in tok.children if c.i < tok.i and c.dep_ == "advmod"}  # "Even China", "Only Germany"
    for t in (t for t in tok.subtree if t.i not in before):
        if t.head.i == tok.i and _says_more_of(t, tok):
            skip = {x.i for x in t.subtree}
            return [x for x in out if x.i not in skip]
        out.append(t)
    return out


def _says_more_of(t: Token, tok: Token) -> bool:
    """``t``, hung on the subject token ``tok``, says more of it than its name: a relative clause, apposition,
    participle, time, or a clause a subordinating word opens ("an increasing number of Democrats, while still
    confident in ...")."""
    return t.dep_ in {"relcl", "appos", "acl", "advcl"} or t.dep_ == "npadvmod" and t.i > tok.i \
        or _apposition_read_as_conjunct(t) or _time_phrase_after(t, tok) \
        or t.i > tok.i and any(c.dep_ == "mark" for c in t.children)


def _time_phrase_after(t: Token, tok: Token) -> bool:
    """A phrase of time the parser hung on the speaker's noun ("The Sanders campaign on Monday also doubled down",
    "the report on Wednesday"): when, not who."""
    return t.dep_ == "prep" and t.i > tok.i and names_a_time(t)


def names_a_time(prep: Token) -> bool:
    """The preposition's object is a date or a time ("on Monday", "in 2001")."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is not None and pobj.ent_type_ in {"DATE", "TIME"}


def _apposition_read_as_conjunct(t: Token) -> bool:
    """"China, Pyongyang's only ally and its lifeline, said": a common noun the parser joined to a name right after
    its comma is what the name is, not a second speaker ("China, Russia and Iran" are names)."""
    doc = t.doc
    return t.dep_ == "conj" and t.pos_ == "NOUN" and t.head.pos_ == "PROPN" and t.left_edge.i > 0 \
        and doc[t.left_edge.i - 1].text == "," and not any(c.dep_ == "cc" and c.i < t.i for c in t.head.children)


def _named_after_dateline(tok: Token) -> list | None:
    """"CLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey told ...": the parser makes the dateline
    the subject and the name after its dash an apposition; the name is who speaks."""
    end = dateline_end(tok.sent)
    if end is None or not tok.i < end:
        return None
    name = next((c for c in tok.children if c.dep_ == "appos" and c.i > end and c.pos_ == "PROPN"), None)
    return None if name is None else [t for t in name.subtree if not t.is_punct and t.i <= name.i]


def phrase_before_clauses(tok: Token) -> list:
    """A noun with its modifiers up to its first clause, apposition or time after it ("the American Legion" of "the
    American Legion obtained by The Associated Press"), without trailing punctuation."""
    return _without_trailing_marks(_without_clauses(tok)) or [tok]


def whole_phrase(tok: Token) -> list:
    """A noun with all its modifiers ("a new article in Politico"), without trailing punctuation."""
    return _without_trailing_marks(list(tok.subtree)) or [tok]


def without_possessive_mark(tokens: list[Token], owner: Token) -> list[Token]:
    """A possessor's words without its "'s" ("Trump's letter said": Trump speaks, named as elsewhere)."""
    return [t for t in tokens if not (t.dep_ == "case" and t.head.i == owner.i)]


def _without_trailing_marks(tokens: list[Token]) -> list[Token]:
    """The tokens without the punctuation or conjunction they end with (a closing parenthesis stays with its opening
    one: "al Qaida in the Arabian Peninsula (AQAP)")."""
    while tokens and (is_mark(tokens[-1]) or tokens[-1].dep_ == "cc") \
            and not (tokens[-1].text == ")" and any(t.text == "(" for t in tokens)):
        tokens = tokens[:-1]
    return tokens


def split_clauses(clause: Token, taken: set[int], verb: Token | None = None, *,
                  marked_only: bool = False) -> Iterator[tuple[int, ...]]:
    """Split "A and B" into two statements: conjuncts with a subject (or a "that") of their own stand alone.

    With ``marked_only`` (the clause of a report) only a conjunct with a "that" of its own stands alone: "said that
    A and that B" reports two things, "said A, and B" or "said A, but B" one statement of two parts.
    """
    second_act = _the_cue_s_conjunct(clause, verb)
    for ids in clause_parts(clause, taken, marked_only=marked_only):
        yield clean([clause.doc[i] for i in ids if i not in second_act], taken, verb)


def _the_cue_s_conjunct(clause: Token, verb: Token | None) -> set[int]:
    """'telling CNN that Trump is a "faker" and questioning how he ...': a participle with no subject that the
    parser joined to the tensed clause a participle cue reports is the cue's second act, not part of what it reports
    (a tensed verb and a bare participle make no pair); so is one after an "and" that the parser hung on the clause
    as an adverbial one."""
    if verb is None or verb.tag_ != "VBG" or clause.tag_ not in TENSED:
        return set()
    doc = clause.doc
    return {t.i for c in clause.children if c.tag_ == "VBG" and c.i > clause.i
            and (c.dep_ == "conj" or c.dep_ == "advcl" and doc[c.left_edge.i - 1].dep_ == "cc")
            and not any(x.dep_ in SUBJ or x.dep_ == "aux" for x in c.children) for t in c.subtree}


def clause_parts(clause: Token, taken: set[int], *, marked_only: bool = False) -> Iterator[list[int]]:
    """The token ids of each statement :func:`split_clauses` makes, before they are cleaned."""
    heads = [clause]
    queue = [clause]
    while queue:
        h = queue.pop()
        for c in h.children:
            if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}:
                queue.append(c)
                own_subject = any(x.dep_ in SUBJ for x in c.children)
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
        yield sorted(ids)


DOUBLE_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "''", "``"})
"""Double quotation marks as the tokenizer leaves them: a single one is as often an apostrophe ("workers'
compensation", "Sanders\u2019")."""
TIME_MARKS = {"as", "while", "after", "before", "when", "since", "until", "once"}


def _trim_time_clause(run: list) -> list:
    """Cut a final ", as officials met ..." / ", after the vote": a time clause set off by a comma tells when the
    report was made, not what was said."""
    for k in range(len(run) - 2, 0, -1):
        if run[k].text != ",":
            continue
        nxt = run[k + 1]
        if nxt.lower_ not in TIME_MARKS or nxt.dep_ not in {"mark", "advmod", "prep"}:
            continue
        clause = nxt.head
        if nxt.dep_ == "prep" and clause.i > nxt.right_edge.i:
            continue  # "that after taxes, as a couple with one income, they weren't ...": it opens its clause
        if clause.i in {t.i for t in run[k + 1:]} and clause.right_edge.i >= run[-1].i - 1:
            return run[:k]
    return run


def clean(tokens: Iterable[Token], taken: set[int], verb: Token) -> tuple[int, ...]:
    """Contiguous content: stop at another attribution's source or cue, trim marks, conjunctions and punctuation."""
    tokens = sorted(tokens, key=lambda t: t.i)
    if not tokens:
        return ()
    run = [tokens[0]]
    for t in tokens[1:]:
        if t.i in taken or (verb is not None and t.i == verb.i) or t.i != run[-1].i + 1 or t.text == ";":
            break
        run.append(t)
    run = _trim_time_clause(_to_the_word_s_end(_to_the_aside_s_end(run, verb), taken))
    while run and (_leading_junk(run[0]) or _not_of_whether_or_not(run[0])):
        run.pop(0)
    while run and (run[-1].dep_ in _TRAILING_JUNK and run[-1].text not in {'"', "\u201d"} or run[-1].is_space
                   or run[-1].lower_ in {"and", "but", "or"} or run[-1].tag_ in _RELATIVE_TAGS
                   or verb is not None and _participle_of_another_s_speaker(run[-1], taken)):
        run.pop()
    return tuple(t.i for t in _opening_mark(run) + run + _closing_mark(run))


def _to_the_aside_s_end(run: list, verb: Token | None) -> list:
    """A report inside an aside set off by dashes ends at the closing dash ("generals -- most of whom had announced
    their support -- who cited her years ...": "their support"); not the main verb after a label's dash
    ("Worldwide - NASA confirmed ... Tuesday the 16 – Monday the 22")."""
    if verb is None or verb.dep_ == "ROOT":
        return run
    doc = verb.doc
    opening = [t for t in doc[verb.sent.start:verb.i] if _spaced_dash(t)]
    if len(opening) % 2 == 0:
        return run  # no dash before the verb, or the asides before it closed
    end = next((k for k, t in enumerate(run) if t.i > verb.i and _spaced_dash(t)), None)
    return run if end is None or end == 0 else run[:end]


def _spaced_dash(tok: Token) -> bool:
    """A dash with a space on both sides ("their support -- who"), not a hyphen in a range ("16-22")."""
    return free_dash(tok) and tok.i > 0 and (bool(tok.doc[tok.i - 1].whitespace_) or tok.doc[tok.i - 1].is_space)


def _to_the_word_s_end(run: list, taken: set[int]) -> list:
    """A content ending inside a hyphenated word goes on to its end ("a bill that critics called anti-gay": the
    parser hangs "-gay" elsewhere, and "anti" alone says nothing)."""
    doc = run[-1].doc
    while not run[-1].whitespace_ and run[-1].i + 2 < len(doc) and doc[run[-1].i + 1].text == "-" \
            and not doc[run[-1].i + 1].whitespace_ and doc[run[-1].i + 2].is_alpha \
            and not {run[-1].i + 1, run[-1].i + 2} & taken:
        run = run + [doc[run[-1].i + 1], doc[run[-1].i + 2]]
    return run


def _participle_of_another_s_speaker(verb: Token, taken: set[int]) -> bool:
    """A participle ending a report's content whose object is another report's speaker (", leading some
    professionals to find ..."): what is left of a clause, not what is said."""
    return verb.tag_ == "VBG" and any(c.dep_ == "dobj" and c.i > verb.i and c.i in taken for c in verb.children)


def _leading_junk(tok: Token) -> bool:
    """A mark, conjunction or punctuation opening a content (not an opening quotation mark), or its "that" misread
    as an adverb or as a relative pronoun; never the mark of a clause inside the content."""
    junk = tok.dep_ in {"mark", "cc", "punct"} and tok.text not in {'"', "\u201c"} or tok.is_space \
        or tok.lower_ == "that" and (tok.dep_ == "advmod" or tok.dep_ == "dobj" and tok.head.dep_ == "relcl")
    return junk and not _opens_inner_clause(tok)


def _not_of_whether_or_not(tok: Token) -> bool:
    """The "not" of "wonder whether or not the DHS has been infiltrated": part of the mark, not a negation of what
    is said."""
    doc = tok.doc
    return tok.lower_ == "not" and tok.i >= 2 and doc[tok.i - 1].lower_ == "or" and doc[tok.i - 2].lower_ == "whether"


def _opens_inner_clause(tok: Token) -> bool:
    """"if" of "says if he spent the day there, he'd ...": the mark of a clause inside the content, part of what
    is said (the content's own "that" is not, even where the parser hangs it on an adverbial clause)."""
    return tok.dep_ == "mark" and tok.head.dep_ == "advcl" and tok.lower_ != "that"


def _opening_mark(run: list) -> list:
    """A quote closed inside the content and opened right before it belongs to the content: its opening mark
    ('said \u201cit gets me mad\u201d every time ...': the parser hangs the mark on the cue)."""
    if not run or run[0].i == 0:
        return []
    text = "".join(t.text for t in run)
    before = run[0].doc[run[0].i - 1]
    if before.text == "\u201c" and text.count("\u201d") > text.count("\u201c") \
            or before.text == "''" and text.count("''") % 2 == 1 and _closes(next(t for t in run if t.text == "''")) \
            or before.text == '"' and not before.whitespace_ and text.count('"') % 2 == 1:
        return [before]  # a straight mark touching the word after it opens ('said "terrorists" brought ...')
    return []


def _closes(mark: Token) -> bool:
    """A "''" mark written right after a word closes a quote ("the end'' of"); one before a word opens it."""
    return mark.i > 0 and not mark.doc[mark.i - 1].whitespace_ and not mark.doc[mark.i - 1].is_punct


def _closing_mark(run: list) -> list:
    """A quote opened inside the content and closed right after it belongs to the content: the tokens up to its
    closing mark (none when no quote is left open)."""
    if not run:
        return []
    text = "".join(t.text for t in run)
    if not (text.count('"') % 2 == 1 or text.count("\u201c") > text.count("\u201d")):
        return []
    nxt, doc = run[-1].i + 1, run[-1].doc
    for k in (nxt, nxt + 1):
        if k < len(doc) and doc[k].text in {'"', "\u201d"} and all(doc[x].is_punct for x in range(nxt, k)):
            return [doc[x] for x in range(nxt, k + 1)]
    return []
